import { AnchoredPattern } from './anchored.js';
import * as gates from './gates.js';
import { type DateParser, dateResult, startsWord } from './parser.js';
import { YEAR } from './lexicon.js';
import type { Reading } from './reading.js';

// Feasts that are days of the calendar. A fixed one is its day; a movable one is Easter Sunday
// plus some days (Pentecôte: 49).
const FIXED: Readonly<Record<string, [number, number]>> = {
  noël: [12, 25], noel: [12, 25], toussaint: [11, 1], 'saint-sylvestre': [12, 31], 'nouvel an': [1, 1], "jour de l'an": [1, 1],
};
const MOVABLE: Readonly<Record<string, number>> = { pâques: 0, paques: 0, pentecôte: 49, pentecote: 49 };
// A feast is a date after a preposition of time ('à Noël', 'avant Pâques', 'depuis la Toussaint'),
// or with its year ('Noël 2023'). Without either it is often a name or a thing: 'Noël Le Graët',
// 'le marché de Noël', 'l'île de Pâques', 'la trêve de Noël'.
const CUES = "à la|à|a|pour la|pour le|pour|avant la|avant le|avant|après la|après le|après|depuis la|depuis le|depuis|dès la|dès le|dès|jusqu'à la|jusqu'au|jusqu'à|d'ici la|d'ici le|d'ici|le|la";
const FEAST = new AnchoredPattern(
  `(?:(${CUES})\\s{1,3})?`,
  `(Noël|Noel|Pâques|Paques|Toussaint|Saint-Sylvestre|Nouvel An|jour de l'an|Pentecôte|Pentecote)(?:\\s{1,3}${YEAR})?(?![\\p{L}\\d-])`,
  CUES.split('|'), 3, 'iu',
);
// The Chinese, Jewish or Persian new year is another day: 'le Nouvel An chinois'.
const OTHER_NEW_YEAR = /^\s{1,3}(?:chinois|lunaire|juif|persan|iranien|vietnamien|tibétain)/iu;
// 'le' and 'la' open only the feasts that take an article ('la Toussaint', 'le Nouvel An').
const WITH_ARTICLE = new Set(['toussaint', 'saint-sylvestre', 'nouvel an', "jour de l'an", 'pentecôte', 'pentecote']);

/** Feasts: 'à [Noël]', '[Pâques 2024]', 'depuis la [Toussaint]', 'le [Nouvel An]' → their day. */
export const holidayParser: DateParser = {
  needs: gates.FEAST,
  pattern: () => FEAST,
  extract: (context, match) => {
    const at = match.index ?? 0;
    const cue = match[1]?.toLowerCase();
    const written = match[2] ?? '';
    const name = written.toLowerCase();
    const yearText = match[3];
    if (!startsWord(context.text, at)) return null;
    // A feast has its capital ('à noël' is no spelling of the press), but for the new year ('le nouvel an').
    if (name !== "jour de l'an" && name !== 'nouvel an' && written[0] === name[0]) return null;
    if (name === 'nouvel an' && OTHER_NEW_YEAR.test(context.text.slice(at + match[0].length, at + match[0].length + 12))) return null;
    const article = cue === 'le' || cue === 'la';
    // 'la Toussaint' is the feast; the article before another feast is a name's ('le Noël de…').
    if ((cue === undefined || article) && yearText === undefined && !(article && WITH_ARTICLE.has(name))) return null;
    if (cue !== undefined && !WITH_ARTICLE.has(name) && /(?:la|le)$/u.test(cue)) return null; // 'à la Noël' is dialect; 'pour le Noël de' a name
    const year = yearText === undefined ? undefined : Number(yearText);
    const fixed = FIXED[name];
    const easter = MOVABLE[name];
    let reading: Reading;
    if (fixed) {
      reading = { kind: 'date', grain: 'day', month: fixed[0], day: fixed[1] };
      if (year !== undefined) reading.year = year;
    } else if (easter !== undefined) {
      reading = year === undefined ? { kind: 'easter', days: easter } : { kind: 'easter', days: easter, year };
    } else return null;
    const lead = match[0].indexOf(written, cue?.length ?? 0);
    return dateResult(context, { index: at, text: match[0], lead }, reading, year === undefined ? {} : { year });
  },
};
