import { findDates } from '../../src/index.js';

/** A Monday: 'hier' is Sunday 5 March, 'mardi dernier' Tuesday 28 February. */
export const MONDAY = { referenceDate: '2023-03-06' };
/** A Friday, the seed article's month. */
export const FRIDAY = { referenceDate: '2022-04-15' };

/** The dates of a sentence as [text, value] pairs, for readable tables. */
export function dates(text: string, options: { referenceDate?: string } = MONDAY): Array<[string, string | null]> {
  return findDates(text, options).map((e) => [e.text, e.normalized.value]);
}
