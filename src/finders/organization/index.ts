import type { Doc } from '../../text/document.js';
import type { Finder } from '../../pipeline.js';
import type { Token } from '../../text/tokenize.js';
import type { OrganizationEntity, OrganizationValue } from '../../types.js';
import { toEntity, type OrgCandidate } from './candidate.js';
import { findDefinitions } from './definitions.js';
import { completeShortNames, repeatDocumentNames } from './document.js';
import { findHospitals } from './hospitals.js';
import { findLexiconOrganizations } from './lexicon-match.js';
import { organizationLexicon, type OrganizationLexicon } from './lexicon.js';
import { findAppositionOrganizations, findDescribedNames, findMarkedNames, findMemberOrganizations } from './names.js';
import { phraseKey } from '../phrase-index.js';
import { sortSmall } from '../../resolve/sort-small.js';
import { nameNationalBodies } from './national.js';
import { findPhraseOrganizations } from './phrase.js';
import { findTeams } from './teams.js';

export { buildOrganizationLexicon, organizationLexicon, parseOrganizationTable } from './lexicon.js';
export type { OrganizationLexicon, OrganizationRecord } from './lexicon.js';

// When two rules find the same span, the one that knows more gives the value: a definition in
// the text ('CSA' defined as 'Conseil suprême des antiquités') over the lexicon over a pattern.
const PRIORITY: Record<string, number> = {
  'organization/definition': 4,
  'organization/lexicon': 3,
  'organization/club': 2,
  'organization/team': 2,
  'organization/name-tail': 2,
  'organization/apposition': 2,
  'organization/member': 2,
  'organization/hospital': 2,
  'organization/source': 1,
  'organization/phrase': 1,
};

/**
 * Finds organisations: the lexicon (names, acronyms, aliases), names built on a head noun
 * ('Banque centrale européenne', 'ministère de l'Intérieur'), names after a cue ('le groupe
 * Renault'), names marked by a word ('Qatar Airways', 'FC Nantes'), acronyms the document
 * defines ('la Communauté économique des États de l'Afrique de l'Ouest (Cedeao)'), and later
 * mentions of all of these. Overlaps with other types are left to the overlap resolver.
 * @example findOrganizationCandidates(prepare("l'OTAN et Daech"), organizationLexicon()) // OTAN, Daech → État islamique
 */
export function findOrganizationCandidates(doc: Doc, lex: OrganizationLexicon): OrganizationEntity[] {
  const found: OrgCandidate[] = [
    ...findLexiconOrganizations(doc, lex),
    ...findPhraseOrganizations(doc, lex),
    ...findAppositionOrganizations(doc, lex),
    ...findMarkedNames(doc, lex),
    ...findDescribedNames(doc, lex),
    ...findMemberOrganizations(doc, lex),
    ...findTeams(doc, lex),
    ...findHospitals(doc),
  ];
  const { candidates, definitions } = findDefinitions(doc, lex, found);
  // What the document defines holds in the whole document: 'le Conseil suprême des antiquités (CSA)… le CSA'.
  const defined = new Map(definitions.map((d) => [d.acronym, d.value]));
  const redefined = defined.size ? found.map((c) => redefine(doc, c, defined)) : found;
  const all = dedupe([...candidates, ...redefined]);
  const countryWords = lex.national?.codeOf;
  const repeated = repeatDocumentNames(doc, all, definitions, (key) => !!countryWords?.has(key));
  const completed = completeShortNames(doc, dedupe([...all, ...repeated]));
  const named = lex.national ? nameNationalBodies(doc, completed, lex.national, (name) => lex.byKey.get(phraseKey(name))) : completed;
  return named.map((c) => toEntity(doc, c));
}

function redefine(doc: Doc, c: OrgCandidate, defined: ReadonlyMap<string, OrganizationValue>): OrgCandidate {
  if (c.last !== c.first + 1) return c;
  const value = defined.get((doc.tokens[c.first] as Token).text);
  return value && value !== c.value ? { ...c, value, source: 'organization/definition' } : c;
}

/**
 * One candidate per span, the most knowing rule first (the first found among rules of one rank), in
 * text order, longer spans first.
 *
 * Why a sort and a walk over the spans, not a map: the map was keyed by a string made for each
 * candidate ('3:5'), and its values were sorted by the engine's sort, which calls the comparison from
 * native code: the candidates of a span lie next to each other once sorted, in the order found (the
 * sort is stable), whatever their number ('le ministère de l'Intérieur' found by the lexicon and the phrases).
 */
function dedupe(list: readonly OrgCandidate[]): OrgCandidate[] {
  const sorted = sortSmall(list.slice(), inTextOrder);
  const out: OrgCandidate[] = [];
  for (let k = 0; k < sorted.length; ) {
    let best = sorted[k] as OrgCandidate;
    let j = k + 1;
    for (; j < sorted.length; j++) {
      const c = sorted[j] as OrgCandidate;
      if (c.first !== best.first || c.last !== best.last) break;
      if ((PRIORITY[c.source] ?? 0) > (PRIORITY[best.source] ?? 0)) best = c;
    }
    out.push(best);
    k = j;
  }
  return out;
}

/** Text order, the longer of two spans that start together first. */
function inTextOrder(a: OrgCandidate, b: OrgCandidate): number {
  return a.first - b.first || b.last - a.last;
}

/**
 * The organisation finder of the default pipeline.
 * @example createOrganizationFinder().find(prepare("l'OTAN"), ctx) // [{ text: 'OTAN', normalized: { name: "Organisation du traité de l'Atlantique nord", … } }]
 */
export function createOrganizationFinder(lexicon?: OrganizationLexicon): Finder {
  return {
    name: 'organization',
    types: ['organization'],
    find: (doc) => findOrganizationCandidates(doc, lexicon ?? organizationLexicon()),
  };
}
