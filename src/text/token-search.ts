import type { Token } from './tokenize.js';

// Tokens are in offset order: every lookup of a token by offset is a binary search, shared here
// (the person finder, the model's features, its gap runs and its combination all need one).

/**
 * The index of the token that starts at offset `start`, or -1.
 * @example tokenAt(prepare('M. Macron').tokens, 3) // 2 ('Macron')
 */
export function tokenAt(tokens: readonly Token[], start: number): number {
  const i = firstTokenFrom(tokens, start);
  return (tokens[i] as Token | undefined)?.start === start ? i : -1;
}

/**
 * The index of the first token that starts at or after `offset` (`tokens.length` when none does).
 * @example firstTokenFrom(prepare('M. Macron').tokens, 1) // 1 ('.')
 */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the first token that ends after `offset`: the first token of a span starting
 * there (`tokens.length` when none does).
 * @example firstTokenEndingAfter(prepare('M. Macron').tokens, 4) // 2 ('Macron')
 */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
