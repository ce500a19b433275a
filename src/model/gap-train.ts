import type { Doc } from '../text/document.js';
import type { Entity } from '../types.js';
import { best, gapScores, GAP_LABELS, type GapModelFile } from './gap-model.js';
import { GAP_SLOTS, gapFeatures, gapRuns } from './gaps.js';
import type { GoldDocument } from './gold.js';
import { seeded } from './hash.js';
import { goldType, MODEL_TYPES } from './labels.js';
import { MAX_LEVEL, quantiseTable, readTable } from './pack.js';

const G = GAP_LABELS.length;

/**
 * A document as the gap trainer reads it: the text, the rule candidates over it, its gold spans.
 * @example { doc: prepare('Le convoi a quitté Machadodorp pour Komatipoort.'), candidates: [], gold: { text, entities: [{ start: 36, end: 47, type: 'LOC' }] } }
 */
export interface GapTrainingDocument {
  doc: Doc;
  candidates: readonly Entity[];
  gold: GoldDocument;
}

/**
 * Options of `trainGaps`: passes, seed, table size (2^bits rows) and quantisation (levels, clipping quantile).
 * @example { epochs: 10, seed: 1, bits: 14, levels: 7, clip: 0.9999 } // the shipped classifier's
 */
export interface GapTrainOptions {
  epochs?: number;
  seed?: number;
  bits?: number;
  levels?: number;
  clip?: number;
}

/**
 * The gap runs of some documents with their gold class: a run is a name when a gold span of a
 * model type has exactly its offsets ('collectés par [Shōgakukan]' ORG); a run that is a name's
 * piece, a name with more words, a title or no name at all is 'O'. A run that meets a stretch the
 * annotation leaves open (silver data) teaches nothing and is left out.
 * @example gapExamples([{ doc, candidates: [], gold }], givenNames) // { features, labels, count }
 */
export function gapExamples(docs: readonly GapTrainingDocument[], givenNames: ReadonlyMap<string, number>): { features: Int32Array; labels: Uint8Array; count: number } {
  const rows: Array<{ doc: Doc; run: ReturnType<typeof gapRuns>[number]; label: number }> = [];
  for (const { doc, candidates, gold } of docs) {
    const exact = new Map<string, number>();
    for (const e of gold.entities) {
      const type = goldType(e.type);
      if (type) exact.set(`${e.start}:${e.end}`, 1 + MODEL_TYPES.indexOf(type));
    }
    const open = gold.unknown ?? [];
    for (const run of gapRuns(doc, candidates)) {
      if (open.some((u) => u.start < run.end && run.start < u.end)) continue;
      rows.push({ doc, run, label: exact.get(`${run.start}:${run.end}`) ?? 0 });
    }
  }
  const features = new Int32Array(rows.length * GAP_SLOTS);
  const labels = new Uint8Array(rows.length);
  rows.forEach((r, k) => {
    gapFeatures(r.doc, r.run, givenNames, features, k * GAP_SLOTS);
    labels[k] = r.label;
  });
  return { features, labels, count: rows.length };
}

/**
 * Trains the gap classifier: an averaged multiclass perceptron over the runs of capitals the rules
 * leave (`gapExamples`), quantised and packed as the tagger's table. Deterministic with its seed.
 * @example trainGaps(docs, givenNames, { epochs: 10, seed: 1, bits: 14 }).labels // ['O', 'PER', 'LOC', 'ORG']
 */
export function trainGaps(docs: readonly GapTrainingDocument[], givenNames: ReadonlyMap<string, number>, options: GapTrainOptions = {}): GapModelFile {
  const epochs = options.epochs ?? 10;
  const bits = options.bits ?? 14;
  const rows = 2 ** bits;
  const mask = rows - 1;
  const { features, labels, count } = gapExamples(docs, givenNames);
  const w = new Float64Array(rows * G);
  const u = new Float64Array(rows * G);
  const rand = seeded(options.seed ?? 1);
  const order = Array.from({ length: count }, (_, k) => k);
  const scores = new Float64Array(G);
  let step = 1;
  const model = { mask, weights: w, scales: [1, 1, 1, 1] };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const k of order) {
      const one = features.subarray(k * GAP_SLOTS, (k + 1) * GAP_SLOTS);
      gapScores(model, one, 1, scores);
      const guess = best(scores, 0).label;
      const gold = labels[k] as number;
      if (guess !== gold) {
        for (let s = 0; s < GAP_SLOTS; s++) {
          const row = ((one[s] as number) & mask) * G;
          w[row + gold] = (w[row + gold] as number) + 1;
          u[row + gold] = (u[row + gold] as number) + step;
          w[row + guess] = (w[row + guess] as number) - 1;
          u[row + guess] = (u[row + guess] as number) - step;
        }
      }
      step++;
    }
  }
  const averaged = w.map((v, i) => v - (u[i] as number) / step);
  const { scales, chars } = quantiseTable(averaged, rows, G, options.levels ?? MAX_LEVEL, options.clip ?? 0.999);
  const file: GapModelFile = { labels: [...GAP_LABELS], bits, scales, weights: chars, scale: 1 };
  file.scale = medianMargin({ mask, weights: readTable(chars, 'gaps weights'), scales }, features, count);
  return file;
}

/** The median margin of the runs the packed classifier reads as names in its training text. */
function medianMargin(model: { mask: number; weights: Int8Array; scales: number[] }, features: Int32Array, count: number): number {
  const scores = new Float64Array(count * G);
  gapScores(model, features, count, scores);
  const margins: number[] = [];
  for (let r = 0; r < count; r++) {
    const { label, margin } = best(scores, r);
    if (label !== 0 && margin > 0) margins.push(margin);
  }
  margins.sort((a, b) => a - b);
  const mid = margins[margins.length >> 1];
  return mid && mid > 0 ? Math.round(mid * 1000) / 1000 : 1;
}
