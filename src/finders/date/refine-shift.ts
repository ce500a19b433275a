import { endOf, respan } from './found.js';
import { readingOf, setReading } from './reading.js';
import type { DateRefiner } from './refiner.js';

const NEXT_OR_LAST = /^\s+(prochaine?|derni(?:er|ère))(?![\p{L}])/iu;

/**
 * '11 mai prochain', '3 janvier dernier': the word that fixes the year stays inside the
 * span (corpus/README.md) and decides it: the next (or last) such day from the reference.
 */
export const shiftRefiner: DateRefiner = (context, results) => {
    for (const r of results) {
      const reading = readingOf(r);
      if (reading?.kind !== 'date' || reading.year !== undefined || reading.shift || r.end) continue;
      const m = NEXT_OR_LAST.exec(context.text.slice(endOf(r), endOf(r) + 14));
      if (!m || m[1] === undefined) continue;
      respan(context, r, r.index, endOf(r) + m[0].length);
      setReading(r, { ...reading, shift: m[1].toLowerCase().startsWith('proch') ? 'next' : 'last' });
    }
    return results;
};
