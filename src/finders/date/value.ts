import type { ParsingComponents, ParsingResult } from 'chrono-node';
import type { ReferenceDate } from '../../dates/reference.js';
import type { DateGranularity, DateValue } from '../../types.js';
import { compareYmd, isoDay, isoMonth, lastDayOfMonth, monthBounds, yearBounds, type Ymd } from './calendar.js';

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };
// A month written in the expression: then only the year comes from the reference date.
const MONTH_WORD = /janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|\d{1,2}[/.-]\d{1,2}/iu;
// A year written in the expression ('2014', '04/03/24'): the value does not depend on the reference.
const YEAR_WRITTEN = /(?:^|\D)\d{4}(?:\D|$)|\d{1,2}[/.]\d{1,2}[/.]\d{2}(?:\D|$)|siècle|années/iu;

function tagValue(r: ParsingResult, name: string): string | undefined {
  for (const t of r.tags()) if (t.startsWith(`gazette/${name}/`)) return t.slice(name.length + 9);
  return undefined;
}

/**
 * Turns a chrono result into gazette's date record, resolving what depends on the
 * reference date, or leaving `value: null` (and 'XXXX-MM-DD' for a day without a year)
 * when there is none precise enough.
 * @example '11 mai prochain' with reference 2022-04 → { value: '2022-05-11', granularity: 'day', relative: true }
 */
export function toDateValue(r: ParsingResult, ref: ReferenceDate | null): DateValue | null {
  const text = r.text;
  const relative = !YEAR_WRITTEN.test(text);
  const special = tagValue(r, 'value');
  const tagGranularity = tagValue(r, 'granularity') as DateGranularity | undefined;
  const nextLast = tagValue(r, 'relative');
  const s = r.start;

  // Decades and centuries: fixed values.
  if (tagGranularity === 'decade' || tagGranularity === 'century') {
    const y = s.get('year') ?? 0;
    // A decade runs from its year 0 (1990–1999), a century from its year 1 (1301–1400).
    const span = tagGranularity === 'decade' ? 10 : 100;
    return { value: special ?? null, granularity: tagGranularity, start: yearBounds(y).start, end: yearBounds(y + span - 1).end, relative: false };
  }
  if (tagGranularity === 'season') {
    const code = (special ?? '').slice(-2);
    const months = SEASON_MONTHS[code];
    let year: number | undefined = s.isCertain('year') ? s.get('year') ?? undefined : undefined;
    if (year === undefined && ref) year = seasonYear(code, ref, nextLast);
    if (year === undefined || !months) return { value: null, granularity: 'season', relative: true };
    const endYear = code === 'WI' ? year + 1 : year;
    return {
      value: `${year}-${code}`, granularity: 'season',
      start: isoDay({ year, month: months[0], day: 1 }), end: isoDay({ year: endYear, month: months[1], day: lastDayOfMonth(endYear, months[1]) }),
      relative,
    };
  }
  const granularity: DateGranularity = tagGranularity ?? (s.isCertain('day') || s.isCertain('weekday') ? 'day' : s.isCertain('month') ? 'month' : 'year');
  const needsDayReference = relative && !MONTH_WORD.test(text) && granularity === 'day';
  const startYmd = resolve(s, granularity, relative, needsDayReference, ref, nextLast);
  if (startYmd === null) {
    // No usable reference: a written day and month keep their place ('XXXX-05-11').
    if (relative && !needsDayReference && s.isCertain('month')) {
      const m = String(s.get('month')).padStart(2, '0');
      const v = granularity === 'day' && s.isCertain('day') ? `XXXX-${m}-${String(s.get('day')).padStart(2, '0')}` : `XXXX-${m}`;
      return { value: v, granularity, relative: true };
    }
    return { value: null, granularity, relative: true };
  }
  let value = format(startYmd, granularity);
  const { start } = bounds(startYmd, granularity);
  let { end } = bounds(startYmd, granularity);
  if (r.end) {
    const endYmd = resolve(r.end, granularity, relative, needsDayReference, ref, nextLast, startYmd);
    if (endYmd) {
      if (compareYmd(endYmd, startYmd) < 0 && granularity === 'day') endYmd.year = startYmd.year + (endYmd.month < startYmd.month ? 1 : 0);
      value = `${value}/${format(endYmd, granularity)}`;
      end = bounds(endYmd, granularity).end;
    }
  }
  return { value, granularity, start, end, relative };
}

function format(d: Ymd, g: DateGranularity): string {
  if (g === 'year') return String(d.year).padStart(4, '0');
  if (g === 'month') return isoMonth(d.year, d.month);
  return isoDay(d);
}

function bounds(d: Ymd, g: DateGranularity): { start: string; end: string } {
  if (g === 'year') return yearBounds(d.year);
  if (g === 'month') return monthBounds(d.year, d.month);
  const day = isoDay(d);
  return { start: day, end: day };
}

/** The calendar day a chrono component set stands for, against the reference when it must. */
function resolve(c: ParsingComponents, g: DateGranularity, relative: boolean, needsDay: boolean, ref: ReferenceDate | null, nextLast: string | undefined, anchor?: Ymd): Ymd | null {
  if (!relative) {
    return { year: c.get('year') ?? 0, month: c.isCertain('month') ? c.get('month') ?? 1 : 1, day: c.isCertain('day') ? c.get('day') ?? 1 : 1 };
  }
  if (!ref) return null;
  if (needsDay) {
    if (ref.month === undefined || ref.day === undefined) return null;
    // chrono computed it from the reference instant (see chronoReference): read it back.
    return { year: c.get('year') ?? ref.year, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
  }
  const month = c.isCertain('month') ? c.get('month') ?? 1 : 1;
  const day = g === 'day' && c.isCertain('day') ? c.get('day') ?? 1 : 1;
  if (anchor) return { year: anchor.year, month, day };
  return { year: yearFor(month, day, g, ref, nextLast), month, day };
}

/**
 * The year of a day or month written without one. 'prochain' → the next one after the
 * reference, 'dernier' → the last one before it, otherwise the nearest (within six months),
 * as a news article speaks of the near past or future.
 */
function yearFor(month: number, day: number, g: DateGranularity, ref: ReferenceDate, nextLast: string | undefined): number {
  const refMonth = ref.month;
  if (refMonth === undefined) return ref.year;
  // A reference that knows only its month ('date 2022-04') compares by month.
  const cmp = month - refMonth || (g === 'day' && ref.day !== undefined ? day - ref.day : 0);
  if (nextLast === 'prochain') return cmp > 0 || (cmp === 0 && ref.day === undefined) ? ref.year : ref.year + 1;
  if (nextLast === 'dernier') return cmp < 0 || (cmp === 0 && ref.day === undefined && g !== 'month') ? ref.year : ref.year - 1;
  const months = month - refMonth;
  if (months > 6) return ref.year - 1;
  if (months < -6) return ref.year + 1;
  return ref.year;
}

function seasonYear(code: string, ref: ReferenceDate, nextLast: string | undefined): number {
  const months = SEASON_MONTHS[code];
  if (!months || ref.month === undefined) return ref.year;
  const started = code === 'WI' ? false : ref.month >= months[0];
  if (nextLast === 'prochain') return started ? ref.year + 1 : ref.year;
  if (nextLast === 'dernier') return ref.month > months[1] && code !== 'WI' ? ref.year : ref.year - 1;
  return ref.year;
}
