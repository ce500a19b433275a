import * as gates from './gates.js';
import { type Context, type Found, type Side } from './found.js';
import { type DateParser, wordBefore } from './parser.js';
import { closestYear } from './calendar.js';

/**
 * Month words of a day's date, with the press's abbreviations: 'janv.', 'févr', 'sept.'. Wider than
 * lexicon.ts's MONTHS: after a day number, 'mar', 'jun' or 'dec' can only be a month.
 */
const DAY_MONTH_WORDS = 'janv(?:ier|\\.)?|jan\\.?|f[eé]vrier|f[eé]vr?\\.?|mars|mar\\.?|avril|avr\\.?|mai|juin\\.?|jun\\.?|juillet|juil\\.?|jul\\.?|ao[uû]t\\.?|septembre|sept?\\.?|octobre|oct\\.?|novembre|nov\\.?|d[eé]cembre|d[eé]c\\.?';
// The month of a word the pattern matched, by its first letters: 'ja' → 1, 'mar' → 3, 'jui' and 'jun' → 6, 'juil' and 'jul' → 7.
const MONTH_HEADS: ReadonlyArray<readonly [string, number]> = [
  ['ja', 1], ['f', 2], ['mar', 3], ['av', 4], ['mai', 5], ['juin', 6], ['jun', 6], ['jui', 7], ['jul', 7], ['ao', 8], ['s', 9], ['o', 10], ['n', 11], ['d', 12],
];
const monthOfWord = (word: string): number => MONTH_HEADS.find(([head]) => word.startsWith(head))?.[1] ?? 0;

/** Words of a dictionary as an alternation, longest first ('juillet' before 'juil.'), dots escaped. */
export function alternation(words: object): string {
  return Object.keys(words).sort((a, b) => b.length - a.length).join('|').replace(/\./g, '\\.');
}

// A day of the month, in figures: '11', '1er'.
const DAY = '([0-9]{1,2}(?:er)?)';
// A year after the month: '2022', or two figures, '68' (1968); not the start of a longer number.
const YEAR = '([1-2][0-9]{3}|[5-9][0-9])(?![^\\s]\\d)';
// '11 mai 2022', '1er mai', '5 au 7 juin', '5-7 juin 2022', '12 jusqu'au 14 mars', '11 mai, 2022', '11/mai/2022'.
const PATTERN = new RegExp(
  `${DAY}(?:(?:\\s{0,5}(?:au|-|–|jusqu'au?)\\s{0,5}|\\s{1,3})${DAY})?(?:-|/|\\s{0,5}(?:de\\s{0,5})?)(${DAY_MONTH_WORDS})(?:(?:-|/|,?\\s{0,5})${YEAR})?(?=\\W|$)`,
  'i',
);

const dayNumber = (text: string): number => Number.parseInt(text, 10);

/** A year in figures: two figures are this century or the last ('68' → 1968, '22' → 2022). */
function yearOf(text: string): number {
  const n = Number(text);
  return n < 100 ? (n > 50 ? 1900 + n : 2000 + n) : n;
}

/**
 * A day of a month: '[11 mai 2022]', 'le [1er mai]', 'du [5 au 7 juin]', '[5-7 juin 2022]'. Without
 * its year, the day stands for the nearest such day to the reference (for ordering a range).
 */
export const daysOfMonthParser: DateParser = {
  needs: gates.NUMBER | gates.MONTH,
  pattern: () => PATTERN,
  extract: (context, match) => {
    const at = match.index;
    if (wordBefore(context, at)) return null;
    const day = dayNumber(match[1] ?? '');
    if (day > 31) return null;
    const month = monthOfWord((match[3] ?? '').toLowerCase());
    const start: Side = { month, day, tags: 0 };
    if (match[4] !== undefined) start.year = yearOf(match[4]);
    else start.implied = { year: closestYear(context.ref, month, day), month, day };
    const found: Found = { index: at, text: match[0], start };
    if (match[2] !== undefined) found.end = { ...start, day: dayNumber(match[2]) };
    return found;
  },
};

// '11/05/2022', '11.05.2022', '11-05-22', '04/03': day first, as in France.
const NUMERIC = /([0-3]?[0-9])[/.-]([0-3]?[0-9])(?:[/.-]([0-9]{4}|[0-9]{2}))?(?=\W|$)/;

/**
 * A date in figures, day first: '[11/05/2022]', '[11.05.2022]', '[04/03]'. Not a piece of a longer
 * number ('3/11/05/2022'), not a version or a score ('1.2', '1.2.3'), not two figures joined by a
 * dot or a hyphen alone ('11.05', '11-05'); a first number over 12 with a second one under it is
 * read month first ('05/13/2022').
 */
export const numericDateParser: DateParser = {
  needs: gates.DATE_FIGURES | gates.JOINED_FIGURES | gates.DAY_FIGURES,
  pattern: () => NUMERIC,
  extract: (context, match) => {
    const at = match.index;
    const text = match[0];
    const end = at + text.length;
    if (/\d\/?$/.test(context.text.slice(Math.max(0, at - 2), at))) return null;
    if (/^\/?\d/.test(context.text.slice(end, end + 2))) return null;
    if (/^\d\.\d$/.test(text) || /^\d\.\d{1,2}\.\d{1,2}$/.test(text)) return null;
    if (match[3] === undefined && !text.includes('/')) return null;
    let day = Number(match[1]);
    let month = Number(match[2]);
    if (month > 12) {
      if (day < 1 || day > 12 || month > 31) return null;
      [day, month] = [month, day];
    }
    if (day < 1 || day > 31) return null;
    const start: Side = { day, month, tags: 0 };
    if (match[3] !== undefined) {
      start.year = yearOf(match[3]);
    } else start.implied = { year: closestYear(context.ref, month, day), month, day };
    return { index: at, text, start };
  },
};

// '2022-05-11', '2022-05-11T10:30', '2022-05-11T10:30:00.000+02:00'.
const ISO = /([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:T([0-9]{1,2}):([0-9]{1,2})(?::[0-9]{1,2}(?:\.\d{1,4})?)?(?:Z|[+-]\d{2}:?(?:\d{2})?)?)?(?=\W|$)/i;

/** A date in the ISO format: '[2022-05-11]', with its time if it has one. */
export const isoDateParser: DateParser = {
  needs: gates.DATE_FIGURES | gates.JOINED_FIGURES | gates.DAY_FIGURES,
  pattern: () => ISO,
  extract: (context: Context, match) => {
    if (wordBefore(context, match.index)) return null;
    const start: Side = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), tags: 0 };
    if (match[4] !== undefined) start.hour = Number(match[4]);
    return { index: match.index, text: match[0], start };
  },
};
