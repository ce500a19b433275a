import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import { beginLabel, goldType, isInside, type ModelType, MODEL_TYPES } from './labels.js';

/**
 * A gold document in the format of `../shared/data` and of the corpus: the text and its annotated
 * spans. Types PER, LOC, ORG (and CTRY, a place to the model) are learnt; MISC, DATE and CADJ are not names the model tags.
 * @example { text: 'Thor Hushovd a gagné à Burgos.', entities: [{ start: 0, end: 12, type: 'PER' }, { start: 23, end: 29, type: 'LOC' }] }
 */
export interface GoldDocument {
  id?: string;
  text: string;
  entities: ReadonlyArray<{ start: number; end: number; type: string }>;
  /**
   * Stretches whose labels the annotation leaves open (silver data made by the rules: a capitalised
   * word no rule found may be a name or not). The trainer learns nothing about their tokens.
   */
  unknown?: ReadonlyArray<{ start: number; end: number }>;
  /**
   * Where the document comes from ('europeana-newspapers-fr-bnf'): when dev documents come from
   * several sources, train takes a gap level only if it costs names in none of them.
   */
  source?: string;
  /** The document's date ('2023-03-14'), for the date finder whose hits are features. */
  date?: string;
  meta?: { date?: unknown };
}

/** The label of a token whose label the annotation leaves open. */
export const UNKNOWN = 255;

/**
 * One BIO label per token from the gold spans: a token belongs to the span its first character
 * falls in; a span cut by a sentence end starts again with B- in the next sentence. Tokens of the
 * `unknown` stretches outside every span are UNKNOWN.
 * @example goldLabels(prepare('Thor Hushovd gagne'), [{ start: 0, end: 12, type: 'PER' }]) // [1, 2, 0]
 */
export function goldLabels(doc: Doc, entities: GoldDocument['entities'], unknown: GoldDocument['unknown'] = []): Uint8Array {
  const { tokens } = doc;
  const labels = new Uint8Array(tokens.length);
  let k = 0;
  for (const u of [...unknown].sort((a, b) => a.start - b.start)) {
    while (k < tokens.length && (tokens[k] as Token).start < u.start) k++;
    for (let i = k; i < tokens.length && (tokens[i] as Token).start < u.end; i++) labels[i] = UNKNOWN;
  }
  const spans = entities
    .map((e) => ({ start: e.start, end: e.end, type: goldType(e.type) }))
    .filter((e): e is { start: number; end: number; type: ModelType } => e.type !== null && e.end > e.start)
    .sort((a, b) => a.start - b.start);
  let t = 0;
  for (const g of spans) {
    while (t < tokens.length && (tokens[t] as Token).start < g.start) t++;
    let first = true;
    for (let i = t; i < tokens.length && (tokens[i] as Token).start < g.end; i++) {
      labels[i] = beginLabel(g.type) + (first ? 0 : 1);
      first = false;
    }
  }
  for (const s of doc.sentences) {
    const l = labels[s.first] as number;
    if (l !== UNKNOWN && isInside(l)) labels[s.first] = l - 1;
  }
  return labels;
}

/** A typed span, for scoring. */
export interface TypedSpan {
  type: ModelType;
  start: number;
  end: number;
}

/**
 * Precision, recall and F1 with their counts.
 * @example { p: 0.9, r: 0.75, f1: 0.818, tp: 9, fp: 1, fn: 3 }
 */
export interface PRF {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Strict scores per type (same type, same offsets) and their micro average.
 * @example scores.PER.f1 // 0.92: 'Thor Hushovd' found where the gold has it
 */
export type SpanScores = Record<ModelType | 'micro', PRF>;

/** Counts of a scoring run, added document by document. */
export class SpanCounter {
  private counts = new Map<string, { tp: number; fp: number; fn: number }>();

  /**
   * Adds one document's gold and predicted spans (counted on distinct spans, as `../shared/tools/score.mjs` counts).
   * @example counter.add([{ type: 'PER', start: 0, end: 12 }], [{ type: 'PER', start: 0, end: 12 }])
   */
  add(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): void {
    const key = (s: TypedSpan) => `${s.type}:${s.start}:${s.end}`;
    const g = new Set(gold.map(key));
    const p = new Set(predicted.map(key));
    for (const k of p) this.bump(k.slice(0, 3), g.has(k) ? 'tp' : 'fp');
    for (const k of g) if (!p.has(k)) this.bump(k.slice(0, 3), 'fn');
  }

  private bump(type: string, what: 'tp' | 'fp' | 'fn') {
    const c = this.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[what]++;
    this.counts.set(type, c);
  }

  /** The scores so far. */
  scores(): SpanScores {
    const prf = (c: { tp: number; fp: number; fn: number }): PRF => {
      const p = c.tp / (c.tp + c.fp || 1);
      const r = c.tp / (c.tp + c.fn || 1);
      return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, ...c };
    };
    const all = { tp: 0, fp: 0, fn: 0 };
    const out = {} as SpanScores;
    for (const t of MODEL_TYPES) {
      const c = this.counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
      out[t] = prf(c);
      all.tp += c.tp;
      all.fp += c.fp;
      all.fn += c.fn;
    }
    out.micro = prf(all);
    return out;
  }
}

/**
 * The gold spans of a document the model is scored on.
 * @example goldSpans({ text, entities: [{ start: 0, end: 6, type: 'CTRY' }] }) // [{ type: 'LOC', start: 0, end: 6 }]
 */
export function goldSpans(doc: GoldDocument): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const e of doc.entities) {
    const type = goldType(e.type);
    if (type) out.push({ type, start: e.start, end: e.end });
  }
  return out;
}
