import { lastDayOfMonth } from '../finders/date/calendar.js';

/**
 * The reference date that relative expressions resolve against, with its precision:
 * 'date 2022-04' knows the month, not the day.
 */
export interface ReferenceDate {
  year: number;
  /** 1..12 when known. */
  month?: number;
  /** 1..31 when known. */
  day?: number;
  /** Where it came from. */
  from: 'option' | 'header';
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * Reads `options.referenceDate`: a Date (its UTC calendar day), or 'YYYY', 'YYYY-MM',
 * 'YYYY-MM-DD', or an ISO datetime (its calendar day as written). Returns null for
 * anything else; the caller turns that into a RangeError.
 * @example parseReferenceDate('2022-04') // { year: 2022, month: 4, from: 'option' }
 */
export function parseReferenceDate(value: Date | string, from: ReferenceDate['from'] = 'option'): ReferenceDate | null {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return null;
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate(), from };
  }
  if (typeof value !== 'string') return null;
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const ref: ReferenceDate = { year, from };
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    ref.month = month;
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      if (day < 1 || day > lastDayOfMonth(year, month)) return null;
      ref.day = day;
    }
  }
  return ref;
}
