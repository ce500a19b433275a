import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import { firstTokenFrom } from '../text/token-search.js';
import type { Entity } from '../types.js';
import { fnv, mix } from './hash.js';
import { sortSmall } from '../resolve/sort-small.js';
import type { PersonLexicon } from '../finders/person/lexicon.js';
import { givenStrengthOfToken, lexiconOfGivenNames } from './given.js';

/**
 * What the model sees of a token, as a fixed number of hashed features (slots). A linguist's
 * choice: the word and its neighbours ('le président X', 'à X', 'la société X'), the word's shape
 * ('Xx', 'XX', 'Xx-Xx', 'dd'), its ending ('-ville', '-isme'), capitals and sentence position, and
 * what the rule finders proposed there (which finder, its type and score, where the token sits in
 * the span) and whether the word is a known first name.
 */
export const FEATURE_SLOTS = 21;

const NONE = 0x2f6b1c3d; // the hash of 'nothing here' (no candidate, no neighbour)
const START = 0x51ed270b; // before the first token of a sentence
const END = 0x1b873593; // after its last token

/** Per-token values computed once per document: hashes of the word, shape, affixes, and the candidates over it. */
export interface TokenTable {
  word: Int32Array;
  shape: Int32Array;
  suffix3: Int32Array;
  suffix2: Int32Array;
  prefix3: Int32Array;
  flags: Int32Array;
  /** Given-name strength 0..3 of the word ('Nasser' 3). */
  given: Uint8Array;
  /** The best candidate over the token: hash of its type, finder and the token's place in it. */
  candidate: Int32Array;
  /** The same candidate's type and score, in tenths. */
  candidateScore: Int32Array;
  /** The best candidate's type alone (for the neighbours' features). */
  candidateType: Int32Array;
  /** 1 under a rule candidate of a name (a person, an organisation, a place, a country by name): not a date or a demonym. */
  named: Uint8Array;
  /** 1 once a token's word hashes are computed: only the tokens near a capital ever are (see `hashTokens`). */
  hashed: Uint8Array;
  tokens: readonly Token[];
  givenNames: ReadonlyMap<string, number>;
  /** The person lexicon whose facts answer for `givenNames`, if any (see given.ts). */
  givenLexicon: PersonLexicon | undefined;
  /**
   * Place in a run of capitalised words ('Yasuichiro Yamamoto', 'Banque de France'): 0 none, 1 alone, 2 first, 3 inside, 4 last; and the run's length (1, 2, 3, 4+) × 8.
   * Read by `sentenceFeatures` for the tokens it reads (0 elsewhere until then: see `capitalRunsOver`).
   */
  run: Int32Array;
}

/** Small words that join the capitalised words of one name: 'Banque de France', 'Ursula von der Leyen', 'Mohammed ben Salmane'. */
const JOINERS = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', 'von', 'van', 'der', 'den', 'di', 'da', 'del', 'al', 'el', 'ben', 'bin']);

/**
 * Computes the word, shape and affix hashes of the tokens `from..to` not hashed yet: the features
 * of a stretch need them for its tokens and two neighbours each side, the rest of the text never.
 */
function hashTokens(table: TokenTable, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    if (table.hashed[i]) continue;
    table.hashed[i] = 1;
    const t = table.tokens[i] as Token;
    const k = t.key;
    table.word[i] = fnv(k);
    table.shape[i] = shapeHash(t.text);
    table.suffix3[i] = fnv(k, Math.max(0, k.length - 3));
    table.suffix2[i] = fnv(k, Math.max(0, k.length - 2));
    table.prefix3[i] = fnv(k, 0, Math.min(3, k.length));
    table.flags[i] = flagsOf(t);
    table.given[i] = t.cap ? givenStrengthOfToken(table.givenNames, table.givenLexicon, table.tokens, i) : 0;
  }
}

/**
 * The bytes a token table of `n` tokens takes in a buffer (see `tokenTable`).
 * @example new ArrayBuffer(tableBytes(doc.tokens.length)) // a table's own buffer
 */
export const tableBytes = (n: number): number => n * (8 + 10 * 4 + 3);

/**
 * Prepares a document's tokens and the rule candidates over them (the word hashes wait for
 * `sentenceFeatures`). Linear in tokens and candidates. Its arrays are cut from `buffer` at byte
 * `at` (a multiple of 8): the tagger allocates one buffer for the table and its own arrays.
 * @example tokenTable(prepare('M. Bourita à Rabat'), candidates, new Map([['nasser', 3]]))
 */
export function tokenTable(doc: Doc, candidates: readonly Entity[], givenNames: ReadonlyMap<string, number>, buffer = new ArrayBuffer(tableBytes(doc.tokens.length)), at = 0): TokenTable {
  const { tokens } = doc;
  const n = tokens.length;
  // One buffer cut into the per-token arrays, the candidates' best scores first (8-byte aligned): a
  // typed array's own buffer costs more to allocate than a short article's tokens cost to hash.
  const best = new Float64Array(buffer, at, n).fill(-1);
  const [word, shape, suffix3, suffix2, prefix3, flags, candidate, candidateScore, candidateType, run] = int32Views(buffer, at + 8 * n, 10, n);
  const [given, hashed, named] = uint8Views(buffer, at + 48 * n, 3, n);
  const table: TokenTable = {
    word: word as Int32Array,
    shape: shape as Int32Array,
    suffix3: suffix3 as Int32Array,
    suffix2: suffix2 as Int32Array,
    prefix3: prefix3 as Int32Array,
    flags: flags as Int32Array,
    given: given as Uint8Array,
    candidate: (candidate as Int32Array).fill(NONE),
    candidateScore: (candidateScore as Int32Array).fill(NONE),
    candidateType: (candidateType as Int32Array).fill(NONE),
    run: run as Int32Array,
    hashed: hashed as Uint8Array,
    named: named as Uint8Array,
    tokens,
    givenNames,
    givenLexicon: lexiconOfGivenNames(givenNames),
  };
  // Best candidate first: a token under 'Banque de France' (organisation) and 'France' (country) sees the organisation.
  const ranked = sortSmall([...candidates], (a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  for (const e of ranked) {
    const first = firstTokenFrom(tokens, e.start);
    let last = first;
    while (last < n && (tokens[last] as Token).end <= e.end) last++;
    if (last === first) continue;
    const { kind, typeHash } = candidateHashes(e);
    const named = e.type !== 'date' && e.source !== 'country/demonym';
    for (let i = first; i < last; i++) {
      if (named) table.named[i] = 1;
      const place = last - first === 1 ? 0 : i === first ? 1 : i === last - 1 ? 3 : 2; // S, B, E, I
      const h = mix(place, kind);
      if ((best[i] as number) >= 0) continue;
      best[i] = e.score;
      table.candidate[i] = h;
      table.candidateScore[i] = mix(Math.round(e.score * 10), typeHash);
      table.candidateType[i] = mix(place === 0 || place === 1 ? 1 : 2, typeHash);
    }
  }
  return table;
}

// Sources renamed since the model was trained, under the name its weights know: the date reader's
// own dates were chrono-node's ('date/chrono') until gazette read dates itself. The next training
// (`npm run model`) learns the new name; this alias goes then.
const trainedAs = (source: string): string => (source === 'date/calendar' ? 'date/chrono' : source);

/**
 * The hashes of a candidate's finder and type, made once per type and source: a document's
 * candidates come from a few dozen finders, and building 'person|person/title' to hash it cost a
 * string per candidate of every document.
 */
const MAX_CACHED_SOURCES = 256;
const candidateHashCache = new Map<string, Map<string, { kind: number; typeHash: number }>>();

function candidateHashes(e: Entity): { kind: number; typeHash: number } {
  let bySource = candidateHashCache.get(e.type);
  if (!bySource) {
    bySource = new Map();
    if (candidateHashCache.size < MAX_CACHED_SOURCES) candidateHashCache.set(e.type, bySource);
  }
  let hashes = bySource.get(e.source);
  if (!hashes) {
    // A country is read by its finder alone ('country/name', 'country/demonym').
    const source = trainedAs(e.source);
    hashes = { kind: fnv(e.type === 'country' ? source : `${e.type}|${source}`), typeHash: fnv(e.type === 'country' ? source : e.type) };
    // A user's finders may name their sources freely: the cache stays bounded.
    if (bySource.size < MAX_CACHED_SOURCES) bySource.set(e.source, hashes);
  }
  return hashes;
}

/** `count` Int32Arrays of `n` items, one after the other in `buffer` from byte `at`. */
function int32Views(buffer: ArrayBuffer, at: number, count: number, n: number): Int32Array[] {
  const views: Int32Array[] = [];
  for (let k = 0; k < count; k++) views.push(new Int32Array(buffer, at + k * n * 4, n));
  return views;
}

/** `count` Uint8Arrays of `n` items, one after the other in `buffer` from byte `at`. */
function uint8Views(buffer: ArrayBuffer, at: number, count: number, n: number): Uint8Array[] {
  const views: Uint8Array[] = [];
  for (let k = 0; k < count; k++) views.push(new Uint8Array(buffer, at + k * n, n));
  return views;
}

/** How far from a capital the model looks for a name's words: 'cour d'appel de [Paris]' (4 before), 'Atlantique nord' (after). */
const BEFORE = 3;
const AFTER = 1;

/**
 * The stretches of a sentence the model tags: the tokens near a capital (but the first word's) or under a rule candidate
 * of a name, merged when they touch. The rest of the sentence holds no name
 * the model could add, and is left out: a third of the work on news text.
 * @example segments(prepare('il a vu le président Thor Hushovd hier soir.'), table, 0, 10) // [[2, 9]]
 */
export function segments(tokens: readonly Token[], table: TokenTable, first: number, last: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = -1;
  let b = -1;
  for (let i = first; i < last; i++) {
    const anchor = (i > first && (tokens[i] as Token).cap) || table.named[i] === 1;
    if (!anchor) continue;
    const from = Math.max(first, i - BEFORE);
    const to = Math.min(last, i + AFTER + 1);
    if (a >= 0 && from <= b) b = Math.max(b, to);
    else {
      if (a >= 0) out.push([a, b]);
      a = from;
      b = to;
    }
  }
  if (a >= 0) out.push([a, b]);
  return out;
}

/** A capitalised word or number: what opens and fills a run of capitals. */
const isCap = (t: Token | undefined): boolean => !!t && t.cap && (t.kind === 'word' || t.kind === 'number');

/**
 * Marks the runs of capitalised words that hold tokens `from..to`, joined by small words when a
 * capital follows ('Banque de France', not 'France de' before a small word): the shape of a name
 * whatever its words. The runs are those of one scan of the whole document from its first token,
 * read from the last token before `from` that no run can hold (neither a capital nor a small word
 * of `JOINERS`: the scan of the whole document steps on it, and starts afresh after it).
 *
 * Why not the whole document: only the stretches the tagger reads need their runs (some 1,600 of
 * the 57,000 tokens of the bench sample), and scanning every token of every article was a third of
 * the token table's time. A token read twice (two stretches of one run) is given the same value again.
 */
function capitalRunsOver(table: TokenTable, from: number, to: number): void {
  const { tokens } = table;
  const n = tokens.length;
  let i = from;
  // 'dans la Banque de [France]': back to 'dans', which no run holds.
  while (i > 0 && (isCap(tokens[i - 1]) || JOINERS.has((tokens[i - 1] as Token).key))) i--;
  while (i < to && i < n) {
    if (!isCap(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (isCap(tokens[j]) && !(tokens[j] as Token).sentenceStart) j++;
      else if (tokens[j] && JOINERS.has((tokens[j] as Token).key) && isCap(tokens[j + 1])) j += 2;
      else if (tokens[j] && JOINERS.has((tokens[j] as Token).key) && JOINERS.has(tokens[j + 1]?.key ?? '') && isCap(tokens[j + 2])) j += 3;
      else break;
    }
    const len = Math.min(j - i, 4) * 8;
    for (let k = i; k < j; k++) {
      table.run[k] = len + (j - i === 1 ? 1 : k === i ? 2 : k === j - 1 ? 4 : 3);
    }
    i = j;
  }
}

/**
 * Capitals, sentence start, kind and length in one small number: 'Macron' at the start of a sentence
 * is not the same clue as 'Macron' after 'le président'.
 */
function flagsOf(t: Token): number {
  const len = t.text.length;
  const lenClass = len <= 1 ? 0 : len <= 3 ? 1 : len <= 6 ? 2 : 3;
  const kind = t.kind === 'word' ? 0 : t.kind === 'number' ? 1 : t.kind === 'elision' ? 2 : 3;
  return (Number(t.cap) | (Number(t.upper) << 1) | (Number(t.sentenceStart) << 2) | (kind << 3) | (lenClass << 5)) + 1;
}

/**
 * The hash of a word's shape: capitals X, small letters x, digits d, other characters as they are,
 * a run kept to two ('Macron' Xxx, 'OTAN' XX, 'États-Unis' Xxx-Xxx, '2022' dd, 'G7' Xd); of the code
 * units `from..to` only, as `fnv`, so that a run of a document is read in place.
 * @example shapeHash('Macron') === shapeHash('Bourita') // true: both Xxx
 */
export function shapeHash(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  let prev = -1;
  let run = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const s = shapeOf(c, text, i);
    if (s === prev) {
      run++;
      if (run >= 2) continue;
    } else {
      prev = s;
      run = 0;
    }
    h ^= s;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function shapeOf(c: number, text: string, i: number): number {
  if (c >= 0x61 && c <= 0x7a) return 0x78; // x
  if (c >= 0x41 && c <= 0x5a) return 0x58; // X
  if (c >= 0x30 && c <= 0x39) return 0x64; // d
  if (c < 0xc0) return c;
  if (c >= 0xd800 && c <= 0xdfff) return 0x3f; // half of an emoji: '?'
  const ch = text.charAt(i);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper) return c;
  return ch === upper ? 0x58 : 0x78;
}

/**
 * The hashed features of the tokens `from..to` of a sentence `first..last`, FEATURE_SLOTS per token,
 * into `out` from index 0. Neighbours beyond the sentence are its start and end marks.
 * @example sentenceFeatures(table, 0, 9, out, false, 3, 6) // 'le ministre [Nasser Bourita] a…': 3 tokens × FEATURE_SLOTS
 */
export function sentenceFeatures(table: TokenTable, first: number, last: number, out: Int32Array, hideCandidates = false, from = first, to = last): void {
  hashTokens(table, Math.max(first, from - 2), Math.min(last, to + 2));
  capitalRunsOver(table, from, to);
  const { word, shape, flags, given, candidateType } = table;
  // Training hides the rule finders from some sentences, so that the model also learns names from
  // their context alone instead of copying the lists.
  const cand = (a: Int32Array, i: number) => (hideCandidates ? NONE : (a[i] as number));
  const w = (i: number) => (i < first ? START : i >= last ? END : (word[i] as number));
  const sh = (i: number) => (i < first ? START : i >= last ? END : (shape[i] as number));
  const ct = (i: number) => (i < first || i >= last ? NONE : cand(candidateType, i));
  let o = 0;
  for (let i = from; i < to; i++) {
    const s0 = shape[i] as number;
    out[o++] = 0x3c6ef372; // bias
    out[o++] = mix(1, word[i] as number);
    out[o++] = mix(2, s0);
    out[o++] = mix(3, table.suffix3[i] as number);
    out[o++] = mix(4, table.suffix2[i] as number);
    out[o++] = mix(5, table.prefix3[i] as number);
    out[o++] = mix(6, w(i - 1));
    out[o++] = mix(7, w(i + 1));
    out[o++] = mix(8, w(i - 2));
    out[o++] = mix(9, w(i + 2));
    out[o++] = mix(10, sh(i - 1));
    out[o++] = mix(11, sh(i + 1));
    out[o++] = mix(12, mix(w(i - 1), s0));
    out[o++] = mix(14, flags[i] as number);
    out[o++] = mix(15, mix(given[i] as number, i > first ? (given[i - 1] as number) : 9));
    // What the rule finders proposed over the token and around it.
    out[o++] = mix(16, cand(table.candidate, i));
    out[o++] = mix(17, cand(table.candidateScore, i));
    out[o++] = mix(19, mix(ct(i - 1), ct(i + 1)));
    out[o++] = mix(20, mix(cand(table.candidate, i), s0));
    // Word pairs: 'Jean' before a capital, 'de' inside 'Banque de France'.
    out[o++] = mix(22, mix(w(i - 1), word[i] as number));
    // The run of capitals the word is in: 'Yasuichiro' opens a run of two.
    out[o++] = mix(24, table.run[i] as number);
  }
}

