import type { CustomParser } from './parser.js';
import { monthParser } from './parse-months.js';
import { centuryParser, decadeParser, seasonParser } from './parse-periods.js';
import { relativeParser } from './parse-relative.js';
import { parenthesizedYearParser, yearParser, yearRangeParser } from './parse-years.js';

/**
 * The parsers gazette adds to chrono's French casual configuration, for what chrono leaves
 * out: years after a preposition and spans of years, months without a day, seasons, decades,
 * centuries, and the relative dates of parse-relative.ts.
 */
export const CUSTOM_PARSERS: readonly CustomParser[] = [
  yearParser, yearRangeParser, parenthesizedYearParser, monthParser, seasonParser, decadeParser, centuryParser, relativeParser,
];
