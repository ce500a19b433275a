import * as gates from './gates.js';
import { type DateParser, wordBefore } from './parser.js';

// 'à 15 heures' (its 'à 15'), '15h30', '15 h', '9:45', 'vers 8h'.
const CLOCK = /(?:(?:à|a|vers|dès|de)\s{1,3})?([0-9]{1,2})(?:\s{0,2}[h:]\s{0,2}[0-5][0-9]|\s{0,2}h(?![\p{L}\d])|(?=\s{1,3}heures?(?![\p{L}\d])))/iu;

/**
 * A time of day in figures: 'à [15] heures', '[15h30]'. Never a date: the clock-time refiner drops
 * it first of all (refine-clock.ts). It runs only for a `debug` callback, which hears of the drop;
 * without one, leaving it out changes nothing.
 */
export const clockTimeParser: DateParser = {
  needs: gates.NUMBER,
  pattern: () => CLOCK,
  extract: (context, match) => {
    if (wordBefore(context, match.index) || Number(match[1]) > 24) return null;
    return { index: match.index, text: match[0], start: { tags: 0, hour: Number(match[1]) } };
  },
};
