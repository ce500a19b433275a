import type { ParsingResult } from 'chrono-node';
import { clockTimeRefiner } from './refine-clock.js';
import { cleanRefiner } from './refine-clean.js';
import { listRefiner } from './refine-lists.js';
import { shiftRefiner } from './refine-shift.js';
import { type CustomRefiner, dropped } from './refiner.js';

/** Results that overlap an earlier, longer one are dropped (gazette's can overlap chrono's). */
export const overlapRefiner: CustomRefiner = {
  refine: (context, results) => {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const out: ParsingResult[] = [];
    for (const r of sorted) {
      const prev = out[out.length - 1];
      if (prev && r.index < prev.index + prev.text.length) {
        const loser = r.text.length > prev.text.length ? prev : r;
        dropped(context, loser.index, loser.text, 'overlaps a longer date');
        if (loser === prev) out[out.length - 1] = r;
        continue;
      }
      out.push(r);
    }
    return out;
  },
};

/** The refiners gazette puts before chrono's own: clock times go before they can merge with a date. */
export const EARLY_REFINERS: readonly CustomRefiner[] = [clockTimeRefiner];

/** The refiners gazette appends after chrono's own, in order. */
export const CUSTOM_REFINERS: readonly CustomRefiner[] = [cleanRefiner, shiftRefiner, listRefiner, overlapRefiner];
