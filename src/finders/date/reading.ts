import { CASUAL, type Found, RELATIVE, type Side } from './found.js';
import { countOf, type SeasonCode, UNITS, weekdayOf } from './lexicon.js';

/** 'mardi prochain' → next, 'mardi dernier' → last, 'ce mardi' → this. */
export type Shift = 'next' | 'last' | 'this';

/** A quarter or a half of a year, as TIMEX3 writes it: 'premier trimestre' → Q1, 'second semestre' → H2. */
export type Part = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2';

/** A unit of relative dates. */
export type Unit = 'day' | 'week' | 'month' | 'year';

/**
 * What a date expression says, before any reference date is applied: the bridge between
 * the date parsers and gazette's values.
 * @example '11 mai prochain' → { kind: 'date', grain: 'day', month: 5, day: 11, shift: 'next' }
 * @example 'il y a deux semaines' → { kind: 'offset', unit: 'day', n: -14, grain: 'day' }
 */
export type Reading =
  /** A calendar day, month or year, its year written or not: '4 mars 2024', '11 mai', 'février 2022', '2014'. */
  | { kind: 'date'; grain: 'day' | 'month' | 'year'; year?: number; month?: number; day?: number; shift?: Shift }
  /** n units from the reference date: 'hier' (day −1), 'la semaine prochaine' (week +1), 'l'an dernier' (year −1). */
  | { kind: 'offset'; unit: Unit; n: number }
  /** A day of the week: 'jeudi', 'mardi dernier', 'ce lundi'. */
  | { kind: 'weekday'; weekday: number; shift?: Shift }
  /** 'à l'automne', 'l'été 2022', 'l'hiver dernier'. */
  | { kind: 'season'; season: SeasonCode; year?: number; shift?: Shift }
  /** 'les années 1990': its first year. */
  | { kind: 'decade'; first: number }
  /** 'XIVe siècle': 14. */
  | { kind: 'century'; century: number }
  /** 'le siècle dernier': n centuries from the reference's. */
  | { kind: 'centuryOffset'; n: number }
  /** 'au troisième trimestre 2023', 'le premier semestre'. */
  | { kind: 'part'; part: Part; year?: number }
  /** A movable feast, `days` after Easter Sunday: 'Pâques' (0), 'la Pentecôte' (49). */
  | { kind: 'easter'; days: number; year?: number }
  /** A date gazette finds but cannot write in its format: 'XXIVe siècle avant notre ère'. */
  | { kind: 'unknown'; grain: 'year' | 'century' }
  /** 'du 5 au 7 juin', 'entre 2019 et 2021', 'mardi et mercredi'. */
  | { kind: 'range'; from: Reading; to: Reading };

/** Attaches a reading to a found date (on its start side). */
export function setReading<F extends Found>(found: F, reading: Reading): F {
  found.start.reading = reading;
  return found;
}

/**
 * The reading of a found date: the one a gazette parser or refiner attached, else one read from
 * its words (relative dates: 'hier soir', 'il y a deux semaines') or from the fields it writes, or
 * null when it is no date (a time of day alone, 'maintenant', a duration 'pendant trois ans').
 * @example readingOf(found 'hier') // { kind: 'offset', unit: 'day', n: -1 }
 */
export function readingOf(found: Found): Reading | null {
  const attached = found.start.reading;
  if (attached?.kind === 'range') return attached;
  // Relative dates ('il y a deux ans', 'de 34 ans', 'maintenant') carry the day they count to as
  // fields: only their words tell what they are.
  const relative = (found.start.tags & (RELATIVE | CASUAL)) !== 0;
  const end = found.end ? found.end.reading ?? fieldsReading(found.end) : null;
  const start = attached ?? wordsReading(found.text) ?? (relative ? null : fieldsReading(found.start));
  if (!start) return null;
  if (found.end && end && !sameReading(start, end)) return { kind: 'range', from: start, to: end };
  return start;
}

function sameReading(a: Reading, b: Reading): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The days from the reference of a word of the day ('hier' → −1, 'après-demain' → 2), or undefined.
 * A switch, not a record: the text of a date is a new string each time ('mardi prochain'), and a
 * record's lookup by it hashed and interned the string first, for every date read from its words.
 */
function dayWordOffset(word: string): number | undefined {
  switch (word) {
    case "aujourd'hui":
      return 0;
    case 'hier':
      return -1;
    case 'demain':
      return 1;
    case 'avant-hier':
      return -2;
    case 'après-demain':
    case 'apres-demain':
      return 2;
    default:
      return undefined;
  }
}
// 'il y a deux semaines', 'dans trois jours', 'il y a un an'.
const AGO_OR_IN = /^(il y a|dans)\s+(\S+)\s+(jours?|semaines?|mois|ans?|années?)$/iu;
// 'la semaine prochaine', 'le mois dernier', "l'année passée" (the article is cut later).
const UNIT_NEXT_LAST = /^(?:(?:la|le|l')\s*)?(semaine|mois|année|an)\s+(prochaine?|derni(?:er|ère)|passée?)$/iu;
// 'hier soir', 'demain matin', 'ce soir', 'cette nuit': a part of day keeps the day.
// (on text whose spaces are already collapsed: one literal space keeps the pattern linear)
const PART_OF_DAY = / (?:soir|matin|après-midi|midi|nuit)$/iu;

/** Readings of relative dates, from their words. */
function wordsReading(raw: string): Reading | null {
  // A date that starts with its figures ('11 mai', '2022-05-11') is read from its fields.
  const first = raw.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return null;
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const bare = text.replace(PART_OF_DAY, '');
  const casual = dayWordOffset(bare);
  if (casual !== undefined) return { kind: 'offset', unit: 'day', n: casual };
  if (/^(?:ce|cet|cette)\s+(?:soir|matin|après-midi|nuit)$/u.test(text)) return { kind: 'offset', unit: 'day', n: 0 };
  const ago = AGO_OR_IN.exec(text);
  if (ago) {
    const n = countOf(ago[2] ?? '');
    const unit = UNITS[ago[3] ?? ''];
    if (n === undefined || !unit) return null;
    const sign = ago[1] === 'dans' ? 1 : -1;
    // 'il y a deux semaines' is a day (corpus/README.md): 14 days before.
    return unit === 'week' ? { kind: 'offset', unit: 'day', n: sign * 7 * n } : { kind: 'offset', unit, n: sign * n };
  }
  const nl = UNIT_NEXT_LAST.exec(text);
  if (nl) {
    const unit = UNITS[nl[1] ?? ''];
    if (!unit) return null;
    return { kind: 'offset', unit, n: (nl[2] ?? '').startsWith('proch') ? 1 : -1 };
  }
  const wd = /^(?:ce\s+)?([a-z]+)(?:\s+(prochain|dernier))?$/u.exec(bare);
  if (wd) {
    const weekday = weekdayOf(wd[1] ?? '');
    if (weekday !== undefined) {
      const shift: Shift | undefined = wd[2] === 'prochain' ? 'next' : wd[2] === 'dernier' ? 'last' : bare.startsWith('ce ') ? 'this' : undefined;
      return shift ? { kind: 'weekday', weekday, shift } : { kind: 'weekday', weekday };
    }
  }
  return null;
}

/** Readings of absolute dates, from the fields they write. */
function fieldsReading(c: Side): Reading | null {
  const { year, month, day } = c;
  if (month !== undefined && day !== undefined) {
    return year !== undefined ? { kind: 'date', grain: 'day', year, month, day } : { kind: 'date', grain: 'day', month, day };
  }
  if (month !== undefined) return year !== undefined ? { kind: 'date', grain: 'month', year, month } : { kind: 'date', grain: 'month', month };
  if (year !== undefined) return { kind: 'date', grain: 'year', year };
  if (c.weekday !== undefined) return { kind: 'weekday', weekday: c.weekday };
  return null;
}
