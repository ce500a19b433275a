import type { Token } from '../../text/tokenize.js';
import { MONTH_ALTERNATION } from './lexicon.js';
import { TRIGGERS } from './triggers.js';

// The words chrono's patterns and gazette's are made of, beyond the sentence triggers: a sentence
// with a trigger goes to chrono whole today, and these words then make dates of their own or join
// the date beside them ('[cet après-midi]', 'le 5 mai à minuit', 'la veille', 'dans deux heures',
// weekday abbreviations 'mer 5'). Every one of them opens a window, whatever the word before it
// ('a été' is no summer for the sentence trigger, but chrono still reads it).
const MORE_DATE_WORDS = new Set([
  'ete', 'soir', 'matin', 'nuit', 'midi', 'minuit', 'aprem', 'maintenant', 'veille', 'lendemain',
  'heure', 'heures', 'minute', 'minutes', 'seconde', 'secondes', 'h', 'hr', 'hrs', 'min', 'mins', 'sec',
  'trimestres', 'dim', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'jun', 'jul',
]);

/** The sentence triggers and the words above, in one set: one lookup per token. */
const DATE_WORDS: ReadonlySet<string> = new Set([...TRIGGERS, ...MORE_DATE_WORDS]);
const isDateWord = (key: string) => DATE_WORDS.has(key);

/**
 * Whether a token may be part of a date that chrono or gazette's parsers find: a number or a word
 * with a digit ('2014', '1er', 'T3', 'fin2023'), a date word ('mai', 'hier', 'semaine', 'soir'),
 * a hyphenated word with one ('mi-juillet', 'après-midi', 'week-end'), the 'il' of 'il y a'.
 * Digits and hyphens are looked for in the view, a flat string: reading the characters of every
 * token's key cost three times as much (measured on the bench text).
 */
function isAnchor(tokens: readonly Token[], k: number, view: string): boolean {
  const t = tokens[k];
  if (!t || t.kind === 'punct') return false;
  const key = t.key;
  if (t.kind === 'number' || isDateWord(key)) return true;
  if (key === 'il') return tokens[k + 1]?.key === 'y' && tokens[k + 2]?.key === 'a';
  let hyphen = false;
  for (let i = t.start; i < t.end; i++) {
    const c = view.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
    if (c === 0x2d) hyphen = true;
  }
  // A word's key has a space where the word has a hyphen: 'mi juillet'.
  return hyphen && key.split(' ').some(isDateWord);
}

// A date word glued to the word before it is no token of its own, yet the patterns read it: their
// cues and words are joined by \s* or \s{0,3} ('[celundi]', 'enmai', 'cetété', 'lasemaine
// prochaine' are dates to chrono and to gazette's parsers), and chrono's \W is ASCII ('élundi').
// These are the glued forms that can make a date, from the patterns: a weekday anywhere in a
// word; a month after the last word of a month cue ('d'ici' → 'ici', 'jusqu'à' → 'à'); a season
// after a season cue; a unit after 'la' or 'le', which the reading of 'la semaine prochaine'
// allows; chrono's 'la\s*veille' and 'cette\s*nuit'. Other glued forms make no date (a reading
// needs spaces: 'il y a deuxans', 'hiersoir', 'cesoir'). Generated sentences with a fifth of their
// spaces left out find the same dates read in windows as read whole.
const MONTH_CUE_ENDS = 'en|depuis|dès|des|de|du|à|a|avant|après|pour|ici|entre|et|ou|courant|fin|début|mi';
const GLUED_DATE_WORD = new RegExp(
  '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)' +
    `|(?<![\\p{L}\\p{N}])(?:(?:${MONTH_CUE_ENDS})(?:${MONTH_ALTERNATION})|(?:cet|ce|au|en|du)(?:printemps|été|automne|hiver)|(?:la|le)(?:semaine|mois|année|an)|laveille|cettenuit)(?![\\p{L}\\p{N}])`,
  'iu',
);

/**
 * Whether a sentence holds a date word glued to the word before it ('celundi', 'enmai'): such a
 * sentence is read whole, since its date words are not all tokens of their own.
 * @example hasGluedDateWord('Il viendra celundi.') // true; hasGluedDateWord('Il viendra ce lundi.') // false
 */
export function hasGluedDateWord(sentence: string): boolean {
  return GLUED_DATE_WORD.test(sentence);
}

// How far a date reaches from its words, in tokens (punctuation and elisions count; 'l'' before a
// space is two). Before: at most six, the cues of the seasons ('[à la fin de l' été]', "d'ici à
// l'été" with its apostrophes apart) and of the centuries ('[à la fin du XVe siècle]'), and the
// checks of the parsers' extract functions ('plus de 2000', a quantity, reads two tokens before
// the year). After: at most three words ('[IIIe siècle avant Jésus-Christ]', 'de 2000 à 3000'
// and '2000 soldats', read by the year parser). Two tokens more on each side; and a window starts
// and ends at a space (a word glued to it comes in: 'av. J.-C.' is read whole), so that every
// pattern's look-arounds (a space, a word boundary) see what they see in the whole sentence.
// Measured with fewer: five before missed 'À' of "À la fin de l' automne" in generated sentences.
const BEFORE = 8;
const AFTER = 8;

/**
 * The parts of a sentence (the token range [first, last)) that chrono needs to read: one window
 * around each run of date words, BEFORE tokens before it and AFTER after it, merged where they
 * meet. Why: chrono runs every one of its patterns over all the text it is given, and the words
 * far from any date word cannot belong to a date (a 40-word sentence with '2014' in it is read
 * from 'en' to 'soldats', not whole). Pairs of token indices [from, to), in order.
 * @example const doc = prepare('Selon le ministre des armées et du chef des opérations, le vote a eu lieu en 2014 selon le ministre.');
 * dateWindows(doc.tokens, doc.view, 0, doc.tokens.length) // [[9, 22]]: 'opérations, le vote a eu lieu en 2014 selon le ministre.'
 */
export function dateWindows(tokens: readonly Token[], view: string, first: number, last: number): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (let k = first; k < last; k++) {
    if (!isAnchor(tokens, k, view)) continue;
    const previous = windows[windows.length - 1];
    let to = Math.min(last, k + AFTER + 1);
    if (previous && to <= previous[1]) continue; // already read
    // Cut at spaces, never back into the window before ('1/1/1/…' is one glued run: each token is
    // passed over once, not once per date word in it).
    const floor = previous ? previous[1] : first;
    let from = Math.max(floor, k - BEFORE);
    while (from > floor && tokens[from]?.spaceBefore === '') from--;
    while (to < last && tokens[to]?.spaceBefore === '') to++;
    if (previous && from <= previous[1]) previous[1] = to;
    else windows.push([from, to]);
  }
  return windows;
}
