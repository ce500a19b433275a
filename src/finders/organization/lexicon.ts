import { COUNTRY_TABLE } from '../../data/countries.js';
import { ORGANIZATION_TABLE } from '../../data/organizations.js';
import { PLACE_TABLE } from '../../data/places.js';
import { parseCountryTable } from '../country.js';
import { phraseKey } from '../phrase-index.js';
import { WordTrie } from '../word-trie.js';
import { NumberedWords } from '../vocabulary.js';
import { buildNationalWords, type NationalWords } from './national.js';
import { ARTICLES } from '../place-context.js';
import { opensPersonName, personLexicon } from '../person/lexicon.js';

/** One organisation of the lexicon. */
export interface OrganizationRecord {
  /** Canonical full French name. */
  name: string;
  acronym?: string | undefined;
  wikidata?: string | undefined;
  /** 'party', 'union', 'company', 'media', 'club', 'intl', 'seat'… (informative). */
  kind?: string | undefined;
  /** Other names: 'Daesh', 'Daech', 'EI' for 'État islamique'. */
  aliases: string[];
  /**
   * How careful to be with its single-word names: `'word'` when the name is also a French
   * word ('Total', 'Renaissance', 'Libération'): never first in a sentence nor after an article.
   */
  flags?: string[] | undefined;
}

/** A form of a record in the phrase index. */
export interface LexiconHit {
  org: OrganizationRecord;
  /** The form as listed: an acronym must be written in capitals ('EI', not 'ei'). */
  written: string;
  /** 'Républicains' standing for 'Les Républicains' after 'des', 'aux'. */
  contracted: boolean;
  /** Whether the form is an acronym ('OTAN', 'G7'), and its words ('Le', 'Monde'): read at every match, made once. */
  acronym: boolean;
  words: readonly string[];
}

/**
 * A form of a record as the index holds it.
 * @example lexiconHit(org, 'Le Monde', false) // { written: 'Le Monde', acronym: false, words: ['Le', 'Monde'], … }
 */
export function lexiconHit(org: OrganizationRecord, written: string, contracted: boolean): LexiconHit {
  return { org, written, contracted, acronym: isAcronymForm(written), words: written.split(/[\s']+/).filter(Boolean) };
}

/** The organisation lexicon as the finder uses it. */
export interface OrganizationLexicon {
  index: WordTrie<LexiconHit>;
  /** Phrase key of every name, acronym and alias → its record (for phrases found by other rules). */
  byKey: Map<string, OrganizationRecord>;
  /** Folded country demonyms ('chinois', 'libanaise'): adjectives inside names and after them. */
  demonyms: ReadonlySet<string>;
  /**
   * The same demonyms, numbered in the shared vocabulary: asked after every 'le' ('le néerlandais ASML'),
   * where most words are none ('le gouvernement') and a lookup of the word's string in the set is a probe
   * out of the cache. A lexicon without them is asked by its set.
   */
  demonymWords?: NumberedWords;
  /** Country names and demonyms, to say which country a generic body belongs to ('Cour suprême' → "Cour suprême de l'Inde"). */
  national?: NationalWords;
  /** Keys of names of three words or more without their articles after 'de' (looseKey) → the one record so named, null when two are. */
  loose?: ReadonlyMap<string, OrganizationRecord | null>;
  /** Phrase keys of French regions and départements ('centre val de loire'): a regional branch after a name. */
  regions?: ReadonlySet<string>;
  /** Whether a word opens a person's name (a well-attested first name): 'les Bleus de [Didier] Deschamps' is no team. */
  opensPersonName?: (key: string) => boolean;
}

/**
 * Builds a lexicon from records; tests pass a few. `demonyms` are the country adjectives
 * ('chinois', 'libanaise') that may end a name ('Parti communiste chinois').
 * @example buildOrganizationLexicon([{ name: 'État islamique', acronym: 'EI', aliases: ['Daesh'] }], ['chinois'])
 */
export function buildOrganizationLexicon(records: readonly OrganizationRecord[], demonyms: Iterable<string> = []): OrganizationLexicon {
  const index = new WordTrie<LexiconHit>();
  const byKey = new Map<string, OrganizationRecord>();
  for (const org of records.map(withEveryField)) {
    for (const n of [org.name, ...(org.acronym ? [org.acronym] : []), ...org.aliases]) {
      index.add(n, lexiconHit(org, n, false));
      const key = phraseKey(n);
      if (!byKey.has(key)) byKey.set(key, org);
      // 'Les Républicains' → 'des Républicains', 'aux Républicains'; 'Le Monde' → 'du Monde'.
      const m = /^(?:Le|Les) (\p{Lu}.*)$/u.exec(n);
      if (m && m[1]) index.add(m[1], lexiconHit(org, m[1], true));
    }
  }
  const folded = new Set<string>();
  for (const d of demonyms) folded.add(phraseKey(d));
  const loose = new Map<string, OrganizationRecord | null>();
  for (const [key, org] of byKey) {
    if (key.split(' ').length < 3) continue;
    const k = looseKey(key);
    const seen = loose.get(k);
    loose.set(k, seen === undefined || seen === org ? org : null);
  }
  return { index, byKey, demonyms: folded, demonymWords: new NumberedWords(folded), loose };
}

/**
 * A record with every field, in one order, `undefined` where it has none: the finder's reads of a
 * record ('hit.org.kind', 'v.org.flags', at every listed name a document holds) then meet one
 * hidden class. The table's records were of a dozen classes, one for each set of fields they have
 * ('Total': kind and flags; 'OTAN': acronym, Wikidata and kind), and V8 read them by its slow
 * generic lookup past four.
 */
function withEveryField(org: OrganizationRecord): OrganizationRecord {
  return { name: org.name, acronym: org.acronym, wikidata: org.wikidata, kind: org.kind, aliases: org.aliases, flags: org.flags };
}

const CONTRACTED_DE = new Set(["d'", 'du', 'des']);

/**
 * A phrase key without the articles after 'de': writers give the same body 'de l'Afrique' or 'd'Afrique', 'des
 * États' or 'd'États' ('la Communauté de développement de l'Afrique australe' is the 'Communauté de développement
 * d'Afrique australe').
 * @example looseKey("communaute de developpement de l' afrique australe") // 'communaute de developpement de afrique australe'
 */
export function looseKey(key: string): string {
  // (The words cut by indexOf, not split: V8 splits a string it has not interned in its runtime, some
  // microsecond a call, and the phrase finder asks this of every name of three words it builds.)
  let out = '';
  let last = '';
  let kept = 0;
  for (let from = 0; ; ) {
    const space = key.indexOf(' ', from);
    const w = space < 0 ? key.slice(from) : key.slice(from, space);
    if (!(ARTICLES.has(w) && kept > 0 && last === 'de')) {
      last = CONTRACTED_DE.has(w) ? 'de' : w;
      out = kept === 0 ? last : `${out} ${last}`;
      kept++;
    }
    if (space < 0) return out;
    from = space + 1;
  }
}

/** Whether a key holds three words or more ('banque de france'): two spaces. */
function hasThreeWords(key: string): boolean {
  const space = key.indexOf(' ');
  return space >= 0 && key.indexOf(' ', space + 1) >= 0;
}

/** The one listed body whose name is `key` but for its articles after 'de' (see looseKey). */
export function looselyKnown(lex: OrganizationLexicon, key: string): OrganizationRecord | undefined {
  if (!lex.loose || !hasThreeWords(key)) return undefined;
  return lex.loose.get(looseKey(key)) ?? undefined;
}

/**
 * Parses the generated table (see scripts/gen-organizations.mjs): runs of organisations after a line
 * '#kind', one a line: name, acronym, Wikidata, other names (|), flags (,); tab-separated.
 * @example parseOrganizationTable('#intl\nOrganisation mondiale de la santé\tOMS\t\tWorld Health Organization')
 * // [{ name: 'Organisation mondiale de la santé', acronym: 'OMS', kind: 'intl', aliases: ['World Health Organization'] }]
 */
export function parseOrganizationTable(table: string): OrganizationRecord[] {
  const out: OrganizationRecord[] = [];
  let kind = '';
  for (const line of table.split('\n')) {
    if (line.startsWith('#')) {
      kind = line.slice(1);
      continue;
    }
    const [name = '', acronym = '', wikidata = '', aliases = '', flags = ''] = line.split('\t');
    const rec: OrganizationRecord = { name, aliases: aliases ? aliases.split('|') : [] };
    if (acronym) rec.acronym = acronym;
    if (wikidata) rec.wikidata = wikidata;
    if (kind) rec.kind = kind;
    if (flags) rec.flags = flags.split(',');
    out.push(rec);
  }
  return out;
}

/** Country demonyms of the built-in country table, every gender and number. */
function builtInDemonyms(): string[] {
  const out: string[] = [];
  for (const c of parseCountryTable(COUNTRY_TABLE)) {
    for (const [m, f] of c.demonyms) for (const d of [m, f]) out.push(d, /[sx]$/.test(d) ? d : d + 's');
  }
  return out;
}

let defaultLexicon: OrganizationLexicon | undefined;
/**
 * The built-in organisation lexicon, unpacked on first use.
 * @example organizationLexicon().byKey.get('otan')?.name // "Organisation du traité de l'Atlantique nord"
 */
export function organizationLexicon(): OrganizationLexicon {
  if (defaultLexicon) return defaultLexicon;
  const lex = buildOrganizationLexicon(parseOrganizationTable(ORGANIZATION_TABLE), builtInDemonyms());
  return (defaultLexicon = {
    ...lex,
    national: buildNationalWords(parseCountryTable(COUNTRY_TABLE), phraseKey),
    regions: frenchRegionKeys(PLACE_TABLE),
    opensPersonName: (key) => opensPersonName(personLexicon(), key),
  });
}

/**
 * The phrase keys of the French regions and départements of the place table (its '#region FR'
 * section), and of the seas and rivers that name départements and regional networks (its '#water'
 * and '#water FR' sections: 'la CPME du Rhône', 'la FNSEA de la Marne', 'Airbus Atlantique').
 * @example frenchRegionKeys('#region FR\nBretagne\nOccitanie\n#city\nParis').has('bretagne') // true
 */
export function frenchRegionKeys(placeTable: string): Set<string> {
  const out = new Set<string>();
  for (const section of ['#region FR\n', '#water\n', '#water FR\n']) {
    const start = placeTable.indexOf(section);
    if (start < 0) continue;
    const end = placeTable.indexOf('\n#', start + 1);
    for (const line of placeTable.slice(start + section.length, end < 0 ? undefined : end).split('\n')) {
      for (const name of line.split(/[\t|]/)) if (name) out.add(phraseKey(name));
    }
  }
  return out;
}

/**
 * Kinds of the hand list that are not organisations but look like them, listed so that no rule
 * takes them: competitions ('Ligue des champions', 'Coupe du monde') and facilities ('Centre
 * spatial guyanais') and generic phrases ('Communauté internationale').
 */
export const NOT_ORGANIZATION_KINDS: ReadonlySet<string> = new Set(['event', 'place', 'generic']);

/** Whether a listed form is an acronym, to be matched in capitals only ('EI', 'CFE-CGC', 'G7'). */
export function isAcronymForm(s: string): boolean {
  return s.length <= 10 && /^[\p{Lu}\d&+-]+$/u.test(s) && /\p{Lu}/u.test(s);
}
