import { GIVEN_STRENGTH, listedGivenStrengthAt } from '../finders/person/facts.js';
import type { PersonLexicon } from '../finders/person/lexicon.js';
import type { Token } from '../text/tokenize.js';

/**
 * How strong a first name a token is for the model's features ('Nasser' 3, 'Bourita' 0):
 * `givenNames.get(key) ?? 0`, read from the person finder's facts of the document when the map is
 * a person lexicon's.
 *
 * Why: the first-name map holds some 15,000 names, and a lookup in it by the key's string, at every
 * capitalised word the tagger reads and at the head of every gap run ('collectés par
 * [Shōgakukan]'), met its buckets, entries and key strings cold (the finders ran in between): 1.2%
 * of `extract` in the profile. The person finder has already read each token's strength into one
 * byte by its word number (facts.ts), which answers the same for every key.
 */

/** The lexicons whose first names the facts answer, by their map (see `answerGivenNamesByFacts`). */
const lexicons = new WeakMap<ReadonlyMap<string, number>, PersonLexicon>();

/**
 * Lets the model read the strengths of `lex.givenNames` from the person finder's facts, when they
 * can hold them: every strength a whole number 0..3, as the built-in list's (1 rare, 3 frequent).
 * A map with other numbers (a user's own list with 5 for a name) is read by its keys, as before.
 * @example answerGivenNamesByFacts(personLexicon()) // the model stage's default first names
 */
export function answerGivenNamesByFacts(lex: PersonLexicon): void {
  if (lexicons.has(lex.givenNames)) return;
  for (const s of lex.givenNames.values()) if (!Number.isInteger(s) || s < 0 || s > GIVEN_STRENGTH) return;
  lexicons.set(lex.givenNames, lex);
}

/**
 * The lexicon that answers for `givenNames`, if one was registered; read once per document.
 * @example lexiconOfGivenNames(personLexicon().givenNames) // personLexicon(), once registered
 */
export function lexiconOfGivenNames(givenNames: ReadonlyMap<string, number>): PersonLexicon | undefined {
  return lexicons.get(givenNames);
}

/**
 * `givenNames.get(tokens[i].key) ?? 0`, from the facts of `lex` when it answers for the map
 * (`lexiconOfGivenNames`), else from the map.
 * @example givenStrengthOfToken(givenNames, lexiconOfGivenNames(givenNames), prepare('Nasser Bourita').tokens, 0) // 3
 */
export function givenStrengthOfToken(givenNames: ReadonlyMap<string, number>, lex: PersonLexicon | undefined, tokens: readonly Token[], i: number): number {
  return lex ? listedGivenStrengthAt(lex, tokens, i) : (givenNames.get((tokens[i] as Token).key) ?? 0);
}
