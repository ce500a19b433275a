import { PLACE_TABLE, PLACE_WIKIDATA } from '../../data/places.js';
import { COMMON_WORD_PLACES, GIVEN_NAME_PLACES, SURNAME_PLACES } from '../../data/place-words.js';
import { COUNTRY_TABLE } from '../../data/countries.js';
import type { LocationKind } from '../../types.js';
import { PhraseIndex } from '../phrase-index.js';
import { fold } from '../../text/normalize.js';
import { personLexicon } from '../person.js';
import { COMPASS } from '../place-context.js';
import { opensPersonName as opensPersonNameIn } from '../person/lexicon.js';

/** One place of the gazetteer. */
export interface PlaceRecord {
  name: string;
  kind: LocationKind;
  countryCode?: string;
  wikidata?: string;
  names: string[];
}

/** One reading of a matched phrase. */
export interface PlaceHit {
  place: PlaceRecord;
  /** 'Caire' standing for 'Le Caire' after 'au', 'du': only after a contracted article. */
  contracted: boolean;
}

/** The place gazetteer as the finder uses it. */
export interface PlaceGazetteer {
  index: PhraseIndex<PlaceHit>;
  /** One-word names that are also French words ('tours', 'orange'): folded keys. */
  commonWords: ReadonlySet<string>;
  /** One-word names that are also given names ('florence', 'nancy'): folded keys. */
  givenNames: ReadonlySet<string>;
  /** Adjectives that make a region of a region: 'occidentale', 'françaises' ('Alpes françaises'): folded keys. */
  regionAdjectives: ReadonlySet<string>;
  /** One-word names read as a famous surname or a brand unless a preposition says place ('darwin'). */
  surnames: ReadonlySet<string>;
  /** Whether a folded word is a first name: 'à Agnieszka Radwańska' is a person, not a place. */
  isFirstName: (key: string) => boolean;
  /** Whether a folded word is a well-known first name, which opens a person's name after a place ('à Moscou Benoît Vitkine'). */
  opensPersonName: (key: string) => boolean;
  /** Country names ('Suisse', 'Brésil'): the country finder's, known here for the places around them. */
  countries: PhraseIndex<true>;
}

/** Which one-word place names need a context, as folded keys ('tours', 'florence'). */
export interface PlaceAmbiguity {
  commonWords?: Iterable<string>;
  givenNames?: Iterable<string>;
  /** Demonyms and other adjectives after a region ('françaises', 'canadien'), folded; directions are built in. */
  regionAdjectives?: Iterable<string>;
  /** One-word names that need 'à', 'en', 'vers' before them to be places ('darwin', 'churchill'), folded. */
  surnames?: Iterable<string>;
  /** Whether a folded word is a first name (default: none is). */
  isFirstName?: (key: string) => boolean;
  /** Whether a folded word is a well-known first name (default: none is). */
  opensPersonName?: (key: string) => boolean;
  /** Country names ('Suisse', 'Royaume-Uni'), as written (default: none). */
  countryNames?: Iterable<string>;
}

// 'Europe occidentale', 'Amérique méridionale', 'Suisse romande': direction adjectives in every form.
const DIRECTION_ADJECTIVES = ['occidental', 'oriental', 'meridional', 'septentrional', 'central', 'austral', 'romand', 'insulaire', 'continental']
  .flatMap((a) => [a, a + 'e', a + 'es', a.replace(/al$/, 'aux')]);

/**
 * Builds a gazetteer from place records; tests pass a handful.
 * @example buildPlaceGazetteer([{ name: 'Le Caire', kind: 'city', countryCode: 'EG', names: [] }])
 */
export function buildPlaceGazetteer(records: readonly PlaceRecord[], ambiguity: PlaceAmbiguity = {}): PlaceGazetteer {
  const index = new PhraseIndex<PlaceHit>();
  for (const place of records) {
    for (const n of [place.name, ...place.names]) {
      index.add(n, { place, contracted: false });
      // 'Le Caire' → 'au Caire', 'du Caire'; 'Le Havre' → 'au Havre'; 'Les Sables' → 'aux Sables'.
      const m = /^(?:Le|Les) (.+)$/.exec(n);
      if (m && m[1]) index.add(m[1], { place, contracted: true });
    }
  }
  const countries = new PhraseIndex<true>();
  for (const n of ambiguity.countryNames ?? []) countries.add(n, true);
  return {
    index,
    countries,
    commonWords: new Set(ambiguity.commonWords ?? []),
    givenNames: new Set(ambiguity.givenNames ?? []),
    regionAdjectives: new Set([...DIRECTION_ADJECTIVES, ...(ambiguity.regionAdjectives ?? [])]),
    surnames: new Set(ambiguity.surnames ?? []),
    isFirstName: ambiguity.isFirstName ?? (() => false),
    opensPersonName: ambiguity.opensPersonName ?? (() => false),
  };
}

/**
 * Parses the generated table (see scripts/gen-places.mjs): groups headed '#kind CC', one place a line
 * (name, then other names after a tab), and beside it the QIDs as base-36 steps within each group.
 * @example parsePlaceTable('#city MA\nMarrakech\tMarrakesh', '26ex') // [{ name: 'Marrakech', kind: 'city', countryCode: 'MA', wikidata: 'Q101625', names: ['Marrakesh'] }]
 */
export function parsePlaceTable(table: string, wikidata = ''): PlaceRecord[] {
  const out: PlaceRecord[] = [];
  const steps = wikidata.split(' ');
  let kind = 'place';
  let cc = '';
  let qid = 0;
  let row = 0;
  for (const line of table.split('\n')) {
    if (line.startsWith('#')) {
      [kind = 'place', cc = ''] = line.slice(1).split(' ');
      qid = 0;
      continue;
    }
    const [name = '', names = ''] = line.split('\t');
    const rec: PlaceRecord = { name, kind: kind as LocationKind, names: names ? names.split('|') : [] };
    if (cc) rec.countryCode = cc;
    const step = steps[row++];
    if (step) {
      qid += parseInt(step, 36);
      rec.wikidata = `Q${qid}`;
    }
    out.push(rec);
  }
  return out;
}

/**
 * The place a name written alone stands for ('Dakar', 'Saint-Étienne'), or undefined for a one-word name
 * that is also a word, a given name or a surname ('Tours', 'Pierre', 'Darwin'), a direction or a contracted
 * 'Caire': the halves of 'Paris-Dakar' must be sure places on their own.
 * @example placeNamedAlone(placeGazetteer(), 'Dakar') // { name: 'Dakar', kind: 'city', countryCode: 'SN', … }
 */
export function placeNamedAlone(gaz: PlaceGazetteer, name: string): PlaceRecord | undefined {
  const key = fold(name);
  // 'Béthune-Nord', 'Berlin-Est': a direction after a hyphen names a part of the place, not a second place.
  if (COMPASS.has(key) || gaz.commonWords.has(key) || gaz.givenNames.has(key) || gaz.surnames.has(key)) return undefined;
  return gaz.index.get(name)?.find((h) => !h.contracted)?.place;
}

let defaultGazetteer: PlaceGazetteer | undefined;
/** The built-in place gazetteer, unpacked on first use. */
export function placeGazetteer(): PlaceGazetteer {
  return (defaultGazetteer ??= buildPlaceGazetteer(parsePlaceTable(PLACE_TABLE, PLACE_WIKIDATA), {
    commonWords: COMMON_WORD_PLACES.split('|'),
    givenNames: GIVEN_NAME_PLACES.split('|'),
    surnames: SURNAME_PLACES.split('|'),
    regionAdjectives: demonymForms(COUNTRY_TABLE),
    isFirstName: (key) => personLexicon().givenNames.has(key),
    opensPersonName: (key) => opensPersonNameIn(personLexicon(), key),
    countryNames: countryNames(COUNTRY_TABLE),
  }));
}

/** Every name of the country table: 'Suisse', 'Royaume-Uni', 'Grande-Bretagne'… */
function countryNames(table: string): string[] {
  const out: string[] = [];
  for (const line of table.split('\n')) {
    const cells = line.split('\t');
    if (cells[4]) out.push(cells[4]);
    if (cells[5]) out.push(...cells[5].split('|'));
  }
  return out;
}

/** Every form of the country table's demonyms, folded: 'française', 'françaises', 'canadien'… */
function demonymForms(table: string): string[] {
  const out: string[] = [];
  for (const line of table.split('\n')) {
    const dem = line.split('\t')[6];
    if (!dem) continue;
    for (const pair of dem.split('|')) {
      for (const d of pair.split(',')) {
        const k = fold(d);
        if (k) out.push(k, /[sx]$/.test(k) ? k : k + 's');
      }
    }
  }
  return out;
}
