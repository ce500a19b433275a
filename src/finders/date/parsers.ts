import type { CustomParser } from './parser.js';
import { monthParser } from './parse-months.js';
import { holidayParser } from './parse-holidays.js';
import { centuryParser, centuryShiftParser, decadeParser, seasonParser } from './parse-periods.js';
import { quarterParser, shortQuarterParser } from './parse-quarters.js';
import { relativeParser } from './parse-relative.js';
import { parenthesizedYearParser, yearParser, yearRangeParser } from './parse-years.js';

/**
 * The parsers gazette adds to chrono's French casual configuration, for what chrono leaves
 * out: years after a preposition and spans of years, months without a day, seasons, decades,
 * centuries, quarters and halves of a year, feasts, and the relative dates of parse-relative.ts.
 */
export const CUSTOM_PARSERS: readonly CustomParser[] = [
  yearParser, yearRangeParser, parenthesizedYearParser, monthParser, seasonParser, decadeParser, centuryParser,
  centuryShiftParser, quarterParser, shortQuarterParser, holidayParser, relativeParser,
];
