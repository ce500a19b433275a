import { type DateParser, dateResult, startsWord } from './parser.js';
import * as gates from './gates.js';
import type { Reading } from './reading.js';

// What the unit parsers (parse-units.ts) leave out of the relative dates: 'l'an dernier' and 'il y a un an'
// (its units know 'ans' and 'année' but not 'an'), the demonstratives ('cette année', 'ce mois-ci',
// 'cette semaine'), the week-end, 'la nuit dernière', 'avant-hier', 'après-demain', 'fin de
// l'année'. Articles stay outside the span, demonstratives inside. No hyphen after: 'cette
// année-là' is a year of the story, not the article's.
const PATTERN = /(il y a un an|dans un an|la nuit|l'an|cette année|ce mois-ci|ce mois|cette semaine|ce week-end|le week-end|avant-hier|après-demain|fin de l'année|début de l'année|fin d'année|début d'année|fin du mois|début du mois)(?:\s+(dernier|dernière|prochain|prochaine|passé|passée))?(?![\p{L}\d-])/iu;

/**
 * 'l'[an dernier]', 'l'[an prochain]', '[cette année]', '[ce mois-ci]', '[cette semaine]',
 * '[ce week-end]', 'le [week-end dernier]', '[avant-hier]', '[après-demain]', 'd'ici la
 * [fin de l'année]', 'au [début du mois]'.
 */
export const relativeParser: DateParser = {
  needs: gates.RELATIVE,
  pattern: () => PATTERN,
  extract: (context, match) => {
    const at = match.index ?? 0;
    const head = (match[1] ?? '').toLowerCase();
    const shiftWord = match[2]?.toLowerCase();
    const sign = shiftWord === undefined ? 0 : shiftWord.startsWith('proch') ? 1 : -1;
    if (!startsWord(context.text, at)) return null;
    let reading: Reading | null = null;
    let lead = 0;
    if (head === 'il y a un an' || head === 'dans un an') {
      // The unit parsers know 'ans' and 'année', not 'an'.
      if (sign) return null;
      reading = { kind: 'offset', unit: 'year', n: head === 'dans un an' ? 1 : -1 };
    } else if (head === 'la nuit') {
      // 'la [nuit dernière]': the night before the article's day, dated by its evening.
      if (sign >= 0 || !shiftWord?.startsWith('derni')) return null;
      reading = { kind: 'offset', unit: 'day', n: -1 };
      lead = 3;
    } else if (head === "l'an") {
      if (!sign) return null; // "l'an 2000" is a year, 'l'an' alone a unit
      reading = { kind: 'offset', unit: 'year', n: sign };
      lead = 2;
    } else if (head === 'le week-end' || head === 'ce week-end') {
      if (head === 'le week-end' && !sign) return null; // 'le week-end' alone is any week-end
      const shift = sign > 0 ? 'next' : sign < 0 ? 'last' : 'this';
      reading = { kind: 'range', from: { kind: 'weekday', weekday: 6, shift }, to: { kind: 'weekday', weekday: 0 } };
      lead = head === 'le week-end' ? 3 : 0;
    } else if (sign) {
      return null; // 'cette année dernière' is no French
    } else if (head === 'cette année' || head.endsWith("l'année") || head.endsWith("d'année")) {
      // 'd'ici la [fin de l'année]', 'en [début d'année]': the article's year.
      if (head !== 'cette année' && /^\s+\d/u.test(context.text.slice(at + match[0].length, at + match[0].length + 3))) return null;
      reading = { kind: 'offset', unit: 'year', n: 0 };
    } else if (head.startsWith('ce mois') || head.endsWith('du mois')) {
      // 'fin du mois de février' is February's end, the month parser's.
      if (/^\s+d(?:e\s|')/iu.test(context.text.slice(at + match[0].length, at + match[0].length + 4))) return null;
      reading = { kind: 'offset', unit: 'month', n: 0 };
    } else if (head === 'cette semaine') {
      reading = { kind: 'offset', unit: 'week', n: 0 };
    } else {
      reading = { kind: 'offset', unit: 'day', n: head === 'avant-hier' ? -2 : 2 };
    }
    return dateResult(context, { index: at, text: match[0], lead }, reading, {});
  },
};
