import { type Context, type Found, PATTERN } from './found.js';
import type { Reading } from './reading.js';

/**
 * A date parser: a pattern, and what a match of it means in its sentence (or null when it is no
 * date there). The date reader (reader.ts) runs the pattern from the start of the sentence, then
 * again on the rest after each date it finds (or one character after a match turned down); a
 * look-behind would see nothing at the start of a rest, so left boundaries are checked in
 * `extract`, on the whole sentence.
 *
 * Every pattern is anchored on a word and has no nested quantifier: linear time.
 */
export interface DateParser {
  pattern: () => RegExp;
  extract: (context: Context, match: RegExpExecArray) => Found | null;
  /** The kinds of word (gates.ts) every match of the pattern holds: a sentence without them is not read. */
  needs: number;
}

/**
 * True when the text before `index` ends a word: 'en 2014' and "qu'en 2014", but not
 * 'Ken 2014', '1 2014' or 'mi-2014' (read from 'mi-').
 */
export function startsWord(text: string, index: number): boolean {
  const before = index > 0 ? text[index - 1] : undefined;
  return before === undefined || !/[\p{L}\p{N}-]/u.test(before);
}

/**
 * True when a letter, digit or underscore of ASCII stands just before `index`: the day, weekday and
 * unit parsers start after any other character ('[mardi]', "l'[an dernier]", 'é[mar]…' is let
 * through and turned down later, inside a word: refine-clean.ts), or right where their last date
 * ended.
 */
export function wordBefore(context: Context, index: number): boolean {
  return index !== context.after && index > 0 && /\w/.test(context.text[index - 1] ?? '');
}

/** Where to cut a parser's match to make the entity's span, and what it means. */
export interface Span {
  /** Offset of the match in the sentence. */
  index: number;
  /** The matched text, cue words included ('en 2014'). */
  text: string;
  /** Characters of the match before the span ('en ' of 'en 2014'). */
  lead?: number;
  /** Characters of the match after the span. */
  tail?: number;
}

/**
 * A found date for a reading of one of gazette's period parsers. The match keeps its cue words
 * ('en 2014') until the clean refiner cuts them: a match of digits alone ('2014') would be taken
 * for a number. Its fields say what is certain (a year, a month; the reference's year when the
 * reading fixes neither), so that the refiners treat it as a date and never as a time of day.
 */
export function dateResult(context: Context, span: Span, reading: Reading, fields: { year?: number; month?: number }): Found {
  const start: Found['start'] = { tags: PATTERN, reading, lead: span.lead ?? 0, tail: span.tail ?? 0 };
  if (fields.month !== undefined) start.month = fields.month;
  if (fields.year !== undefined) start.year = fields.year;
  else if (fields.month === undefined) start.year = context.ref.year;
  return { index: span.index, text: span.text, start };
}

/** Gives a range its end: a year ('2019-2021'), with the tail cut of the match. */
export function setEnd(found: Found, year: number, tail: number): void {
  found.end = { year, tags: 0, lead: 0, tail };
}

/** The characters to cut off a found date's text at each end ('en ' of 'en 2014'). */
export function cutsOf(found: Found): { lead: number; tail: number } {
  return { lead: found.start.lead ?? 0, tail: (found.end ? found.end.tail : found.start.tail) ?? 0 };
}
