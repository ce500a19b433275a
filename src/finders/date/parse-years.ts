import { AnchoredPattern } from './anchored.js';
import * as gates from './gates.js';
import { type DateParser, dateResult, setEnd, startsWord } from './parser.js';
import { dropped } from './found.js';
import { YEAR } from './lexicon.js';
import type { Reading } from './reading.js';

// Words after which a four-digit number is a year: 'en 2014', 'depuis 2021', 'd'ici à 2030' (and a
// comma in a list of years).
// They stay outside the span, except the fuzzy ones that change the value's reading ('fin 2023').
const CUES = ",|en l'an|l'année|année|en|depuis|dès|des|de|du|d'|à partir de|au cours de|au-delà de|à|a|jusqu'en|jusqu'à|avant|après|vers|entre|et|ou|l'an|courant|d'ici à|d'ici a|d'ici|pour|dans|période|saison|exercice|budget|millésime|promotion|cuvée|horizon";
const FUZZY = "fin de l'année|début de l'année|début|fin|mi-|mi";
// After the year: no letter or digit, no thousands group ('2 000 morts' is one number), no decimal, no unit.
const NOT_AFTER_YEAR = '(?![\\p{L}\\d]|\\s?\\d{3}(?!\\d)|[,.]\\d|\\s?[%€$£])';
// A second year makes a span of years: 'de 2019 à 2022', 'entre 2017 et 2023', 'en 2019-2021'.
// Found from the year's digits, the cue looked for just before them (anchored.ts): same matches.
const PATTERN = new AnchoredPattern(
  `(?:(${FUZZY})\\s{0,3}|(${CUES})\\s{1,3})`,
  `${YEAR}(?:\\s{0,3}(-|à|a|au|et)\\s{0,3}${YEAR})?${NOT_AFTER_YEAR}`,
  [...FUZZY.split('|'), ...CUES.split('|')], 3, 'iu',
);
// 'de 2000 soldats', 'à 1500 mètres', 'pour 2000 euros': a number before a plural noun or a unit is a quantity.
const FUNCTION_WORDS = new Set([
  'les', 'des', 'ses', 'ces', 'nous', 'vous', 'ils', 'elles', 'dans', 'sous', 'sans', 'plus', 'mais', 'alors', 'depuis', 'puis',
  'tous', 'toutes', 'très', 'après', 'avant', 'vers', 'chez', 'lors', 'jamais', 'toujours', 'aussi', 'ainsi', 'avons', 'avez',
  'sont', 'aux', 'leurs', 'mes', 'tes', 'nos', 'vos', 'plusieurs', 'certains', 'certaines', 'nombreux', 'nombreuses', 'divers',
  'parmi', 'hors', 'malgré', 'pas', 'fois', 'dès', 'près', 'selon', 'contre', 'ailleurs', 'désormais', 'pourtant', 'puisque',
]);
const UNIT_AFTER = /^\s+(?:km|m|kg|g|t|mm|cm|ha|[kmgt]wh?|h|min|mds?|md|mns?|m²|km²|m3|bps?|pb|pts?|fr|frs|chf|eur|usd)(?![\p{L}\d])/iu;
// 'plus de 1300', 'près de 2000': counts.
const COUNT_BEFORE = /(?:^|[^\p{L}])(?:plus|moins|près|environ|quelque|autour)\s+(?:de\s+|d')?$/iu;
const QUANTITY_CUES = new Set(['de', "d'", 'du', 'des', 'à', 'a', 'et', 'ou', 'entre', 'pour', 'dans', 'vers', 'depuis', 'avant', 'après', 'dès', 'en']);

// 'de 2000 à 3000 euros', 'entre 1200 et 1500': a second number too far to be a year makes both counts.
// ('en 1949 et 300 millions en 1950' is a year: 'et' joins two counts only after 'entre').
const NUMBER_AFTER = /^\s*(à|a|-|et)\s*(\d[\d\s]{0,12})/u;

function isQuantity(text: string, cue: string, y: number): boolean {
  const m = NUMBER_AFTER.exec(text);
  const second = m?.[2]?.replace(/\s+/g, '');
  if (m && second !== undefined && (m[1] !== 'et' || cue === 'entre') && !(second.length === 4 && Math.abs(Number(second) - y) <= 100)) return true;
  if (!QUANTITY_CUES.has(cue)) return false;
  if (UNIT_AFTER.test(text)) return true;
  const next = /^\s+([\p{Ll}][\p{L}'-]*)/u.exec(text)?.[1]?.toLowerCase();
  return next !== undefined && !FUNCTION_WORDS.has(next) && /[sx]$/.test(next);
}

// 'articles 1645 et 1646', 'BWV 1007 à 1012': after another number, 'et', 'ou', 'à' continue a series
// of numbers, unless that number was itself a year after its cue ('en 1386 ou [1387]').
const SERIES_CUES = new Set(['et', 'ou', 'à', 'a']);
/** Whether the text ends with a digit, then maybe a comma, then spaces: 'articles 1645 et'. */
function endsWithNumber(before: string): boolean {
  let t = before.trimEnd();
  if (t.endsWith(',')) t = t.slice(0, -1).trimEnd();
  const c = t.charCodeAt(t.length - 1);
  return c >= 0x30 && c <= 0x39;
}
// Bounded spaces keep it linear (recheck): an unbounded `\\s*…\\s*$` is quadratic on a run of spaces.
const YEAR_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${CUES}|${FUZZY}|entre)\\s{0,3}${YEAR}\\s{0,3},?\\s{0,3}$`, 'iu');

function inNumberSeries(before: string): boolean {
  return endsWithNumber(before) && !YEAR_BEFORE.test(before);
}

const year = (y: number): Reading => ({ kind: 'date', grain: 'year', year: y });

/**
 * A year after a preposition: 'Créée en [2014]', 'depuis [2021]', 'd'ici à [2030]', '[fin 2023]';
 * a span of years: 'entre [2019 et 2021]', 'de [2019 à 2022]', 'en [2019-2021]'. Not '2 000 morts'
 * (one number), nor 'de 2000 soldats' or 'à 1500 mètres' (quantities).
 */
export const yearParser: DateParser = {
  needs: gates.DATE_FIGURES,
  pattern: () => PATTERN,
  extract: (context, match) => {
    const at = match.index ?? 0;
    const fuzzy = match[1];
    const cue = (match[2] ?? '').toLowerCase();
    const y1 = Number(match[3]);
    const connector = (match[4] ?? '').toLowerCase();
    if (!startsWord(context.text, at) && cue !== ',') return null;
    const whole = match[0];
    const afterFirst = context.text.slice(at + whole.indexOf(match[3] ?? '') + 4, at + whole.length + 40);
    const after = context.text.slice(at + whole.length, at + whole.length + 40);
    if (!fuzzy && (isQuantity(after, cue, y1) || COUNT_BEFORE.test(context.text.slice(Math.max(0, at - 12), at + cue.length + 1)))) {
      dropped(context, at, whole, 'a quantity, not a year');
      return null;
    }
    const before = context.text.slice(Math.max(0, at - 40), at);
    if (SERIES_CUES.has(cue) && inNumberSeries(before)) {
      dropped(context, at, whole, 'a number in a series, not a year');
      return null;
    }
    // After a comma, only in a list of years: 'en 1950, [1951] et [1952]'.
    if (cue === ',' && !YEAR_BEFORE.test(before)) return null;
    const lead = fuzzy ? 0 : whole.indexOf(match[3] ?? '', cue.length);
    if (match[5] !== undefined) {
      const y2 = Number(match[5]);
      const isRange = y2 > y1 && y2 - y1 <= 100 &&
        (connector === '-' || (connector === 'et' && cue === 'entre') || (connector !== 'et' && /^(?:de|du|d'|depuis|entre)$/.test(cue)));
      if (isRange) {
        const r = dateResult(context, { index: at, text: whole, lead }, { kind: 'range', from: year(y1), to: year(y2) }, { year: y1 });
        setEnd(r, y2, 0);
        return r;
      }
    }
    if (isQuantity(afterFirst, cue === 'entre' ? cue : '', y1)) {
      dropped(context, at, whole, 'a quantity, not a year');
      return null;
    }
    // Only the first year: the second is found on its own ('en 2014 et [2015]').
    const end = whole.indexOf(match[3] ?? '', lead) + 4;
    return dateResult(context, { index: at, text: whole.slice(0, end), lead }, year(y1), { year: y1 });
  },
};

const BARE_RANGE = new RegExp(`${YEAR}-${YEAR}(?![\\p{L}\\d-])`, 'u');

/** A span of years with no cue: 'la guerre [1914-1918]', 'la période [2017-2021]'. */
export const yearRangeParser: DateParser = {
  needs: gates.DATE_FIGURES | gates.JOINED_FIGURES,
  pattern: () => BARE_RANGE,
  extract: (context, match) => {
    const at = match.index ?? 0;
    const y1 = Number(match[1]);
    const y2 = Number(match[2]);
    if (!startsWord(context.text, at) || !(y2 > y1 && y2 - y1 <= 100)) return null;
    const r = dateResult(context, { index: at, text: match[0] }, { kind: 'range', from: year(y1), to: year(y2) }, { year: y1 });
    setEnd(r, y2, 0);
    return r;
  },
};

const PARENTHESIZED = new RegExp(`\\(${YEAR}\\)`, 'u');

/** A year in parentheses: 'le traité de Lisbonne ([2007])'. */
export const parenthesizedYearParser: DateParser = {
  needs: gates.DATE_FIGURES | gates.PAREN,
  pattern: () => PARENTHESIZED,
  extract: (context, match) => {
    const y = Number(match[1]);
    return dateResult(context, { index: match.index ?? 0, text: match[0], lead: 1, tail: 1 }, year(y), { year: y });
  },
};
