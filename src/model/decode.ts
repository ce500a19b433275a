import { LABEL_COUNT, isInside } from './labels.js';

const L = LABEL_COUNT;

/**
 * Whether a label may follow another: 'I-PER' only after 'B-PER' or 'I-PER', so that a decoded
 * path is always a set of well-formed spans ('I-LOC' never opens a place).
 * @example allowed(LABELS.indexOf('O'), LABELS.indexOf('I-LOC')) // false
 */
export function allowed(prev: number, cur: number): boolean {
  if (!isInside(cur)) return true;
  return prev === cur || prev === cur - 1;
}

/**
 * The best label path (Viterbi) for `n` tokens, given per-token label scores `emit` (n × labels),
 * label-to-label scores `trans` (labels × labels) and first-label scores `start` (or, for a stretch
 * inside a sentence, the scores of following and preceding an 'O'). Linear in n.
 * @example decode(emit, 3, trans, start, out) // out = [1, 2, 0]: 'B-PER I-PER O'
 */
export function decode(emit: Float64Array, n: number, trans: ArrayLike<number>, start: ArrayLike<number>, out: Uint8Array, work?: { score: Float64Array; back: Uint8Array }, afterO = false, beforeO = false): void {
  if (n === 0) return;
  const score = work && work.score.length >= n * L ? work.score : new Float64Array(n * L);
  const back = work && work.back.length >= n * L ? work.back : new Uint8Array(n * L);
  // A stretch inside a sentence follows an 'O' and is followed by one (afterO, beforeO).
  for (let c = 0; c < L; c++) score[c] = isInside(c) ? -Infinity : (afterO ? (trans[c] as number) : (start[c] as number)) + (emit[c] as number);
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = 0;
      // 'I-PER' follows only 'B-PER' or itself (see `allowed`): two labels to weigh, not seven.
      const inside = isInside(c);
      const last = inside ? c : L - 1;
      for (let p = inside ? c - 1 : 0; p <= last; p++) {
        const s = (score[prevBase + p] as number) + (trans[p * L + c] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + c] = best + (emit[base + c] as number);
      back[base + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lastBase = (n - 1) * L;
  for (let c = 0; c < L; c++) {
    const s = (score[lastBase + c] as number) + (beforeO ? (trans[c * L] as number) : 0);
    if (s > best) {
      best = s;
      arg = c;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg] as number;
  }
}
