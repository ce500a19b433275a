import { AnchoredPattern } from './anchored.js';
import * as gates from './gates.js';
import { type DateParser, dateResult, startsWord } from './parser.js';
import { SEASONS, YEAR } from './lexicon.js';
import type { Reading } from './reading.js';

// A season needs a cue ('a été' is a verb, 'vacances d'été' an adjective phrase) or its year.
// Demonstratives and fuzzy words stay inside the span ('[cet été]', '[fin de l'été]'), articles
// and prepositions outside ('à l'[automne]').
const SEASON_INSIDE = "cet|ce|fin de l'|début de l'|à la fin de l'|au début de l'";
const SEASON_OUTSIDE = "au|à l'|a l'|l'|en|de l'|du|dès l'|depuis l'|jusqu'à l'|pour l'|avant l'|après l'|d'ici à l'|d'ici l'|durant l'|pendant l'|cours de l'";
// Found from the season word, the cue looked for just before it (anchored.ts): same matches.
const SEASON = new AnchoredPattern(
  `(?:(${SEASON_INSIDE})\\s{0,3}|(${SEASON_OUTSIDE})\\s{0,3})?`,
  `(printemps|été|automne|hiver)(?:\\s{1,3}(de\\s{1,3})?${YEAR})?(?:\\s{1,3}(dernier|prochain))?(?![\\p{L}\\d])`,
  [...SEASON_INSIDE.split('|'), ...SEASON_OUTSIDE.split('|')], 3, 'iu',
);
// 'L'année avait [été] 2002': 'été' after an auxiliary is the verb, whatever follows.
const AUXILIARY_BEFORE = /(?:^|[^\p{L}])(?:a|ont|avait|avaient|aurait|auraient|aura|auront|ait|aient|eût|avoir|ayant)\s+(?:\p{L}+\s+)?$/iu;

/** Seasons: 'à l'[automne]', 'au [printemps 2023]', '[cet été]', 'l'[hiver dernier]' → TIMEX3 '2021-FA'. */
export const seasonParser: DateParser = {
  needs: gates.SEASON,
  pattern: () => SEASON,
  extract: (context, match) => {
    const at = match.index ?? 0;
    const inside = match[1]?.toLowerCase();
    const outside = match[2]?.toLowerCase();
    const word = (match[3] ?? '').toLowerCase();
    const season = SEASONS[word];
    const yearText = match[5];
    const shift = match[6]?.toLowerCase();
    if (!season || !startsWord(context.text, at)) return null;
    // 'dans l'[hiver de 1848]' needs its article; 'les Jeux d'hiver de 2030' are no season.
    if (match[4] && !inside && !outside) return null;
    if (!inside && !outside && (yearText === undefined || AUXILIARY_BEFORE.test(context.text.slice(Math.max(0, at - 24), at)))) return null;
    // 'du printemps' needs its year ('le festival du printemps'); 'ce' goes with 'printemps' only ('cet été').
    if (outside === 'du' && yearText === undefined) return null;
    if (inside === 'ce' && word !== 'printemps') return null;
    if (inside === 'cet' && word === 'printemps') return null;
    const lead = inside ? 0 : match[0].indexOf(match[3] ?? '', outside?.length ?? 0);
    const reading: Reading = { kind: 'season', season };
    if (yearText !== undefined) reading.year = Number(yearText);
    if (shift) reading.shift = shift === 'prochain' ? 'next' : 'last';
    else if (inside === 'cet' || inside === 'ce') reading.shift = 'this';
    return dateResult(context, { index: at, text: match[0], lead }, reading, yearText !== undefined ? { year: Number(yearText) } : {});
  },
};

const DECADE = /(années)\s{1,3}((?:19|20)?\d0)(?![\p{L}\d])/iu;

/** Decades: 'les [années 1990]' → 199X, '[années 80]' → 198X, '[années 2000]' → 200X. */
export const decadeParser: DateParser = {
  needs: gates.NUMBER | gates.UNIT,
  pattern: () => DECADE,
  extract: (context, match) => {
    const at = match.index ?? 0;
    const d = match[2] ?? '';
    if (!startsWord(context.text, at)) return null;
    // Two digits are of the 1900s ('années 80'), but 'années 00' and 'années 10' are of the 2000s.
    const first = d.length === 4 ? Number(d) : Number(d) >= 20 ? 1900 + Number(d) : 2000 + Number(d);
    return dateResult(context, { index: at, text: match[0] }, { kind: 'decade', first }, { year: first });
  },
};

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** 'XIV' → 14. */
function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] ?? ''] ?? 0;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const BEFORE_OUR_ERA = "avant notre ère|avant J\\.-C\\.|av\\. J\\.-C\\.|av\\. J\\.C\\.|avant Jésus-Christ|avant J\\.C\\.";
// Found from the numeral, the fuzzy words looked for just before it (anchored.ts): same matches.
const CENTURY = new AnchoredPattern(
  '(?:((?:[Àà] la )?(?:[Ff]in|[Dd]ébut|[Mm]ilieu) du|[Mm]i-)\\s{0,3})?',
  `([IVXLC]{1,7}|\\d{1,2})(?:e|ème|eme|è|er|ᵉ|ᵉʳ)\\s{1,3}siècles?(?:\\s{1,3}(${BEFORE_OUR_ERA}))?(?![\\p{L}\\d])`,
  ['À la fin du', 'à la fin du', 'À la début du', 'à la début du', 'À la milieu du', 'à la milieu du', 'Fin du', 'fin du', 'Début du', 'début du', 'Milieu du', 'milieu du', 'Mi-', 'mi-'], 3, 'u',
);

/**
 * Centuries: 'au [XIVe siècle]' → 13XX, 'le [XXIe siècle]' → 20XX, 'la [fin du XVIIIe siècle]' → 17XX.
 * A century before our era has no value in gazette's format: '[XXIVe siècle avant notre ère]' → null.
 */
export const centuryParser: DateParser = {
  needs: gates.CENTURY,
  pattern: () => CENTURY,
  extract: (context, match) => {
    let at = match.index ?? 0;
    let text = match[0];
    const numeral = match[2] ?? '';
    if (!startsWord(context.text, at)) return null;
    // 'à la fin du': the span starts at 'fin' (corpus/README.md: 'à la [fin du XVIIIe siècle]').
    const lead = /^[Àà] la /u.test(text) ? 5 : 0;
    at += lead;
    text = text.slice(lead);
    const n = /\d/.test(numeral) ? Number(numeral) : romanValue(numeral);
    if (match[3]) return n < 1 || n > 60 ? null : dateResult(context, { index: at, text }, { kind: 'unknown', grain: 'century' }, {});
    if (n < 1 || n > 21) return null;
    return dateResult(context, { index: at, text }, { kind: 'century', century: n }, { year: (n - 1) * 100 + 1 });
  },
};

// 'le siècle dernier', 'au siècle prochain': the article stays outside. 'du siècle' alone is a
// superlative ('le procès du siècle'), no date.
const CENTURY_SHIFT = /(siècle)\s{1,3}(dernier|passé|prochain)(?![\p{L}\d])/iu;

/** 'le [siècle dernier]' in 2021 → 19XX; 'au [siècle prochain]' → 21XX. */
export const centuryShiftParser: DateParser = {
  needs: gates.CENTURY,
  pattern: () => CENTURY_SHIFT,
  extract: (context, match) => {
    const at = match.index ?? 0;
    if (!startsWord(context.text, at)) return null;
    const n = (match[2] ?? '').toLowerCase() === 'prochain' ? 1 : -1;
    return dateResult(context, { index: at, text: match[0] }, { kind: 'centuryOffset', n }, {});
  },
};
