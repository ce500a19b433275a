import { AnchoredPattern } from './anchored.js';
import * as gates from './gates.js';
import { type DateParser, dateResult, startsWord } from './parser.js';
import { YEAR } from './lexicon.js';
import type { Part } from './reading.js';

// The ordinal says which part of the year: 'au [troisième trimestre 2023]', 'le [premier semestre]'.
// 'dernier' is the last part only with its year ('le [dernier trimestre 2023]'): alone, 'le dernier
// trimestre' is as often the one just past.
const ORDINALS: Readonly<Record<string, number>> = {
  premier: 1, '1er': 1, deuxième: 2, deuxieme: 2, '2e': 2, '2ème': 2, second: 2, troisième: 3, troisieme: 3, '3e': 3, '3ème': 3,
  quatrième: 4, quatrieme: 4, '4e': 4, '4ème': 4, dernier: 0,
};
const ORDINAL = Object.keys(ORDINALS).sort((a, b) => b.length - a.length).join('|');
// Found from 'trimestre' or 'semestre', the ordinal looked for just before it (anchored.ts).
const PART = new AnchoredPattern(
  `(${ORDINAL})\\s{1,3}`,
  `(trimestre|semestre)(?:\\s{1,3}(?:de\\s{1,3}|d'|de l'année\\s{1,3})?${YEAR})?(?![\\p{L}\\d])`,
  Object.keys(ORDINALS), 3, 'iu',
);

/** The part of the year for an ordinal and a unit, or null: ('troisième', 'trimestre') → 'Q3'. */
function partOf(ordinal: number, unit: string, hasYear: boolean): Part | null {
  const quarter = unit === 'trimestre';
  const n = ordinal === 0 ? (hasYear ? (quarter ? 4 : 2) : 0) : ordinal;
  if (n === 0 || (!quarter && n > 2)) return null; // 'le troisième semestre' of a course is no half of a year
  return `${quarter ? 'Q' : 'H'}${n}` as Part;
}

/**
 * Quarters and halves of a year, as TIMEX3 writes them: 'au [premier trimestre 2024]' → 2024-Q1,
 * 'le [second semestre]' → H2 of the document's year.
 */
export const quarterParser: DateParser = {
  needs: gates.QUARTER,
  pattern: () => PART,
  extract: (context, match) => {
    const at = match.index ?? 0;
    const ordinal = ORDINALS[(match[1] ?? '').toLowerCase()];
    const yearText = match[3];
    if (ordinal === undefined || !startsWord(context.text, at)) return null;
    const part = partOf(ordinal, (match[2] ?? '').toLowerCase(), yearText !== undefined);
    if (!part) return null;
    const year = yearText === undefined ? undefined : Number(yearText);
    return dateResult(context, { index: at, text: match[0] }, year === undefined ? { kind: 'part', part } : { kind: 'part', part, year }, year === undefined ? {} : { year });
  },
};

// 'T1 2024', 'S2 2023' (the press's shorthand in results): only with the year ('un T3' is a flat).
const SHORT_PART = /([TS])([1-4])\s{1,3}(1\d{3}|20\d{2})(?![\p{L}\d])/u;

/** 'les résultats du [T3 2023]' → 2023-Q3, '[S1 2024]' → 2024-H1. */
export const shortQuarterParser: DateParser = {
  needs: gates.DATE_FIGURES | gates.GLUED,
  pattern: () => SHORT_PART,
  extract: (context, match) => {
    const at = match.index ?? 0;
    const n = Number(match[2]);
    if (!startsWord(context.text, at) || (match[1] === 'S' && n > 2)) return null;
    const part = `${match[1] === 'T' ? 'Q' : 'H'}${n}` as Part;
    const year = Number(match[3]);
    return dateResult(context, { index: at, text: match[0] }, { kind: 'part', part, year }, { year });
  },
};
