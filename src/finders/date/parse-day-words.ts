import { AnchoredPattern } from './anchored.js';
import * as gates from './gates.js';
import { addDays, weekday as weekdayOfYmd, type Ymd } from './calendar.js';
import { CASUAL, type Side } from './found.js';
import { type DateParser, wordBefore } from './parser.js';
import { alternation } from './parse-days.js';

const day = (d: Ymd, tags: number): Side => ({ year: d.year, month: d.month, day: d.day, tags });

// The words of a day: 'aujourd'hui', 'hier', 'demain', 'cette nuit', 'la veille', 'maintenant'.
const DAY_WORDS = /(maintenant|aujourd'hui|demain|hier|cette\s{0,3}nuit|la\s{0,3}veille)(?=\W|$)/i;

/**
 * A day named from the reference: '[hier]', '[demain]', '[aujourd'hui]', '[cette nuit]'. 'la
 * veille' and 'maintenant' are found too, for the clean refiner to turn down with its reason.
 */
export const dayWordParser: DateParser = {
  needs: gates.DAY_WORD,
  pattern: () => DAY_WORDS,
  extract: (context, match) => {
    if (wordBefore(context, match.index)) return null;
    const word = match[0].toLowerCase();
    const ref = context.ref;
    let side: Side;
    if (word === 'maintenant') side = { ...day(ref, CASUAL), hour: 12 };
    else if (word === "aujourd'hui") side = day(ref, CASUAL);
    else if (word === 'hier') side = day(addDays(ref, -1), CASUAL);
    else if (word === 'demain') side = day(addDays(ref, 1), CASUAL);
    else if (word.startsWith('cette')) side = day(ref, 0); // read from its words: 'cette nuit' (reading.ts)
    else side = day(addDays(ref, -1), 0);
    return { index: match.index, text: match[0], start: side };
  },
};

/**
 * Every character of `\s` (JavaScript's white space and line terminators), one string.
 * @example WHITE_SPACE.includes('\u00a0') // true: 'hier\u00a0soir'
 */
export const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

// A part of the day: 'ce matin', 'cet après-midi', 'soir' (of 'hier soir'), 'à minuit'. The pattern
// /(cet?)?\s{0,3}(matin|soir|après-midi|aprem|a midi|à minuit)(?=\W|$)/i, found from its word
// (anchored.ts): it may begin anywhere, on a space too, and the engine tried it at every character
// of the sentence. Its opening part is written with the spaces alone as a second branch (same
// matches, tried in the same order: 'cet', 'ce', then three spaces down to none), and each
// space counts as a cue word of one character: a match that begins on a space ('… [ soir]') is
// tried where it begins.
const DAY_PART_WORDS = '(matin|soir|après-midi|aprem|a midi|à minuit)(?=\\W|$)';
const DAY_PARTS = new AnchoredPattern('(?:(cet?)\\s{0,3}|\\s{1,3})?', DAY_PART_WORDS, ['cet', 'ce', ...WHITE_SPACE], 3, 'i');

/**
 * A part of the day: '[ce soir]', '[cet après-midi]', and 'soir' or 'matin' after a date, which
 * the refiners join to it ('[hier soir]', '[mardi matin]'). A time of day, with no field of the
 * calendar: alone, it is no date (refine-clock.ts).
 */
export const dayPartParser: DateParser = {
  needs: gates.DAY_PART,
  pattern: () => DAY_PARTS,
  extract: (context, match) => {
    if (wordBefore(context, match.index)) return null;
    return { index: match.index, text: match[0], start: { tags: CASUAL } };
  },
};

const WEEKDAY_WORDS: Readonly<Record<string, number>> = {
  dimanche: 0, dim: 0, lundi: 1, lun: 1, mardi: 2, mar: 2, mercredi: 3, mer: 3, jeudi: 4, jeu: 4, vendredi: 5, ven: 5, samedi: 6, sam: 6,
};
// 'mardi', 'ce lundi', 'jeudi dernier', '(vendredi)', 'samedi,' and the abbreviations 'mar', 'sam'.
const WEEKDAY_PATTERN = new RegExp(
  `(?:[,(（]\\s{0,3})?(?:ce\\s{0,3})?(${alternation(WEEKDAY_WORDS)})(?:\\s{0,3}[,)）])?(?:\\s{0,3}(dernier|prochain)\\s{0,3})?(?=\\W|\\d|$)`,
  'i',
);

/**
 * Days from the reference to the weekday: the nearest one, before or after (a Thursday seen from a
 * Monday is +3); the one before for 'dernier'; for 'prochain', the one of the next week.
 */
function daysToWeekday(ref: Ymd, weekday: number, shift: string): number {
  const from = weekdayOfYmd(ref);
  const forward = (weekday - from + 7) % 7;
  const backward = forward - 7;
  if (shift === 'dernier') return backward;
  if (shift !== 'prochain') return forward < -backward ? forward : backward;
  if (from === 0) return weekday === 0 ? 7 : weekday;
  if (from === 6) return weekday === 6 ? 7 : weekday === 0 ? 8 : 1 + weekday;
  return weekday < from && weekday !== 0 ? forward : forward + 7;
}

/**
 * A day of the week: '[mardi]', '[ce lundi]', '[jeudi dernier]', and the press's abbreviations
 * ('sam. 12'): what 'dernier', 'prochain' or 'ce' do to it is read from its words (reading.ts).
 */
export const weekdayParser: DateParser = {
  needs: gates.WEEKDAY,
  pattern: () => WEEKDAY_PATTERN,
  extract: (context, match) => {
    if (wordBefore(context, match.index)) return null;
    const weekday = WEEKDAY_WORDS[(match[1] ?? '').toLowerCase()];
    if (weekday === undefined) return null;
    const implied = addDays(context.ref, daysToWeekday(context.ref, weekday, (match[2] ?? '').toLowerCase()));
    return { index: match.index, text: match[0], start: { weekday, implied, tags: 0 } };
  },
};
