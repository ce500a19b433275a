import type { PersonLexicon } from './lexicon.js';
import { fromLexiconKeys } from './facts.js';

/**
 * Adds the ends of a key, each from the start of one of its words to the key's end: 'le drian' and
 * 'drian' of 'jean yves le drian'; "l'huillier" and 'huillier' of "anne l'huillier" (the tokens
 * read "l'" apart). A run of tokens is keyed by joining its tokens' keys, so its key ends with its
 * last token's key, at such a start: a run whose last key is no end of a key is not that key.
 * @example const s = new Set<string>(); addKeyEnds(s, 'le drian'); s // Set { 'le drian', 'drian' }
 */
export function addKeyEnds(set: Set<string>, key: string): void {
  set.add(key);
  for (let k = 0; k < key.length; k++) {
    const c = key[k];
    if (c === ' ' || c === "'") set.add(key.slice(k + 1));
  }
}

const cache = new WeakMap<PersonLexicon, Set<string>>();

/**
 * The ends of every key of the lexicon's people (names and aliases) and family names, made once.
 *
 * Why: the mentions pass asks those maps of every run of one to four tokens that opens like a
 * known name and ends on a capitalised word ('de la France', 'le Conseil', 'Le'); its key, a new
 * string, is built and hashed for each, to be found almost never. The run's last token key, whose
 * hash its string keeps, tells most of them apart first.
 * @example knownKeyEnds(lex).has('drian') // true: 'jean yves le drian'
 */
export function knownKeyEnds(lex: PersonLexicon): Set<string> {
  return fromLexiconKeys(lex, cache, addKeyEnds);
}
