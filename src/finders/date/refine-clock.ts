import { dropped, endOf, type Found, isOnlyTime, PATTERN } from './found.js';
import type { DateRefiner } from './refiner.js';

const isClockTime = (r: Found) => isOnlyTime(r.start) && !(r.start.tags & PATTERN);
// A part of the day that completes a date ('hier [soir]', 'mardi [matin]') or has its demonstrative ('ce soir').
const PART_OF_DAY = /^(?:soir|matin|après-midi|nuit)$/iu;
const THIS_PART_OF_DAY = /^(?:ce|cet|cette)\s+(?:soir|matin|après-midi|nuit)$/iu;

/**
 * Runs before the merges (merge.ts): a clock time alone ('à 15 heures', and '23 et' read as
 * 23:00 in 'les 23 et 24 mars') is no date, and dropped here it never merges with the date
 * beside it ('le [11 mai] à 15 heures', not '11 mai à 15 heures'). A part of the day after a
 * date stays, for the merges to join it: '[hier soir]', '[mardi matin]' (corpus/README.md).
 */
export const clockTimeRefiner: DateRefiner = (context, results) => {
    const out: Found[] = [];
    for (const r of results) {
      if (!isClockTime(r)) {
        out.push(r);
        continue;
      }
      const text = r.text.trim();
      if (THIS_PART_OF_DAY.test(text)) {
        out.push(r);
        continue;
      }
      const prev = out[out.length - 1];
      if (PART_OF_DAY.test(text) && prev && !isClockTime(prev) && /^\s+$/u.test(context.text.slice(endOf(prev), r.index))) out.push(r);
      else dropped(context, r.index, r.text, 'a clock time alone');
    }
    return out;
};
