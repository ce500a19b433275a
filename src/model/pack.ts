import { decodeLevels } from './coder.js';

/**
 * How a weight table is packed: each weight a level -MAX_LEVEL..MAX_LEVEL times its label's scale,
 * written as one printable character, so that a table of mostly zeros ('?') gzips to a few bytes per
 * non-zero weight.
 */

/** The character of weight 0 in the packed weights; weight q is the character ZERO + q. */
const ZERO = 0x3f; // '?'
/**
 * The largest weight level: characters '#' (-28) to '[' (+28), none of them a quote or a backslash.
 * @example quantiseTable(weights, rows, labels, MAX_LEVEL, 0.999) // the finest packing
 */
export const MAX_LEVEL = 28;

/**
 * Quantises a float table (rows × labels, row-major) to levels -levels..levels with one scale per
 * label (the clipping quantile of its non-zero magnitudes over levels), one character a weight.
 * @example quantiseTable(new Float64Array([0, 2, -2, 0]), 2, 2, 7, 0.999) // { scales: [2/7, 2/7], chars: '?F8?' }
 */
export function quantiseTable(weights: Float64Array, rows: number, labels: number, levels: number, clip: number): { scales: number[]; chars: string } {
  const scales: number[] = [];
  for (let c = 0; c < labels; c++) {
    const magnitudes: number[] = [];
    for (let r = 0; r < rows; r++) {
      const v = Math.abs(weights[r * labels + c] as number);
      if (v > 0) magnitudes.push(v);
    }
    magnitudes.sort((a, b) => a - b);
    const top = magnitudes[Math.min(magnitudes.length - 1, Math.floor(magnitudes.length * clip))] ?? 0;
    scales.push(round6(top > 0 ? top / levels : 1));
  }
  const chars: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < labels; c++) {
      const q = Math.max(-levels, Math.min(levels, Math.round((weights[r * labels + c] as number) / (scales[c] as number))));
      chars.push(String.fromCharCode(ZERO + q));
    }
  }
  return { scales, chars: chars.join('') };
}

/**
 * Reads a packed table back to its levels, plain or arithmetic-coded ('~…', coder.ts); a character out
 * of range is a `gazette:` error.
 * @example readTable('?F8?', 'weights') // Int8Array [0, 7, -7, 0]
 */
export function readTable(packed: string, what: string): Int8Array {
  // The arithmetic-coded form of the shipped model (coder.ts).
  if (packed.charCodeAt(0) === 0x7e) return decodeLevels(packed, what);
  const out = new Int8Array(packed.length);
  for (let i = 0; i < out.length; i++) {
    const q = packed.charCodeAt(i) - ZERO;
    if (q < -MAX_LEVEL || q > MAX_LEVEL) throw new RangeError(`gazette: model ${what} hold a character out of range at ${i}`);
    out[i] = q;
  }
  return out;
}

const round6 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : 0);
