import type { ReferenceDate } from '../../dates/reference.js';
import type { DateGranularity, DateValue } from '../../types.js';
import { addDays, isoDay, isoMonth, lastDayOfMonth, monthBounds, weekday as weekdayOfYmd, yearBounds, type Ymd } from './calendar.js';
import type { SeasonCode } from './lexicon.js';
import type { Part, Reading, Shift } from './reading.js';
import type { TenseClue } from './tense.js';

/** A resolved point or period: its value, granularity and calendar bounds. */
interface Resolved {
  value: string | null;
  granularity: DateGranularity;
  start?: string;
  end?: string;
  relative: boolean;
}

const SEASON_MONTHS: Record<SeasonCode, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

/**
 * Gazette's date record for a reading, against the reference date and the tense of the
 * sentence. Without a reference precise enough, relative dates get `value: null` and a day
 * without its year 'XXXX-MM-DD'.
 * @example toDateValue({ kind: 'date', grain: 'day', month: 5, day: 11, shift: 'next' }, { year: 2022, month: 4, from: 'option' }, null)
 * // { value: '2022-05-11', granularity: 'day', start: '2022-05-11', end: '2022-05-11', relative: true }
 */
export function toDateValue(reading: Reading, ref: ReferenceDate | null, clue: TenseClue | null): DateValue {
  const r = resolve(reading, ref, clue);
  const out: DateValue = { value: r.value, granularity: r.granularity, relative: r.relative };
  if (r.start !== undefined) out.start = r.start;
  if (r.end !== undefined) out.end = r.end;
  return out;
}

function resolve(reading: Reading, ref: ReferenceDate | null, clue: TenseClue | null): Resolved {
  switch (reading.kind) {
    case 'date':
      return resolveDate(reading, ref, clue);
    case 'offset':
      return resolveOffset(reading.unit, reading.n, ref);
    case 'weekday':
      return resolveWeekday(reading.weekday, reading.shift, ref, clue);
    case 'season':
      return resolveSeason(reading.season, reading.year, reading.shift, ref, clue);
    case 'decade':
      return { value: `${String(reading.first).slice(0, 3)}X`, granularity: 'decade', start: yearBounds(reading.first).start, end: yearBounds(reading.first + 9).end, relative: false };
    case 'century': {
      const first = (reading.century - 1) * 100;
      // A century runs from its year 1 (XIVe siècle: 1301–1400); its value names its hundreds (13XX).
      return { value: `${String(reading.century - 1).padStart(2, '0')}XX`, granularity: 'century', start: yearBounds(first + 1).start, end: yearBounds(first + 100).end, relative: false };
    }
    case 'centuryOffset': {
      if (!ref) return { value: null, granularity: 'century', relative: true };
      const century = Math.floor((ref.year - 1) / 100) + 1 + reading.n;
      return { ...resolve({ kind: 'century', century }, ref, clue), relative: true };
    }
    case 'part':
      return resolvePart(reading.part, reading.year, ref, clue);
    case 'easter':
      return resolveEaster(reading.days, reading.year, ref, clue);
    case 'unknown':
      return { value: null, granularity: reading.grain, relative: false };
    case 'range':
      return resolveRange(reading.from, reading.to, ref, clue);
  }
}

function resolveRange(first: Reading, to: Reading, ref: ReferenceDate | null, clue: TenseClue | null): Resolved {
  let from = first;
  // 'du 28 décembre 2023 au 3 janvier 2024' writes both years; 'du 28 décembre au 3 janvier 2024' only the last.
  if (from.kind === 'date' && from.year === undefined && to.kind === 'date' && to.year !== undefined) {
    from = { ...from, year: to.year - (compareMonthDay(from, to) > 0 ? 1 : 0) };
  }
  const a = resolve(from, ref, clue);
  const aStart = a.start !== undefined ? ymdOf(a.start) : null;
  let b: Resolved;
  if (to.kind === 'date' && to.year === undefined && aStart) {
    // The second end takes the year of the first, or the next one: 'du 28 décembre au 3 janvier'.
    b = resolve({ ...to, year: aStart.year }, ref, clue);
    if (a.start !== undefined && b.end !== undefined && b.end < a.start) b = resolve({ ...to, year: aStart.year + 1 }, ref, clue);
  } else if (to.kind === 'weekday' && to.shift === undefined && aStart && a.granularity === 'day') {
    // 'dans la nuit de samedi à dimanche', 'mardi et mercredi': the next such day after the first.
    b = point(addDays(aStart, (to.weekday - weekdayOfYmd(aStart) + 7) % 7 || 7), 'day', true);
  } else {
    b = resolve(to, ref, clue);
  }
  const relative = a.relative || b.relative;
  if (a.value === null || b.value === null) return { value: null, granularity: a.granularity, relative };
  const out: Resolved = { value: `${a.value}/${b.value}`, granularity: a.granularity, relative };
  if (a.start !== undefined) out.start = a.start;
  if (b.end !== undefined) out.end = b.end;
  return out;
}

function ymdOf(iso: string): Ymd {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

function compareMonthDay(a: { month?: number; day?: number }, b: { month?: number; day?: number }): number {
  return (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}

function point(d: Ymd, g: 'day' | 'month' | 'year', relative: boolean): Resolved {
  if (g === 'year') return { value: String(d.year).padStart(4, '0'), granularity: 'year', ...yearBounds(d.year), relative };
  if (g === 'month') return { value: isoMonth(d.year, d.month), granularity: 'month', ...monthBounds(d.year, d.month), relative };
  const day = isoDay(d);
  return { value: day, granularity: 'day', start: day, end: day, relative };
}

function resolveDate(r: Extract<Reading, { kind: 'date' }>, ref: ReferenceDate | null, clue: TenseClue | null): Resolved {
  const month = r.month ?? 1;
  const day = r.day ?? 1;
  if (r.year !== undefined) return point({ year: r.year, month, day }, r.grain, false);
  if (!ref) {
    const mm = String(month).padStart(2, '0');
    return { value: r.grain === 'day' ? `XXXX-${mm}-${String(day).padStart(2, '0')}` : `XXXX-${mm}`, granularity: r.grain, relative: true };
  }
  return point({ year: yearOf(month, r.grain === 'day' ? day : undefined, r.shift, ref, clue), month, day }, r.grain, true);
}

/**
 * The year of a day or month written without one. 'prochain' → the next one after the
 * reference, 'dernier' → the last one before it. Otherwise the reference's year, as news
 * speaks of its own year ('le 15 décembre' in a March article is that December), unless the
 * tense says the date lies on the other side of the reference ('Revenu au pouvoir le 1er
 * janvier' in August, 'lors de ses vœux du 31 décembre' in January): by a month when the verb
 * stands right before it ('ont voté le 28 juin' in May), by half a year when it is further
 * ('a reconnu … à trois mois des élections prévues le 14 mai' is that May) — or, without a
 * tense, when it would lie more than ten months away.
 */
function yearOf(month: number, day: number | undefined, shift: Shift | undefined, ref: ReferenceDate, clue: TenseClue | null): number {
  if (ref.month === undefined) return ref.year;
  // Days from the reference to the date in the reference's year (a month-only side compares by month).
  const refDay = ref.day ?? 15;
  const dist = (month - ref.month) * 31 + (day !== undefined && ref.day !== undefined ? day - refDay : 0);
  if (shift === 'next') return dist > 0 || (dist === 0 && (ref.day === undefined || day === undefined)) ? ref.year : ref.year + 1;
  if (shift === 'last') return dist < 0 || (dist === 0 && (ref.day === undefined || day === undefined)) ? ref.year : ref.year - 1;
  // A verb right before the date speaks of it ('ont voté le 28 juin' in May is last June); a verb
  // further away may speak of something else, and must be contradicted by more.
  const limit = clue?.near ? 31 : 183;
  if (clue?.tense === 'past' && dist > limit) return ref.year - 1;
  if (clue?.tense === 'future' && dist < -limit) return ref.year + 1;
  if (!clue && dist > 300) return ref.year - 1;
  if (!clue && dist < -300) return ref.year + 1;
  return ref.year;
}

function refDay(ref: ReferenceDate): Ymd | null {
  return ref.month !== undefined && ref.day !== undefined ? { year: ref.year, month: ref.month, day: ref.day } : null;
}

function resolveOffset(unit: 'day' | 'week' | 'month' | 'year', n: number, ref: ReferenceDate | null): Resolved {
  if (unit === 'year') return ref ? point({ year: ref.year + n, month: 1, day: 1 }, 'year', true) : { value: null, granularity: 'year', relative: true };
  if (unit === 'month') {
    if (!ref || ref.month === undefined) return { value: null, granularity: 'month', relative: true };
    const m = ref.month - 1 + n;
    const year = ref.year + Math.floor(m / 12);
    return point({ year, month: ((m % 12) + 12) % 12 + 1, day: 1 }, 'month', true);
  }
  const today = ref ? refDay(ref) : null;
  if (!today) return { value: null, granularity: unit, relative: true };
  if (unit === 'day') return point(addDays(today, n), 'day', true);
  // A week is its Monday–Sunday range (corpus/README.md): 'la semaine prochaine'.
  const monday = addDays(today, -((weekdayOfYmd(today) + 6) % 7) + 7 * n);
  const first = isoDay(monday);
  const last = isoDay(addDays(monday, 6));
  return { value: `${first}/${last}`, granularity: 'week', start: first, end: last, relative: true };
}

/**
 * A weekday: 'dernier' the last one strictly before the reference, 'prochain' the next one
 * strictly after; bare ('jeudi', 'ce jeudi'), the tense decides — past the last one, future
 * the next, the reference day itself when it is that weekday — and without a tense, the
 * nearest one.
 */
function resolveWeekday(target: number, shift: Shift | undefined, ref: ReferenceDate | null, clue: TenseClue | null): Resolved {
  const today = ref ? refDay(ref) : null;
  if (!today) return { value: null, granularity: 'day', relative: true };
  const back = (weekdayOfYmd(today) - target + 7) % 7; // days back to the last such weekday (0 = today)
  const forward = (target - weekdayOfYmd(today) + 7) % 7;
  let delta: number;
  if (shift === 'last') delta = -(back || 7);
  else if (shift === 'next') delta = forward || 7;
  else if (clue?.tense === 'past') delta = -back;
  else if (clue?.tense === 'future') delta = forward;
  else delta = back <= forward ? -back : forward;
  return point(addDays(today, delta), 'day', true);
}

function resolveSeason(code: SeasonCode, year: number | undefined, shift: Shift | undefined, ref: ReferenceDate | null, clue: TenseClue | null): Resolved {
  let y = year;
  if (y === undefined && ref) y = seasonYear(code, shift, ref, clue);
  if (y === undefined) return { value: null, granularity: 'season', relative: true };
  const [first, last] = SEASON_MONTHS[code];
  const endYear = code === 'WI' ? y + 1 : y;
  return {
    value: `${y}-${code}`, granularity: 'season',
    start: isoDay({ year: y, month: first, day: 1 }), end: isoDay({ year: endYear, month: last, day: lastDayOfMonth(endYear, last) }),
    relative: year === undefined,
  };
}

/**
 * 'cet été' is this year's; 'l'été dernier' the last one over, 'l'été prochain' the next one to
 * begin; 'à l'automne' this year's, unless the tense looks the other way.
 */
function seasonYear(code: SeasonCode, shift: Shift | undefined, ref: ReferenceDate, clue: TenseClue | null): number {
  if (ref.month === undefined) return ref.year;
  const [first, last] = SEASON_MONTHS[code];
  // Winter runs December to February: in January–February we are in the winter of the year before.
  const inEarlyWinter = code === 'WI' && ref.month <= 2;
  const started = code === 'WI' ? ref.month === 12 || inEarlyWinter : ref.month >= first;
  const over = code === 'WI' ? false : ref.month > last;
  const current = inEarlyWinter ? ref.year - 1 : ref.year;
  if (shift === 'this') return current;
  if (shift === 'next') return started ? current + 1 : current;
  if (shift === 'last') return over ? current : current - 1;
  if (clue?.tense === 'past' && !started) return current - 1;
  if (clue?.tense === 'future' && over) return current + 1;
  return current;
}


/**
 * A quarter or half of a year: its year written ('2024-Q1'), else the one the tense and the
 * reference give, as for a month without its year ('au quatrième trimestre, les ventes ont
 * reculé' in a January article is last year's), else 'XXXX-Q1'.
 */
function resolvePart(part: Part, year: number | undefined, ref: ReferenceDate | null, clue: TenseClue | null): Resolved {
  const n = Number(part[1]);
  const months = part[0] === 'Q' ? 3 : 6;
  const first = (n - 1) * months + 1;
  const last = first + months - 1;
  const granularity = part[0] === 'Q' ? 'quarter' : 'half';
  // Compared by its middle month: 'le premier semestre' in June is the one under way.
  const y = year ?? (ref ? yearOf(first + Math.floor((months - 1) / 2), undefined, undefined, ref, clue) : undefined);
  if (y === undefined) return { value: `XXXX-${part}`, granularity, relative: true };
  return {
    value: `${String(y).padStart(4, '0')}-${part}`, granularity,
    start: isoDay({ year: y, month: first, day: 1 }), end: isoDay({ year: y, month: last, day: lastDayOfMonth(y, last) }),
    relative: year === undefined,
  };
}

/**
 * Easter Sunday of a Gregorian year (the anonymous algorithm of 1876): 2024 → 31 March.
 * @example easterSunday(2024) // { year: 2024, month: 3, day: 31 }
 */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** 'Pâques 2024' → 2024-03-31; 'à la Pentecôte' → Easter + 49 days of the year the reference and tense give. */
function resolveEaster(days: number, year: number | undefined, ref: ReferenceDate | null, clue: TenseClue | null): Resolved {
  const y = year ?? (ref ? yearOf(days > 30 ? 5 : 4, undefined, undefined, ref, clue) : undefined);
  if (y === undefined) return { value: null, granularity: 'day', relative: true };
  return point(addDays(easterSunday(y), days), 'day', year === undefined);
}
