import type { Token } from '../../text/tokenize.js';
import { knownWordNumber, SEVERAL_WORDS, tokenWordNumbers, wordNumber } from '../vocabulary.js';
import type { PersonLexicon } from './lexicon.js';
import { scratchBytes, scratchRun } from '../../text/scratch.js';
import { knownKeyEnds } from './key-ends.js';

/**
 * What the person lexicon says of each token of a document, read once per document: how strong a
 * first name the token is, whether it opens a known person's name, whether it is a demonym, a
 * country or a first name that is also a common word.
 *
 * Why: the person finder and its later passes ask these of the same tokens again and again
 * ('Nasser' is asked whether it is a first name by the name's extent, its judge and the mentions),
 * each time a lookup by the key's string in a big `Map` that the rest of the pipeline keeps pushing
 * out of the cache. Here the lexicon's words are numbered in the shared vocabulary (vocabulary.ts)
 * when the lexicon is first read; a token's facts then come from one byte of a small array by its
 * word number, and a token no list holds ('annoncé', half the tokens of a news text) has none.
 */

/** How strong a first name the token is (`givenStrength` of its key): 3 frequent, 2, 1 rare, 0 none. */
export const GIVEN_STRENGTH = 3;
/** The first word of a known person's name, alias or family name ('emmanuel', 'lula', 'le' of 'le pen'). */
export const OPENS_KNOWN = 4;
/** A demonym noun ('georgien', 'americaine'). */
export const DEMONYM = 8;
/** A country name ('pologne', 'chine'). */
export const COUNTRY = 16;
/** A first name that is also a common French word ('rose', 'pierre'). */
export const WORD_NAME = 32;
/**
 * The end of a known person's key, from the start of one of its words ('drian' and 'le drian' of
 * 'jean yves le drian', see `knownKeyEnds`): a run of tokens that ends on a word without it names
 * no one the lexicon knows, and its key is not built. Asked of the last word of every run the
 * mentions pass and the judge read, by the token's word number rather than its key's string in the
 * big set of ends.
 */
export const ENDS_KNOWN = 64;

/** The facts of each of the lexicon's words by its vocabulary number; 0 past the end. */
interface LexiconWords {
  byNumber: Uint8Array;
  /** The facts of the keys of several words the lists hold whole ('jean yves', 'cote d ivoire'), a few hundred. */
  severalWords: Map<string, number>;
}

const tables = new WeakMap<PersonLexicon, LexiconWords>();

/**
 * The first words of every alias, full name and family name of the lexicon ('emmanuel' of
 * 'emmanuel macron', "l'" and "l'huillier" of "l'huillier"), for a quick first check before a
 * name's key is built.
 * @example knownFirstWords(personLexicon()).has('emmanuel') // true
 */
export function knownFirstWords(lex: PersonLexicon): Set<string> {
  return fromLexiconKeys(lex, firstWordsCache, addFirstWords);
}
const firstWordsCache = new WeakMap<PersonLexicon, Set<string>>();

/**
 * A set made once per lexicon (kept in `cache`) from every key of its people (names and aliases)
 * and family names, each added by `add` ('emmanuel' of 'emmanuel macron' for the first words).
 */
export function fromLexiconKeys(lex: PersonLexicon, cache: WeakMap<PersonLexicon, Set<string>>, add: (set: Set<string>, key: string) => void): Set<string> {
  let set = cache.get(lex);
  if (set) return set;
  set = new Set<string>();
  for (const k of lex.people.keys()) add(set, k);
  for (const k of lex.surnames.keys()) add(set, k);
  cache.set(lex, set);
  return set;
}

/**
 * The first word of a key: 'bruni' of 'bruni sarkozy'.
 * @example firstWord('von der leyen') // 'von'
 */
export function firstWord(key: string): string {
  const sp = key.indexOf(' ');
  return sp < 0 ? key : key.slice(0, sp);
}

/**
 * Adds the first word of a key ('bourita' of 'bourita') and, when it holds an apostrophe, its
 * elision ("l'" of "l'huillier": the tokens read "l'" first).
 * @example const s = new Set<string>(); addFirstWords(s, "l'huillier"); s // Set { "l'huillier", "l'" }
 */
export function addFirstWords(set: Set<string>, key: string): void {
  const first = firstWord(key);
  set.add(first);
  const apos = first.indexOf("'");
  if (apos >= 0) set.add(first.slice(0, apos + 1));
}

/**
 * Whether a key names a saint, hyphenated: 'saint brieuc', 'sainte anne' (a town, a church, a day).
 * @example isSaintName('saint germain') // true; isSaintName('saint') // false
 */
export function isSaintName(key: string): boolean {
  return key.startsWith('saint ') || key.startsWith('sainte ');
}

/**
 * How strong a first name is: 3 frequent, 2 middling, 1 rare, 0 unknown. A compound
 * counts when all its parts are first names: 'Jean-Yves', 'Marie-José', 'Abdel-Fattah'.
 * This reads the lexicon's maps, to make the table of facts; the finder asks `givenStrengthOf`.
 * @example givenStrength(lex, 'jean yves') // 3
 */
export function givenStrength(lex: PersonLexicon, key: string): number {
  const direct = lex.givenNames.get(key);
  if (direct !== undefined) return direct;
  if (key.indexOf(' ') < 0) return 0;
  // 'Saint-Brieuc', 'Sainte-Anne': a saint's name is a town or a church, not a compound first name.
  if (isSaintName(key)) return 0;
  let min = 3;
  for (const part of key.split(' ')) {
    const s = lex.givenNames.get(part) ?? 0;
    if (s === 0) return 0;
    if (s < min) min = s;
  }
  return min;
}

/** The facts of a key, from the lexicon's own maps and sets: what the table holds, and the answer for a hyphenated token ('jean yves'). */
function factsOfKey(lex: PersonLexicon, key: string, firstWords: ReadonlySet<string>, keyEnds: ReadonlySet<string>): number {
  let facts = givenStrength(lex, key);
  if (keyEnds.has(key)) facts |= ENDS_KNOWN;
  if (firstWords.has(firstWord(key))) facts |= OPENS_KNOWN;
  if (lex.demonyms.has(key)) facts |= DEMONYM;
  if (lex.countries.has(key)) facts |= COUNTRY;
  if (lex.wordNames.has(key)) facts |= WORD_NAME;
  return facts;
}

/**
 * Numbers every one-word key of the lexicon's lists in the vocabulary and notes its facts, and
 * notes the facts of every key of several words ('jean yves', 'cote d ivoire'), which only a
 * hyphenated token may match.
 */
function lexiconWords(lex: PersonLexicon): LexiconWords {
  let table = tables.get(lex);
  if (table) return table;
  const firstWords = knownFirstWords(lex);
  const keyEnds = knownKeyEnds(lex);
  const words = new Set<string>([...lex.givenNames.keys(), ...firstWords, ...lex.demonyms, ...lex.countries, ...lex.wordNames, ...keyEnds]);
  const numbered: Array<[number, number]> = [];
  const severalWords = new Map<string, number>();
  for (const w of words) {
    if (w.indexOf(' ') < 0) numbered.push([wordNumber(w), factsOfKey(lex, w, firstWords, keyEnds)]);
    else severalWords.set(w, factsOfKey(lex, w, firstWords, keyEnds));
  }
  const byNumber = new Uint8Array(numbered.reduce((max, [n]) => Math.max(max, n + 1), 0));
  for (const [n, facts] of numbered) byNumber[n] = facts;
  table = { byNumber, severalWords };
  tables.set(lex, table);
  return table;
}

/**
 * The facts of a hyphenated token's key ('jean yves' of 'Jean-Yves', 'etats unis'), as `factsOfKey`
 * reads them, without its lookups in the big first-name map and sets: a key no list holds whole is
 * a first name when each of its words is one (the weakest counts, 'Jean-Yves' 3), unless it is a
 * saint's ('Saint-Brieuc'), and opens a known name when its first word does; each word's facts
 * come from its vocabulary number, as a token's do.
 *
 * Why: the big map and sets are cold when the person finder reads a document (the other finders
 * ran between two of them), and a hyphenated token cost more lookups there than all the other
 * tokens of the document in the small array.
 */
function factsOfSeveralWords(table: LexiconWords, key: string): number {
  const listed = table.severalWords.get(key);
  if (listed !== undefined) return listed;
  // The words are cut at the spaces by `indexOf`, not `split`: V8 splits a string it has not
  // interned ('jean claude' of a token) in its runtime, at some 300 ns a call (see nameWords).
  const space = key.indexOf(' ');
  const opens = wordFacts(table, space < 0 ? key : key.slice(0, space)) & OPENS_KNOWN;
  if (isSaintName(key)) return opens;
  let strength = GIVEN_STRENGTH;
  let from = 0;
  for (let at = space; at >= 0; at = key.indexOf(' ', from)) {
    strength = Math.min(strength, wordFacts(table, key.slice(from, at)) & GIVEN_STRENGTH);
    from = at + 1;
  }
  strength = Math.min(strength, wordFacts(table, key.slice(from)) & GIVEN_STRENGTH);
  return opens | strength;
}

/**
 * `givenStrength(lex, key)` for any key, from the table of facts rather than the big first-name
 * map: the short forms of a name and its split into first and family names ask it of words that
 * are mostly no first names ('drian', 'bourita').
 * @example givenStrengthOf(lex, 'jean yves') // 3
 */
export function givenStrengthOf(lex: PersonLexicon, key: string): number {
  const table = lexiconWords(lex);
  return (key.indexOf(' ') < 0 ? wordFacts(table, key) : factsOfSeveralWords(table, key)) & GIVEN_STRENGTH;
}

/** The facts of one word by its vocabulary number, 0 for a word no list holds. */
function wordFacts(table: LexiconWords, word: string): number {
  const n = knownWordNumber(word);
  return n >= 0 && n < table.byNumber.length ? (table.byNumber[n] as number) : 0;
}

// The document asked last: the person finder asks about one document at a time, many times in a row.
let lastTokens: readonly Token[] | undefined;
let lastLex: PersonLexicon | undefined;
let lastFacts: Uint8Array | undefined;
let lastRun = 0;

/**
 * A hyphenated token whose facts are not read yet ('Jean-Yves', 'a-t-il', 'peut-être'): they are
 * read when first asked (`factsAt`). Why: a hyphenated key is looked up whole and word by word, in
 * maps cold by the time the person finder reads a document (some 850 ns a token on the bench
 * text), and most such tokens are lower-case words no one asks about.
 */
const PENDING = 128;

/**
 * The facts of every token of a document (bits `GIVEN_STRENGTH`, `OPENS_KNOWN`, `DEMONYM`,
 * `COUNTRY`, `WORD_NAME`), made once per document and lexicon; a hyphenated token's are read
 * on demand, so they are asked of `factsAt`, not of this table.
 */
function personFacts(lex: PersonLexicon, tokens: readonly Token[]): Uint8Array {
  if (tokens === lastTokens && lex === lastLex && lastFacts && lastRun === scratchRun()) return lastFacts;
  // The lexicon's words are numbered before the tokens are, so that none of them reads as unknown.
  const table = lexiconWords(lex);
  const { byNumber } = table;
  const numbers = tokenWordNumbers(tokens);
  const facts = scratchBytes(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const n = numbers[i] as number;
    // (The bound is checked, not left to the typed array: a read past its end, for a word numbered
    // after the lexicon's, takes V8's slow path.)
    if (n >= 0) facts[i] = n < byNumber.length ? (byNumber[n] as number) : 0;
    else if (n === SEVERAL_WORDS) facts[i] = PENDING;
    // Else a word no list holds: every one-word key of the lexicon is numbered.
  }
  lastTokens = tokens;
  lastLex = lex;
  lastFacts = facts;
  lastRun = scratchRun();
  return facts;
}

/**
 * The facts of token `i` (bits `GIVEN_STRENGTH`, `OPENS_KNOWN`, `DEMONYM`, `COUNTRY`,
 * `WORD_NAME`), from the document's table; 0 past its end.
 * @example factsAt(lex, prepare('Nasser Bourita').tokens, 0) & GIVEN_STRENGTH // 3
 */
export function factsAt(lex: PersonLexicon, tokens: readonly Token[], i: number): number {
  const facts = personFacts(lex, tokens);
  const f = facts[i] ?? 0;
  if (f !== PENDING) return f;
  const read = factsOfSeveralWords(lexiconWords(lex), (tokens[i] as Token).key);
  facts[i] = read;
  return read;
}

/**
 * How strong a first name token `i` is, as `givenStrength(lex, key)` says ('jean yves' of
 * 'Jean-Yves' counts its parts).
 * @example givenStrengthAt(lex, prepare('Jean-Yves Le Drian').tokens, 0) // 3
 */
export function givenStrengthAt(lex: PersonLexicon, tokens: readonly Token[], i: number): number {
  return factsAt(lex, tokens, i) & GIVEN_STRENGTH;
}

/**
 * How strong a first name token `i`'s key is as listed, `lex.givenNames.get(key) ?? 0`: a
 * hyphenated token ('Jean-Yves') is asked whole, not by its parts.
 * @example listedGivenStrengthAt(lex, prepare('Nasser Bourita').tokens, 0) // 3
 */
export function listedGivenStrengthAt(lex: PersonLexicon, tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  if (t.key.indexOf(' ') >= 0) return lex.givenNames.get(t.key) ?? 0;
  return factsAt(lex, tokens, i) & GIVEN_STRENGTH;
}

/**
 * Whether token `i` has a fact (`DEMONYM`, `COUNTRY`, `WORD_NAME`, `OPENS_KNOWN`).
 * @example hasFact(lex, prepare('le Géorgien Khvicha').tokens, 1, DEMONYM) // true
 */
export function hasFact(lex: PersonLexicon, tokens: readonly Token[], i: number, fact: number): boolean {
  return (factsAt(lex, tokens, i) & fact) !== 0;
}
