import * as gates from './gates.js';
import { addDuration, type Duration, weekday as weekdayOfYmd } from './calendar.js';
import { type Context, type Found, RELATIVE, type Side } from './found.js';
import { type DateParser, wordBefore } from './parser.js';
import { alternation } from './parse-days.js';

// Counts of a unit: figures, words, 'un'/'une', 'quelques' (3), 'demi' (half).
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
};
const NUMBER = `(?:${alternation(NUMBER_WORDS)}|[0-9]{1,12}(?:\\.[0-9]{1,12})?|une?\\b|quelques?|demi-?)`;

const UNIT_WORDS: Readonly<Record<string, keyof Duration>> = {
  sec: 'second', seconde: 'second', secondes: 'second', min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute',
  h: 'hour', hr: 'hour', hrs: 'hour', heure: 'hour', heures: 'hour', jour: 'day', jours: 'day', semaine: 'week', semaines: 'week',
  mois: 'month', trimestre: 'quarter', trimestres: 'quarter', ans: 'year', année: 'year', années: 'year',
};
const UNIT = `(?:${alternation(UNIT_WORDS)})`;

// One count and its unit ('deux ans'), and a run of them ('deux ans, trois mois').
const ONE_UNIT = `${NUMBER}\\s{0,5}${UNIT}\\s{0,5}`;
const UNITS = `${ONE_UNIT}(?:\\s{0,5},?\\s{0,5}${ONE_UNIT}){0,10}`;
const ONE_UNIT_CAPTURED = new RegExp(`^(${NUMBER})\\s{0,5}(${UNIT})\\s{0,5}`, 'i');

function countOf(word: string): number {
  const w = word.toLowerCase();
  const n = NUMBER_WORDS[w];
  if (n !== undefined) return n;
  if (w === 'une') return 1;
  if (w.startsWith('quelque')) return 3;
  if (w.startsWith('demi')) return 0.5;
  return Number.parseFloat(w);
}

/** The units of a run: 'deux ans, trois mois' → { year: 2, month: 3 }. */
function durationOf(text: string, sign: number): Duration {
  const out: Duration = {};
  let rest = text;
  for (;;) {
    const m = ONE_UNIT_CAPTURED.exec(rest);
    if (!m) return out;
    const unit = UNIT_WORDS[(m[2] ?? '').toLowerCase()];
    if (unit) out[unit] = sign * countOf(m[1] ?? '');
    // Then the separator before the next unit: spaces and a comma.
    rest = rest.slice(m[0].length).replace(/^\s{0,5},?/, '').trimStart();
  }
}

/**
 * The day a duration away from the reference, with the fields the duration fixes: days fix the
 * day ('il y a trois jours'), months the month, years the year only; a time of day fixes them all
 * and the hour; quarters fix nothing.
 */
function relativeSide(context: Context, duration: Duration): Side {
  const { day, units } = addDuration(context.ref, duration);
  // (Literals, not spread copies of a first side: a spread is a runtime copy for each date
  // found, 'dans trois mois', 'de 34 ans'; the keys keep the order the copies had.)
  if (units.hour !== undefined || units.minute !== undefined || units.second !== undefined) {
    return { tags: RELATIVE, implied: day, year: day.year, month: day.month, day: day.day, hour: 0 };
  }
  if (units.day !== undefined) return { tags: RELATIVE, implied: day, year: day.year, month: day.month, day: day.day, weekday: weekdayOfYmd(day) };
  if (units.week !== undefined) return { tags: RELATIVE, implied: day, year: day.year, month: day.month, day: day.day };
  if (units.month !== undefined) return { tags: RELATIVE, implied: day, year: day.year, month: day.month };
  if (units.year !== undefined) return { tags: RELATIVE, implied: day, year: day.year };
  return { tags: RELATIVE, implied: day };
}

const found = (match: RegExpExecArray, start: Side): Found => ({ index: match.index, text: match[0], start });

const AGO = new RegExp(`il y a\\s{0,5}(${UNITS})(?=\\W|$)`, 'i');

/** A duration back from the reference: '[il y a deux ans]', '[il y a trois jours]'. */
export const agoParser: DateParser = {
  needs: gates.UNIT | gates.AGO,
  pattern: () => AGO,
  extract: (context, match) => (wordBefore(context, match.index) ? null : found(match, relativeSide(context, durationOf(match[1] ?? '', -1)))),
};

const WITHIN = new RegExp(`(?:dans|en|pour|pendant|de)\\s{0,5}(${UNITS})(?=\\W|$)`, 'i');

/**
 * A duration ahead of the reference: '[dans trois mois]'; and the durations 'pendant deux ans',
 * 'de 34 ans', found so that no shorter date is read inside them, then turned down (refine-clean.ts).
 */
export const withinParser: DateParser = {
  needs: gates.UNIT,
  pattern: () => WITHIN,
  extract: (context, match) => (wordBefore(context, match.index) ? null : found(match, relativeSide(context, durationOf(match[1] ?? '', 1)))),
};

const SHIFT = 'prochaine?s?|derni[eè]re?s?|pass[ée]e?s?|pr[ée]c[ée]dents?|suivante?s?';
const UNIT_SHIFT = new RegExp(`(?:les?|la|l'|du|des?)\\s{0,5}(${NUMBER})?(?:\\s{0,5}(${SHIFT}))?\\s{0,5}(${alternation(UNIT_WORDS)})(?:\\s{0,5}(${SHIFT}))?(?=\\W|$)`, 'i');

/**
 * A unit of time before or after the reference: 'la [semaine prochaine]', 'le [mois dernier]',
 * 'les trois derniers jours'. Without 'prochain', 'dernier', 'passé', 'précédent' or 'suivant',
 * no date ('les deux ans').
 */
export const unitShiftParser: DateParser = {
  needs: gates.UNIT | gates.SHIFT,
  pattern: () => UNIT_SHIFT,
  extract: (context, match) => {
    if (wordBefore(context, match.index)) return null;
    const shift = (match[2] ?? match[4] ?? '').toLowerCase();
    if (!shift) return null;
    const unit = UNIT_WORDS[(match[3] ?? '').toLowerCase()];
    if (!unit) return null;
    const n = match[1] ? countOf(match[1]) : 1;
    const back = /^(?:derni|pass|pr[ée]c)/u.test(shift);
    return found(match, relativeSide(context, { [unit]: back ? -n : n }));
  },
};
