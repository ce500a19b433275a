import { parseReferenceDate } from '../dates/reference.js';
import { defaultFinders } from '../extractor.js';
import { personLexicon } from '../finders/person.js';
import type { FindContext, Finder } from '../pipeline.js';
import { resolveOverlaps } from '../resolve/overlaps.js';
import { prepare, type Doc } from '../text/document.js';
import type { Entity } from '../types.js';
import { combine, VETO, type CombineOptions } from './combine.js';
import { allowed, decode } from './decode.js';
import { FEATURE_SLOTS, segments, sentenceFeatures, tokenTable } from './features.js';
import { goldLabels, goldSpans, SpanCounter, UNKNOWN, type GoldDocument, type SpanScores, type TypedSpan } from './gold.js';
import { seeded } from './hash.js';
import { entityModelType, isInside, LABEL_COUNT, MODEL_TYPES, type ModelType } from './labels.js';
import { packModel, unpackModel, type GazetteModel, type Quantisation } from './model.js';
import { tagDocument } from './tagger.js';
import { classifyGaps } from './gap-model.js';
import { trainGaps } from './gap-train.js';

const L = LABEL_COUNT;

/**
 * What `train` reports after each epoch.
 * @example { epoch: 2, epochs: 5, mistakes: 310, sentences: 1200, dev: { model, combined, combine } }
 */
export interface EpochReport {
  epoch: number;
  epochs: number;
  /** Sentences the model got wrong during the epoch (it learnt from them). */
  mistakes: number;
  sentences: number;
  /** Strict scores on the dev documents: the model's spans alone, and rules + model as `extract` combines them (with `combine`). */
  dev?: { model: SpanScores; combined: SpanScores; combine: CombineOptions };
}

/**
 * Options of `train`.
 * @example train(docs, { epochs: 5, seed: 1, dev: devDocs, onEpoch: (r) => console.log(r.epoch, r.dev?.combined.micro.f1) })
 */
export interface TrainOptions {
  /** Passes over the training documents (default 5). */
  epochs?: number;
  /** Seed of the shuffling and of the dropout: the same seed gives the same weights (default 1). */
  seed?: number;
  /** Documents scored after each epoch (never trained on). */
  dev?: readonly GoldDocument[];
  /** Called after each epoch with its report. */
  onEpoch?: (report: EpochReport) => void;
  /** The weight table has 2^bits rows (default 16). */
  bits?: number;
  /** Share of sentences trained without the rule finders' candidates, so that the model learns names from their context too (default 0.3). */
  dropout?: number;
  /** How the weights are quantised (levels each side of 0, clipping quantile): fewer levels, smaller file. */
  quantisation?: Quantisation;
  /** The finders whose candidates are features (default: `defaultFinders()`, as `extract` runs them). */
  finders?: readonly Finder[];
  /** The first names the features look up (default: the person finder's list). */
  givenNames?: ReadonlyMap<string, number>;
  /**
   * How the model combines with the rules, stored in the model (`model.combine`). What it leaves
   * out, train tunes on the dev documents (the sure score, and per type the confidence a tagger's
   * span or a gap run needs); without dev documents, the model keeps it and the defaults of `combine`.
   */
  combine?: CombineOptions;
  /**
   * The gap classifier (see `gap-model.ts`): trained on the same documents unless `false`; its epochs
   * (default 10) and table size (default 2^14 rows).
   */
  gaps?: false | { epochs?: number; bits?: number };
  /** Free information stored in the model's `info`. */
  info?: Record<string, unknown>;
}

/** A document as the trainer keeps it: its tokens, candidates, gold labels and features per sentence. */
interface Prepared {
  doc: Doc;
  gold: GoldDocument;
  candidates: Entity[];
  labels: Uint8Array;
  /** The stretches the model tags (see `segments`), each with its features, and whether an 'O' comes before and after it. */
  sentences: Array<{ first: number; n: number; features: Int32Array; hidden: Int32Array | null; partial: boolean; afterO: boolean; beforeO: boolean }>;
}

/**
 * Trains a model on gold documents (averaged structured perceptron over BIO token labels, Viterbi
 * decoding) and returns it as a plain object that `createExtractor({ model })` loads. Runs in any
 * JavaScript runtime: no file, no clock, no randomness but the seed.
 * @example
 * const model = train(goldDocs, { epochs: 5, seed: 1, dev: devDocs, onEpoch: (r) => console.log(r) });
 * const extractor = createExtractor({ model });
 * extractor.extract('Le coureur Thor Hushovd a gagné à Burgos.')
 */
export function train(docs: readonly GoldDocument[], options: TrainOptions = {}): GazetteModel {
  const epochs = options.epochs ?? 5;
  const bits = options.bits ?? 16;
  const dropout = options.dropout ?? 0.3;
  const seed = options.seed ?? 1;
  if (!Array.isArray(docs) || docs.length === 0) throw new TypeError('gazette: train needs an array of gold documents ({ text, entities })');
  if (!Number.isInteger(epochs) || epochs < 1) throw new RangeError('gazette: epochs must be a whole number of 1 or more');
  if (!Number.isInteger(bits) || bits < 4 || bits > 24) throw new RangeError('gazette: bits must be a whole number from 4 to 24');
  if (!(dropout >= 0 && dropout < 1)) throw new RangeError('gazette: dropout must be in [0, 1)');
  const finders = options.finders ?? defaultFinders();
  const givenNames = options.givenNames ?? personLexicon().givenNames;
  const train = docs.map((d, i) => prepareDocument(d, i, finders, givenNames, dropout > 0));
  const dev = (options.dev ?? []).map((d, i) => prepareDocument(d, i, finders, givenNames, false));

  const rows = 2 ** bits;
  const mask = rows - 1;
  const w = new Float64Array(rows * L);
  const u = new Float64Array(rows * L); // sum of (step × update), for the average
  const trans = new Float64Array(L * L);
  const transU = new Float64Array(L * L);
  const start = new Float64Array(L);
  const startU = new Float64Array(L);
  const rand = seeded(seed);
  const order = train.flatMap((d, di) => d.sentences.map((_, si) => [di, si] as const));
  let maxN = 1;
  for (const d of train) for (const s of d.sentences) maxN = Math.max(maxN, s.n);
  const emit = new Float64Array(maxN * L);
  const path = new Uint8Array(maxN);
  const work = { score: new Float64Array(maxN * L), back: new Uint8Array(maxN * L) };
  let step = 1;
  let model: GazetteModel | undefined;
  // The gap classifier reads only the rules' candidates and the words: it learns once, before the tagger.
  const gaps = options.gaps === false ? undefined : trainGaps(train, givenNames, { ...options.gaps, seed, levels: options.quantisation?.levels ?? 28, clip: options.quantisation?.clip ?? 0.999 });

  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, rand);
    let mistakes = 0;
    for (const [di, si] of order) {
      const d = train[di] as Prepared;
      const s = d.sentences[si] as Prepared['sentences'][number];
      const features = s.hidden && rand() < dropout ? s.hidden : s.features;
      floatEmissions(w, mask, features, s.n, emit);
      const gold = s.partial ? target(emit, d.labels, s.first, s.n, trans, start, work, s.afterO, s.beforeO) : d.labels.subarray(s.first, s.first + s.n);
      decode(emit, s.n, trans, start, path, work, s.afterO, s.beforeO);
      let wrong = false;
      for (let t = 0; t < s.n; t++) {
        const g = gold[t] as number;
        const p = path[t] as number;
        const gPrev = t > 0 ? (gold[t - 1] as number) : -1;
        const pPrev = t > 0 ? (path[t - 1] as number) : -1;
        if (g !== p) {
          wrong = true;
          for (let k = 0; k < FEATURE_SLOTS; k++) {
            const row = ((features[t * FEATURE_SLOTS + k] as number) & mask) * L;
            w[row + g] = (w[row + g] as number) + 1;
            u[row + g] = (u[row + g] as number) + step;
            w[row + p] = (w[row + p] as number) - 1;
            u[row + p] = (u[row + p] as number) - step;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          if (t === 0 && !s.afterO) {
            start[g] = (start[g] as number) + 1;
            startU[g] = (startU[g] as number) + step;
            start[p] = (start[p] as number) - 1;
            startU[p] = (startU[p] as number) - step;
          } else if (t === 0) {
            // After an 'O' outside the stretch.
            trans[g] = (trans[g] as number) + 1;
            transU[g] = (transU[g] as number) + step;
            trans[p] = (trans[p] as number) - 1;
            transU[p] = (transU[p] as number) - step;
          } else {
            trans[gPrev * L + g] = (trans[gPrev * L + g] as number) + 1;
            transU[gPrev * L + g] = (transU[gPrev * L + g] as number) + step;
            trans[pPrev * L + p] = (trans[pPrev * L + p] as number) - 1;
            transU[pPrev * L + p] = (transU[pPrev * L + p] as number) - step;
          }
        }
      }
      const gLast = gold[s.n - 1] as number;
      const pLast = path[s.n - 1] as number;
      if (s.beforeO && gLast !== pLast) {
        // Before an 'O' outside the stretch.
        trans[gLast * L] = (trans[gLast * L] as number) + 1;
        transU[gLast * L] = (transU[gLast * L] as number) + step;
        trans[pLast * L] = (trans[pLast * L] as number) - 1;
        transU[pLast * L] = (transU[pLast * L] as number) - step;
      }
      if (wrong) mistakes++;
      step++;
    }
    const avg = (x: Float64Array, xu: Float64Array) => x.map((v, i) => v - (xu[i] as number) / step);
    const avgTrans = avg(trans, transU);
    for (let p = 0; p < L; p++) for (let c = 0; c < L; c++) if (!allowed(p, c)) avgTrans[p * L + c] = 0;
    model = packModel(avg(w, u), bits, avgTrans, avg(start, startU), options.quantisation, {
      ...options.info,
      trainer: 'averaged structured perceptron, BIO, Viterbi',
      documents: docs.length,
      sentences: order.length,
      epochs,
      seed,
      dropout,
    });
    model.spanScale = medianMargin(train, model, givenNames);
    if (gaps) model.gaps = gaps;
    const scores = dev.length ? evaluateDev(dev, model, givenNames, options.combine) : undefined;
    if (scores) model.combine = scores.combine;
    else if (options.combine) model.combine = options.combine;
    if (options.onEpoch) {
      const report: EpochReport = { epoch, epochs, mistakes, sentences: order.length };
      if (scores) report.dev = scores;
      options.onEpoch(report);
    }
  }
  return model as GazetteModel;
}

/** The median margin of the spans a model tags in (up to about 3000 sentences of) its training documents. */
function medianMargin(docs: readonly Prepared[], model: GazetteModel, givenNames: ReadonlyMap<string, number>): number {
  const runtime = unpackModel(model);
  const margins: number[] = [];
  let sentences = 0;
  for (let i = 0; i < docs.length; i++) sentences += (docs[i] as Prepared).sentences.length;
  const every = Math.max(1, Math.round(sentences / 3000));
  let k = 0;
  for (const d of docs) {
    if (k++ % every !== 0) continue;
    for (const m of tagDocument(d.doc, d.candidates, runtime, givenNames).spans) if (m.margin > 0) margins.push(m.margin);
  }
  margins.sort((a, b) => a - b);
  const mid = margins[margins.length >> 1];
  return mid && mid > 0 ? Math.round(mid * 1000) / 1000 : 1;
}

/**
 * The path to learn from in a sentence with open labels: the best path under the current weights
 * among those that agree with every known label (learning from partial annotation).
 */
function target(emit: Float64Array, labels: Uint8Array, first: number, n: number, trans: Float64Array, start: Float64Array, work: { score: Float64Array; back: Uint8Array }, afterO: boolean, beforeO: boolean): Uint8Array {
  const constrained = emit.slice(0, n * L);
  for (let t = 0; t < n; t++) {
    const g = labels[first + t] as number;
    if (g === UNKNOWN) continue;
    for (let c = 0; c < L; c++) if (c !== g) constrained[t * L + c] = -1e9;
  }
  const out = new Uint8Array(n);
  decode(constrained, n, trans, start, out, work, afterO, beforeO);
  return out;
}

function floatEmissions(w: Float64Array, mask: number, features: Int32Array, n: number, emit: Float64Array): void {
  emit.fill(0, 0, n * L);
  for (let t = 0; t < n; t++) {
    for (let k = 0; k < FEATURE_SLOTS; k++) {
      const row = ((features[t * FEATURE_SLOTS + k] as number) & mask) * L;
      for (let c = 0; c < L; c++) emit[t * L + c] = (emit[t * L + c] as number) + (w[row + c] as number);
    }
  }
}

function shuffle<T>(xs: T[], rand: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const x = xs[i] as T;
    xs[i] = xs[j] as T;
    xs[j] = x;
  }
}

/** Runs the finders on a gold document (its date as reference) and computes its features once. */
function prepareDocument(g: GoldDocument, index: number, finders: readonly Finder[], givenNames: ReadonlyMap<string, number>, hidden: boolean): Prepared {
  if (!g || typeof g.text !== 'string' || !Array.isArray(g.entities)) throw new TypeError(`gazette: gold document ${index} needs a text and an entities array`);
  for (const e of g.entities) {
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= g.text.length && e.start <= e.end)) {
      throw new RangeError(`gazette: gold document ${g.id ?? index} has an entity outside its text (${e.start}..${e.end})`);
    }
  }
  const doc = prepare(g.text);
  const date = g.date ?? g.meta?.date;
  const ctx: FindContext = {
    reference: typeof date === 'string' ? parseReferenceDate(date) : doc.header ? parseReferenceDate(doc.header.value, 'header') : null,
    drop: () => {},
  };
  const candidates: Entity[] = [];
  for (const f of finders) for (const e of f.find(doc, ctx)) candidates.push(e);
  const table = tokenTable(doc, candidates, givenNames);
  // Hidden: no candidate and no first name, so that the model learns names from their shape and context alone.
  const bare = hidden ? tokenTable(doc, [], new Map()) : null;
  const headerEnd = doc.header ? doc.header.end : -1;
  const labels = goldLabels(doc, g.entities, g.unknown);
  const sentences: Prepared['sentences'] = [];
  for (const s of doc.sentences) {
    let first = s.first;
    while (first < s.last && (doc.tokens[first]?.start ?? 0) < headerEnd) first++;
    for (const [a, b] of segments(doc.tokens, table, first, s.last)) {
      const n = b - a;
      const features = new Int32Array(n * FEATURE_SLOTS);
      sentenceFeatures(table, first, s.last, features, false, a, b);
      let hiddenFeatures: Int32Array | null = null;
      if (bare) {
        hiddenFeatures = new Int32Array(n * FEATURE_SLOTS);
        sentenceFeatures(bare, first, s.last, hiddenFeatures, false, a, b);
      }
      let partial = false;
      for (let i = a; i < b; i++) if (labels[i] === UNKNOWN) partial = true;
      // A stretch that starts inside a name (a long name cut by the stretch) starts it anew.
      const l = labels[a] as number;
      if (l !== UNKNOWN && isInside(l)) labels[a] = l - 1;
      sentences.push({ first: a, n, features, hidden: hiddenFeatures, partial, afterO: a > first, beforeO: b < s.last });
    }
  }
  return { doc, gold: g, candidates, labels, sentences };
}

/**
 * Strict dev scores of a packed model: its spans alone, and combined with the rules, with the
 * given combination or the best one found on the dev documents.
 */
function evaluateDev(dev: readonly Prepared[], model: GazetteModel, givenNames: ReadonlyMap<string, number>, fixed?: CombineOptions): { model: SpanScores; combined: SpanScores; combine: CombineOptions } {
  const runtime = unpackModel(model);
  const alone = new SpanCounter();
  const tagged = dev.map((d) => {
    const gold = goldSpans(d.gold);
    const tagging = tagDocument(d.doc, d.candidates, runtime, givenNames);
    alone.add(gold, tagging.spans);
    if (runtime.gaps) tagging.gaps = classifyGaps(d.doc, d.candidates, runtime.gaps, givenNames);
    return { d, gold, tagging };
  });
  const combined = (how: CombineOptions, source?: string) => {
    const counter = new SpanCounter();
    for (const { d, gold, tagging } of tagged) {
      if (source !== undefined && sourceOf(d.gold) !== source) continue;
      const kept: TypedSpan[] = [];
      for (const e of resolveOverlaps(combine(d.candidates, tagging, d.doc, how))) {
        const type = entityModelType(e);
        if (type) kept.push({ type, start: e.start, end: e.end });
      }
      counter.add(gold, kept);
    }
    return counter.scores();
  };
  const sources = [...new Set(dev.map((d) => sourceOf(d.gold)))];
  const how = tuneCombination(combined, runtime.gaps !== undefined, fixed ?? {}, sources);
  return { model: alone.scores(), combined: combined(how), combine: how };
}

/** Where a dev document comes from (its `source` field): the gap levels are judged on each source apart. */
const sourceOf = (d: GoldDocument): string => (typeof d.source === 'string' ? d.source : '');

/** The sure scores and per-type confidences tried when tuning a combination on dev documents. */
const SURE_CHOICES = [0.8, 0.9, 1.01];
const FILL_CHOICES: ReadonlyArray<number | null> = [null, 0.1, 0.2, 0.3, 0.5, 0.7];
const GAP_CHOICES: ReadonlyArray<number | null> = [null, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * The combination with the best dev micro F1: for each sure score, each type's fill confidence
 * chosen in turn for that type's F1 (a type's choice barely moves the others').
 */
function tuneCombination(scoresOf: (how: CombineOptions, source?: string) => SpanScores, withGaps: boolean, fixed: CombineOptions, sources: readonly string[] = ['']): CombineOptions {
  let best: { how: CombineOptions; f1: number } | undefined;
  const veto = fixed.veto ?? VETO;
  for (const sure of fixed.sure === undefined ? SURE_CHOICES : [fixed.sure]) {
    let fill: false | Partial<Record<ModelType, number>> = fixed.fill ?? { PER: 0.3, LOC: 0.3, ORG: 0.3 };
    let gaps: false | Partial<Record<ModelType, number>> = fixed.gaps ?? {};
    for (const type of fixed.fill === undefined ? MODEL_TYPES : []) {
      let bestType: { fill: Partial<Record<ModelType, number>>; f1: number } | undefined;
      for (const level of FILL_CHOICES) {
        const tried = { ...fill };
        if (level === null) delete tried[type];
        else tried[type] = level;
        const f1 = scoresOf({ sure, veto, fill: tried, gaps })[type].f1;
        if (!bestType || f1 > bestType.f1) bestType = { fill: tried, f1 };
      }
      fill = (bestType as { fill: Partial<Record<ModelType, number>> }).fill;
    }
    // Then, the tagger's choice made, how sure the gap classifier must be for each type: the level
    // where its names are right more often than wrong by the widest margin (right minus wrong, the
    // F1 gain of a name to a system near 1: tuned on old newspapers, whose F1 is lower, a plain F1
    // criterion would take names right one time in three, which lower modern news), and that costs
    // nothing in any source of the dev documents (old newspapers and modern news are judged apart:
    // a level the newspapers of 1900 like but that adds wrong names to modern news is not taken).
    const gainOf = (type: ModelType, tried: Partial<Record<ModelType, number>>, source?: string) => {
      const base = scoresOf({ sure, veto, fill, gaps }, source)[type];
      const s = scoresOf({ sure, veto, fill, gaps: tried }, source)[type];
      return s.tp - base.tp - (s.fp - base.fp);
    };
    for (const type of withGaps && fixed.gaps === undefined ? MODEL_TYPES : []) {
      let bestType: { level: number | null; gain: number } = { level: null, gain: 0 };
      for (const level of GAP_CHOICES) {
        if (level === null) continue;
        const tried = { ...(gaps || {}), [type]: level };
        const gain = gainOf(type, tried);
        if (gain > bestType.gain && (sources.length < 2 || sources.every((source) => gainOf(type, tried, source) >= 0))) bestType = { level, gain };
      }
      if (bestType.level !== null) gaps = { ...(gaps || {}), [type]: bestType.level };
    }
    const how: CombineOptions = withGaps ? { sure, veto, fill, gaps } : { sure, veto, fill };
    const f1 = scoresOf(how).micro.f1;
    if (!best || f1 > best.f1) best = { how, f1 };
  }
  return (best as { how: CombineOptions }).how;
}
