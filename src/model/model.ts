import { encodeLevels } from './coder.js';
import type { CombineOptions } from './combine.js';
import { FEATURE_SLOTS } from './features.js';
import { areFiniteNumbers, isPositiveNumber, isTableBits, unpackGapModel, type GapModelFile, type RuntimeGapModel } from './gap-model.js';
import { LABELS, LABEL_COUNT, MODEL_TYPES, type ModelType } from './labels.js';
import { MAX_LEVEL, quantiseTable, readTable } from './pack.js';

/** The feature set a model was trained with: a model of another feature set cannot be read. */
export const FEATURE_SET = `gazette-fr-${FEATURE_SLOTS}-2`;

export { MAX_LEVEL } from './pack.js';

/**
 * A trained model as a plain object: `JSON.stringify` it to a file, `JSON.parse` it back and give
 * it to `createExtractor({ model })`. Each weight is quantised to a small integer (-28..28) with one
 * scale per label, and packed as one printable character: a table that is mostly zeros ('?')
 * gzips to a few bytes per non-zero weight.
 * @example createExtractor({ model: JSON.parse(readFileSync('my-model.json', 'utf8')) })
 */
export interface GazetteModel {
  format: 'gazette-model';
  /** The feature set it was trained with (FEATURE_SET). */
  features: string;
  labels: string[];
  /** The weight table has 2^bits rows (hashed features), one int8 per label in each. */
  bits: number;
  /** Per-label scale: a weight is its level times the scale of its label. */
  scales: number[];
  /**
   * The table, row after row (row = feature bucket, column = label), one character a weight: level + 63;
   * or the same characters arithmetic-coded ('~…', see `compressModel`).
   */
  weights: string;
  /** Label-to-label scores, labels × labels, row = previous label. */
  transitions: number[];
  /** First-label scores. */
  start: number[];
  /**
   * The median margin of the spans the model tags in its training text: a span's confidence is
   * 0.5 at this margin, so that thresholds on confidence mean the same for every model.
   */
  spanScale: number;
  /**
   * How the model combines with the rules (see `combine`), as `train` tuned it on its dev documents
   * or as its maker chose; options given to the model stage override it.
   */
  combine?: CombineOptions;
  /**
   * The gap classifier: it reads the runs of capitalised words no rule candidate touches and adds
   * the names it is sure of (see `gap-model.ts`); a model without it adds names from its tagger alone.
   */
  gaps?: GapModelFile;
  /** What it was trained on and how, for people reading the file. */
  info?: Record<string, unknown>;
}

/** A model ready to tag: the int8 table unpacked. */
export interface RuntimeModel {
  mask: number;
  weights: Int8Array;
  scales: Float64Array;
  transitions: Float64Array;
  start: Float64Array;
  spanScale: number;
  combine: CombineOptions;
  gaps?: RuntimeGapModel;
}

const L = LABEL_COUNT;

/** How weights are quantised: the number of levels each side of 0, and the share of weights below the clipping point. */
export interface Quantisation {
  /** 1..28 (default 28). */
  levels?: number;
  /** Per label, the weights above this quantile of the non-zero magnitudes are clipped to the top level (default 0.999). */
  clip?: number;
}

/**
 * Quantises float weights (2^bits × labels, row-major) to levels -q..q with one scale per label
 * (the clipping quantile of its magnitudes over q), and packs them one character each. The small
 * weights round to 0: that is the pruning.
 * @example packModel(weights, 16, transitions, start, { levels: 28 }).weights // '????@??>…'
 */
export function packModel(weights: Float64Array, bits: number, transitions: ArrayLike<number>, start: ArrayLike<number>, quantisation: Quantisation = {}, info?: Record<string, unknown>): GazetteModel {
  const rows = 2 ** bits;
  if (weights.length !== rows * L) throw new RangeError(`gazette: ${weights.length} weights for 2^${bits} rows of ${L} labels`);
  const levels = quantisation.levels ?? MAX_LEVEL;
  const clip = quantisation.clip ?? 0.999;
  if (!Number.isInteger(levels) || levels < 1 || levels > MAX_LEVEL) throw new RangeError(`gazette: levels must be a whole number from 1 to ${MAX_LEVEL}`);
  const { scales, chars } = quantiseTable(weights, rows, L, levels, clip);
  const model: GazetteModel = {
    format: 'gazette-model',
    features: FEATURE_SET,
    labels: [...LABELS],
    bits,
    scales: scales.map(round6),
    weights: chars,
    transitions: Array.from(transitions, round6),
    start: Array.from(start, round6),
    spanScale: 1,
  };
  if (info) model.info = info;
  return model;
}

/**
 * The same model with its weight tables arithmetic-coded: the same weights, read the same way, in a
 * string about a fifth smaller once gzipped (what a browser bundle carries). Tables of more than
 * 2^21 weights (`bits` over 18) stay as they are.
 * @example writeFileSync('my-model.json', JSON.stringify(compressModel(train(docs))))
 */
export function compressModel(model: GazetteModel): GazetteModel {
  const code = (table: string) => (table.startsWith('~') || table.length > 2 ** 21 ? table : encodeLevels(table));
  const out: GazetteModel = { ...model, weights: code(model.weights) };
  if (model.gaps) out.gaps = { ...model.gaps, weights: code(model.gaps.weights) };
  return out;
}

const round6 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : 0);

/**
 * Checks a model object and unpacks its weights; a model that is not one (a wrong file, another
 * feature set, a truncated table) is a `gazette:` error, never a crash later.
 * @example unpackModel(JSON.parse(text)).mask // 65535 for a 16-bit model
 */
export function unpackModel(model: unknown): RuntimeModel {
  if (!model || typeof model !== 'object') throw new TypeError('gazette: model must be an object (a parsed gazette model file)');
  const m = model as Partial<GazetteModel>;
  if (m.format !== 'gazette-model') throw new TypeError('gazette: model is not a gazette model (format must be "gazette-model")');
  if (m.features !== FEATURE_SET) throw new RangeError(`gazette: model was trained with features ${JSON.stringify(m.features)}, this gazette reads ${FEATURE_SET}: train it again`);
  if (!Array.isArray(m.labels) || m.labels.join(' ') !== LABELS.join(' ')) throw new RangeError(`gazette: model labels must be ${LABELS.join(' ')}`);
  const bits = m.bits;
  if (!isTableBits(bits)) throw new RangeError('gazette: model bits must be a whole number from 4 to 24');
  const numbers = (xs: unknown, n: number, what: string) => {
    if (!areFiniteNumbers(xs, n)) throw new RangeError(`gazette: model ${what} must be ${n} finite numbers`);
    return Float64Array.from(xs);
  };
  const scales = numbers(m.scales, L, 'scales');
  const transitions = numbers(m.transitions, L * L, 'transitions');
  const start = numbers(m.start, L, 'start');
  const spanScale = m.spanScale;
  if (!isPositiveNumber(spanScale)) throw new RangeError('gazette: model spanScale must be a positive number');
  if (typeof m.weights !== 'string') throw new TypeError('gazette: model weights must be a string');
  const weights = readTable(m.weights, 'weights');
  if (weights.length !== 2 ** bits * L) throw new RangeError(`gazette: model weights hold ${weights.length} weights, 2^${bits} × ${L} expected`);
  const runtime: RuntimeModel = { mask: 2 ** bits - 1, weights, scales, transitions, start, spanScale, combine: checkCombine(m.combine) };
  if (m.gaps !== undefined) runtime.gaps = unpackGapModel(m.gaps);
  return runtime;
}

/** The combination options stored in a model file: numbers in 0..1 (or `false`), nothing else. */
function checkCombine(c: unknown): CombineOptions {
  if (c === undefined) return {};
  const bad = () => new RangeError('gazette: model combine must be { sure?: number, veto?: number | false, fill?, gaps?, replace?: false | { PER?, LOC?, ORG?: number } } with numbers in 0..1.01');
  const ok = (x: unknown) => typeof x === 'number' && x >= 0 && x <= 1.01;
  if (!c || typeof c !== 'object') throw bad();
  const { sure, veto, fill, gaps, replace } = c as Record<string, unknown>;
  const out: CombineOptions = {};
  if (sure !== undefined) {
    if (!ok(sure)) throw bad();
    out.sure = sure as number;
  }
  if (veto !== undefined) {
    if (veto !== false && !ok(veto)) throw bad();
    out.veto = veto as number | false;
  }
  const levels = (x: unknown): false | Partial<Record<ModelType, number>> => {
    if (x === false) return false;
    if (!x || typeof x !== 'object') throw bad();
    const f: Partial<Record<ModelType, number>> = {};
    for (const t of MODEL_TYPES) {
      const v = (x as Record<string, unknown>)[t];
      if (v === undefined) continue;
      if (!ok(v)) throw bad();
      f[t] = v as number;
    }
    return f;
  };
  if (fill !== undefined) out.fill = levels(fill);
  if (gaps !== undefined) out.gaps = levels(gaps);
  if (replace !== undefined) out.replace = levels(replace);
  return out;
}
