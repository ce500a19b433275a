import type { Token } from '../../text/tokenize.js';
import { SEVERAL_WORDS, tokenWordNumbers, wordNumber } from '../vocabulary.js';

/**
 * Where the rules of the organisation finder may start, read for all of them in one pass over a
 * document's tokens.
 *
 * Why: each rule asked its own word list at every token ('pdg' for the members, 'les' before a
 * team's nickname, 'CHU' for the hospitals, 'Sénat' for the assemblies), one loop over the whole
 * document per rule, and each such loop cost a few tenths of a percent of `extract` for tokens that
 * start nothing. Here a token's word number is read once against every list (a bit per list in one
 * table), and each rule walks only the positions of its own words.
 */

/**
 * Words that start a rule at their token, or at the token after them ('les' before 'Remparts'); and,
 * with `hyphenated`, every hyphenated word as well ('Max-Planck-Institut' ends on a German head).
 */
export interface OpeningWords {
  words: Iterable<string>;
  after?: boolean;
  hyphenated?: boolean;
}

interface List {
  rule: number;
  after: boolean;
}

const lists: List[] = [];
let rules = 0;
/** The lists' bits by word number (sixteen lists at most), and by key for hyphenated entries ('porte parole'); made on first use. */
let byNumber: Uint16Array | undefined;
const byPhrase = new Map<string, number>();
/** The lists that take every hyphenated word. */
let hyphenatedLists = 0;
const pending: Array<[number, ReadonlySet<string>]> = [];

/**
 * Registers a rule's starting words (at module load, before any document), and returns the rule's handle.
 * The words come from a function, called here: a bundle that leaves the rule out (`import { findDates }`)
 * then leaves its call out too (`/* @__PURE__ *\/ openingRule(() => …)`), lists and all; an array
 * spread from sets in the call itself would be kept, a spread being possibly a side effect.
 * @example const TEAMS = openingRule(() => [{ words: ['les', 'des', 'aux'], after: true }])
 */
export function openingRule(words: () => readonly OpeningWords[]): number {
  const parts = words();
  const rule = rules++;
  // Lists that start at their word come before those that start after it: a token's positions are then
  // listed in order (a word at i gives i, a word after which the rule starts gives i + 1).
  for (const part of [...parts].sort((a, b) => Number(!!a.after) - Number(!!b.after))) {
    if (lists.length >= 16) throw new Error('gazette: more than sixteen opening lists for one table');
    if (part.hyphenated) hyphenatedLists |= 1 << lists.length;
    pending.push([lists.length, new Set(part.words)]);
    lists.push({ rule, after: !!part.after });
  }
  byNumber = undefined;
  readFor = undefined;
  return rule;
}

function table(): Uint16Array {
  if (byNumber) return byNumber;
  const numbered: Array<[number, number]> = [];
  for (const [list, words] of pending) {
    for (const w of words) {
      if (w.indexOf(' ') >= 0) byPhrase.set(w, (byPhrase.get(w) ?? 0) | (1 << list));
      else numbered.push([wordNumber(w), list]);
    }
  }
  const out = new Uint16Array(numbered.reduce((max, [n]) => Math.max(max, n + 1), 0));
  for (const [n, list] of numbered) out[n] = (out[n] as number) | (1 << list);
  byNumber = out;
  return out;
}

/** The numbers the positions were last read with (one document's), and the positions of each rule. */
let readFor: Int32Array | undefined;
let positions: number[][] = [];

/**
 * The positions where a rule may start in a document, in order: the tokens of its words (or the tokens
 * after them), read once per document for every rule.
 * @example openingsOf(prepare('le PDG de Renault').tokens, MEMBERS) // [1]
 */
export function openingsOf(tokens: readonly Token[], rule: number): readonly number[] {
  const bits = table();
  const numbers = tokenWordNumbers(tokens);
  if (readFor !== numbers) {
    readFor = numbers;
    positions = readPositions(tokens, numbers, bits);
  }
  return positions[rule] ?? [];
}

function readPositions(tokens: readonly Token[], numbers: Int32Array, bits: Uint16Array): number[][] {
  // (A loop, not `Array.from({ length }, () => [])`: V8 runs `from` with a function on its slow generic path.)
  const out: number[][] = [];
  for (let rule = 0; rule < rules; rule++) out.push([]);
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i] as number;
    const found = n >= 0 ? (n < bits.length ? (bits[n] as number) : 0) : n === SEVERAL_WORDS ? (byPhrase.get((tokens[i] as Token).key) ?? 0) | hyphenatedLists : 0;
    if (found === 0) continue;
    for (let list = 0; list < lists.length; list++) {
      if ((found & (1 << list)) === 0) continue;
      const { rule, after } = lists[list] as List;
      const at = after ? i + 1 : i;
      const starts = out[rule] as number[];
      // (The length first: a read at index -1 of an empty list makes the engine's generic lookup of every read here.)
      if (at < tokens.length && (starts.length === 0 || starts[starts.length - 1] !== at)) starts.push(at);
    }
  }
  return out;
}
