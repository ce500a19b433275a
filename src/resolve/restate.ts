import type { Entity } from '../types.js';

/**
 * An entity with some of its fields changed: a new record, in the order every finder writes its
 * records (type, text, start, end, score, source, normalized).
 *
 * Why not `{ ...e, score, source }`: a record copied by spread gets a hidden class of its own in V8,
 * and the resolvers after the model, which read the offsets and score of every candidate ('Emmanuel
 * Macron' confirmed by the model, 'Macron' renamed by the coreference resolver), met six classes of
 * record at one place instead of one: a slow generic lookup at each read.
 * @example restate(macron, { source: 'person/title+coreference' }) // the same mention, another source
 */
export function restate<E extends Entity>(e: E, changes: { text?: string; start?: number; end?: number; score?: number; source?: string; normalized?: E['normalized'] }): E {
  return {
    type: e.type,
    text: changes.text ?? e.text,
    start: changes.start ?? e.start,
    end: changes.end ?? e.end,
    score: changes.score ?? e.score,
    source: changes.source ?? e.source,
    normalized: changes.normalized ?? e.normalized,
  } as E;
}
