/**
 * The person finder: see `src/finders/person/` (one idea a file: word lists, roles, the
 * lexicon, token shapes, name extent, cues, judging, later mentions).
 */
import type { Finder } from '../pipeline.js';
import { findPersonCandidates } from './person/find.js';
import { personLexicon, type PersonLexicon } from './person/lexicon.js';

export { findPersonCandidates } from './person/find.js';
export { buildPersonLexicon, personLexicon, parsePeopleTable } from './person/lexicon.js';
export type { PersonLexicon, KnownPerson, PersonLexiconExtras } from './person/lexicon.js';
export { ROLE_NOUNS } from './person/roles.js';

/**
 * The person finder of the default pipeline; pass a lexicon of your own to change what it knows.
 * @example createPersonFinder(buildPersonLexicon(['Nasser'])).find(prepare('Nasser Bourita a reçu M. Blinken'), ctx)
 */
export function createPersonFinder(lexicon?: PersonLexicon): Finder {
  return {
    name: 'person',
    types: ['person'],
    find: (doc, ctx) => findPersonCandidates(doc, lexicon ?? personLexicon(), ctx),
  };
}
