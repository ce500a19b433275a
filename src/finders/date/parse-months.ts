import { AnchoredPattern } from './anchored.js';
import * as gates from './gates.js';
import { type DateParser, dateResult, startsWord } from './parser.js';
import { MONTH_ALTERNATION, monthOf, YEAR } from './lexicon.js';
import type { Reading } from './reading.js';

// Words that change a month's reading stay inside the span ('début mars', 'mi-juillet'); the others
// only say that a month follows ('en mai', 'depuis janvier', 'le mois de juin').
const FUZZY = "fin du mois de|début du mois de|fin du mois d'|début du mois d'|fin de|début de|début|fin|mi-|mi";
const CUES = "en|depuis|dès|des|de|d'|du mois de|du mois d'|mois de|mois d'|à partir de|jusqu'en|jusqu'à|avant|après|pour|d'ici à|d'ici a|d'ici|entre|et|ou|courant";
// Found from the month word, the cue looked for just before it (anchored.ts): same matches.
const PATTERN = new AnchoredPattern(
  `(?:(${FUZZY})\\s{0,3}|(${CUES})\\s{0,3})?`,
  `(${MONTH_ALTERNATION})(?:\\s{1,3}${YEAR})?(?:\\s{1,3}(dernier|prochain))?(?![\\p{L}\\d])`,
  [...FUZZY.split('|'), ...CUES.split('|')], 3, 'iu',
);

/**
 * A month with its year, or after a cue: 'en [février 2022]', '[août 2017]', 'en [mai]',
 * '[mai dernier]', '[début mars]', '[fin mai]', '[mi-juillet]', '[juil. 2021]'. A day before the
 * month is the day parser's ('11 mai': parse-days.ts), so this parser leaves a month that follows a number.
 */
export const monthParser: DateParser = {
  needs: gates.MONTH,
  pattern: () => PATTERN,
  extract: (context, match) => {
    const at = match.index ?? 0;
    const fuzzy = (match[1] ?? '').toLowerCase();
    const cue = (match[2] ?? '').toLowerCase();
    const word = match[3] ?? '';
    const yearText = match[4];
    const shift = match[5]?.toLowerCase();
    if (!fuzzy && !cue && yearText === undefined && !shift) return null; // a bare 'mai' or 'mars' says too little
    const month = monthOf(word);
    if (month === undefined || !startsWord(context.text, at)) return null;
    // Without a year, 'Mars' with a capital is the planet or a name, and 'sept' a number ('en sept phases').
    const lower = word.toLowerCase();
    if (yearText === undefined && (lower === 'sept' || (word[0] !== lower[0] && !fuzzy))) return null;
    // '11 mai', '1er mai 2022' are the day parser's: no day number right before the month.
    if (!fuzzy && !cue && /\d(?:er|e)?\s{0,3}$/.test(context.text.slice(Math.max(0, at - 6), at))) return null;
    const lead = fuzzy ? 0 : match[0].indexOf(word, cue.length);
    const reading: Reading = { kind: 'date', grain: 'month', month };
    if (yearText !== undefined) reading.year = Number(yearText);
    if (shift) reading.shift = shift === 'prochain' ? 'next' : 'last';
    const components: Record<string, number> = { month };
    if (yearText !== undefined) components.year = Number(yearText);
    return dateResult(context, { index: at, text: match[0], lead }, reading, components);
  },
};
