import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../src/resolve/sort-small.js';

// The resolvers sort a document's candidates with sortSmall: it must give the engine's stable order,
// equal items in their first order, at every length, below and above its insertion-sort bound.
describe('sortSmall', () => {
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 2 ** 32);

  it.each([0, 1, 2, 5, 23, 24, 25, 60])('orders %i items as Array.prototype.sort does, stably', (n) => {
    for (let round = 0; round < 20; round++) {
      const items = Array.from({ length: n }, (_, id) => ({ start: Math.floor(random() * 6), id }));
      const expected = [...items].sort(byStart);
      const got = sortSmall(items, byStart);
      expect(got).toBe(items);
      expect(got.map((x) => x.id)).toEqual(expected.map((x) => x.id));
    }
  });

  it('keeps equal candidates in the order the finders gave them', () => {
    const items = [{ start: 3, id: 'a' }, { start: 1, id: 'b' }, { start: 3, id: 'c' }, { start: 1, id: 'd' }];
    expect(sortSmall(items, byStart).map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});
