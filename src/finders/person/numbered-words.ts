import type { Token } from '../../text/tokenize.js';
import { NumberedWords, tokenWordNumbers } from '../vocabulary.js';
import { ROLE_NOUNS } from './roles.js';
import { ARTICLES, LOOSE_THING_WORDS, NAMED_AFTER, NAMING_WORDS, THING_WORDS, TITLES } from './words.js';

/**
 * The person finder's closed lists that it asks of tokens, numbered in the shared vocabulary.
 *
 * Why: the cues before a name, its judge and the mentions pass ask a dozen lists of the tokens
 * around each name ('rue', 'le', 'ministre', 'the'); by the key's string, each question hashes into
 * a `Set`, by the word number it reads one byte (vocabulary.ts). The answers are the same.
 */

/** 'M', 'Mme', 'Dr', 'Monsieur': the keys of `TITLES`. */
export const TITLE_WORDS = new NumberedWords(TITLES.keys());
export const NAMED_AFTER_WORDS = new NumberedWords(NAMED_AFTER);
export const NAMING_WORD_NUMBERS = new NumberedWords(NAMING_WORDS);
export const ARTICLE_WORDS = new NumberedWords(ARTICLES);
export const ROLE_NOUN_WORDS = new NumberedWords(ROLE_NOUNS);
export const THING_WORD_NUMBERS = new NumberedWords(THING_WORDS);
export const LOOSE_THING_WORD_NUMBERS = new NumberedWords(LOOSE_THING_WORDS);

/**
 * Whether token `k`'s key is one of `words`; false before the first token and past the last.
 * @example keyIn(NAMED_AFTER_WORDS, prepare('rue Victor-Hugo').tokens, 0) // true
 */
export function keyIn(words: NumberedWords, tokens: readonly Token[], k: number): boolean {
  return words.at(tokens, tokenWordNumbers(tokens), k);
}
