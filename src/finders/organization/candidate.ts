import type { Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import type { OrganizationEntity, OrganizationValue } from '../../types.js';
import type { OrganizationRecord } from './lexicon.js';

/**
 * An organisation the rules found, as a token range [first, last) before it becomes an entity.
 * `org` is the lexicon record when there is one; otherwise `name` is the name as written.
 */
export interface OrgCandidate {
  first: number;
  last: number;
  score: number;
  source: string;
  value: OrganizationValue;
  /** A lexicon name that every country has ('Cour suprême'): the document may say which one. */
  generic?: boolean;
}

/** The value of a lexicon record. */
export function recordValue(org: OrganizationRecord): OrganizationValue {
  const value: OrganizationValue = { name: org.name };
  if (org.acronym) value.acronym = org.acronym;
  if (org.wikidata) value.wikidata = org.wikidata;
  return value;
}

/**
 * The name of a phrase as written, apostrophes straightened and spaces collapsed:
 * 'ministère de l’Intérieur' → "ministère de l'Intérieur".
 */
export function writtenName(doc: Doc, tokens: readonly Token[], first: number, last: number): string {
  const a = tokens[first] as Token;
  const b = tokens[last - 1] as Token;
  return doc.view.slice(a.start, b.end).replace(/\s+/g, ' ');
}

/**
 * The candidate of tokens [first, last): the listed organisation when the lexicon knows the name ('le groupe
 * [Renault]'), scored above any guess; else the rule's guess, with the name as written.
 */
export function candidateOf(doc: Doc, first: number, last: number, known: OrganizationRecord | undefined, score: number, source: string): OrgCandidate {
  if (known) return { first, last, score: 0.92, source: 'organization/lexicon', value: recordValue(known) };
  return { first, last, score, source, value: { name: writtenName(doc, doc.tokens, first, last) } };
}

/**
 * Turns a candidate into an entity whose offsets are those of the original input.
 * @example toEntity(prepare("l'OTAN"), { first: 1, last: 2, score: 0.92, source: 'organization/lexicon', value: { name: 'OTAN' } })
 */
export function toEntity(doc: Doc, c: OrgCandidate): OrganizationEntity {
  const start = (doc.tokens[c.first] as Token).start;
  const end = (doc.tokens[c.last - 1] as Token).end;
  return { type: 'organization', text: doc.input.slice(start, end), start, end, score: c.score, source: c.source, normalized: { ...c.value } };
}
