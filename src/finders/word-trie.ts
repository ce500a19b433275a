import { fold, makeView } from '../text/normalize.js';
import { isOneWord, tokenize, type Token, breaksLine } from '../text/tokenize.js';
import { scratchInt32 } from '../text/scratch.js';
import { knownWordNumber, SEVERAL_WORDS, tokenWordNumbers, UNKNOWN, wordNumber } from './vocabulary.js';

/** The key of a phrase: its tokens' keys joined by spaces ('Côte d’Ivoire' → "cote d' ivoire"). */
export function phraseKey(phrase: string): string {
  const view = makeView(phrase);
  // One word is its own key ('Dakar' → 'dakar'), without tokenizing it: the halves of 'Paris-Dakar'
  // are looked up so at every hyphenated name of a text. (The view is read: 'dʼIvoire', with a
  // modifier letter for an apostrophe, is two tokens.)
  if (isOneWord(view)) return fold(view);
  return tokenize(view).map((t) => t.key).join(' ') || fold(phrase);
}

/** A node after some words: the next words by their numbers (vocabulary.ts), and the values of the phrase ending here. */
interface Node<V> {
  next: Map<number, Node<V>> | undefined;
  values: V[] | undefined;
}

/** A phrase found at a token: the index after its last token, and its values. */
export interface PhraseMatch<V> {
  end: number;
  values: V[];
}

/**
 * What `matchAt` returns where no phrase starts: one shared empty list, no allocation per token.
 * Read-only by its type, not frozen: a frozen array is stored differently from the lists of
 * matches, and the loops over both ran slower for it (measured: 2%).
 */
const NO_MATCH: ReadonlyArray<PhraseMatch<never>> = [];

/** The numbers `partNumbers` was last read with (one document's). */
let partsFor: Int32Array | undefined;
/** By token index, where its words start in `partWords`, plus one (0: not read yet); cut from the scratch block. */
let partAt: Int32Array = new Int32Array(0);
/**
 * The hyphenated tokens' words as read, one after the other: how many, then their numbers. Small
 * integers in a plain array kept from document to document, written from its start again for each
 * (no young object is stored into it, which would cost the collector what it saves).
 */
const partWords: number[] = [];
let partsUsed = 0;
/** How many of `partWords` are kept from one document to the next: some 2,000 hyphenated tokens' words. */
const MAX_KEPT_PARTS = 1 << 13;

/**
 * The word numbers of a hyphenated token's words ('etats unis' of 'États-Unis', `UNKNOWN` for a word no
 * lexicon holds), read once per document: the places, the countries and the organisations are walked at
 * every token, and each split 'jean claude' of 'Jean-Claude' and hashed its words again.
 * `numbers` is `tokenWordNumbers(tokens)`: a new list when a lexicon was built since, which drops these too.
 * Returns where the words are in `partWords`: their count there, then the numbers.
 *
 * Why not `key.split(' ')` and an `Int32Array` per token: V8 splits a string it has not interned in its
 * runtime (about a microsecond a call), and a typed array is allocated outside the heap (some 750 ns
 * of CPU with its release); the 513 hyphenated tokens of the bench text ('Jean-Claude', 'porte-parole')
 * cost 0.8% of `extract` so.
 */
function partNumbers(tokens: readonly Token[], numbers: Int32Array, j: number): number {
  if (partsFor !== numbers) {
    partsFor = numbers;
    partAt = scratchInt32(tokens.length);
    partsUsed = 0;
    // A long text's words are not kept for the next ones (a book of hyphenated names: megabytes).
    if (partWords.length > MAX_KEPT_PARTS) partWords.length = 0;
  }
  const read = partAt[j] as number;
  if (read > 0) return read - 1;
  const at = partsUsed;
  const key = (tokens[j] as Token).key;
  let count = 0;
  let used = at + 1;
  // The words between the spaces, as `split(' ')` cuts them.
  for (let from = 0; ; ) {
    const space = key.indexOf(' ', from);
    partWords[used++] = knownWordNumber(space < 0 ? key.slice(from) : key.slice(from, space));
    count++;
    if (space < 0) break;
    from = space + 1;
  }
  partWords[at] = count;
  partsUsed = used;
  partAt[j] = at + 1;
  return at;
}

/**
 * A set of word numbers, a bit each: 2.5 KB for the vocabulary's 20,000 words. The tries ask theirs at
 * every token; a byte per word (20 KB for each of three lexicons) did not stay in the first-level cache.
 */
class WordBits {
  private bits = new Int32Array(0);

  add(n: number): void {
    const at = n >>> 5;
    if (at >= this.bits.length) {
      const grown = new Int32Array(Math.max(2 * this.bits.length, at + 1));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[at] = (this.bits[at] as number) | (1 << (n & 31));
  }

  /** Whether the set holds word number `n` (a number of the vocabulary, never `UNKNOWN`). */
  has(n: number): boolean {
    const at = n >>> 5;
    // (The bound is checked, not left to the typed array: a read past its end takes V8's slow path.)
    return at < this.bits.length && ((this.bits[at] as number) & (1 << (n & 31))) !== 0;
  }
}

/**
 * A set of pairs of word numbers (a phrase's first two words), a bit each by a hash of the pair: it may
 * answer yes for a pair it lacks (one in twenty: the organisations' 1,746 pairs set 5% of its bits, the
 * places' 4%), never no for one it holds. 4 KB, which stay in the cache where the trie's nodes and their
 * maps, far apart in the heap, do not.
 */
class PairBits {
  private readonly bits = new Int32Array(1 << 10);

  /** The bit of a pair: the pair's numbers mixed (a multiplicative hash), its top 15 bits. */
  private static bitOf(n0: number, n1: number): number {
    return Math.imul(Math.imul(n0, 0x9e3779b1) ^ n1, 0x85ebca6b) >>> 17;
  }

  add(n0: number, n1: number): void {
    const b = PairBits.bitOf(n0, n1);
    this.bits[b >>> 5] = (this.bits[b >>> 5] as number) | (1 << (b & 31));
  }

  /** Whether the set may hold the pair (both numbers of the vocabulary, never `UNKNOWN`). */
  mayHave(n0: number, n1: number): boolean {
    const b = PairBits.bitOf(n0, n1);
    return ((this.bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
  }
}

/**
 * A lexicon of phrases looked up word by word over tokens, accent-, case- and hyphen-insensitive
 * ('Croix-Rouge', 'Croix Rouge' and 'CROIX-ROUGE' are one entry). A lookup walks only as far as
 * the text follows some entry. Words are numbered (vocabulary.ts): the first word of a phrase is
 * found in an array by its number, the next ones in small maps, and no key is built for the words
 * after the first (the commonest words open entries: 'la' of 'La Paz', 'le' of 'Le Monde', 'à' of
 * 'À Rebours'). Words such as '__proto__' or 'constructor' in the text are ordinary misses.
 * @example const t = new WordTrie<string>(); t.add('Banque de France', 'BdF'); t.matchAt(prepare('la Banque de France').tokens, 1) // [{ end: 4, values: ['BdF'] }]
 */
export class WordTrie<V> {
  /** The nodes after a phrase's first word, by that word's number. */
  private readonly first: Array<Node<V> | undefined> = [];
  /**
   * The words that open a phrase. Most tokens that are some lexicon's word open none of this one ('la'
   * opens 'La Paz' among the places, nothing among the countries): they are answered from these bits,
   * which stay in the cache, where `first` (a pointer per word of every lexicon) does not.
   */
  private readonly openers = new WordBits();
  /**
   * The words a phrase holds after its first. After 'la', which opens 'La Paz', most words of a text
   * ('la guerre') go on with no phrase: they are answered here before the node's map is read.
   */
  private readonly inner = new WordBits();
  /** The words that are a phrase by themselves ('Maroc', 'OTAN'; not 'la' of 'La Paz'). */
  private readonly alone = new WordBits();
  /** The first two words of the phrases of several words ('la paz', 'banque de'). */
  private readonly pairs = new PairBits();

  /** Adds a phrase with its value. */
  add(phrase: string, value: V): void {
    const key = phraseKey(phrase);
    if (!key) return;
    const values = this.valuesOf(key);
    if (!values.includes(value)) values.push(value);
  }

  /** The list of values of a phrase key, made empty on first use (shared with `PhraseIndex`'s exact lookups). */
  protected valuesOf(key: string): V[] {
    const words = key.split(' ');
    const n0 = wordNumber(words[0] as string);
    // Filled up to the number, so that the array stays dense (a sparse array is a slow dictionary).
    while (this.first.length <= n0) this.first.push(undefined);
    this.openers.add(n0);
    let node = (this.first[n0] ??= { next: undefined, values: undefined });
    if (words.length === 1) this.alone.add(n0);
    for (let k = 1; k < words.length; k++) {
      const n = wordNumber(words[k] as string);
      this.inner.add(n);
      if (k === 1) this.pairs.add(n0, n);
      node.next ??= new Map();
      let child = node.next.get(n);
      if (!child) {
        child = { next: undefined, values: undefined };
        node.next.set(n, child);
      }
      node = child;
    }
    return (node.values ??= []);
  }

  /**
   * Whether the first words of token `i`, not all of them, are a phrase: 'Paris' of 'Paris-Dakar',
   * 'Bosnie-Herzégovine' of 'Bosnie-Herzégovine-Serbie', what the first half of a hyphenated pair must
   * be. The halves of a token are its words (a hyphen folds to a space), so 'Jean-Claude' ('jean' opens
   * no place) and 'Saint-Denis' (a place whole, 'Saint' none) are answered here, before each split of
   * the token is folded and looked up whole.
   * @example places.startsWithPhraseAt(prepare('le Paris-Dakar').tokens, 1) // true
   */
  startsWithPhraseAt(tokens: readonly Token[], i: number): boolean {
    const numbers = tokenWordNumbers(tokens);
    if (numbers[i] !== SEVERAL_WORDS) return false; // one word: no part of it is a name
    const at = partNumbers(tokens, numbers, i);
    const count = partWords[at] as number;
    let node: Node<V> | undefined;
    for (let k = 1; k < count; k++) {
      const n = partWords[at + k] as number;
      node = n === UNKNOWN ? undefined : this.step(node, n);
      if (!node) return false;
      if (node.values) return true;
    }
    return false;
  }

  /**
   * Whether a phrase may start at a token of word number `n` (`tokenWordNumbers`): one of the phrases'
   * first words, or a hyphenated token, whose first word the walk reads. A finder's loop asks it first at
   * every token, before a walk is begun: 'annoncé' (UNKNOWN) and 'guerre' open no place.
   * @example places.mayOpen(tokenWordNumbers(tokens)[i]) // false for 'guerre'
   */
  mayOpen(n: number): boolean {
    return n === SEVERAL_WORDS || (n >= 0 && this.openers.has(n));
  }

  /** Whether some phrase starts with this token (a cheap pre-check). */
  mayStartAt(token: Token): boolean {
    return this.stepKey(undefined, token.key) !== undefined;
  }

  /**
   * Every phrase that starts at token `i`, longest first. Phrases never cross a line break.
   * @returns matches as [index after the last token, values]
   */
  matchAt(tokens: readonly Token[], i: number): ReadonlyArray<PhraseMatch<V>> {
    const numbers = tokenWordNumbers(tokens);
    if (!this.mayMatchAt(numbers, i)) return NO_MATCH;
    let found: Array<PhraseMatch<V>> | undefined;
    let node: Node<V> | undefined;
    for (let j = i; j < tokens.length; j++) {
      const n = numbers[j] as number;
      if (n === UNKNOWN) break;
      const next = n === SEVERAL_WORDS ? this.stepParts(node, partNumbers(tokens, numbers, j)) : this.step(node, n);
      // (The words first, then the line break: most walks end on a word, the token unread.)
      if (!next || (j > i && breaksLine(tokens[j] as Token))) break;
      node = next;
      if (node.values) (found ??= []).push({ end: j + 1, values: node.values });
    }
    return found ? found.reverse() : NO_MATCH;
  }

  /**
   * Whether a phrase may start at token `i`, told from its first two words' numbers and bits that stay in
   * the cache. Of the tokens that open some phrase, most open none here: 'la' before 'guerre' (no 'La Guerre'
   * listed), 'de' before 'Gaulle'. The walk read for each the opener's node and often its map of next
   * words, three or four loads far apart in the heap (five in six of the walks of the bench text found nothing).
   * A hyphenated token, first or second, is left to the walk, which reads its words.
   */
  private mayMatchAt(numbers: Int32Array, i: number): boolean {
    const n0 = numbers[i] as number;
    if (n0 < 0 || this.alone.has(n0)) return n0 !== UNKNOWN;
    // (The bound is checked, not left to the typed array: a read past its end takes V8's slow path.)
    if (i + 1 >= numbers.length) return false;
    const n1 = numbers[i + 1] as number;
    if (n1 === UNKNOWN) return false;
    return n1 === SEVERAL_WORDS || this.pairs.mayHave(n0, n1);
  }

  /** The node after one more word (`node` undefined: the first word). */
  private step(node: Node<V> | undefined, n: number): Node<V> | undefined {
    if (node) return this.inner.has(n) ? node.next?.get(n) : undefined;
    return this.openers.has(n) ? this.first[n] : undefined;
  }

  /** The node after a token's key, word by word: one word, or those of a hyphenated token ('etats unis'). */
  private stepKey(node: Node<V> | undefined, key: string): Node<V> | undefined {
    return this.stepWords(node, key.split(' ').map(knownWordNumber));
  }

  /** The node after the words of a hyphenated token (`at`: where `partNumbers` put them). */
  private stepParts(node: Node<V> | undefined, at: number): Node<V> | undefined {
    const count = partWords[at] as number;
    let next = node;
    for (let k = 1; k <= count; k++) {
      const n = partWords[at + k] as number;
      next = n === UNKNOWN ? undefined : this.step(next, n);
      if (!next) return undefined;
    }
    return next;
  }

  /** The node after some words by their numbers (those of a hyphenated token). */
  private stepWords(node: Node<V> | undefined, words: ArrayLike<number>): Node<V> | undefined {
    let at = node;
    for (let k = 0; k < words.length; k++) {
      const n = words[k] as number;
      at = n === UNKNOWN ? undefined : this.step(at, n);
      if (!at) return undefined;
    }
    return at;
  }
}
