import { COUNTRY_TABLE, RESULTS_CODES } from '../data/countries.js';
import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Finder } from '../pipeline.js';
import type { CountryEntity, CountryValue } from '../types.js';
import { PhraseIndex } from './phrase-index.js';
import { SEVERAL_WORDS, knownWordNumber, tokenWordNumbers } from './vocabulary.js';
import { opensPersonName, partOfLongerName, splitPair } from './place-context.js';
import { placeGazetteer, placeNamedAlone } from './location/gazetteer.js';
import { personLexicon } from './person.js';
import { opensPersonName as opensPersonNameIn } from './person/lexicon.js';
import { americaIsCountry } from './america.js';
import { afterParenthesis, countResultsPairs, parseResultsCodes, resultsCodeAt } from './results-codes.js';

/** One country of the gazetteer. */
export interface CountryRecord {
  code: string;
  alpha3: string;
  name: string;
  wikidata?: string;
  independent: boolean;
  /** Every name form ('Royaume-Uni', 'Grande-Bretagne', 'Grande Bretagne', 'UK'). */
  names: string[];
  /** Demonyms, masculine and feminine singular, lower case ('marocain', 'marocaine'). */
  demonyms: Array<[string, string]>;
}

interface Hit {
  country: CountryRecord;
  form: 'name' | 'demonym';
  /** The form as listed: 'RDC' must be written in capitals to match. */
  written: string;
}

/** The country gazetteer, as the finder uses it. */
export interface CountryGazetteer {
  index: PhraseIndex<Hit>;
  byCode: Map<string, CountryRecord>;
  /** Abbreviations of sports results as written ('It', 'S', 'GER', and every alpha-3 code) → alpha-2. */
  resultsCodes: ReadonlyMap<string, string>;
  /** Whether a folded word is the family name of a known person ('pogacar' in 'Pogacar (Slo)'). */
  isPersonName: (key: string) => boolean;
  /** Whether a name as written is a place the location finder knows ('Dakar' in 'France-Dakar'). */
  isPlaceName: (name: string) => boolean;
  /**
   * Whether the first words of token `i` may be a place `isPlaceName` knows ('Dakar' of 'Dakar-Paris'): a
   * cheap pre-check before the halves of a hyphenated word are looked up ('Jean-Claude'). Without it,
   * every token may.
   */
  mayStartWithPlaceName?: (tokens: readonly Token[], i: number) => boolean;
  /** Whether a folded word is a well-known first name, which opens a person's name after a country ('la Chine Gilles Kepel'). */
  opensPersonName: (key: string) => boolean;
}

/** What a country gazetteer knows besides its records. */
export interface CountryGazetteerExtras {
  /** Abbreviations of sports results, as written → alpha-2 ('It' → 'IT'); alpha-3 codes are added. */
  resultsCodes?: Iterable<[string, string]>;
  isPersonName?: (key: string) => boolean;
  isPlaceName?: (name: string) => boolean;
  mayStartWithPlaceName?: (tokens: readonly Token[], i: number) => boolean;
  opensPersonName?: (key: string) => boolean;
}

/**
 * Builds a gazetteer from country records; tests pass a five-country list.
 * @example buildCountryGazetteer([{ code: 'MA', alpha3: 'MAR', name: 'Maroc', independent: true, names: [], demonyms: [['marocain', 'marocaine']] }])
 */
export function buildCountryGazetteer(records: readonly CountryRecord[], extras: CountryGazetteerExtras = {}): CountryGazetteer {
  const index = new PhraseIndex<Hit>();
  const byCode = new Map<string, CountryRecord>();
  // Independent states first, so that a shared demonym ('congolais', 'néerlandais') goes to them.
  const ordered = [...records].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    byCode.set(c.code, c);
    for (const n of [c.name, ...c.names]) index.add(n, { country: c, form: 'name', written: n });
    for (const [m, f] of c.demonyms) {
      for (const d of new Set([m, f, plural(m), plural(f)])) index.add(d, { country: c, form: 'demonym', written: d });
    }
  }
  const resultsCodes = new Map<string, string>(records.map((c) => [c.alpha3, c.code]));
  for (const [abbr, code] of extras.resultsCodes ?? []) resultsCodes.set(abbr, code);
  const gaz: CountryGazetteer = { index, byCode, resultsCodes, isPersonName: extras.isPersonName ?? (() => false), isPlaceName: extras.isPlaceName ?? (() => false), opensPersonName: extras.opensPersonName ?? (() => false) };
  if (extras.mayStartWithPlaceName) gaz.mayStartWithPlaceName = extras.mayStartWithPlaceName;
  return gaz;
}

/** 'marocain' → 'marocains', 'français' → 'français', 'grecque' → 'grecques'. */
function plural(w: string): string {
  return /[sx]$/.test(w) ? w : w + 's';
}

/** Parses the generated table (see scripts/gen-countries.mjs). */
export function parseCountryTable(table: string): CountryRecord[] {
  return table.split('\n').map((line) => {
    const [code = '', alpha3 = '', wikidata = '', independent = '', name = '', names = '', demonyms = ''] = line.split('\t');
    const rec: CountryRecord = {
      code, alpha3, name, independent: independent === '1',
      names: names ? names.split('|') : [],
      demonyms: demonyms ? demonyms.split('|').map((d) => { const [m = '', f = m] = d.split(','); return [m, f] as [string, string]; }) : [],
    };
    if (wikidata) rec.wikidata = wikidata;
    return rec;
  });
}

let defaultGazetteer: CountryGazetteer | undefined;
/** The built-in gazetteer, unpacked on first use. */
export function countryGazetteer(): CountryGazetteer {
  return (defaultGazetteer ??= buildCountryGazetteer(parseCountryTable(COUNTRY_TABLE), {
    resultsCodes: parseResultsCodes(RESULTS_CODES),
    isPersonName: (key) => personLexicon().surnames.has(key),
    isPlaceName: (name) => !!placeNamedAlone(placeGazetteer(), name),
    mayStartWithPlaceName: (tokens, i) => placeGazetteer().index.startsWithPhraseAt(tokens, i),
    opensPersonName: (key) => opensPersonNameIn(personLexicon(), key),
  }));
}

// Words before a lower-case demonym that make it a language: 'parle français', 'en anglais', 'le russe'.
const LANGUAGE_BEFORE = new Set(['en', 'le', 'du', 'au', "l'", 'parle', 'parler', 'parlent', 'parlait', 'parlant', 'traduit', 'apprendre', 'apprend', 'enseigne']);
// Before a capitalised form that is both a name and a demonym: 'le Suisse Roger Federer', 'les Argentines'.
const PERSON_DETERMINERS = new Set(['le', 'un', 'les', 'des', 'ces', 'deux', 'trois', 'quelques', 'plusieurs', 'nombreux', 'nos', 'leurs', 'ses']);
const PLURAL_ARTICLES = new Set(['les', 'des']);
// After a place preposition, a form that is both a name and a demonym is the name: 'en Suisse', 'de la
// Suisse', 'à Suisse'… never 'the Swiss'. ('la' stands for 'de la', 'à la'; 'la Suisse' as a subject is the country too.)
const NAME_PREPOSITIONS = new Set(['en', 'au', 'aux', 'de', 'du', 'la', 'a', "d'", "l'"]);
// Country names that are also given names or words: they need a place context ('à Maurice', 'la Dominique').
const NEEDS_CONTEXT = new Set(['maurice', 'dominique', 'grenade', 'salvador', 'jersey', 'reunion', 'georgie', 'man', 'tonga', 'chine']);
// Countries whose capital bears their name, a city distinct from the country ('à Luxembourg', 'à Koweït').
// City-states (Monaco, Singapour, Vatican) stay countries.
const CAPITAL_NAMED_LIKE_COUNTRY = new Set(['luxembourg', 'djibouti', 'koweit', 'panama', 'guatemala', 'mexico']);
const PLACE_CONTEXT = new Set(['a', 'de', "d'", 'en', 'la', "l'", 'au', 'du', 'vers', 'pour', 'avec', 'contre', 'ile', 'entre']);

const NO_MATCH: ReturnType<PhraseIndex<Hit>['matchAt']> = [];

/**
 * Finds countries by name and by demonym.
 * @example findCountryCandidates(prepare('la diplomatie marocaine au Canada'), countryGazetteer())
 *   // marocaine → { code: 'MA', form: 'demonym' }, Canada → { code: 'CA', form: 'name' }
 */
export function findCountryCandidates(doc: Doc, gaz: CountryGazetteer): CountryEntity[] {
  const out: CountryEntity[] = [];
  const { tokens } = doc;
  // (Read once: a lexicon built meanwhile numbers more words, none of the gazetteer's, numbered when it was built.)
  const numbers = tokenWordNumbers(tokens);
  let pairs = -1;
  const results = { codes: gaz.resultsCodes, isPersonName: gaz.isPersonName, pairsInDocument: () => (pairs < 0 ? (pairs = countResultsPairs(tokens, gaz.resultsCodes)) : pairs) };
  // The tokens anything may start on are told without reading them: a word that opens a name or a
  // demonym, or is hyphenated ('France-Brésil'), by its number; 'Amérique' by its number (all the
  // unknown words, were 'amerique' numbered by no lexicon: read as before); a code after its '('.
  // Nine tokens in ten of a news text are none of these ('le', 'annoncé', ','), and each read of a
  // token object, far from the last in the heap, cost more than the tests it was read for.
  const america = knownWordNumber('amerique');
  let paren = afterParenthesis(tokens, doc.view, 0);
  for (let i = 0; i < tokens.length; i++) {
    const n = numbers[i] as number;
    if (paren < i) paren = afterParenthesis(tokens, doc.view, i);
    if (i !== paren && n !== america && !gaz.index.mayOpen(n)) continue;
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (doc.header && t.start < doc.header.end) continue;
    // '1. Guidi (It)', 'Zulle (S)': an athlete's country in a results table.
    const coded = i === paren ? resultsCodeAt(tokens, i, results) : undefined;
    const country = coded ? gaz.byCode.get(coded) : undefined;
    if (country) {
      out.push({ type: 'country', text: doc.input.slice(t.start, t.end), start: t.start, end: t.end, score: 0.9, source: 'country/results-code', normalized: countryValue(country, 'name') });
      continue;
    }
    // 'les relations entre la France et l'Amérique', 'l'Amérique de Trump': the United States.
    if (t.key === 'amerique' && americaIsCountry(tokens, i, (x) => !!countryNamed(gaz, x.text), gaz.isPersonName)) {
      const us = gaz.byCode.get('US');
      if (us) out.push({ type: 'country', text: t.text, start: t.start, end: t.end, score: 0.95, source: 'country/america', normalized: countryValue(us, 'name') });
      continue;
    }
    // (Most words open no country's name or demonym: answered by their number before a walk is begun.)
    const matches = gaz.index.mayOpen(n) ? gaz.index.matchAt(tokens, i) : NO_MATCH;
    // (A word with an inner hyphen has a key of several words: the other capitalised words are answered by their
    // number, not by a search of their text, whose method the engine looks up in a generic way at every one.)
    if (matches.length === 0 && n === SEVERAL_WORDS && t.cap && t.text.includes('-')) {
      // 'le match France-Brésil', 'la finale France-Argentine': two countries in one token.
      const pair = mayOpenPair(gaz, tokens, i) ? splitPair(t, (part) => !!countryNamed(gaz, part) || gaz.isPlaceName(part)) : undefined;
      for (const part of pair ?? []) {
        const country = countryNamed(gaz, part.text);
        if (country) out.push({ type: 'country', text: doc.input.slice(part.start, part.end), start: part.start, end: part.end, score: 0.9, source: 'country/pair', normalized: countryValue(country, 'name') });
      }
      continue;
    }
    for (const m of matches) {
      const last = tokens[m.end - 1] as Token;
      const hit = choose(m.values, tokens, i, m.end, gaz);
      if (!hit) {
        // 'Banque centrale de la République argentine': a rejected name is skipped whole ('argentine' is no demonym here).
        if (m === matches[matches.length - 1] && t.cap) i = (matches[0]?.end ?? i + 1) - 1;
        continue;
      }
      const value = countryValue(hit.country, hit.form);
      const ambiguous = hit.form === 'name' && NEEDS_CONTEXT.has(t.key);
      out.push({
        type: 'country',
        text: doc.input.slice(t.start, last.end),
        start: t.start,
        end: last.end,
        score: ambiguous ? 0.6 : hit.form === 'name' ? 0.95 : 0.9,
        source: hit.form === 'name' ? 'country/gazetteer' : 'country/demonym',
        normalized: value,
      });
      i = m.end - 1;
      break;
    }
  }
  return out;
}

/**
 * Whether a hyphenated token may be a pair ('France-Brésil', 'France-Dakar'): its first words are a
 * country or a place. 'Jean-Claude' is answered by the word numbers of 'jean' and 'claude', before each
 * split is folded and looked up in tables far out of the cache.
 */
function mayOpenPair(gaz: CountryGazetteer, tokens: readonly Token[], i: number): boolean {
  return gaz.index.startsWithPhraseAt(tokens, i) || (gaz.mayStartWithPlaceName?.(tokens, i) ?? true);
}

/** The country a name written alone stands for: 'Brésil', 'USA' (an acronym only in capitals), or undefined. */
function countryNamed(gaz: CountryGazetteer, name: string): CountryRecord | undefined {
  const hits = gaz.index.get(name);
  const hit = hits?.find((h) => h.form === 'name' && (!isAcronym(h.written) || name === name.toUpperCase()));
  return hit?.country;
}

function isAcronym(written: string): boolean {
  return written.length <= 4 && written === written.toUpperCase();
}

function countryValue(country: CountryRecord, form: 'name' | 'demonym'): CountryValue {
  const value: CountryValue = { code: country.code, alpha3: country.alpha3, name: country.name, form };
  if (country.wikidata) value.wikidata = country.wikidata;
  return value;
}

/** Picks the reading of a matched phrase that its spelling and context allow, or none. */
function choose(values: Hit[], tokens: readonly Token[], i: number, end: number, gaz: CountryGazetteer): Hit | undefined {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const prevKey = prev && prev.kind !== 'punct' ? prev.key : '';
  let name: Hit | undefined;
  let demonym: Hit | undefined;
  for (const v of values) {
    if (!spellingOk(v, tokens, i, end)) continue;
    if (v.form === 'name') name ??= v;
    else demonym ??= v;
  }
  // 'réunion', 'grenade', 'chine' in lower case are words; 'république démocratique du Congo' is a name.
  if (name && !t.cap && !t.upper && !(end > i + 1 && (tokens[end - 1] as Token).cap)) name = undefined;
  // 'Banque de France', 'Tour de France', 'Qatar Airways', 'Israël Katz': the name is part of another name.
  if (name && partOfLongerName(tokens, i, end, gaz.opensPersonName) && !afterDemonym(tokens, i, gaz)) name = undefined;
  // 'à Luxembourg', 'à Djibouti': the capital named like its country ('au Luxembourg' is the country).
  if (name && CAPITAL_NAMED_LIKE_COUNTRY.has(t.key) && end === i + 1 && (prev?.text === 'à' || prev?.text === 'À')) name = undefined;
  if (name && NEEDS_CONTEXT.has(t.key) && !PLACE_CONTEXT.has(prevKey)) name = undefined;
  // 'Maurice Ravel'; but 'la Chine Gilles Kepel' is the country, then a person who opens on a first name.
  if (name && NEEDS_CONTEXT.has(t.key) && isFollowedByName(tokens, end) && !opensPersonName(tokens, end, gaz.opensPersonName)) name = undefined;
  // 'le suisse Barry Callebaut', 'l'américain Cargill': after an article, a name right after makes the
  // word the company's or the person's nationality, not a language.
  const namesNext = (prevKey === 'le' || prevKey === "l'") && tokens[i - 2]?.key !== 'de' && isFollowedByName(tokens, end);
  if (demonym && !t.cap && end === i + 1 && LANGUAGE_BEFORE.has(prevKey) && !namesNext && isMasculineSingular(demonym, t)) demonym = undefined;
  // 'la langue française', 'de langue arabe': the language, not the country (the corpus guide).
  if (demonym && !t.cap && (prevKey === 'langue' || prevKey === 'langues')) demonym = undefined;
  // 'la Suisse Martina Hingis': a name right after makes the form a person's demonym.
  if (demonym && t.cap && NAME_PREPOSITIONS.has(prevKey) && values.some((v) => v.form === 'name')) {
    return prevKey === 'la' && isFollowedByName(tokens, end) ? demonym : name;
  }
  // 'les Philippines', 'des Philippines': a country whose name is plural takes 'les' itself, so 'les' does
  // not make the same word its women ('deux Philippines' still are).
  if (name && demonym && PLURAL_ARTICLES.has(prevKey) && t.key.endsWith('s')) return name;
  if (name && demonym) return PERSON_DETERMINERS.has(prevKey) ? demonym : name;
  return name ?? demonym;
}

/** Acronyms ('RDC', 'USA', 'UK') match only in capitals; other forms in any case. */
/** 'les Atlantes de l'Atlantide', 'les Kurdes d'Irak': a people before 'de' does not make a longer name. */
function afterDemonym(tokens: readonly Token[], i: number, gaz: CountryGazetteer): boolean {
  const link = tokens[i - 1]?.key === "l'" || tokens[i - 1]?.key === 'la' ? i - 2 : i - 1;
  const people = tokens[link - 1];
  return !!people && people.kind === 'word' && !!gaz.index.get(people.text)?.some((h) => h.form === 'demonym');
}

function spellingOk(v: Hit, tokens: readonly Token[], i: number, end: number): boolean {
  if (isAcronym(v.written)) {
    for (let k = i; k < end; k++) if (!(tokens[k] as Token).upper) return false;
  }
  return true;
}

function isMasculineSingular(h: Hit, t: Token): boolean {
  return h.country.demonyms.some(([m]) => m === t.key || m.normalize('NFD').replace(/[\u0300-\u036f]/g, '') === t.key);
}

function isFollowedByName(tokens: readonly Token[], end: number): boolean {
  const n = tokens[end];
  return !!n && n.kind === 'word' && n.cap && n.spaceBefore === ' ';
}

/**
 * The country finder of the default pipeline.
 * @example createCountryFinder().find(prepare('au Maroc'), ctx) // [{ type: 'country', text: 'Maroc', … }]
 */
export function createCountryFinder(gazetteer?: CountryGazetteer): Finder {
  return {
    name: 'country',
    types: ['country'],
    find: (doc) => findCountryCandidates(doc, gazetteer ?? countryGazetteer()),
  };
}
