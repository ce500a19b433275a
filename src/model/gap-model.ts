import type { Doc } from '../text/document.js';
import type { Entity } from '../types.js';
import { GAP_SLOTS, gapFeatures, gapRuns, type GapRun } from './gaps.js';
import { MODEL_TYPES, type ModelType } from './labels.js';
import { readTable } from './pack.js';
import { squash, type ModelSpan } from './tagger.js';
import { touchRows } from './touch.js';
import { scratchBuffer, scratchInt32 } from '../text/scratch.js';

/**
 * The gap classifier's classes: nothing, or a name of one of the model's types.
 * @example GAP_LABELS[2] // 'LOC': 'quitté Machadodorp pour [Komatipoort]'
 */
export const GAP_LABELS = ['O', 'PER', 'LOC', 'ORG'] as const;
const G = GAP_LABELS.length;

/**
 * The gap classifier as stored in a model file: a linear model over the hashed features of a run
 * (`gapFeatures`), one packed weight per class in each of its 2^bits rows, as the tagger's table.
 * @example { labels: ['O', 'PER', 'LOC', 'ORG'], bits: 14, scales: [0.4, 0.3, 0.3, 0.2], weights: '????…', scale: 6.5 }
 */
export interface GapModelFile {
  labels: string[];
  bits: number;
  scales: number[];
  weights: string;
  /** The median margin of the names it finds in its training text: a run's confidence is 0.5 there. */
  scale: number;
}

/**
 * The gap classifier unpacked: its table of levels, one scale per class, the median margin.
 * @example unpackGapModel(defaultModel().gaps).weights.length // 2^14 × 4
 */
export interface RuntimeGapModel {
  mask: number;
  weights: Int8Array;
  scales: Float64Array;
  scale: number;
}

/** The bits of a model file's weight table: a whole number from 4 to 24 (the tagger's and the gap classifier's). */
export const isTableBits = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 4 && (x as number) <= 24;

/** A scale of a model file: a finite number over 0 (`Number.isFinite` is false for anything but a number). */
export const isPositiveNumber = (x: unknown): x is number => Number.isFinite(x) && (x as number) > 0;

/** `n` finite numbers, as a model file's scales and transitions are. */
export const areFiniteNumbers = (xs: unknown, n: number): xs is number[] => Array.isArray(xs) && xs.length === n && xs.every((x) => Number.isFinite(x));

/**
 * Checks a stored gap classifier and unpacks it; anything else is a `gazette:` error.
 * @example unpackGapModel(model.gaps).mask // 16383 for 14 bits
 */
export function unpackGapModel(file: unknown): RuntimeGapModel {
  const bad = (what: string) => new RangeError(`gazette: model gaps ${what}`);
  if (!file || typeof file !== 'object') throw bad('must be an object');
  const f = file as Partial<GapModelFile>;
  if (!Array.isArray(f.labels) || f.labels.join(' ') !== GAP_LABELS.join(' ')) throw bad(`labels must be ${GAP_LABELS.join(' ')}`);
  const bits = f.bits;
  if (!isTableBits(bits)) throw bad('bits must be a whole number from 4 to 24');
  if (!areFiniteNumbers(f.scales, G)) throw bad(`scales must be ${G} finite numbers`);
  if (!isPositiveNumber(f.scale)) throw bad('scale must be a positive number');
  if (typeof f.weights !== 'string') throw bad('weights must be a string');
  const weights = readTable(f.weights, 'gaps weights');
  if (weights.length !== 2 ** bits * G) throw bad(`weights must hold 2^${bits} × ${G} weights`);
  return { mask: 2 ** bits - 1, weights, scales: Float64Array.from(f.scales), scale: f.scale };
}

/**
 * Class scores of the runs whose features are in `features` (GAP_SLOTS each), into `out` (G each).
 * @example gapScores(model, features, 2, out) // out[1] the PER score of the first run
 */
export function gapScores(model: { mask: number; weights: ArrayLike<number>; scales: ArrayLike<number> }, features: Int32Array, n: number, out: Float64Array): void {
  const { weights: w, mask, scales } = model;
  for (let r = 0; r < n; r++) {
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    for (let s = 0; s < GAP_SLOTS; s++) {
      const row = ((features[r * GAP_SLOTS + s] as number) & mask) * G;
      a0 += w[row] as number;
      a1 += w[row + 1] as number;
      a2 += w[row + 2] as number;
      a3 += w[row + 3] as number;
    }
    out[r * G] = a0 * (scales[0] as number);
    out[r * G + 1] = a1 * (scales[1] as number);
    out[r * G + 2] = a2 * (scales[2] as number);
    out[r * G + 3] = a3 * (scales[3] as number);
  }
}

/**
 * The names the gap classifier reads in the gaps the rules leave, with its confidence: the best
 * class of each run, when it is not 'O', and how far it is ahead of the next best. Linear in the
 * text; only the runs of capitalised words no candidate touches are read. The features of all the
 * runs are made first, and their rows read together (`touchRows`) before they are scored.
 * @example classifyGaps(prepare("On l'a vu avec Ostermeier et Kvitová."), [], model, givenNames)
 * // [{ type: 'PER', start: 15, end: 25, confidence: 0.55, … }, …] (the shipped model's reading of 'Ostermeier')
 */
export function classifyGaps(doc: Doc, candidates: readonly Entity[], model: RuntimeGapModel, givenNames: ReadonlyMap<string, number>): ModelSpan[] {
  const out: ModelSpan[] = [];
  const runs = gapRuns(doc, candidates);
  if (runs.length === 0) return out;
  // (Cut from the document's scratch block: see scratch.ts.)
  const features = scratchInt32(runs.length * GAP_SLOTS);
  const { buffer, at } = scratchBuffer(runs.length * G * 8);
  const scores = new Float64Array(buffer, at, runs.length * G);
  for (let r = 0; r < runs.length; r++) gapFeatures(doc, runs[r] as GapRun, givenNames, features, r * GAP_SLOTS);
  touchRows(model.weights, features, runs.length * GAP_SLOTS, model.mask, G);
  gapScores(model, features, runs.length, scores);
  for (let r = 0; r < runs.length; r++) {
    const { label, margin } = best(scores, r);
    if (label === 0) continue;
    const run = runs[r] as GapRun;
    const type = MODEL_TYPES[label - 1] as ModelType;
    out.push({ type, start: run.start, end: run.end, first: run.first, last: run.last, margin, confidence: squash(margin, model.scale) });
  }
  return out;
}

/**
 * The best class of run `r` and its lead over the runner-up.
 * @example best(Float64Array.from([0, 5, 2, 1]), 0) // { label: 1, margin: 3 }
 */
export function best(scores: Float64Array, r: number): { label: number; margin: number } {
  let label = 0;
  for (let c = 1; c < G; c++) if ((scores[r * G + c] as number) > (scores[r * G + label] as number)) label = c;
  let second = -Infinity;
  for (let c = 0; c < G; c++) if (c !== label) second = Math.max(second, scores[r * G + c] as number);
  return { label, margin: (scores[r * G + label] as number) - second };
}
