import { dropped, endOf, type Found, respan } from './found.js';
import { cutsOf } from './parser.js';
import { readingOf, setReading } from './reading.js';
import type { DateRefiner } from './refiner.js';

// Words of the day parser that are no date of the calendar: 'maintenant', and 'la veille', 'le lendemain',
// which count from an event of the story, not from the article's date ('à la veille de l'embargo').
const NOT_DATES = /^(?:maintenant|la veille|le lendemain|cette nuit-là)$/iu;
// The weekday parser reads 'mar', 'mer', 'jeu', 'dim'… as weekdays, also inside 'maréchal' and in 'remettre en jeu'.
const WEEKDAY_ABBREVIATION = /^(?:ce\s+)?(?:dim|lun|mar|mer|jeu|ven|sam)\.?$/iu;
// A dot that ends an abbreviation stays ('3 déc.'); after a full word it ends the sentence ('le 23 août.').
const ABBREVIATION_DOT = /(?:janv|févr|fevr|fév|fev|avr|juill|juil|sept|sep|oct|nov|déc|dec|jan|J\.-C|J\.C)\.$/u;
const NUMERIC_NO_YEAR = /^\d{1,2}[/.-]\d{1,2}$/u;
// Articles of the unit parser's dates: la [semaine prochaine], le [mois dernier], l'[année prochaine].
const ARTICLE = /^(?:la|le|l')\s*(?=semaine|mois|année|an\b)/iu;

/**
 * Runs after the calendar's refiners (merge.ts): cuts each date to its span (the cue words its
 * parser kept, punctuation the day patterns took, the unit parser's articles), fixes its reading,
 * and drops what is not a date: clock times, durations ('pendant trois ans', 'de 34 ans'),
 * vague counts ('il y a quelques années'), abbreviations inside words ('[mar]échal').
 */
export const cleanRefiner: DateRefiner = (context, results) => {
    const out: Found[] = [];
    for (const r of results) {
      const { lead, tail } = cutsOf(r);
      let start = r.index + lead;
      let end = endOf(r) - tail;
      let text = context.text.slice(start, end);
      // Punctuation and spaces that the weekday and unit patterns take around a date: 'mardi,' '(mardi)' 'mardi dernier '.
      const leading = /^[\s,;:(]+/u.exec(text)?.[0].length ?? 0;
      start += leading;
      text = text.slice(leading);
      let trailing = trailingPunctuation(text);
      if (!trailing && text.endsWith('.') && !ABBREVIATION_DOT.test(text)) trailing = 1;
      end -= trailing;
      text = text.slice(0, text.length - trailing);
      const article = ARTICLE.exec(text)?.[0].length ?? 0;
      start += article;
      text = text.slice(article);
      if (!text) continue;
      if (NOT_DATES.test(text)) {
        dropped(context, start, text, /^maintenant$/iu.test(text) ? 'the present moment, no calendar date' : 'counts from the story, not from the article’s date');
        continue;
      }
      // A day and month in figures without a year is rarely a date in news ('1/2 finale', 'ouvert 24/7'):
      // only two digits each after 'le', 'du' or 'au' ('le 04/03').
      if (NUMERIC_NO_YEAR.test(text) && !(/^\d\d[/.]\d\d$/u.test(text) && /(?:^|\s)(?:le|du|au)\s+$/iu.test(context.text.slice(Math.max(0, start - 4), start)))) {
        dropped(context, start, text, 'figures without a year: a fraction or a score');
        continue;
      }
      // Inside a word: the calendar patterns' boundaries are ASCII ('mar' + 'échal').
      if ((start > 0 && /[\p{L}\p{N}]/u.test(context.text[start - 1] ?? '')) || /[\p{L}\p{N}]/u.test(context.text[end] ?? '')) {
        dropped(context, start, text, 'inside a word');
        continue;
      }
      respan(context, r, start, end);
      // Read once the span is cut: '(vendredi prochain)' is 'vendredi prochain'.
      const reading = readingOf(r);
      if (!reading) {
        dropped(context, start, text, 'no date: a duration, a vague count or a clock time');
        continue;
      }
      if (reading.kind === 'weekday' && WEEKDAY_ABBREVIATION.test(text) && !/^\s*\d/u.test(context.text.slice(end, end + 3))) {
        dropped(context, start, text, 'a weekday abbreviation without its day');
        continue;
      }
      setReading(r, reading);
      out.push(r);
    }
    return out;
};

/** How many spaces and , ; : ) end the text (a backward scan: a `[…]+$` pattern would be quadratic). */
function trailingPunctuation(text: string): number {
  let i = text.length;
  while (i > 0 && /[\s,;:)]/u.test(text[i - 1] ?? '')) i--;
  return text.length - i;
}
