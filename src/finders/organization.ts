import { ORGANIZATION_TABLE } from '../data/organizations.js';
import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Finder } from '../pipeline.js';
import type { OrganizationEntity, OrganizationValue } from '../types.js';
import { PhraseIndex } from './phrase-index.js';

/** One organisation of the lexicon. */
export interface OrganizationRecord {
  /** Canonical full French name. */
  name: string;
  acronym?: string;
  wikidata?: string;
  kind?: string;
  /** Other names: 'Daesh', 'Daech', 'EI' for 'État islamique'. */
  aliases: string[];
}

interface Hit {
  org: OrganizationRecord;
  /** The form as listed: an acronym must be written in capitals ('EI', not 'ei'). */
  written: string;
}

/** The organisation lexicon as the finder uses it. */
export interface OrganizationLexicon {
  index: PhraseIndex<Hit>;
}

/**
 * Builds a lexicon from records; tests pass a few.
 * @example buildOrganizationLexicon([{ name: 'État islamique', acronym: 'EI', aliases: ['Daesh'] }])
 */
export function buildOrganizationLexicon(records: readonly OrganizationRecord[]): OrganizationLexicon {
  const index = new PhraseIndex<Hit>();
  for (const org of records) {
    for (const n of [org.name, ...(org.acronym ? [org.acronym] : []), ...org.aliases]) index.add(n, { org, written: n });
  }
  return { index };
}

/** Parses the generated table (see scripts/gen-organizations.mjs). */
export function parseOrganizationTable(table: string): OrganizationRecord[] {
  return table.split('\n').map((line) => {
    const [name = '', acronym = '', wikidata = '', kind = '', aliases = ''] = line.split('\t');
    const rec: OrganizationRecord = { name, aliases: aliases ? aliases.split('|') : [] };
    if (acronym) rec.acronym = acronym;
    if (wikidata) rec.wikidata = wikidata;
    if (kind) rec.kind = kind;
    return rec;
  });
}

let defaultLexicon: OrganizationLexicon | undefined;
/** The built-in organisation lexicon, unpacked on first use. */
export function organizationLexicon(): OrganizationLexicon {
  return (defaultLexicon ??= buildOrganizationLexicon(parseOrganizationTable(ORGANIZATION_TABLE)));
}

// One-word names that are also French words: at the start of a sentence they are the word
// ('Renaissance des quartiers…', 'Total : 12 morts').
const COMMON_WORD_NAMES = new Set(['renaissance', 'horizons', 'total', 'meta', 'reconquete', 'senat', 'orange', 'engie', 'apple', 'amazon']);

function isAcronym(s: string): boolean {
  return s.length <= 8 && /^[\p{Lu}\d&-]+$/u.test(s) && /\p{Lu}/u.test(s);
}

/**
 * Finds organisations: the lexicon (names, acronyms, aliases), acronyms the document
 * defines ('la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO)').
 * @example findOrganizationCandidates(prepare("l'OTAN et Daech"), organizationLexicon()) // OTAN, Daech → État islamique
 */
export function findOrganizationCandidates(doc: Doc, lex: OrganizationLexicon): OrganizationEntity[] {
  const out: OrganizationEntity[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (doc.header && t.start < doc.header.end) continue;
    for (const m of lex.index.matchAt(tokens, i)) {
      const hit = m.values.find((v) => spellingOk(v, tokens, i, m.end));
      if (!hit) continue;
      if (m.end === i + 1 && t.sentenceStart && COMMON_WORD_NAMES.has(t.key)) continue;
      const last = tokens[m.end - 1] as Token;
      out.push(makeEntity(doc, t.start, last.end, hit.org, 0.92, 'organization/lexicon'));
      i = m.end - 1;
      break;
    }
  }
  return out;
}

/** Acronyms must be written in capitals; names need a capital on their first word. */
function spellingOk(v: Hit, tokens: readonly Token[], i: number, end: number): boolean {
  const first = tokens[i] as Token;
  if (isAcronym(v.written)) {
    const text = tokens.slice(i, end).map((t) => t.text).join('');
    return text.replace(/[\s-]/g, '') === v.written.replace(/[\s-]/g, '') || (end === i + 1 && first.text === v.written);
  }
  const writtenFirst = v.written[0] ?? '';
  if (writtenFirst === writtenFirst.toLowerCase()) return true; // 'ministère de l'Intérieur' as listed
  return first.cap;
}

export function makeEntity(doc: Doc, start: number, end: number, org: OrganizationRecord, score: number, source: string): OrganizationEntity {
  const value: OrganizationValue = { name: org.name };
  if (org.acronym) value.acronym = org.acronym;
  if (org.wikidata) value.wikidata = org.wikidata;
  return { type: 'organization', text: doc.input.slice(start, end), start, end, score, source, normalized: value };
}

/**
 * The organisation finder of the default pipeline.
 * @example createOrganizationFinder().find(prepare("l'OTAN"), ctx)
 */
export function createOrganizationFinder(lexicon?: OrganizationLexicon): Finder {
  return {
    name: 'organization',
    types: ['organization'],
    find: (doc) => findOrganizationCandidates(doc, lexicon ?? organizationLexicon()),
  };
}
