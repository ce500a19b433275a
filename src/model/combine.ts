import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import { firstTokenEndingAfter } from '../text/token-search.js';
import type { Entity, LocationEntity, OrganizationEntity, PersonEntity } from '../types.js';
import { entityModelType, type ModelType } from './labels.js';
import { readingMargin, squash, type ModelSpan, type Tagging } from './tagger.js';
import { scratchBytes, scratchInt32 } from '../text/scratch.js';
import { restate } from '../resolve/restate.js';

/**
 * How the rule candidates and the model's spans are combined.
 * @example { sure: 0.9, veto: 0.3, fill: { PER: 0.3, ORG: 0.3 } } // the shipped model's
 */
export interface CombineOptions {
  /** Rule candidates scored at least this are sure: the model never removes them (default SURE_SCORE). */
  sure?: number;
  /**
   * Let the model drop a weak rule candidate where it reads no name on any of its words, when it is
   * at least this sure of it (confidence of 'no name' over the candidate's reading, default VETO); `false`: never.
   */
  veto?: false | number;
  /**
   * Let the model add the names no rule found: per type, the confidence a span needs (default
   * FILL); a type left out is never added; `false` adds none.
   */
  fill?: false | Partial<Record<ModelType, number>>;
  /**
   * Let the gap classifier (a model's `gaps`) add the names it reads in the runs of capitals no rule
   * touches ('collectés par [Shōgakukan]'): per type, the confidence a run needs (default GAPS); a
   * type left out is never added; `false` adds none.
   */
  gaps?: false | Partial<Record<ModelType, number>>;
  /**
   * Let a weak candidate give way to the tagger's different reading of its words ('chez [Discovery
   * Communications]' an organisation, not a place): per type of that reading, the confidence it needs
   * (default: the same as `fill`); `false`: never.
   */
  replace?: false | Partial<Record<ModelType, number>>;
}

/** The default confidence a gap run needs to be added, per type. */
export const GAPS: Readonly<Partial<Record<ModelType, number>>> = { PER: 0.5, LOC: 0.5, ORG: 0.5 };

/** The default confidence a model span needs to be added where no rule found a name, per type. */
export const FILL: Readonly<Partial<Record<ModelType, number>>> = { PER: 0.3, ORG: 0.3 };

/** Why the combination dropped something, for the `debug` callback. */
export type CombineDrop = (reason: string, loser: Entity, winner?: Entity) => void;

export const SURE_SCORE = 0.9;
/** The default confidence the model needs to veto a weak candidate. */
export const VETO = 0.3;

/**
 * Combines the rule finders' candidates with the model's spans:
 * - a sure candidate (a list hit: 'Emmanuel Macron' by a known first name, 'Maroc', 'OTAN') stays,
 *   and so do every date and every demonym, which the model does not read;
 * - a weak candidate (a guess from a title, a role or a context cue: 'le ministre Tajani', 'à Hillion')
 *   stays when the model reads the same name ('+model' in its source), is vetoed when the model
 *   reads no name on any of its words ('milieu du [XXe] siècle' is no person), and gives way to a
 *   different span of the model; a place is never vetoed: its cues ('à Hillion', 'la province de
 *   Zambézie') are surer than the model's reading of a word it has never seen;
 * - a model span that no sure candidate overlaps fills the gap ('model/perceptron'): the names no
 *   list knows ('Thor Hushovd', 'Hydro-Québec');
 * - a run of capitals no candidate touches that the gap classifier reads as a name is added
 *   ('model/gaps': 'collectés par [Shōgakukan]').
 * @example combine(candidates, tagDocument(doc, candidates, model, givenNames), doc)
 */
export function combine(candidates: readonly Entity[], tagging: Tagging, doc: Doc, options: CombineOptions = {}, drop?: CombineDrop): Entity[] {
  const sure = options.sure ?? SURE_SCORE;
  const veto = options.veto === undefined ? VETO : options.veto;
  const fill = options.fill === undefined ? FILL : options.fill;
  const replace = options.replace === undefined ? fill : options.replace;
  const passes = (levels: false | Partial<Record<ModelType, number>>, m: ModelSpan) => levels !== false && levels[m.type] !== undefined && m.confidence >= (levels[m.type] as number);
  const fills = (m: ModelSpan) => passes(fill, m);
  const isSure = (e: Entity) => e.score >= sure || entityModelType(e) === null;
  // Which model span covers each token, once the sure candidates have taken their text.
  const spanAt = scratchInt32(tagging.spans.length ? doc.tokens.length : 0).fill(-1);
  const blocked = scratchBytes(tagging.spans.length);
  if (tagging.spans.length) {
    const owner = ownerMap(candidates.filter(isSure), doc.input.length);
    tagging.spans.forEach((m, k) => {
      // A span under a sure candidate is the model's own reading, not a candidate: it goes unreported.
      if (owner.covers(m.start, m.end)) blocked[k] = 1;
      for (let i = m.first; i < m.last; i++) spanAt[i] = k;
    });
    owner.release();
  }
  const out: Entity[] = [];
  const confirmed = scratchBytes(tagging.spans.length);
  const replacing = scratchBytes(tagging.spans.length);
  for (const e of candidates) {
    if (isSure(e)) {
      out.push(e);
      continue;
    }
    const [first, last] = tokenRange(doc.tokens, e.start, e.end);
    const type = entityModelType(e) as ModelType;
    let read = false;
    let same = -1;
    let other = -1;
    for (let i = first; i < last; i++) {
      const k = spanAt[i] ?? -1;
      if (k < 0) continue;
      read = true;
      const m = tagging.spans[k] as ModelSpan;
      if (m.type === type && m.start === e.start && m.end === e.end) same = k;
      else if (!blocked[k]) other = k;
    }
    if (same >= 0) {
      const m = tagging.spans[same] as ModelSpan;
      confirmed[same] = 1;
      out.push(restate(e, { score: Math.max(e.score, Math.min(0.85, round3(0.5 + m.confidence * 0.4))), source: `${e.source}+model` }));
    } else if (!read && veto !== false && type !== 'LOC' && squash(readingMargin(tagging, first, last, 0), tagging.spanScale) >= veto) {
      drop?.('vetoed by the model: it reads no name here', e);
    } else if (other >= 0 && passes(replace, tagging.spans[other] as ModelSpan)) {
      replacing[other] = 1;
      drop?.('the model reads another name here', e, modelEntity(tagging.spans[other] as ModelSpan, doc));
    } else {
      out.push(e);
    }
  }
  const added: ModelSpan[] = [];
  tagging.spans.forEach((m, k) => {
    if (!blocked[k] && !confirmed[k] && (fills(m) || replacing[k])) {
      out.push(modelEntity(m, doc));
      added.push(m);
    }
  });
  // The gap classifier's names: its runs touch no rule candidate, only perhaps a name the tagger added.
  const gaps = options.gaps === undefined ? GAPS : options.gaps;
  if (gaps !== false && tagging.gaps) {
    for (const m of tagging.gaps) {
      const level = gaps[m.type];
      if (level === undefined || m.confidence < level || added.some((a) => a.start < m.end && m.start < a.end)) continue;
      out.push(modelEntity(m, doc, 'model/gaps'));
    }
  }
  return out;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The entity of a model span: its normalized name is its text (spaces collapsed), as no list knows it.
 * @example modelEntity({ type: 'PER', start: 0, end: 12, … }, doc) // { type: 'person', text: 'Thor Hushovd', normalized: { name: 'Thor Hushovd' }, source: 'model/perceptron' }
 */
export function modelEntity(m: ModelSpan, doc: Doc, source = 'model/perceptron'): PersonEntity | LocationEntity | OrganizationEntity {
  const text = doc.input.slice(m.start, m.end);
  const name = /\s\s|[\n\r\t\u00a0]/.test(text) ? text.replace(/\s+/g, ' ') : text;
  // (In the order of every finder's entities, type first: entities of one order share one shape, and
  // the resolvers that read every candidate's offsets read them faster.)
  return { type: ENTITY_TYPE[m.type], text, start: m.start, end: m.end, score: round3(0.3 + m.confidence * 0.5), source, normalized: { name } };
}

/** The entity type of a model type. */
const ENTITY_TYPE = { PER: 'person', LOC: 'location', ORG: 'organization' } as const;

/** The tokens `[first, last)` inside `start..end`. */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  const first = firstTokenEndingAfter(tokens, start);
  let last = first;
  while (last < tokens.length && (tokens[last] as Token).start < end) last++;
  return [first, last];
}

/**
 * The cells of the last `ownerMap`, kept for the next document: a map as long as the text, allocated
 * and filled for every document, cost more than the lookups it serves. A map is released (its
 * entities' cells set back to 0) before any caller's code can run, so one array serves every call;
 * one grown for a huge text is not kept.
 */
let spareCells: Uint8Array | undefined;
const KEPT_CELLS = 1 << 20;

/**
 * Whether some entities cover a stretch of text: one cell per code unit (0: none, else 1), so a
 * lookup is linear in the stretch and the map is made in the entities' length, not the text's.
 * `release` clears the cells for the next map.
 */
function ownerMap(entities: readonly Entity[], length: number): { covers(start: number, end: number): boolean; release(): void } {
  const cells = spareCells && spareCells.length >= length ? spareCells : new Uint8Array(length);
  spareCells = undefined;
  for (const e of entities) cells.fill(1, e.start, e.end);
  return {
    covers(start, end) {
      for (let i = start; i < end; i++) if (cells[i] === 1) return true;
      return false;
    },
    release() {
      for (const e of entities) cells.fill(0, e.start, e.end);
      if (cells.length <= KEPT_CELLS) spareCells = cells;
    },
  };
}
