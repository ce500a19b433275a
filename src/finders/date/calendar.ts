/** Calendar arithmetic on plain (year, month, day) triples, in UTC: no clock, no time zone. */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** '2022-05-11' */
export function isoDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** '2022-05' */
export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The number of days of a month (1..12) of a year: 30 for April, 29 for February 2024.
 *
 * Why by rule and not by a `Date`: every date found asks it ('31 avril' is no day) and a `Date`
 * object for each was a tenth of the date stage's garbage. The rule is the Gregorian calendar's,
 * which `Date` follows; what the rule does not cover is left to `Date`, as before: years 0 to 99,
 * which `Date.UTC` reads as 1900 to 1999, months outside 1..12, and numbers that are not whole.
 * @example lastDayOfMonth(2024, 2) // 29
 */
export function lastDayOfMonth(year: number, month: number): number {
  if (Number.isInteger(year) && Number.isInteger(month) && year >= 100 && year <= 200000 && month >= 1 && month <= 12) {
    if (month !== 2) return DAYS_IN_MONTH[month - 1] as number;
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds days (negative to go back). */
export function addDays(d: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** First and last day of a month, a year, a season… as ISO days. */
export function monthBounds(year: number, month: number): { start: string; end: string } {
  return { start: isoDay({ year, month, day: 1 }), end: isoDay({ year, month, day: lastDayOfMonth(year, month) }) };
}

export function yearBounds(year: number): { start: string; end: string } {
  return { start: isoDay({ year, month: 1, day: 1 }), end: isoDay({ year, month: 12, day: 31 }) };
}

/**
 * The year that puts a day of a month nearest to the reference day: '11 mai' read on 2022-04-15 is
 * 2022, '3 janvier' read on 2022-12-20 is 2023.
 */
export function closestYear(ref: Ymd, month: number, day: number): number {
  const at = (year: number) => Date.UTC(year, month - 1, day);
  const now = Date.UTC(ref.year, ref.month - 1, ref.day);
  const distance = (year: number) => Math.abs(at(year) - now);
  if (distance(ref.year + 1) < distance(ref.year)) return ref.year + 1;
  if (distance(ref.year - 1) < distance(ref.year)) return ref.year - 1;
  return ref.year;
}

/** A length of time in units, as the relative dates write it: 'il y a deux ans' → { year: -2 }. */
export type Duration = Partial<Record<'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second', number>>;

/**
 * The day a duration away from the reference day. Fractions pass down to the next unit ('une
 * demi-heure'); the units it ends up with are returned too (the keys of `units`).
 */
export function addDuration(ref: Ymd, duration: Duration): { day: Ymd; units: Duration } {
  const units: Duration = { ...duration };
  const t = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  if (units.year !== undefined) t.setUTCFullYear(t.getUTCFullYear() + carry(units, 'year', 'month', 12, false));
  if (units.quarter !== undefined) t.setUTCMonth(t.getUTCMonth() + 3 * carry(units, 'quarter', 'month', 3, false));
  if (units.month !== undefined) t.setUTCMonth(t.getUTCMonth() + carry(units, 'month', 'week', 4, false));
  if (units.week !== undefined) t.setUTCDate(t.getUTCDate() + 7 * carry(units, 'week', 'day', 7, true));
  if (units.day !== undefined) t.setUTCDate(t.getUTCDate() + carry(units, 'day', 'hour', 24, true));
  if (units.hour !== undefined) t.setUTCHours(t.getUTCHours() + carry(units, 'hour', 'minute', 60, true));
  if (units.minute !== undefined) t.setUTCMinutes(t.getUTCMinutes() + carry(units, 'minute', 'second', 60, true));
  if (units.second !== undefined) t.setUTCSeconds(t.getUTCSeconds() + Math.floor(units.second));
  return { day: { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }, units };
}

/**
 * The whole part of `units[from]` (0 when absent), its fraction passed down to `units[to]`, `factor`
 * of them to one ('une demi-heure': 30 minutes). A function of its own, not an arrow in
 * `addDuration`: the arrow held `units`, and was made again for every duration read.
 */
function carry(units: Duration, from: keyof Duration, to: keyof Duration, factor: number, round: boolean): number {
  const n = units[from] ?? 0;
  const whole = Math.floor(n);
  const fraction = n - whole;
  if (fraction > 0) units[to] = (units[to] ?? 0) + (round ? Math.round(fraction * factor) : fraction * factor);
  return whole;
}
