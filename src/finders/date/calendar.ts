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

export function lastDayOfMonth(year: number, month: number): number {
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
