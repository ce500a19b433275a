import type { Token } from '../../text/tokenize.js';
import { knownWordNumber, vocabularySize } from '../vocabulary.js';
import { DocumentBytes } from '../../text/scratch.js';
import { LOOSE_THING_WORDS, NAMED_AFTER, NOT_NAME, THING_WORDS } from './words.js';

/**
 * The closed lists the person finder asks of a capitalised word and its neighbours, as bits: one
 * answer for all of them, by the token's word number where the shared vocabulary numbers its word.
 *
 * Why: a name's extent asks every capitalised word whether it is a function word ('Selon', 'Il'),
 * the judge whether the name's first word names a thing ('Conseil', 'Grand', 'Rue'): each a lookup
 * of the token's key in a Set of strings, which hashes a string and compares it with the entries
 * it meets, three in a row for the judge's first word. The word number is in hand, and most
 * capitalised words are numbered (first names, places, organisations' words; two in three of those
 * the mentions pass reads): a byte of one table answers them. The vocabulary is not grown for
 * these lists (417 more words were measured to make every document's numbering dearer, 619b339):
 * a word it does not number ('selon', 'il', a rare family name), or a hyphenated one, is answered
 * by its key in one map of the four lists.
 */

/** NOT_NAME: a function word, a day, a month, a title ('Selon', 'Depuis', 'Mardi', 'Madame'). */
export const NOT_NAME_WORD = 1;
/** THING_WORDS: a word of an institution's, company's or work's name ('Conseil', 'Party'). */
export const THING_WORD = 2;
/** LOOSE_THING_WORDS: a word of places and things that is also a family name ('Grand', 'Royal'). */
export const LOOSE_THING_WORD = 4;
/** NAMED_AFTER: a word that makes the name after it a place's or a thing's ('rue', 'lycée', 'loi'). */
export const NAMED_AFTER_WORD = 8;

/**
 * The classes of every word of the four lists, by key. (Made in a function marked pure: a loop at
 * the top of the module would be kept by a bundler in every program, `import { findDates }` too.)
 */
const CLASSES: Map<string, number> = /* @__PURE__ */ (() => {
  const classes = new Map<string, number>();
  for (const [list, bit] of [[NOT_NAME, NOT_NAME_WORD], [THING_WORDS, THING_WORD], [LOOSE_THING_WORDS, LOOSE_THING_WORD], [NAMED_AFTER, NAMED_AFTER_WORD]] as const) {
    for (const w of list) classes.set(w, (classes.get(w) ?? 0) | bit);
  }
  return classes;
})();

/** The classes of every numbered word, by its number; made again when the vocabulary has grown. */
let byNumber: Uint8Array = new Uint8Array(0);

/**
 * The classes of a key (bits `NOT_NAME_WORD`, `THING_WORD`, `LOOSE_THING_WORD`, `NAMED_AFTER_WORD`).
 * @example wordClassesOf('rue') & NAMED_AFTER_WORD // NAMED_AFTER_WORD
 */
export function wordClassesOf(key: string): number {
  return mayHaveClasses(key) ? (CLASSES.get(key) ?? 0) : 0;
}

/**
 * One bit for each (first letter, last letter, length) of the four lists' words, mixed into 2^14
 * bits: 2 KB. A key whose bit is unset is in no list, and its string is not hashed for the map.
 * Why: the words asked here have no number (a family name the lexicons lack: 'Bourita', 'Kepel'),
 * most of them capitalised words of a name, read once or twice each: hashing each key to look it
 * up in the map cost more than the rest of the question.
 */
const CLASS_BITS: Int32Array = /* @__PURE__ */ (() => {
  const bits = new Int32Array(1 << 9);
  for (const key of CLASSES.keys()) {
    const b = shapeBit(key);
    bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
  }
  return bits;
})();

function shapeBit(key: string): number {
  const n = key.length;
  if (n === 0) return 0;
  return (Math.imul(key.charCodeAt(0), 31) + key.charCodeAt(n - 1) * 7 + Math.min(n, 31) * 1031) & ((1 << 14) - 1);
}

function mayHaveClasses(key: string): boolean {
  const b = shapeBit(key);
  return ((CLASS_BITS[b >>> 5] as number) & (1 << (b & 31))) !== 0;
}

/**
 * The classes of token `i`'s key, as `wordClassesOf` says; `numbers` is `tokenWordNumbers(tokens)`.
 * @example wordClassesAt(tokens, tokenWordNumbers(tokens), 0) & NOT_NAME_WORD // true for 'Selon'
 */
export function wordClassesAt(tokens: readonly Token[], numbers: Int32Array, i: number): number {
  const n = numbers[i];
  if (n === undefined || n < 0) return unnumberedClassesAt(tokens, i);
  // A word numbered since the table was made (a lexicon read meanwhile) is past its end.
  if (n >= byNumber.length) byNumber = classesByNumber();
  return byNumber[n] as number;
}

// The classes of the unnumbered tokens of the document asked last, read so far: each `READ` and its bits.
const CLASSES_READ = new DocumentBytes();
const READ = 0x80;

/**
 * `wordClassesOf` of a token the vocabulary does not number ('Les', 'Commission', 'Bourita', ','),
 * read once per document and token.
 *
 * Why: the same token is asked again and again ('Les' by the name's extent, then by the lists; a
 * name's first word by the extent, the judge and the lists; the word before a name by the cues of
 * the names and of the mentions): 15,300 questions a pass over the bench text for 7,300 tokens,
 * half of them through the map, whose lookup hashes the token's key.
 */
function unnumberedClassesAt(tokens: readonly Token[], i: number): number {
  const readClasses = CLASSES_READ.of(tokens);
  const read = readClasses[i];
  if (read !== undefined && read !== 0) return read & ~READ;
  const t = tokens[i];
  const classes = t ? wordClassesOf(t.key) : 0;
  if (read !== undefined) readClasses[i] = classes | READ;
  return classes;
}

/** The table of every numbered word's classes, as the vocabulary stands. */
function classesByNumber(): Uint8Array {
  const table = new Uint8Array(vocabularySize());
  for (const [key, classes] of CLASSES) {
    const n = knownWordNumber(key);
    if (n >= 0) table[n] = classes;
  }
  return table;
}
