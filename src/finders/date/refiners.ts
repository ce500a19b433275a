import { dropped, type Found } from './found.js';
import type { DateRefiner } from './refiner.js';

/** Dates that overlap an earlier, longer one are dropped, and the debug callback hears of them. */
export const overlapRefiner: DateRefiner = (context, results) => {
  const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
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
