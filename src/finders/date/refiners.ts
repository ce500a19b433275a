import { dropped, type Found } from './found.js';
import type { DateRefiner } from './refiner.js';
import { sortSmall } from '../../resolve/sort-small.js';

const byStartThenLongest = (a: Found, b: Found): number => a.index - b.index || b.text.length - a.text.length;

/** Dates that overlap an earlier, longer one are dropped, and the debug callback hears of them. */
export const overlapRefiner: DateRefiner = (context, results) => {
  // (A copy sorted by sortSmall: a sentence finds a date or two, and the engine's sort calls the comparison from native code.)
  const sorted = sortSmall(results.slice(), byStartThenLongest);
  const out: Found[] = [];
  for (const r of sorted) {
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    if (prev && r.index < prev.index + prev.text.length) {
      const loser = r.text.length > prev.text.length ? prev : r;
      dropped(context, loser.index, loser.text, 'overlaps a longer date');
      if (loser === prev) out[out.length - 1] = r;
      continue;
    }
    out.push(r);
  }
  return out;
};
