import type { Context, Found } from './found.js';
import { CALENDAR_REFINERS } from './merge.js';
import type { DateParser } from './parser.js';
import { DATE_PARSERS } from './parsers.js';
import { clockTimeParser } from './parse-clock.js';
import { clockTimeRefiner } from './refine-clock.js';
import { cleanRefiner } from './refine-clean.js';
import { listRefiner } from './refine-lists.js';
import { shiftRefiner } from './refine-shift.js';
import { overlapRefiner } from './refiners.js';
import type { DateRefiner } from './refiner.js';
import { withJoinedFigures } from './gates.js';

/**
 * Every match of a parser in the sentence, in order: after a date, the pattern runs again on the
 * rest of the sentence; after a match turned down, from one character further.
 */
function runParser(context: Context, parser: DateParser, out: Found[]): void {
  const text = context.text;
  const pattern = parser.pattern();
  let from = 0;
  context.after = -1;
  while (from < text.length) {
    const match = pattern.exec(from ? text.substring(from) : text);
    if (!match) return;
    match.index += from;
    const found = parser.extract(context, match);
    if (!found) {
      from = match.index + 1;
      continue;
    }
    out.push(found);
    const end = found.index + found.text.length;
    context.after = end;
    from = end > from ? end : from + 1;
  }
}

// In order: clock times go first, before they can join a date; overlaps are settled before and
// after the merges; then what cannot be a date goes, and gazette's refiners cut spans, fix readings
// and join lists.
const REFINERS: readonly DateRefiner[] = [clockTimeRefiner, ...CALENDAR_REFINERS, cleanRefiner, shiftRefiner, listRefiner, overlapRefiner];

/**
 * The dates of one sentence: each parser whose words (gates.ts) the sentence holds reads it, and
 * the refiners settle what they found.
 * @param kinds the kinds of date word of the sentence (`dateWords`)
 * @param clockTimes whether to read clock times, only to tell a debug callback they are dropped
 * @example readDates({ text: 'le 11 mai prochain', ref: { year: 2022, month: 4, day: 15 } }, NUMBER | MONTH, false) // [{ text: '11 mai prochain', … }]
 */
export function readDates(context: Context, kinds: number, clockTimes: boolean): Found[] {
  // Figures joined digit to digit are told here, by the text: most years in news stand alone ('en 2014.'),
  // and the ISO, numeric and span-of-years parsers need not scan their sentence.
  return readWith(context, parsersFor(withJoinedFigures(context.text, kinds), clockTimes), REFINERS);
}

// The parsers of each set of kinds, found once (a few dozen sets occur): not a filter per sentence.
const PARSERS_BY_KINDS = [new Map<number, readonly DateParser[]>(), new Map<number, readonly DateParser[]>()] as const;

/**
 * The parsers whose words (gates.ts) a sentence of these kinds holds, in their order: none for
 * 'une hausse de 3 %', whose number can be no year and whose sentence has no other date word.
 * @example parsersFor(NUMBER | MONTH, false) // the days of a month ('11 mai') and the months ('mai')…
 */
export function parsersFor(kinds: number, clockTimes: boolean): readonly DateParser[] {
  const cache = PARSERS_BY_KINDS[clockTimes ? 1 : 0];
  let parsers = cache.get(kinds);
  if (!parsers) {
    parsers = DATE_PARSERS.filter((p) => (kinds & p.needs) === p.needs && (clockTimes || p !== clockTimeParser));
    cache.set(kinds, parsers);
  }
  return parsers;
}

/**
 * The dates the given parsers find in a sentence, settled by the given refiners, in order.
 * @example readWith(context, [daysOfMonthParser], [mergeRanges]) // '5 au 7 juin' as one range
 */
export function readWith(context: Context, parsers: readonly DateParser[], refiners: readonly DateRefiner[]): Found[] {
  let found: Found[] = [];
  for (const parser of parsers) runParser(context, parser, found);
  // (Most sentences read hold no date: nothing to refine.)
  if (!found.length) return found;
  // (A stable sort: at the same place, the parsers' order.)
  found.sort((a, b) => a.index - b.index);
  for (const refine of refiners) found = refine(context, found);
  return found;
}
