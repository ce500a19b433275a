import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/index.js';
import { firstTokenEndingAfter, firstTokenFrom, tokenAt } from '../../src/text/token-search.js';

describe('token lookups by offset', () => {
  // 'M', '.', 'Macron', 'à', 'Rabat' at 0, 1, 3, 10, 12
  const { tokens } = prepare('M. Macron à Rabat');

  it.each([[0, 0], [3, 2], [12, 4], [4, -1], [17, -1]])('tokenAt(%i) = %i', (offset, index) => {
    expect(tokenAt(tokens, offset)).toBe(index);
  });

  it.each([[0, 0], [2, 2], [4, 3], [17, 5]])('firstTokenFrom(%i) = %i', (offset, index) => {
    expect(firstTokenFrom(tokens, offset)).toBe(index);
  });

  it.each([[0, 0], [4, 2], [9, 3], [17, 5]])('firstTokenEndingAfter(%i) = %i', (offset, index) => {
    expect(firstTokenEndingAfter(tokens, offset)).toBe(index);
  });
});
