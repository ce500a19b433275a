import type { Token } from '../text/tokenize.js';
import { scratchInt32, scratchRun } from '../text/scratch.js';

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
 *
 * The table is our own open addressing over one typed array of slots (see `slots`) rather than a
 * `Map`: that one lookup per token was still the hottest line of `extract` (the Map's buckets,
 * entries and key strings are far apart, and cold again at each document). Here half the tokens
 * of a news text, no lexicon word, are mostly answered by one bit (`seen`), the others by a slot;
 * no string is read but the one word whose hash matches, compared once.
 */
const EMPTY = 0;
/**
 * One 32-bit slot a word: its number + 1 in the low `NUMBER_BITS` bits, the top bits of its hash
 * above them; `EMPTY` for a free slot. Kept under three quarters full: 128 KB for the 20,000 words
 * of the lexicons, where slots of a whole hash and a number took half a megabyte, which the rest of
 * the pipeline pushed out of the cache between two documents. A word is found in a few slots of
 * one cache line (linear probing); the hash's top bits turn away the other words there before
 * their strings are read.
 */
let slots = new Int32Array(1024);
let mask = 1023;
const NUMBER_BITS = 20;
const NUMBER_MASK = (1 << NUMBER_BITS) - 1;
/**
 * 2^18 bits, one per value of a hash's top 18 bits, set for the words of the table: 32 KB that
 * stay in the first-level cache where the slots do not. Most words no lexicon holds
 * ('mardi', 'annoncé') find their bit unset and are answered without reading a slot. (With the
 * person lexicon's first names the table holds some 19,000 words: 2^17 bits let one unknown word
 * in seven through to a slot.)
 */
const seen = new Int32Array(1 << 13);
const seenBit = (hash: number) => hash >>> 14;
const isSeen = (hash: number) => ((seen[seenBit(hash) >>> 5] as number) & (1 << (seenBit(hash) & 31))) !== 0;
const markSeen = (hash: number) => {
  seen[seenBit(hash) >>> 5] = (seen[seenBit(hash) >>> 5] as number) | (1 << (seenBit(hash) & 31));
};
/** The words by their number. */
const words: string[] = [];
/** How many words are numbered (`words.length`, kept in a plain variable: it is read at every lookup). */
let known = 0;

/** A word no lexicon holds. */
export const UNKNOWN = -1;
/** A token whose key holds several words ('etats unis' of 'États-Unis'): its words are looked up one by one. */
export const SEVERAL_WORDS = -2;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the word's code units, its bits then mixed (murmur3's finaliser) so that the low bits index the table well. */
function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return mixed(h);
}

/** The bits of an FNV-1a hash mixed (murmur3's finaliser). */
function mixed(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/** The slot of a word: where it is, or the free slot where it would go. */
function slotOf(word: string, hash: number): number {
  const tag = hash >>> NUMBER_BITS;
  let at = hash & mask;
  for (;;) {
    const v = slots[at] as number;
    if (v === EMPTY || (v >>> NUMBER_BITS === tag && words[(v & NUMBER_MASK) - 1] === word)) return at;
    at = (at + 1) & mask;
  }
}

/** A slot's value for word number `n` of hash `hash`. */
const slotValue = (hash: number, n: number) => ((hash >>> NUMBER_BITS) << NUMBER_BITS) | (n + 1);

/** Twice the slots, every word placed again (a lexicon is being built: bounded, never while reading text). */
function grow(): void {
  slots = new Int32Array(slots.length * 2);
  mask = slots.length - 1;
  for (let n = 0; n < known; n++) {
    const word = words[n] as string;
    const hash = wordHash(word);
    slots[slotOf(word, hash)] = slotValue(hash, n);
  }
}

/**
 * The number of a lexicon's word, given on first sight.
 * @example wordNumber('marrakech') // 1234, the same on every call
 */
export function wordNumber(word: string): number {
  const hash = wordHash(word);
  let at = slotOf(word, hash);
  const v = slots[at] as number;
  if (v !== EMPTY) return (v & NUMBER_MASK) - 1;
  if (known + 1 >= NUMBER_MASK) throw new RangeError(`gazette: the lexicons hold more than ${NUMBER_MASK - 1} distinct words`);
  words.push(word);
  known++;
  if (4 * known > 3 * (mask + 1)) {
    grow();
    at = slotOf(word, hash);
  }
  slots[at] = slotValue(hash, known - 1);
  markSeen(hash);
  return known - 1;
}

/**
 * How many words are numbered. Numbers are given in order and never taken back: a table by word
 * number made now holds every word numbered so far, and a word numbered later is past its end.
 * @example vocabularySize() // 20482 once the lexicons are read
 */
export function vocabularySize(): number {
  return known;
}

/**
 * The number of a word if some lexicon holds it, else `UNKNOWN`.
 * @example knownWordNumber('xyzzy') // -1
 */
export function knownWordNumber(word: string): number {
  return knownNumberOf(word, wordHash(word));
}

/** `knownWordNumber` of a word whose hash is made. */
function knownNumberOf(word: string, hash: number): number {
  if (!isSeen(hash)) return UNKNOWN;
  const v = slots[slotOf(word, hash)] as number;
  return v === EMPTY ? UNKNOWN : (v & NUMBER_MASK) - 1;
}

/**
 * The word number of a token's key, or `SEVERAL_WORDS` when the key holds a space ('etats unis' of
 * 'États-Unis'): the space is looked for in the pass that hashes the key, where a search of its own
 * cost as much as the hash and the lookup together.
 */
function keyNumber(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x20) return SEVERAL_WORDS;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return knownNumberOf(key, mixed(h));
}

/** The numbers of a token list and how many words were known when they were read. */
interface Numbered {
  known: number;
  /** The run whose scratch block holds `numbers` (`scratchRun`). */
  run: number;
  numbers: Int32Array;
}

// The list asked last. The finders ask about one document at a time, many times in a row, and
// never come back to an earlier one: a table of every list read (a WeakMap, tried) was never
// answered from on the bench text or the corpus, and cost its upkeep at each document and
// collection. A list asked again after another is read again, to the same numbers.
let lastTokens: readonly Token[] | undefined;
let last: Numbered | undefined;

/**
 * The word number of every token of a list (`UNKNOWN`, or `SEVERAL_WORDS` for a hyphenated token),
 * read once per document and read again only if a lexicon was built since (lexicons are built on
 * first use, possibly while a document is being read).
 * @example tokenWordNumbers(prepare('à Marrakech').tokens) // Int32Array [n('a'), n('marrakech')]
 */
export function tokenWordNumbers(tokens: readonly Token[]): Int32Array {
  const read = numbersIfRead(tokens);
  if (read) return read;
  const out = scratchInt32(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    out[i] = keyNumber((tokens[i] as Token).key);
  }
  lastTokens = tokens;
  last = { known, run: scratchRun(), numbers: out };
  return out;
}

/**
 * The word numbers of a token list when they are already read and current, else undefined: for a
 * test that pays for the numbering only where another finder has paid already (the date finder's
 * sentence test runs after the name finders in `extract`, alone in `findDates`).
 * @example numbersIfRead(prepare('le 11 mai').tokens) // undefined before any finder read them
 */
export function numbersIfRead(tokens: readonly Token[]): Int32Array | undefined {
  return tokens === lastTokens && last && last.known === known && last.run === scratchRun() ? last.numbers : undefined;
}

/**
 * The closed lists' words as bits, one 32-bit word per vocabulary word, a bit per list (the first 32
 * lists made): a token's questions to every list ('M.' a title? 'de' a particle? 'président' a role
 * noun?) read one cache line, where a byte array per list, each as long as the vocabulary (20 KB),
 * put each list's answer on a line of its own.
 */
let listBits = new Int32Array(0);
/** How many lists have a bit. */
let lists = 0;

/**
 * A list of words the finders ask of tokens ('universite', 'pdg', 'filiale'), numbered in the
 * vocabulary. A token is answered by its word number, one read of a byte array, rather than by a
 * lookup of its key's string in a `Set`: the finders' loops ask their list at every token, and a
 * token no lexicon or list holds (most words of a text: 'annoncé', 'mardi') is answered by its
 * number alone. The list's words are numbered when it is built, so a token read as `UNKNOWN` is in
 * none; a hyphenated token ('chef-lieu' → 'chef lieu') is looked up by its key among the list's entries of several words.
 * @example const heads = new NumberedWords(['universite']); heads.at(tokens, tokenWordNumbers(tokens), 1) // true for 'l'université'
 */
export class NumberedWords {
  /** The list's entries of several words ('chef lieu'), the only ones a hyphenated token's key may be. */
  private readonly phrases: ReadonlySet<string>;
  /** The list's bit in `listBits`, or 0 past the 32nd list (then `byNumber` holds its words). */
  private readonly bit: number;
  /** 1 for the words of the list, by their number, for a list past the 32nd; nothing past the last one. */
  private readonly byNumber: Uint8Array;

  constructor(words: Iterable<string>) {
    const all = new Set(words);
    this.phrases = new Set([...all].filter((w) => w.indexOf(' ') >= 0));
    const numbers = [...all].filter((w) => w.indexOf(' ') < 0).map((w) => wordNumber(w));
    const last = numbers.reduce((max, n) => Math.max(max, n + 1), 0);
    this.bit = lists < 32 ? 1 << lists++ : 0;
    if (this.bit !== 0) {
      if (listBits.length < last) {
        const grown = new Int32Array(Math.max(last, 2 * listBits.length));
        grown.set(listBits);
        listBits = grown;
      }
      for (const n of numbers) listBits[n] = (listBits[n] as number) | this.bit;
      this.byNumber = new Uint8Array(0);
    } else {
      this.byNumber = new Uint8Array(last);
      for (const n of numbers) this.byNumber[n] = 1;
    }
  }

  /** Whether token `i`'s key is one of the words; `numbers` is `tokenWordNumbers(tokens)`. */
  at(tokens: readonly Token[], numbers: Int32Array, i: number): boolean {
    const n = numbers[i];
    if (n === undefined || n === UNKNOWN) return false;
    // (The bound is checked, not left to the typed array: a read past its end takes V8's slow path.)
    if (n >= 0) {
      if (this.bit !== 0) return n < listBits.length && ((listBits[n] as number) & this.bit) !== 0;
      return n < this.byNumber.length && this.byNumber[n] === 1;
    }
    // A hyphenated token ('chef-lieu' → 'chef lieu'): a key with a space, which only the list's phrases can be
    // (most lists hold none: 'Jean-Claude' is answered without a lookup).
    return this.phrases.size > 0 && this.phrases.has((tokens[i] as Token).key);
  }
}
