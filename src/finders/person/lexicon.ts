import { COUNTRY_TABLE } from '../../data/countries.js';
import { GIVEN_NAMES, GIVEN_NAME_STRENGTHS } from '../../data/given-names.js';
import { NOT_PEOPLE, PEOPLE_TABLE } from '../../data/people.js';
import { fold } from '../../text/normalize.js';

/** A person gazette knows by name: 'Emmanuel Macron', 'Mohammed ben Salmane' (alias 'MBS'). */
export interface KnownPerson {
  /** Canonical full name. */
  name: string;
  givenName?: string;
  familyName?: string;
  /** Other names the press uses alone: 'Lula', 'MBS', 'AMLO'. */
  aliases?: string[];
  /** Wikidata QID, only from a Wikidata-derived source file. */
  wikidata?: string;
  /** Known by the family name alone ('Macron'); false for people known only by their full name. */
  byFamilyName?: boolean;
}

/** What the person finder knows; finders take it as a parameter, tests pass a few entries. */
export interface PersonLexicon {
  /** Folded first name → 3 (frequent), 2, 1 (rare). */
  givenNames: Map<string, number>;
  /** Folded first names that are also common French words ('rose', 'pierre', 'france'): weaker at the start of a sentence. */
  wordNames: Set<string>;
  /** Folded full name or alias → the person ('emmanuel macron', 'lula', 'mbs'). */
  people: Map<string, KnownPerson>;
  /** Folded family name → the well-known people who bear it ('macron' → [Emmanuel Macron]; 'le pen' → two). */
  surnames: Map<string, KnownPerson[]>;
  /** Folded demonym nouns, singular and plural ('georgien', 'americaine', 'britanniques'): 'le Géorgien Khvicha Kvaratskhelia'. */
  demonyms: Set<string>;
  /** Folded names that look like people but are brands or places ('louis vuitton', 'paris saint germain'). */
  notPeople: Set<string>;
  /** Exceptions to 'a first name ending in -e, -a, -y is a woman's': men's ('pierre'), women's ('sarah'), both ('claude'). */
  gender: { men: Set<string>; women: Set<string>; both: Set<string> };
  /** Folded country names ('pologne', 'chine'): 'roi de Pologne Étienne Bathory' is a country, then a name. */
  countries: Set<string>;
}

/** Options of `buildPersonLexicon` beyond first names and people. */
export interface PersonLexiconExtras {
  wordNames?: Iterable<string>;
  demonyms?: Iterable<string>;
  notPeople?: Iterable<string>;
  /** Gender exceptions, see `PersonLexicon.gender`. */
  gender?: { men?: Iterable<string>; women?: Iterable<string>; both?: Iterable<string> };
  /** Country names, see `PersonLexicon.countries`. */
  countries?: Iterable<string>;
}

/**
 * Builds a person lexicon; tests pass a few names.
 * @example buildPersonLexicon(['Nasser', ['Antony', 2]], [{ name: 'Jean-Yves Le Drian', familyName: 'Le Drian' }], { demonyms: ['marocain'] })
 */
export function buildPersonLexicon(
  givenNames: Iterable<string | [string, number]>,
  people: Iterable<KnownPerson> = [],
  extras: PersonLexiconExtras = {},
): PersonLexicon {
  const g = new Map<string, number>();
  for (const n of givenNames) {
    if (typeof n === 'string') g.set(fold(n), 3);
    else g.set(fold(n[0]), n[1]);
  }
  const byName = new Map<string, KnownPerson>();
  const surnames = new Map<string, KnownPerson[]>();
  for (const given of people) {
    const person = withGivenName(given);
    byName.set(nameKey(person.name), person);
    for (const a of person.aliases ?? []) if (!byName.has(nameKey(a))) byName.set(nameKey(a), person);
    const family = person.familyName ?? person.name.split(' ').slice(1).join(' ');
    if (!family || person.byFamilyName === false) continue;
    const key = nameKey(family);
    // A family name that is also a frequent first name ('Charles Michel', 'Ariel Henry') or a
    // two-letter one ('Li') says nothing alone.
    if (key.length < 3 || (g.get(key) ?? 0) >= 3) continue;
    const list = surnames.get(key) ?? [];
    list.push(person);
    surnames.set(key, list);
  }
  const demonyms = new Set<string>();
  for (const d of extras.demonyms ?? []) demonyms.add(fold(d));
  const notPeople = new Set([...(extras.notPeople ?? [])].map(nameKey));
  const set = (xs: Iterable<string> | undefined) => new Set([...(xs ?? [])].map(fold));
  const gender = { men: set(extras.gender?.men), women: set(extras.gender?.women), both: set(extras.gender?.both) };
  return { givenNames: g, wordNames: set(extras.wordNames), people: byName, surnames, demonyms, notPeople, gender, countries: new Set([...(extras.countries ?? [])].map(nameKey)) };
}

/**
 * The lookup key of a name, as the finder builds it from tokens: folded, periods dropped.
 * @example nameKey('Jean-Yves Le Drian') // 'jean yves le drian'
 */
export function nameKey(name: string): string {
  return fold(name.replace(/\./g, ' '));
}

/** The first names of a known person, from the family name ('Ada Lovelace' − 'Lovelace') or a regnal number ('Charles III'). */
function withGivenName(p: KnownPerson): KnownPerson {
  if (p.givenName) return p;
  if (p.familyName && p.name.endsWith(' ' + p.familyName)) return { ...p, givenName: p.name.slice(0, p.name.length - p.familyName.length - 1) };
  const regnal = /^(.+) (?:[IVXL]+|Ier|Ire)$/.exec(p.name);
  if (!p.familyName && regnal?.[1]) return { ...p, givenName: regnal[1] };
  return p;
}

/**
 * Parses the generated people table (see scripts/gen-people.mjs), tab-separated: name; family name when it
 * is not the words after the first (k: the words after the first k, '-': none); aliases (|); QID; 0 when
 * the family name alone does not stand for the person.
 * @example parsePeopleTable('Nasser Bourita\nXi Jinping\tXi\nAbdel Fattah al-Sissi\t2\tSissi\nCharles III\t-')
 * // [{ name: 'Nasser Bourita', familyName: 'Bourita', byFamilyName: true }, { name: 'Xi Jinping', familyName: 'Xi', … }, …]
 */
export function parsePeopleTable(table: string): KnownPerson[] {
  return table.split('\n').filter(Boolean).map((line) => {
    const [name = '', family = '', aliases = '', wikidata = '', famous = ''] = line.split('\t');
    const p: KnownPerson = { name, byFamilyName: famous !== '0' };
    const familyName = family === '-' ? '' : /^\d*$/.test(family) ? name.split(' ').slice(Number(family || 1)).join(' ') : family;
    if (familyName) p.familyName = familyName;
    if (aliases) p.aliases = aliases.split('|');
    if (wikidata) p.wikidata = wikidata;
    return p;
  });
}

/** The first names of the generated list, with their strength, and the names each flag marks. */
export interface GivenNameTable {
  /** Folded first name and strength: 3 frequent, 2, 1 rare. */
  given: Array<[string, number]>;
  /** W: also a common French word ('avril', 'colombe'). */
  words: string[];
  /** M, F, B: the exceptions to 'a name ending in -e, -a, -y is a woman's' ('pierre', 'sarah', 'claude'). */
  men: string[];
  women: string[];
  both: string[];
}

/**
 * Parses the generated first-name list (see scripts/gen-given-names.mjs): front-coded folded names, each
 * the name before it less as many final letters as its leading number says, plus its own letters, then
 * its upper-case flags; the strengths are one digit a name (0: flags only).
 * @example parseGivenNames('claudeB 1ine 8pierreM', '323') // given [['claude', 3], ['claudine', 2], ['pierre', 3]], men ['pierre'], both ['claude']
 */
export function parseGivenNames(list: string, strengths: string): GivenNameTable {
  const table: GivenNameTable = { given: [], words: [], men: [], women: [], both: [] };
  const byFlag: Record<string, string[]> = { W: table.words, M: table.men, F: table.women, B: table.both };
  let previous = '';
  let i = 0;
  for (const token of list.split(' ')) {
    const m = /^(\d*)([^A-Z\d]*)([A-Z]*)$/.exec(token);
    if (!m || !token) continue;
    const [, drop = '', letters = '', flags = ''] = m;
    const name = previous.slice(0, previous.length - Number(drop)) + letters;
    previous = name;
    const strength = Number(strengths[i++] ?? 0);
    if (strength > 0) table.given.push([name, strength]);
    for (const f of flags) byFlag[f]?.push(name);
  }
  return table;
}

/**
 * The French names of the country table, short and official ('Pologne', 'République de Pologne'),
 * and the demonyms as nouns, of the table ('polonais', 'polonaise') then OTHER_DEMONYMS ('kurde'):
 * masculine, feminine and their plurals ('polonaises').
 */
function countryWords(): { names: string[]; demonyms: string[] } {
  const names: string[] = [];
  const demonyms: string[] = [];
  const addDemonym = (d: string) => demonyms.push(d, /[sx]$/.test(d) ? d : d + 's');
  for (const line of COUNTRY_TABLE.split('\n')) {
    const cols = line.split('\t');
    if (cols[4]) names.push(cols[4]);
    for (const n of (cols[5] ?? '').split('|')) if (n) names.push(n);
    // Pairs of masculine and feminine forms: 'emirien,emirienne|émirati,émiratie'.
    for (const d of (cols[6] ?? '').split(/[|,]/)) if (d) addDemonym(d);
  }
  for (const d of OTHER_DEMONYMS) addDemonym(d);
  return { names, demonyms };
}

/** Peoples without a country code of their own that the press writes the same way: 'le Kurde', 'la Québécoise' (folded keys). */
const OTHER_DEMONYMS = [
  'europeen', 'europeenne', 'africain', 'africaine', 'asiatique', 'americain', 'sud americain', 'sud americaine', 'latino americain', 'nord americain',
  'quebecois', 'quebecoise', 'breton', 'bretonne', 'corse', 'basque', 'catalan', 'catalane', 'flamand', 'flamande', 'wallon', 'wallonne', 'kurde',
  'ecossais', 'ecossaise', 'gallois', 'galloise', 'anglais', 'anglaise', 'tchetchene', 'tibetain', 'tibetaine', 'ouighour', 'ouighoure', 'kosovar',
  'palestinien', 'palestinienne', 'sahraoui', 'sahraouie', 'franco algerien', 'franco algerienne', 'franco marocain', 'franco marocaine',
  'franco vietnamien', 'franco vietnamienne', 'franco libanais', 'franco libanaise', 'franco israelien', 'franco israelienne', 'franco britannique',
  'franco americain', 'franco americaine', 'franco suisse', 'franco tunisien', 'franco tunisienne', 'franco iranien', 'franco iranienne',
];

let defaultLexicon: PersonLexicon | undefined;
/**
 * The built-in lexicon, unpacked on first use (never at import time).
 * @example personLexicon().givenNames.get('nasser') // 3
 */
export function personLexicon(): PersonLexicon {
  if (defaultLexicon) return defaultLexicon;
  const { given, words, men, women, both } = parseGivenNames(GIVEN_NAMES, GIVEN_NAME_STRENGTHS);
  const { names, demonyms } = countryWords();
  defaultLexicon = buildPersonLexicon(given, parsePeopleTable(PEOPLE_TABLE), {
    wordNames: words, demonyms, notPeople: NOT_PEOPLE.split('\n'), gender: { men, women, both }, countries: names,
  });
  return defaultLexicon;
}

/**
 * The sex a first name is mostly given to, when the lexicon can tell: 'm', 'f', or undefined
 * ('Claude', unknown names). Compounds follow their first part ('Jean-Marie' → 'm').
 * @example genderOf(lex, 'Delphine') // 'f'
 */
export function genderOf(lex: PersonLexicon, givenName: string): 'm' | 'f' | undefined {
  const key = fold(givenName).split(' ')[0] ?? '';
  if (!key || lex.gender.both.has(key)) return undefined;
  if (lex.gender.men.has(key)) return 'm';
  if (lex.gender.women.has(key)) return 'f';
  if (!lex.givenNames.has(key)) return undefined;
  return /(?:e|a|y)$/.test(key) ? 'f' : 'm';
}

const OPENERS = new WeakMap<PersonLexicon, ReadonlySet<string>>();

/**
 * Whether a folded word opens a person's name on its own: a well-attested first name ('gilles'),
 * or the first word of a well-known person of several words ('xi' of Xi Jinping). A place before
 * such a word ends there: 'la Chine Xi Jinping', 'à Moscou Benoît Vitkine'.
 * @example opensPersonName(personLexicon(), 'xi') // true
 */
export function opensPersonName(lex: PersonLexicon, key: string): boolean {
  if ((lex.givenNames.get(key) ?? 0) >= 2) return true;
  let firsts = OPENERS.get(lex);
  if (!firsts) {
    const set = new Set<string>();
    for (const name of lex.people.keys()) {
      const space = name.indexOf(' ');
      // 'le pen', 'de gaulle': particles open names too often to end a place
      if (space > 1) set.add(name.slice(0, space));
    }
    for (const w of ['le', 'la', 'de', 'du', 'des', 'van', 'von', 'al', 'el', 'ben', 'abu', 'abou']) set.delete(w);
    OPENERS.set(lex, (firsts = set));
  }
  return firsts.has(key);
}
