import type { CustomParser } from './parser.js';

/** A stretch of the text a date may be in (one sentence of a batch), and the kinds of date word it holds (gates.ts). */
export interface GatedRange {
  start: number;
  end: number;
  kinds: number;
}

// The stretches of the text chrono is parsing, set by `withRanges` for the length of one `parse`
// call; null otherwise, when a gated parser reads the whole text as chrono's own does.
let reading: readonly GatedRange[] | null = null;

/**
 * Runs `parse` (a chrono `parse` call on the batch of sentences `ranges` cut) with every gated
 * parser reading only the stretches that hold the words it needs.
 * @example withRanges([{ start: 0, end: 9, kinds: NUMBER | MONTH }], () => chrono.parse('le 11 mai', reference))
 */
export function withRanges<T>(ranges: readonly GatedRange[], parse: () => T): T {
  reading = ranges;
  try {
    return parse();
  } finally {
    reading = null;
  }
}

/**
 * A parser that reads only the stretches of text holding every kind of word it `needs` (gates.ts):
 * chrono runs every pattern over the whole text, and most sentences a date finder reads have a
 * number but no month, no weekday, no unit of time ('une hausse de 3 %'), where the month,
 * weekday and unit patterns cost as much as anywhere and find nothing.
 *
 * chrono's loop is left as it is: it asks the pattern for the next match in the rest of the text
 * (from the end of the last match, or one character after a match the parser turned down), and
 * the gated pattern answers with the first match in the stretches it may read from there on. A
 * stretch it skips holds no match (it lacks a word every match has), so the parser finds what it
 * finds in chrono, at the same places; it reads the whole text around a match (`context.text`),
 * as in chrono. A parser that needs nothing (`needs` 0) reads the whole text.
 * @example gatedParser(weekdayParser, WEEKDAY) // skips the sentences without 'lundi', 'mardi', …
 */
export function gatedParser(parser: CustomParser, needs: number): CustomParser {
  let pattern: RegExp | undefined;
  return {
    pattern: (context) => {
      // Compiled once: some of chrono's parsers (the 'il y a deux ans' family) build a new RegExp on
      // every call, which chrono would compile again for every batch; no pattern depends on the text.
      const compiled = (pattern ??= parser.pattern(context));
      const text = context.text;
      const ranges = reading;
      if (!ranges || !needs) return compiled;
      // chrono asks from further on each time: the stretches before are not looked at again
      // (a batch of 800 one-date lines is read in one pass, not 800).
      let next = 0;
      const exec = (rest: string): RegExpExecArray | null => {
        const from = text.length - rest.length;
        for (; next < ranges.length; next++) {
          const r = ranges[next] as GatedRange;
          if (r.end <= from || (r.kinds & needs) !== needs) continue;
          const start = Math.max(from, r.start);
          const match = compiled.exec(text.substring(start, r.end));
          if (match) {
            // Counted from where chrono asked, as chrono reads it.
            match.index += start - from;
            return match;
          }
        }
        return null;
      };
      // (Its source too: what the bench of the parsers' costs names it by, bench/chrono-parsers.mjs.)
      return { exec, source: compiled.source } as unknown as RegExp;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}
