import { addDays, compareYmd, lastDayOfMonth, type Ymd } from './calendar.js';
import { type Context, dayOf, endOf, fieldsOf, type Found, isOnlyDate, isOnlyTime, isOnlyWeekday, RELATIVE, type Side } from './found.js';

/**
 * Of dates that overlap, the longer stays (the first when they are as long): '[11 mai 2022]' and
 * not its 'mai 2022'. Run before and after the merges, in silence: the clean refiner has not yet
 * said which candidates are dates.
 */
export function keepLongest(found: Found[]): Found[] {
  if (found.length < 2) return found;
  const out: Found[] = [];
  let prev = found[0] as Found;
  for (let i = 1; i < found.length; i++) {
    const f = found[i] as Found;
    if (f.index >= endOf(prev)) {
      out.push(prev);
      prev = f;
    } else if (f.text.length > prev.text.length) prev = f;
  }
  out.push(prev);
  return out;
}

/**
 * Walks neighbours in order, merging each with the next when `should` says so. `should` and `merge`
 * are functions of the module, not arrows written in each call: every call made its two arrows anew,
 * for each sentence with a date ('le 11 mai'), where most have one date and nothing to merge.
 */
function mergeNeighbours(
  context: Context,
  found: Found[],
  should: (between: string, a: Found, b: Found) => boolean,
  merge: (context: Context, between: string, a: Found, b: Found) => Found,
): Found[] {
  if (found.length < 2) return found;
  const out: Found[] = [];
  let current = found[0] as Found;
  for (let i = 1; i < found.length; i++) {
    const next = found[i] as Found;
    // (`substring` swaps its ends: the text between two dates that overlap is their overlap.)
    const between = context.text.substring(endOf(current), next.index);
    if (should(between, current, next)) current = merge(context, between, current, next);
    else {
      out.push(current);
      current = next;
    }
  }
  out.push(current);
  return out;
}

/** Whether a weekday and the day after it are one date: 'mardi 11 mai', 'jeudi, 5 juin'. */
function weekdayThenDay(between: string, a: Found, b: Found): boolean {
  return isOnlyWeekday(a.start) && a.start.hour === undefined && b.start.day !== undefined && !(b.start.tags & RELATIVE) && /^,?\s*$/.test(between);
}

/** 'mardi 11 mai' as one date: the day's fields with the weekday. */
function joinWeekday(_: Context, between: string, a: Found, b: Found): Found {
  const start: Side = { ...fieldsOf(b.start), weekday: a.start.weekday as number };
  const out: Found = { index: a.index, text: a.text + between + b.text, start };
  if (b.end) out.end = { ...fieldsOf(b.end), weekday: a.start.weekday as number };
  return out;
}

/** 'mardi 11 mai', 'jeudi, 5 juin': a weekday joins the day that follows it. */
export function mergeWeekdays(context: Context, found: Found[]): Found[] {
  return mergeNeighbours(context, found, weekdayThenDay, joinWeekday);
}

const DATE_TIME_BETWEEN = /^\s*(?:(?:T|à|a|au|vers|de|,|-)\s*)?$/;

/** The fields of a date with the tags of both: the time of day adds nothing gazette keeps. */
function withTime(date: Side, time: Side): Side {
  const out = fieldsOf(date);
  out.tags = date.tags | time.tags;
  if (time.hour !== undefined) out.hour = time.hour;
  return out;
}

/**
 * 'hier soir', 'mardi matin': a date and the part of the day next to it are one. The merged date
 * keeps the fields of its date, not its reading: it is read again from its words (reading.ts).
 */
export function mergeDateTimes(context: Context, found: Found[]): Found[] {
  return mergeNeighbours(context, found, dateAndTime, joinDateTime);
}

/** Whether a date and a part of the day next to it are one: 'hier soir', 'mardi matin'. */
function dateAndTime(between: string, a: Found, b: Found): boolean {
  const dateThenTime = isOnlyDate(a.start) && isOnlyTime(b.start);
  const timeThenDate = isOnlyTime(a.start) && isOnlyDate(b.start);
  if (timeThenDate && between.trim() === ':') return false;
  return (dateThenTime || timeThenDate) && DATE_TIME_BETWEEN.test(between);
}

/** 'hier soir' as one date: the fields of 'hier', the tags of both. */
function joinDateTime(_: Context, between: string, a: Found, b: Found): Found {
  const [date, time] = isOnlyDate(a.start) ? [a, b] : [b, a];
  const out: Found = { index: a.index, text: a.text + between + b.text, start: withTime(date.start, time.start) };
  if (date.end || time.end) out.end = withTime(date.end ?? date.start, time.end ?? time.start);
  return out;
}

const RANGE_BETWEEN = /^\s*(?:à|a|au|-)\s*$/i;
const plusYears = (d: Ymd, n: number): Ymd => ({ ...d, year: d.year + n });

/**
 * 'de mai à juillet', 'samedi à dimanche': two dates with 'à', 'au' or '-' between them make a
 * range. When the first comes after the second, a weekday moves by a week, a day without its year
 * by a year ('du 20 décembre au 3 janvier'); two dates that still come in reverse order are swapped.
 */
export function mergeRanges(context: Context, found: Found[]): Found[] {
  return mergeNeighbours(context, found, rangeBetween, joinRange);
}

/** Whether two dates make a range: 'de mai à juillet', 'samedi - dimanche'. */
function rangeBetween(between: string, a: Found, b: Found): boolean {
  return !a.end && !b.end && RANGE_BETWEEN.test(between);
}

/** 'du 20 décembre au 3 janvier' as one range, its ends in order. */
function joinRange(context: Context, between: string, a: Found, b: Found): Found {
  let from = a;
  let to = b;
  const weekdays = isOnlyWeekday(a.start) || isOnlyWeekday(b.start);
  // What one end writes fills the other's gaps: '5 juin au 3 mai 2021' compares in 2021.
  const fromDay = dayOf(a.start, context.ref, weekdays ? undefined : b.start);
  const toDay = dayOf(b.start, context.ref, weekdays ? undefined : a.start);
  if (compareYmd(fromDay, toDay) > 0 && !fitsReversed(a.start, b.start, fromDay, toDay)) [from, to] = [b, a];
  return { index: Math.min(from.index, to.index), text: a.text + between + b.text, start: from.start, end: to.start };
}

/** Whether two dates in reverse order still make a range once a week or a year is added to one. */
function fitsReversed(from: Side, to: Side, fromDay: Ymd, toDay: Ymd): boolean {
  if (isOnlyWeekday(to) && compareYmd(addDays(toDay, 7), fromDay) > 0) return true;
  if (isOnlyWeekday(from) && compareYmd(addDays(fromDay, -7), toDay) < 0) return true;
  if (to.month !== undefined && to.year === undefined && compareYmd(plusYears(toDay, 1), fromDay) > 0) return true;
  return from.month !== undefined && from.year === undefined && compareYmd(plusYears(fromDay, -1), toDay) < 0;
}

/** A side that names a day that does not exist: '31 avril', '30/02/2021', '15/00/2020'. */
function impossible(s: Side, ref: Ymd): boolean {
  if (s.month !== undefined && (s.month < 1 || s.month > 12)) return true;
  if (s.day === undefined) return false;
  const { year, month } = dayOf(s, ref);
  return s.day < 1 || month < 1 || month > 12 || s.day > lastDayOfMonth(year, month);
}

/**
 * Whether a text is figures alone once its first space is taken out: digits, then maybe a dot and
 * digits ('2014', '3.5', '1 500', '' too). A loop, not `replace` and a pattern: a copy of the
 * text and a match for every date found.
 */
function onlyFigures(text: string): boolean {
  let space = false;
  let dot = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c === 0x20 && !space) space = true;
    else if (c === 0x2e && !dot) dot = true;
    else return false;
  }
  return true;
}

/** Drops what cannot be a date: figures alone ('2014', '3.5') and days that do not exist. */
export function dropImpossible(context: Context, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    if (!onlyFigures(f.text) && !impossible(f.start, context.ref) && !(f.end && impossible(f.end, context.ref))) out.push(f);
  }
  return out;
}

/**
 * The calendar's refiners, in order: overlaps settled, then weekdays, parts of the day and ranges
 * joined to their dates, overlaps settled again, impossible days dropped.
 */
export const CALENDAR_REFINERS: ReadonlyArray<(context: Context, found: Found[]) => Found[]> = [
  (_, f) => keepLongest(f), mergeWeekdays, mergeDateTimes, mergeRanges, (_, f) => keepLongest(f), dropImpossible,
];
