import type { Doc } from '../../text/document.js';
import { breaksLine, tokenOrNone, type Token } from '../../text/tokenize.js';
import type { PersonEntity } from '../../types.js';
import { DEMONYM, hasFact } from './facts.js';
import type { PersonLexicon } from './lexicon.js';
import { tokenAt } from '../../text/token-search.js';
import { isNameWordAt } from './shape.js';
import { nameText, personValue } from './value.js';
import { LOOSE_THING_WORD, THING_WORD, wordClassesAt } from './word-classes.js';
import { NumberedWords, tokenWordNumbers } from '../vocabulary.js';
import { scratchBytes } from '../../text/scratch.js';
import type { Openers } from './openers.js';

/** One item of a list: tokens [first, end) that read as a name. */
interface Item {
  first: number;
  end: number;
}

const MAX_ITEM_WORDS = 3;
const COMPLEMENT_BEFORE = new Set(['de', 'du', 'des', "d'", 'au', 'aux', 'a', 'en', 'le', 'la', 'les', "l'", 'dans', 'sur', 'vers', 'pour', 'par']);
const SEPARATORS = new Set([',', ';', 'et', 'ou']);

/**
 * Names listed with names: in 'Poiret, Madeleine Vionnet, Paquin et Schiaparelli' or 'MM.
 * Bertoni, Micheli et Tissières', a capitalised item of a list in which at least two items
 * are people, and half of them, is a person too ('Poiret', 'Paquin'); in a ranking ('1.
 * Guidi (It). 2. Van Petegem (Be). 3. Tchmil (Be)'), every ranked name is one. A guess (0.45):
 * a place or an organisation of the same span wins over it.
 * `openers` are the document's tokens that may open an item (openers.ts); the others are not read.
 * @example addListedNames(prepare('Avant 1914, Poiret, Madeleine Vionnet, Paquin et Jeanne Lanvin dictent la mode.'), found, lex, openers)
 *   // adds 'Poiret' and 'Paquin'
 */
export function addListedNames(doc: Doc, out: PersonEntity[], lex: PersonLexicon, openers: Openers): void {
  const { tokens } = doc;
  const lists = mayHoldList(tokens, out);
  const ranking = openers.ranking;
  if (!lists && !ranking) return;
  const personAt = new Map<number, PersonEntity>();
  for (const e of out) personAt.set(e.start, e);
  const taken = scratchBytes(tokens.length);
  for (const e of out) {
    const a = tokenAt(tokens, e.start);
    if (a < 0) continue;
    for (let k = a; k < tokens.length && (tokens[k] as Token).end <= e.end; k++) taken[k] = 1;
  }
  const added: PersonEntity[] = [];
  const numbers = tokenWordNumbers(tokens);
  // Lists joined by commas and 'et'.
  openers.restart();
  let i = lists ? openers.from(0, tokens.length) : tokens.length;
  while (i < tokens.length) {
    // Most tokens open no item (punctuation, lower-case words): they are no openers, and most openers
    // that are none either ('le', 'Le') are told by one look at the token.
    if (!mayOpenItem(tokens, numbers, i)) {
      i = openers.from(i + 1, tokens.length);
      continue;
    }
    const items: Item[] = [];
    let j = i;
    // 'les sénateurs du Michigan, Carl Levin et Debbie Stabenow': a complement opens no list.
    if (COMPLEMENT_BEFORE.has(tokenOrNone(tokens, i - 1)?.key ?? '')) {
      i = openers.from(i + 1, tokens.length);
      continue;
    }
    for (;;) {
      const item = readItem(tokens, j, lex);
      if (!item) break;
      items.push(item);
      const after = skipParenthesis(tokens, item.end);
      const sep = tokens[after];
      if (!sep || !SEPARATORS.has(sep.text) || breaksLine(sep)) break;
      j = after + 1;
      if (sep.text === ',' && tokens[j]?.key === 'et') j++;
    }
    if (items.length >= 3) {
      const people = items.filter((it) => personAt.has((tokens[it.first] as Token).start)).length;
      if (people >= 2 && people * 2 >= items.length) {
        for (const it of items) if (!isTaken(taken, it)) added.push(listed(doc, it, lex, 'person/list'));
      }
    }
    i = openers.from(items.length ? skipParenthesis(tokens, (items[items.length - 1] as Item).end) : i + 1, tokens.length);
  }
  // Rankings: '12. Camenzind. 23. Huser. 28. Dufaux.'
  const ranked: Item[] = [];
  for (let k = 0; ranking && k + 2 < tokens.length; k++) {
    const n = tokens[k] as Token;
    const dot = tokens[k + 1] as Token;
    if (n.kind !== 'number' || !/^\d{1,3}$/.test(n.text) || dot.text !== '.' || dot.start !== n.end) continue;
    const item = readItem(tokens, k + 2, lex);
    // A result follows the name: '(It)', a time, 'à 44"', 'm. t.'; a numbered heading does not.
    const after = tokens[item?.end ?? 0];
    if (item && after && (after.text === '(' || after.kind === 'number' || after.key === 'a' || after.key === 'm')) ranked.push(item);
  }
  if (ranked.length >= 3) for (const it of ranked) if (!isTaken(taken, it) && !added.some((a) => a.start === (tokens[it.first] as Token).start)) added.push(listed(doc, it, lex, 'person/ranking'));
  for (const e of added) out.push(e);
}

/**
 * Whether a list of people may stand in the text: a list counts only with two people among its
 * items, and the second item of a list, or any later one, follows its separator (', Paquin', 'et
 * Tissières'); so one of the people found must follow a separator. Most texts have none: their
 * words are not read again for lists.
 * @example mayHoldList(prepare('Poiret, Madeleine Vionnet et Jeanne Lanvin').tokens, found) // true ('et Jeanne Lanvin')
 */
function mayHoldList(tokens: readonly Token[], out: readonly PersonEntity[]): boolean {
  if (out.length < 2) return false;
  for (const e of out) {
    const before = tokens[tokenAt(tokens, e.start) - 1];
    if (before && (SEPARATORS.has(before.text) || before.key === 'et')) return true;
  }
  return false;
}

// Lower-case particles that may open an item before a name word: 'van Petegem', 'de Dardel'. Every
// lower-case word of a text with a list is asked: answered by its word number ('et', 'les', 'annoncé'
// are none), without a look at its key.
const ITEM_PARTICLES = new Set(['van', 'von', 'de', 'di', 'da']);
const ITEM_PARTICLE_WORDS = new NumberedWords(ITEM_PARTICLES);

/** Whether `readItem` may find an item at token `i`: a capitalised word or a particle ('van Petegem'). */
function mayOpenItem(tokens: readonly Token[], numbers: Int32Array, i: number): boolean {
  const t = tokens[i] as Token;
  return t.kind === 'word' && (t.cap || ITEM_PARTICLE_WORDS.at(tokens, numbers, i));
}

/** A name-like item at `j`: one to three capitalised words (lower-case particles between), nothing else. */
function readItem(tokens: readonly Token[], j: number, lex: PersonLexicon): Item | null {
  let k = j;
  let words = 0;
  while (k < tokens.length && words < MAX_ITEM_WORDS + 1) {
    const t = tokens[k] as Token;
    if (k > j && breaksLine(t)) break;
    if (isNameWordAt(tokens, k) && (wordClassesAt(tokens, tokenWordNumbers(tokens), k) & (THING_WORD | LOOSE_THING_WORD)) === 0 && !hasFact(lex, tokens, k, DEMONYM)) {
      words++;
      k++;
      continue;
    }
    // 'van Petegem', 'de Dardel': a particle before a name word.
    if (t.kind === 'word' && !t.cap && ITEM_PARTICLES.has(t.key) && isNameWordAt(tokens, k + 1)) {
      k++;
      continue;
    }
    break;
  }
  if (words === 0 || words > MAX_ITEM_WORDS) return null;
  return { first: j, end: k };
}

/** After '(Lausanne)', '(It, bonif. 12")': the index after the closing parenthesis, or `k`. */
function skipParenthesis(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  for (let m = k + 1; m < tokens.length && m < k + 10; m++) if ((tokens[m] as Token).text === ')') return m + 1;
  return k;
}

function isTaken(taken: Uint8Array, it: Item): boolean {
  for (let k = it.first; k < it.end; k++) if (taken[k]) return true;
  return false;
}

function listed(doc: Doc, it: Item, lex: PersonLexicon, source: string): PersonEntity {
  const { tokens } = doc;
  const words: number[] = [];
  for (let k = it.first; k < it.end; k++) if ((tokens[k] as Token).cap) words.push(k);
  const span = { first: it.first, end: it.end, words, deAt: -1, regnal: false, initials: 0, epithet: false };
  const name = nameText(doc.view, tokens, span);
  const start = (tokens[it.first] as Token).start;
  const end = (tokens[it.end - 1] as Token).end;
  return { type: 'person', text: doc.input.slice(start, end), start, end, score: 0.45, source, normalized: personValue(name, undefined, lex, false) };
}
