import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Entity } from '../types.js';
import { allowed, decode } from './decode.js';
import { FEATURE_SLOTS, segments, sentenceFeatures, tableBytes, tokenTable } from './features.js';
import { beginLabel, LABEL_COUNT, isInside, labelType, MODEL_TYPES, type ModelType } from './labels.js';
import type { RuntimeModel } from './model.js';
import { scratchBuffer } from '../text/scratch.js';
import { touchRows } from './touch.js';

const L = LABEL_COUNT;

/** A name the model found: its type, offsets, tokens and how sure the model is (0..1). */
export interface ModelSpan {
  type: ModelType;
  start: number;
  end: number;
  /** Index of its first token. */
  first: number;
  /** Index after its last token. */
  last: number;
  /** How much better it reads as a name of its type than as nothing or another type (path scores). */
  margin: number;
  /** The margin squashed to 0..1: 0.5 at the model's median span margin (`spanScale`), 0 at no margin. */
  confidence: number;
}

/**
 * The model's reading of a document: one label per token (the best path), the label scores behind
 * it, each token's sentence, and the spans the labels make.
 */
export interface Tagging {
  labels: Uint8Array;
  /** Label scores, tokens × labels (0 for untagged tokens: the date header). */
  emit: Float64Array;
  /** Index of the first token of each token's sentence, and of the token after its last. */
  sentenceFirst: Int32Array;
  sentenceEnd: Int32Array;
  spans: ModelSpan[];
  transitions: Float64Array;
  start: Float64Array;
  spanScale: number;
  /** The gap classifier's names in the runs of capitals no candidate touches (see `classifyGaps`). */
  gaps?: ModelSpan[];
}

/** Reused buffers: tagging a document allocates only what its longest sentence needs. */
interface Work {
  features: Int32Array;
  score: Float64Array;
  back: Uint8Array;
  path: Uint8Array;
}

/**
 * The buffers of the last document, kept for the next one: tagging allocated them afresh for every
 * document before, four typed arrays whose allocation cost more than tagging a short article's
 * stretches. Nothing reads them before writing them, and no caller's code runs while a document is
 * tagged, so one set serves every call. A set grown for a huge stretch (a text of capitals without
 * a full stop) is not kept: memory stays bounded.
 */
let spare: Work | undefined;
const KEPT_TOKENS = 4096;

function work(n: number, w?: Work): Work {
  if (w && w.path.length >= n) return w;
  const size = Math.max(n, 64);
  return {
    features: new Int32Array(size * FEATURE_SLOTS),
    score: new Float64Array(size * L),
    back: new Uint8Array(size * L),
    path: new Uint8Array(size),
  };
}

/**
 * Label scores of `n` tokens under the int8 weights, into `emit` from token `at`: each feature adds
 * its row, then each label's sum is scaled once.
 * @example emissions(model, features, 2, emit) // 'Thor Hushovd': emit[1] (B-PER) the highest of the first seven
 */
export function emissions(model: RuntimeModel, features: Int32Array, n: number, emit: Float64Array, at = 0): void {
  const { weights: w, mask, scales } = model;
  // Seven labels, summed in locals: the hottest loop of the model (a third faster than an array).
  // (Read by index: destructuring a typed array runs its iterator, an object and seven calls at each stretch.)
  const s0 = scales[0] as number, s1 = scales[1] as number, s2 = scales[2] as number, s3 = scales[3] as number;
  const s4 = scales[4] as number, s5 = scales[5] as number, s6 = scales[6] as number;
  for (let t = 0; t < n; t++) {
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
    const base = t * FEATURE_SLOTS;
    for (let s = 0; s < FEATURE_SLOTS; s++) {
      const r = ((features[base + s] as number) & mask) * L;
      a0 += w[r] as number;
      a1 += w[r + 1] as number;
      a2 += w[r + 2] as number;
      a3 += w[r + 3] as number;
      a4 += w[r + 4] as number;
      a5 += w[r + 5] as number;
      a6 += w[r + 6] as number;
    }
    const o = (at + t) * L;
    emit[o] = a0 * s0;
    emit[o + 1] = a1 * s1;
    emit[o + 2] = a2 * s2;
    emit[o + 3] = a3 * s3;
    emit[o + 4] = a4 * s4;
    emit[o + 5] = a5 * s5;
    emit[o + 6] = a6 * s6;
  }
}

/**
 * Tags a document sentence by sentence, in the stretches near capitals (`segments`): features,
 * label scores, the best path. Linear in the text. The date header ('date 2022-04') is metadata and
 * stays untagged. With `needed` (one flag a token, or none at all: an empty array), only the stretches that hold a flagged token are
 * tagged: where the model only judges the rules' weak guesses, the rest of the text is left alone.
 * @example tagDocument(prepare('Il a rencontré Thor Hushovd à Burgos.'), [], model, givenNames).spans
 * // [{ type: 'PER', start: 15, end: 27, … }, { type: 'LOC', start: 30, end: 36, … }]
 */
export function tagDocument(doc: Doc, candidates: readonly Entity[], model: RuntimeModel, givenNames: ReadonlyMap<string, number>, needed?: Uint8Array): Tagging {
  // Nothing to read: no table is built, the features of the document are never computed.
  const count = needed && !needed.includes(1) ? 0 : doc.tokens.length;
  // One buffer for the four per-token arrays and the token table's (a typed array's own buffer
  // costs more to allocate than a short article's tokens cost to read): scores first, for their
  // 8-byte alignment, and the table from the next multiple of 8.
  const tableAt = Math.ceil((count * (8 * L + 4 + 4 + 1)) / 8) * 8;
  // (Cut from the document's scratch block: see scratch.ts.)
  const { buffer, at } = scratchBuffer(count === 0 ? 0 : tableAt + tableBytes(count));
  const tagging: Tagging = {
    labels: new Uint8Array(buffer, at + count * (8 * L + 8), count),
    emit: new Float64Array(buffer, at, count * L),
    sentenceFirst: new Int32Array(buffer, at + count * 8 * L, count),
    sentenceEnd: new Int32Array(buffer, at + count * (8 * L + 4), count),
    spans: [],
    transitions: model.transitions,
    start: model.start,
    spanScale: model.spanScale,
  };
  if (count === 0) return tagging;
  const table = tokenTable(doc, candidates, givenNames, buffer, at + tableAt);
  const headerEnd = doc.header ? doc.header.end : -1;
  let w: Work | undefined = spare;
  for (const s of doc.sentences) {
    let first = s.first;
    while (first < s.last && (doc.tokens[first] as Token).start < headerEnd) first++;
    // A sentence the model does not read keeps no bounds: nothing looks them up.
    if (needed && !any(needed, first, s.last)) continue;
    for (let i = s.first; i < s.last; i++) {
      tagging.sentenceFirst[i] = i < first ? i : first;
      tagging.sentenceEnd[i] = i < first ? i + 1 : s.last;
    }
    for (const [a, b] of segments(doc.tokens, table, first, s.last)) {
      if (needed && !any(needed, a, b)) continue;
      const n = b - a;
      w = work(n, w);
      sentenceFeatures(table, first, s.last, w.features, false, a, b);
      touchRows(model.weights, w.features, n * FEATURE_SLOTS, model.mask, L);
      emissions(model, w.features, n, tagging.emit, a);
      decode(tagging.emit.subarray(a * L, b * L), n, model.transitions, model.start, w.path, w, a > first, b < s.last);
      tagging.labels.set(w.path.subarray(0, n), a);
      collectSpans(doc.tokens, tagging, a, b);
    }
  }
  if (w && w.path.length <= KEPT_TOKENS) spare = w;
  return tagging;
}

/** Whether a flag is set in `a..b-1`. */
function any(flags: Uint8Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (flags[i]) return true;
  return false;
}

/** Turns a sentence's labels into spans, trimmed of the elisions and punctuation a name never starts or ends with. */
function collectSpans(tokens: readonly Token[], tagging: Tagging, first: number, last: number): void {
  const path = tagging.labels;
  let i = first;
  while (i < last) {
    const label = path[i] as number;
    const type = labelType(label);
    if (!type || isInside(label)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < last && path[j] === label + 1) j++;
    let a = i;
    let b = j;
    // "l'[OTAN]": an elision or a quote never opens a name; a comma or a quote never closes one.
    while (a < b && isEdgeJunk(tokens[a] as Token, true)) a++;
    while (b > a && isEdgeJunk(tokens[b - 1] as Token, false)) b--;
    if (b > a) {
      const margin = readingMargin(tagging, i, j, beginLabel(type));
      tagging.spans.push({ type, start: (tokens[a] as Token).start, end: (tokens[b - 1] as Token).end, first: a, last: b, margin, confidence: squash(margin, tagging.spanScale) });
    }
    i = j;
  }
}

/**
 * A margin squashed to 0..1: 0 at no margin, 0.5 at the model's median span margin.
 * @example squash(64, 64) // 0.5: 'Thor Hushovd' read as surely as the model's median name
 */
export const squash = (margin: number, scale: number): number => (margin > 0 ? 1 - 2 ** (-margin / scale) : 0);

function isEdgeJunk(t: Token, atStart: boolean): boolean {
  if (t.kind === 'elision') return true;
  if (t.kind !== 'punct') return false;
  // 'Warner Bros.' and 'J.-C.' keep their period at the end.
  return atStart || t.text !== '.';
}

/** The readings of a stretch: no name (0), or a span opened by each type's first label; made once, not at every span. */
const READINGS: readonly number[] = [0, ...MODEL_TYPES.map(beginLabel)];

/**
 * How much better tokens a..b-1 read as one span opened by label `begin` (0: no name) than under
 * the best other reading (no name, or a span of another type), the rest of the path kept: the
 * difference of path scores (label and transition scores) inside and at the edges.
 * @example readingMargin(tagging, 3, 5, 0) > 0 // the model reads no name on tokens 3 and 4
 */
export function readingMargin(tagging: Tagging, a: number, b: number, begin: number): number {
  const own = readingScore(tagging, a, b, begin);
  let best = -Infinity;
  for (const other of READINGS) if (other !== begin) best = Math.max(best, readingScore(tagging, a, b, other));
  return own - best;
}

/** The path score of tokens a..b-1 labelled as one span opened by `begin` (0: all O), with the path around them. */
function readingScore(tagging: Tagging, a: number, b: number, begin: number): number {
  const { emit, transitions: trans, labels: path } = tagging;
  let s = 0;
  let prev = a > (tagging.sentenceFirst[a] as number) ? (path[a - 1] as number) : -1;
  for (let t = a; t < b; t++) {
    const label = begin === 0 ? 0 : t === a ? begin : begin + 1;
    s += (emit[t * L + label] as number) + (prev >= 0 ? (trans[prev * L + label] as number) : (tagging.start[label] as number));
    prev = label;
  }
  if (b < (tagging.sentenceEnd[a] as number)) {
    const next = path[b] as number;
    s += allowed(prev, next) ? (trans[prev * L + next] as number) : -1e9;
  }
  return s;
}
