import type { Token } from '../text/tokenize.js';

/**
 * The words of every phrase lexicon (places, countries, organisations), numbered once for all.
 *
 * Why: each of those lexicons is looked up at every token, and a lookup by a word's string costs a
 * hash-table probe that, in a big table the rest of the pipeline keeps pushing out of the cache, is
 * the single largest cost of the finders. With numbered words, a document's tokens are looked up
 * once ('la' → 17) and each lexicon answers from an array by that number.
 *
 * Only lexicons add words, when they are built (a bounded set); the text never does, so memory does
 * not grow with what is read. A word that no lexicon holds has no number (`UNKNOWN`).
 */
const numbers = new Map<string, number>();
/** How many words are numbered (`numbers.size`, kept in a plain variable: it is read at every lookup). */
let known = 0;

/** A word no lexicon holds. */
export const UNKNOWN = -1;
/** A token whose key holds several words ('etats unis' of 'États-Unis'): its words are looked up one by one. */
export const SEVERAL_WORDS = -2;

/**
 * The number of a lexicon's word, given on first sight.
 * @example wordNumber('marrakech') // 1234, the same on every call
 */
export function wordNumber(word: string): number {
  let n = numbers.get(word);
  if (n === undefined) {
    n = known++;
    numbers.set(word, n);
  }
  return n;
}

/**
 * The number of a word if some lexicon holds it, else `UNKNOWN`.
 * @example knownWordNumber('xyzzy') // -1
 */
export function knownWordNumber(word: string): number {
  return numbers.get(word) ?? UNKNOWN;
}

/** The numbers of a token list and how many words were known when they were read. */
interface Numbered {
  known: number;
  numbers: Int32Array;
}

const byTokens = new WeakMap<readonly Token[], Numbered>();
// The list asked last: the finders ask about one document at a time, many times in a row.
let lastTokens: readonly Token[] | undefined;
let last: Numbered | undefined;

/**
 * The word number of every token of a list (`UNKNOWN`, or `SEVERAL_WORDS` for a hyphenated token),
 * read once per list and read again only if a lexicon was built since (lexicons are built on
 * first use, possibly while a document is being read).
 * @example tokenWordNumbers(prepare('à Marrakech').tokens) // Int32Array [n('a'), n('marrakech')]
 */
export function tokenWordNumbers(tokens: readonly Token[]): Int32Array {
  if (tokens === lastTokens && last && last.known === known) return last.numbers;
  const cached = byTokens.get(tokens);
  if (cached && cached.known === known) {
    lastTokens = tokens;
    last = cached;
    return cached.numbers;
  }
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const key = (tokens[i] as Token).key;
    out[i] = key.indexOf(' ') < 0 ? numbers.get(key) ?? UNKNOWN : SEVERAL_WORDS;
  }
  const numbered = { known, numbers: out };
  byTokens.set(tokens, numbered);
  lastTokens = tokens;
  last = numbered;
  return out;
}

