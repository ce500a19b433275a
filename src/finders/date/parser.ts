import type { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { type Reading, setReading } from './reading.js';

/**
 * A chrono-node custom parser: the `{ pattern, extract }` hook of chrono. gazette's parsers
 * attach a `Reading` to every result they make; `readingOf` gives it back.
 *
 * Every pattern is anchored on a word and has no nested quantifier: linear time. chrono
 * runs a pattern again on the rest of the text after each match, where a look-behind sees
 * nothing: left boundaries are checked in `extract`, on the whole text.
 */
export interface CustomParser {
  pattern: (context: ParsingContext) => RegExp;
  extract: (context: ParsingContext, match: RegExpMatchArray) => ParsingResult | null;
  /** The kinds of word (gates.ts) every match of the pattern holds: a sentence without them is not read. */
  needs?: number;
}

/**
 * True when the text before `index` ends a word: 'en 2014' and "qu'en 2014", but not
 * 'Ken 2014', '1 2014' or 'mi-2014' (read from 'mi-').
 */
export function startsWord(text: string, index: number): boolean {
  const before = text[index - 1];
  return before === undefined || !/[\p{L}\p{N}-]/u.test(before);
}

/** Where to cut a parser's match to make the entity's span, and what it means. */
export interface Span {
  /** Offset of the match in the chunk. */
  index: number;
  /** The matched text, cue words included ('en 2014'). */
  text: string;
  /** Characters of the match before the span ('en ' of 'en 2014'). */
  lead?: number;
  /** Characters of the match after the span. */
  tail?: number;
}

/**
 * A chrono result for a gazette reading. The match keeps its cue words ('en 2014') until
 * `trimRefiner` cuts them: chrono's own filters drop a result that is only digits ('2014').
 * Its components say what is certain (a year, a month), so that chrono's refiners treat it
 * as a date and never as a clock time; the reading is what gazette's values come from.
 */
export function dateResult(context: ParsingContext, span: Span, reading: Reading, components: Record<string, number>): ParsingResult {
  const result = context.createParsingResult(span.index, span.text, Object.keys(components).length ? components : { year: context.refDate.getUTCFullYear() });
  setCuts(result.start, { lead: span.lead ?? 0, tail: span.tail ?? 0 });
  result.addTag('gazette/parser');
  return setReading(result, reading);
}

// The cuts live beside the components, like readings: chrono's range merge keeps the start
// components of the first result and the end ones of the second, hence the first's lead and
// the second's tail.
// (On a symbol of gazette's, not in a WeakMap: see READING in reading.ts.)
const CUTS = Symbol('gazette.cuts');
interface Cuts { lead: number; tail: number }
type WithCuts = ParsingComponents & { [CUTS]?: Cuts };
const setCuts = (c: ParsingComponents, cuts: Cuts): void => {
  (c as WithCuts)[CUTS] = cuts;
};
const cutsAt = (c: ParsingComponents): Cuts | undefined => (c as WithCuts)[CUTS];

/** Gives a range result its end components, with the tail cut of the match. */
export function setEnd(result: ParsingResult, end: ParsingComponents, tail: number): void {
  result.end = end;
  setCuts(end, { lead: 0, tail });
}

/** The characters to cut off a result's text at each end ('en ' of 'en 2014'). */
export function cutsOf(result: ParsingResult): { lead: number; tail: number } {
  const lead = cutsAt(result.start)?.lead ?? 0;
  const tail = (result.end ? cutsAt(result.end)?.tail : cutsAt(result.start)?.tail) ?? 0;
  return { lead, tail };
}
