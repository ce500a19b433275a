import type { DateParser } from './parser.js';
import { daysOfMonthParser, isoDateParser, numericDateParser } from './parse-days.js';
import { dayPartParser, dayWordParser, weekdayParser } from './parse-day-words.js';
import { agoParser, unitShiftParser, withinParser } from './parse-units.js';
import { clockTimeParser } from './parse-clock.js';
import { monthParser } from './parse-months.js';
import { holidayParser } from './parse-holidays.js';
import { centuryParser, centuryShiftParser, decadeParser, seasonParser } from './parse-periods.js';
import { quarterParser, shortQuarterParser } from './parse-quarters.js';
import { relativeParser } from './parse-relative.js';
import { parenthesizedYearParser, yearParser, yearRangeParser } from './parse-years.js';

/**
 * The date parsers, in the order their results are sorted in when two start at the same place
 * (the first found wins a tie of overlapping dates of the same length): days and words of days,
 * then gazette's periods: years after a preposition and spans of years, months without a day,
 * seasons, decades, centuries, quarters and halves of a year, feasts, and the relative dates of
 * parse-relative.ts. The clock-time parser runs only for a debug callback (parse-clock.ts).
 */
export const DATE_PARSERS: readonly DateParser[] = [
  unitShiftParser, dayPartParser, dayWordParser, isoDateParser, numericDateParser, daysOfMonthParser, clockTimeParser,
  agoParser, withinParser, weekdayParser,
  yearParser, yearRangeParser, parenthesizedYearParser, monthParser, seasonParser, decadeParser, centuryParser,
  centuryShiftParser, quarterParser, shortQuarterParser, holidayParser, relativeParser,
];
