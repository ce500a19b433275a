import { franc } from 'franc-min';

/**
 * What language a text is in, as far as franc-min can tell.
 * @example { code: 'fra', determined: true, notFrench: false }
 */
export interface LanguageGuess {
  /** ISO 639-3 code ('fra', 'eng', 'spa', …), or 'und' when the text is too short to tell. */
  code: string;
  /** False when the text has fewer than `MIN_LETTERS` letters: the code is then 'und', never a guess. */
  determined: boolean;
  /** The flag: true only when the text is long enough and franc-min says it is not French. */
  notFrench: boolean;
}

/**
 * Below this many letters the guess is not reported. Measured with franc-min 6.2 on 9,520
 * French texts (UD French GSD, Sequoia and Rhapsodie sentences; openings of our dev corpus
 * articles), `node scripts/measure-language.mjs`: franc-min calls 55% of them French at 10–19
 * letters ('Aviator, un film sur la vie de Hughes.' comes out Portuguese), 81% at 20–29,
 * 97.4% at 50–59, 98.9% at 60–69, 99.6% at 70–79 and 99.9% from 100 on. From 70 letters,
 * about one French text in 500 is flagged as not French by mistake.
 */
export const MIN_LETTERS = 70;

const LETTER = /\p{L}/gu;

/**
 * Guesses the language of a text with franc-min; short texts are 'und' (undetermined).
 * @example detectLanguage('Nasser Bourita, ministre marocain des Affaires étrangères, accueillera le 11 mai prochain à Marrakech ses homologues.')
 * // { code: 'fra', determined: true, notFrench: false }
 * @example detectLanguage('Bonjour à tous') // { code: 'und', determined: false, notFrench: false }
 */
export function detectLanguage(text: string): LanguageGuess {
  // franc-min reads at most 2048 characters; so do we, which keeps this O(1) on long texts.
  const sample = text.slice(0, 2048);
  if (countLetters(sample) < MIN_LETTERS) return { code: 'und', determined: false, notFrench: false };
  const code = franc(sample, { minLength: 1 });
  if (code === 'und') return { code, determined: false, notFrench: false };
  return { code, determined: true, notFrench: code !== 'fra' };
}

function countLetters(s: string): number {
  let n = 0;
  LETTER.lastIndex = 0;
  while (LETTER.exec(s) !== null) n++;
  return n;
}
