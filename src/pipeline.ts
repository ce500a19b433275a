import type { ReferenceDate } from './dates/reference.js';
import type { Doc } from './text/document.js';
import type { DebugEvent, Entity, EntityType } from './types.js';

/** What every finder and resolver receives besides the document. */
export interface FindContext {
  /** The reference date for relative dates, or null when neither the options nor a header give one. */
  reference: ReferenceDate | null;
  /** Reports a dropped candidate (no-op unless the caller passed `debug`). */
  drop: (stage: string, reason: string, candidate: Entity, winner?: Entity) => void;
  /**
   * Whether `drop` reports to a `debug` callback. When it is `false`, a finder may skip work whose
   * only outcome is a dropped candidate; absent, a finder assumes someone listens.
   */
  debugging?: boolean;
}

/**
 * A finder turns a prepared document into candidate entities of its types.
 * @example const onlyParis: Finder = { name: 'paris', types: ['location'], find: (doc) => [] };
 */
export interface Finder {
  name: string;
  types: readonly EntityType[];
  find(doc: Doc, ctx: FindContext): Entity[];
}

/**
 * A resolver takes all candidates and returns the ones to keep (and may rewrite them):
 * overlaps, type conflicts, coreference.
 * @example const noDates: Resolver = { name: 'no-dates', resolve: (es) => es.filter((e) => e.type !== 'date') };
 */
export interface Resolver {
  name: string;
  resolve(entities: Entity[], doc: Doc, ctx: FindContext): Entity[];
}

export type { DebugEvent };

/** Pick the fields a debug event shows. */
export function brief(e: Entity): DebugEvent['candidate'] {
  return { type: e.type, text: e.text, start: e.start, end: e.end, source: e.source };
}
