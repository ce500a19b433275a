import type { Doc } from '../text/document.js';
import { tokenOrNone, type Token } from '../text/tokenize.js';
import { firstTokenEndingAfter } from '../text/token-search.js';
import type { Entity } from '../types.js';
import { FUNCTION_WORDS } from '../finders/place-context.js';
import { shapeHash } from './features.js';
import { fnv, mix } from './hash.js';
import { scratchBytes } from '../text/scratch.js';
import { givenStrengthOfToken, lexiconOfGivenNames } from './given.js';

/**
 * The gaps the rules leave: runs of capitalised words that no rule candidate touches, the only
 * places where a name no list knows can be ('collectés par [Shōgakukan]', 'diffusé sur [NTV]',
 * 'représentés par l'[Inuit Tapiriit Kanatami]'). The gap classifier (`gap-model.ts`) reads each
 * run as a whole and says whether it is a person, a place, an organisation or nothing.
 */

/**
 * A run of capitalised words in a gap: tokens `[first, last)`, offsets `[start, end)`.
 * @example { first: 6, last: 7, start: 36, end: 47 } // 'Komatipoort' in 'Le convoi a quitté Machadodorp pour Komatipoort.'
 */
export interface GapRun {
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Small words that join the capitalised words of one name: 'Banque de France', 'Ursula von der Leyen'. */
const JOINERS = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', 'von', 'van', 'der', 'den', 'di', 'da', 'del', 'al', 'el', 'ben', 'bin']);

/** Quote marks: a run right after one is a title ('" The Oprah Winfrey Show "', '« Mario Kart »'), not a name. */
const QUOTES = new Set(['"', '«', '“', '”', '„', '‹', "'"]);

const isCapWord = (t: Token | undefined): t is Token => !!t && t.cap && t.kind === 'word';

// (Plain functions, not arrows made in `gapRuns`: one made at each capitalised word of a text was
// the most of what the gap finder allocated, some 7 bytes a word of text.)
/** Whether token `i` is a capitalised word no candidate touches: where a gap run may be. */
const isFree = (tokens: readonly Token[], covered: Uint8Array, i: number): boolean => isCapWord(tokens[i]) && !covered[i];
/** Whether `u`, token `k`, is a capitalised word a candidate touches ('[CSKA] Sofia'). */
const touchesCandidate = (u: Token | undefined, covered: Uint8Array, k: number): boolean => isCapWord(u) && covered[k] === 1;

/**
 * Marks the tokens a candidate touches (any type: a date or a demonym holds its words too).
 * Linear in the tokens the candidates cover.
 * @example coveredTokens(prepare('Il vit à Rabat.').tokens, [rabat]) // Uint8Array [0, 0, 0, 1, 0]
 */
export function coveredTokens(tokens: readonly Token[], candidates: readonly Entity[]): Uint8Array {
  const covered = scratchBytes(tokens.length);
  for (const e of candidates) {
    for (let i = firstTokenEndingAfter(tokens, e.start); i < tokens.length && (tokens[i] as Token).start < e.end; i++) covered[i] = 1;
  }
  return covered;
}

/**
 * The runs of capitalised words no candidate touches, joined by small words before a capital
 * ('Inuit Tapiriit Kanatami', 'Tour de Berlin'), without the small word that opens a sentence
 * ('Au [Canada]'). Left out, as the classifier could only guess: a run that opens a sentence (its capital says nothing: in 4,000 Wikipedia sentences, 34 of 3,400 such
 * words were names), a run right after a quote mark (a title: '" Mario Kart "'), and a run that
 * touches a candidate's capitalised word (a piece of a longer name the rules cut: '[CSKA] Sofia').
 * Linear in the tokens.
 * @example gapRuns(prepare('Les épisodes ont été collectés par Shōgakukan.'), []) // [{ first: 6, last: 7, … }]
 */
export function gapRuns(doc: Doc, candidates: readonly Entity[]): GapRun[] {
  const { tokens } = doc;
  const covered = coveredTokens(tokens, candidates);
  const out: GapRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isFree(tokens, covered, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (isFree(tokens, covered, j) && !(tokens[j] as Token).sentenceStart) j++;
      else if (tokens[j] && JOINERS.has((tokens[j] as Token).key) && isFree(tokens, covered, j + 1)) j += 2;
      else break;
    }
    // 'Au Canada', 'Selon Kvitová': a small word that opens the sentence is not part of the name after it.
    let a = i;
    if ((tokens[i] as Token).sentenceStart && FUNCTION_WORDS.has((tokens[i] as Token).key) && j > i + 1 && isFree(tokens, covered, i + 1)) a = i + 1;
    const t = tokens[a] as Token;
    const before = tokenOrNone(tokens, a - 1);
    const after = tokens[j];
    const quoted = before !== undefined && before.kind === 'punct' && QUOTES.has(before.text);
    if (!t.sentenceStart && !quoted && !touchesCandidate(before, covered, a - 1) && !touchesCandidate(after, covered, j)) {
      out.push({ first: a, last: j, start: t.start, end: (tokens[j - 1] as Token).end });
    }
    i = j;
  }
  return out;
}

/**
 * The number of hashed features of a run (see `gapFeatures`).
 * @example new Int32Array(runs.length * GAP_SLOTS) // the features of every run of a document
 */
export const GAP_SLOTS = 20;

const NONE = 0x2f6b1c3d;
const START = 0x51ed270b;
const END = 0x1b873593;

/** What stands just before a run: a quote, a bracket, a comma, other punctuation, an elision ('l'[OTAN]'), a word, or the start. */
/** The hash of token `i`'s word, or the marks before the first token and after the last. */
function wordAt(tokens: readonly Token[], i: number): number {
  return i < 0 ? START : i >= tokens.length ? END : fnv((tokens[i] as Token).key);
}

function beforeClass(t: Token | undefined): number {
  if (!t) return 0;
  if (t.kind === 'elision') return 1;
  if (t.kind === 'word' || t.kind === 'number') return t.cap ? 2 : 3;
  if (t.text === '(' || t.text === '[') return 4;
  if (t.text === ',') return 5;
  return 6;
}

/**
 * The hashed features of a run, GAP_SLOTS of them, into `out` from `at`: the words around it
 * ('collectés [par] X', 'diffusé [sur] X', 'X [,] New York'), its first, second and last words and
 * their endings ('-ville', '-ski'), its shape ('Xxx Xxx', 'XXX', 'Xxx-Xxx'), its length, capitals,
 * and whether its first words are known first names.
 * @example gapFeatures(doc, run, givenNames, out, 0) // 20 hashes for 'Shōgakukan' after 'par'
 */
export function gapFeatures(doc: Doc, run: GapRun, givenNames: ReadonlyMap<string, number>, out: Int32Array, at: number): void {
  const { tokens } = doc;
  const { first, last } = run;
  const head = tokens[first] as Token;
  const tail = tokens[last - 1] as Token;
  const n = Math.min(last - first, 4);
  const b1 = wordAt(tokens, first - 1);
  const a1 = wordAt(tokens, last);
  const w0 = fnv(head.key);
  const shape = shapeHash(doc.view, run.start, run.end);
  const lex = lexiconOfGivenNames(givenNames);
  const given0 = givenStrengthOfToken(givenNames, lex, tokens, first);
  const given1 = last - first > 1 ? givenStrengthOfToken(givenNames, lex, tokens, first + 1) : 9;
  const lenClass = head.text.length <= 3 ? 0 : head.text.length <= 6 ? 1 : 2;
  let o = at;
  out[o++] = 0x3c6ef372; // bias
  out[o++] = mix(101, b1);
  out[o++] = mix(102, mix(wordAt(tokens, first - 2), b1));
  out[o++] = mix(103, a1);
  out[o++] = mix(104, mix(a1, wordAt(tokens, last + 1)));
  out[o++] = mix(105, w0);
  out[o++] = mix(106, fnv(tail.key));
  out[o++] = mix(107, n * 64 + Number(head.upper) * 16 + given0 * 4 + lenClass);
  out[o++] = mix(108, shape);
  out[o++] = mix(109, mix(b1, shape));
  out[o++] = mix(110, fnv(tail.key, Math.max(0, tail.key.length - 3)));
  out[o++] = mix(111, fnv(head.key, Math.max(0, head.key.length - 3)));
  out[o++] = mix(112, fnv(head.key, 0, Math.min(3, head.key.length)));
  out[o++] = mix(113, given0 * 16 + given1);
  out[o++] = mix(114, mix(b1, n));
  out[o++] = mix(115, last - first > 1 ? fnv((tokens[first + 1] as Token).key) : NONE);
  out[o++] = mix(116, beforeClass(tokens[first - 1]) * 8 + beforeClass(tokens[last]));
  out[o++] = mix(117, mix(b1, w0));
  out[o++] = mix(118, mix(a1, n));
  out[o++] = mix(119, fnv(tail.key, Math.max(0, tail.key.length - 2)));
}
