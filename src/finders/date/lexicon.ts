/**
 * The French words of dates that gazette's parsers, refiners and readings share: months
 * (with the press's abbreviations), weekdays, seasons, number words, and the year pattern.
 * Keys are lower case, with and without accents, as news text writes them.
 */

/** Month names and abbreviations → 1..12: 'janvier', 'janv.', 'févr.', 'juil.', 'déc.'. */
export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, janv: 1, 'janv.': 1, 'jan.': 1,
  février: 2, fevrier: 2, févr: 2, 'févr.': 2, fevr: 2, 'fevr.': 2, 'fév.': 2, 'fev.': 2,
  mars: 3, avril: 4, avr: 4, 'avr.': 4, mai: 5, juin: 6, juillet: 7, juil: 7, 'juil.': 7, juill: 7, 'juill.': 7, août: 8, aout: 8,
  septembre: 9, sept: 9, 'sept.': 9, 'sep.': 9, octobre: 10, 'oct.': 10, novembre: 11, 'nov.': 11,
  décembre: 12, decembre: 12, 'déc.': 12, 'dec.': 12,
};

/** Alternation of the month words for a regular expression, longest first ('juillet' before 'juil.'). */
export const MONTH_ALTERNATION = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace('.', '\\.'))
  .join('|');

/** The month of a word, whatever its case: 'Juil.' → 7. */
export function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase()];
}

/** Weekday names → 0 (Sunday) … 6 (Saturday), as `Date.getUTCDay` counts. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

/** The weekday of a word, whatever its case: 'Mardi' → 2. */
export function weekdayOf(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase()];
}

/** TIMEX3 season codes. */
export type SeasonCode = 'SP' | 'SU' | 'FA' | 'WI';

/** Season names → TIMEX3 codes: 'automne' → 'FA'. */
export const SEASONS: Readonly<Record<string, SeasonCode>> = { printemps: 'SP', été: 'SU', ete: 'SU', automne: 'FA', hiver: 'WI' };

// Number words of relative dates: 'il y a deux semaines', 'dans trois jours', 'il y a une dizaine de jours' is vague.
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, cent: 100,
};

/**
 * A count written in figures or in words, or undefined when it is vague or unknown:
 * '3' → 3, 'trois' → 3, 'quelques' → undefined.
 */
export function countOf(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()];
}

/** A four-digit year of the press's range, 1000–2099, as a capturing group. */
export const YEAR = '(1\\d{3}|20\\d{2})';

/** Time units of relative dates → gazette's units ('ans' and 'années' are years). */
export const UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>> = {
  jour: 'day', jours: 'day', semaine: 'week', semaines: 'week', mois: 'month', an: 'year', ans: 'year', année: 'year', années: 'year', annee: 'year', annees: 'year',
};
