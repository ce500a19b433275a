import type { Ymd } from './calendar.js';
import type { Reading } from './reading.js';

/** What a side of a found date holds beyond its fields: where it came from. */
export const RELATIVE = 1; // counted from the reference by a unit of time: 'il y a deux ans', 'la semaine prochaine'
export const CASUAL = 2; // a word of the day: 'hier', 'ce soir'
export const PATTERN = 4; // made by one of gazette's parsers of periods ('en 2014', 'à l'automne')

/**
 * One end of a found date: the fields its words fix (a year, a month, a day, a weekday, an hour),
 * the day it stands for when those are not all written (`implied`), and its reading.
 * @example '11 mai' → { month: 5, day: 11, implied: { year: 2022, month: 5, day: 11 }, tags: 0 }
 */
export interface Side {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** Set when a time of day is written ('maintenant', '2022-05-11T10:00'): the side is no longer a date alone. */
  hour?: number;
  /** The day the side stands for, when its parser computed one; else the reference day fills what is not written. */
  implied?: Ymd;
  tags: number;
  /** What the side says, set by gazette's parsers and refiners; read from the fields otherwise (reading.ts). */
  reading?: Reading;
  /** Characters the parser's match holds before and after the span ('en ' of 'en 2014'). */
  lead?: number;
  tail?: number;
}

/**
 * A date found in a sentence: its span in the text, and one side, or two for a range ('du 5 au 7 juin').
 * @example { index: 3, text: '11 mai', start: { month: 5, day: 11, tags: 0 } }
 */
export interface Found {
  index: number;
  text: string;
  start: Side;
  end?: Side;
}

/** The sentence a parser reads, and the day its relative dates count from. */
export interface Context {
  text: string;
  /** The reference day (the first of January 2000 without one): it fills the fields a date does not write. */
  ref: Ymd;
  /** Hears of the candidates a parser or refiner turns down, and why (the `debug` option of `extract`). */
  onDrop?: ((index: number, text: string, reason: string) => void) | undefined;
  /**
   * Where the last date the running parser found ends: the next match may start right there
   * ('vendredi dernier[, samedi prochain]'), whatever ends the date before it.
   */
  after?: number;
}

/** The end offset of a found date. */
export const endOf = (f: Found): number => f.index + f.text.length;

/** A side that fixes no calendar field: a time of day alone ('ce soir', 'à 15 heures'). */
export const isOnlyTime = (s: Side): boolean => s.year === undefined && s.month === undefined && s.day === undefined && s.weekday === undefined;

/** A side without a time of day. */
export const isOnlyDate = (s: Side): boolean => s.hour === undefined;

/** A weekday and no day or month: 'mardi'. */
export const isOnlyWeekday = (s: Side): boolean => s.weekday !== undefined && s.day === undefined && s.month === undefined;

/** A copy of a side's fields, without its tags, reading or cuts: what a merge of two dates starts from. */
export function fieldsOf(s: Side): Side {
  const out: Side = { tags: 0 };
  if (s.year !== undefined) out.year = s.year;
  if (s.month !== undefined) out.month = s.month;
  if (s.day !== undefined) out.day = s.day;
  if (s.weekday !== undefined) out.weekday = s.weekday;
  if (s.hour !== undefined) out.hour = s.hour;
  if (s.implied) out.implied = s.implied;
  return out;
}

/**
 * The day a side stands for: its written fields, then what `other` writes (the other end of a
 * range: '5 juin au 3 mai [2021]'), then its implied day, then the reference.
 */
export function dayOf(s: Side, ref: Ymd, other?: Side): Ymd {
  const implied = s.implied ?? ref;
  return {
    year: s.year ?? other?.year ?? implied.year,
    month: s.month ?? other?.month ?? implied.month,
    day: s.day ?? other?.day ?? implied.day,
  };
}

/**
 * Reports a candidate a parser or refiner drops, and why, to the `debug` option of `extract`.
 * @example dropped(context, 12, 'de 2000', 'a quantity: de 2000 soldats')
 */
export function dropped(context: Context, index: number, text: string, reason: string): void {
  context.onDrop?.(index, text, reason);
}

/** Moves a found date's span to [index, end) of the sentence. */
export function respan(context: Context, f: Found, index: number, end: number): void {
  f.index = index;
  f.text = context.text.slice(index, end);
}
