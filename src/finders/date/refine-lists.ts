import { type Context, endOf, type Found, respan } from './found.js';
import { type Reading, readingOf, setReading } from './reading.js';
import type { DateRefiner } from './refiner.js';

// 'les 23 et 24 mars', 'les 8, 9 et 10 juin', 'les 1er et 2 mars', 'mardi 5 et mercredi 6 mars':
// days before the day parser's '24 mars'.
// The days listed before the date, read backwards: the text before the date is reversed so
// that the pattern is anchored at its start (^), which keeps it linear whatever the text (recheck);
// 'les 23, 24 et ' reads ' te 42 ,32 sel'. Weekdays are spelled backwards too ('mardi' → 'idram').
const WEEKDAY_REVERSED = '(?:idnul|idram|idercrem|iduej|iderdnev|idemas|ehcnamid)';
const DAYS_BEFORE_REVERSED = new RegExp(`^\\s{1,3}(?:te|uo)\\s{1,3}(?:\\d{1,2}(?:\\s{1,3}${WEEKDAY_REVERSED})?\\s{0,3},\\s{0,3}){0,8}(?:re)?(\\d{1,2})(?:\\s{1,3}${WEEKDAY_REVERSED})?(?![\\p{L}\\d])`, 'iu');

// A list of days ends in 'et' or 'ou' right before the date: most dates have none, and need no
// reversed copy of the text before them.
const ENDS_LIST = /(?:^|[^\p{L}])(?:et|ou)\s{1,3}$/iu;

/** 'mardi 23, 24 et ' before '25 mars': where the list starts in `before`, and its first day. */
function daysBefore(before: string): { index: number; first: number } | null {
  if (!ENDS_LIST.test(before)) return null;
  const m = DAYS_BEFORE_REVERSED.exec([...before].reverse().join(''));
  if (!m || m[1] === undefined) return null;
  return { index: before.length - m[0].length, first: Number([...m[1]].reverse().join('')) };
}

/**
 * Lists of days: 'les [23 et 24 mars]' is one span with the range 23–24 March, where the day parser
 * finds '24 mars' alone.
 */
function withDaysBefore(context: Context, r: Found, reading: Reading): boolean {
  if (reading.kind !== 'date' || reading.grain !== 'day' || reading.day === undefined || r.end) return false;
  const from = Math.max(0, r.index - 40);
  const before = context.text.slice(from, r.index);
  // The date may start with its weekday: 'mercredi 6 mars'.
  const m = daysBefore(before);
  if (!m) return false;
  const { first } = m;
  if (first < 1 || first >= reading.day) return false;
  respan(context, r, from + m.index, endOf(r));
  setReading(r, { kind: 'range', from: { ...reading, day: first }, to: reading });
  return true;
}

// Two dates joined into one: 'entre [novembre 2006 et janvier 2007]', '[mardi et mercredi]'.
const AND = /^\s+et\s+$/u;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])entre\s+$/iu;

function joinable(a: Reading, b: Reading, between: string, afterEntre: boolean): boolean {
  if (!AND.test(between)) return false;
  // 'mardi et mercredi' is a span of days; two days with 'et' need 'entre' ('le 4 mars et le 5 avril' are two dates).
  if (a.kind === 'weekday' && b.kind === 'weekday') return !a.shift && !b.shift && b.weekday !== a.weekday;
  if (!afterEntre || a.kind !== 'date' || b.kind !== 'date' || a.grain !== b.grain) return false;
  return true;
}

/**
 * Ranges and lists that the calendar's refiners (merge.ts) leave in pieces: days before a date
 * ('les 23 et 24 mars'), two weekdays ('mardi et mercredi'), two months or days after 'entre'.
 * 'du 5 au 7 juin', 'de mai à juillet', 'samedi à dimanche' are joined there already.
 */
export const listRefiner: DateRefiner = (context, results) => {
    const out: Found[] = [];
    for (const r of results) {
      const reading = readingOf(r);
      if (!reading) continue;
      withDaysBefore(context, r, reading);
      const prev = out.length > 0 ? out[out.length - 1] : undefined;
      const prevReading = prev ? readingOf(prev) : null;
      if (prev && prevReading && prev.index + prev.text.length <= r.index) {
        const between = context.text.slice(endOf(prev), r.index);
        const afterEntre = BETWEEN_BEFORE.test(context.text.slice(Math.max(0, prev.index - 12), prev.index));
        if (joinable(prevReading, readingOf(r) ?? reading, between, afterEntre)) {
          respan(context, prev, prev.index, endOf(r));
          setReading(prev, { kind: 'range', from: prevReading, to: readingOf(r) ?? reading });
          continue;
        }
      }
      out.push(r);
    }
    return out;
};
