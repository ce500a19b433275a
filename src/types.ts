/**
 * The entity record contract (see README, "The record"): every entity is a plain object
 * that survives `JSON.stringify`, `structuredClone` and `postMessage`.
 */

/** The five kinds of entity gazette finds. */
export type EntityType = 'person' | 'country' | 'organization' | 'location' | 'date';

/** All entity types, in the order gazette reports them when two start at the same offset. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'country', 'organization', 'location', 'date'];

interface EntityBase {
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** UTF-16 offset into the original input (inclusive). */
  start: number;
  /** UTF-16 offset into the original input (exclusive). */
  end: number;
  /** Confidence in 0..1. */
  score: number;
  /** The finder or rule that decided, e.g. `'country/gazetteer'`. */
  source: string;
}

/**
 * A person: 'le ministre marocain des Affaires étrangères, Nasser Bourita'.
 * @example { name: 'Nasser Bourita', givenName: 'Nasser', familyName: 'Bourita', role: 'ministre marocain des Affaires étrangères' }
 */
export interface PersonValue {
  /** Canonical full name: 'Nasser Bourita' even for a later mention 'Bourita'. */
  name: string;
  givenName?: string;
  familyName?: string;
  /** Honorific written before the name: 'M.', 'Mme', 'Dr', 'Me'. */
  title?: string;
  /** Role the text gives: 'ministre marocain des Affaires étrangères'. */
  role?: string;
  /** Wikidata QID when gazette knows the person. */
  wikidata?: string;
}

/**
 * A country by name ('la France', 'Grande Bretagne') or by demonym ('marocain', 'les Américains').
 * @example { code: 'MA', alpha3: 'MAR', name: 'Maroc', form: 'demonym' }
 */
export interface CountryValue {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** ISO 3166-1 alpha-3. */
  alpha3: string;
  /** French short name. */
  name: string;
  form: 'name' | 'demonym';
  wikidata?: string;
}

/**
 * An organisation: 'l'OTAN', 'la Banque centrale européenne', 'Daech'.
 * @example { name: 'État islamique', wikidata: undefined }
 */
export interface OrganizationValue {
  /** Canonical full French name, acronyms expanded. */
  name: string;
  acronym?: string;
  wikidata?: string;
}

/** What kind of place a location is. */
export type LocationKind = 'city' | 'region' | 'continent' | 'area' | 'water' | 'mountain' | 'place';

/**
 * A place that is not a country: 'Marrakech', 'Afrique', 'Sud-Est asiatique'.
 * @example { name: 'Marrakech', countryCode: 'MA', kind: 'city', wikidata: 'Q101625' }
 */
export interface LocationValue {
  name: string;
  countryCode?: string;
  kind?: LocationKind;
  wikidata?: string;
}

/** How precise a date value is. */
export type DateGranularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

/**
 * A date: '11 mai prochain' in a document of April 2022.
 * @example { value: '2022-05-11', granularity: 'day', start: '2022-05-11', end: '2022-05-11', relative: true }
 */
export interface DateValue {
  /**
   * ISO 8601 / TIMEX3 style: '2022-05-11', '2022-05', '2022', '2023-03-23/2023-03-24',
   * '199X', '13XX', '2021-FA', 'XXXX-05-11'; `null` when a relative expression has no
   * reference date to resolve against.
   */
  value: string | null;
  granularity: DateGranularity;
  /** First calendar day covered, 'YYYY-MM-DD', when known. */
  start?: string;
  /** Last calendar day covered (inclusive), 'YYYY-MM-DD', when known. */
  end?: string;
  /** True when the value depends on the reference date ('hier', 'mardi dernier', '11 mai prochain', '12 mai'). */
  relative: boolean;
}

/** 'Nasser Bourita' in 'le ministre marocain des Affaires étrangères, Nasser Bourita'. */
export interface PersonEntity extends EntityBase {
  type: 'person';
  normalized: PersonValue;
}
/** 'Maroc' or 'marocain'. */
export interface CountryEntity extends EntityBase {
  type: 'country';
  normalized: CountryValue;
}
/** 'OTAN', 'Coalition mondiale contre Daesh'. */
export interface OrganizationEntity extends EntityBase {
  type: 'organization';
  normalized: OrganizationValue;
}
/** 'Marrakech', 'Afrique'. */
export interface LocationEntity extends EntityBase {
  type: 'location';
  normalized: LocationValue;
}
/** '11 mai prochain', 'en 2014' → '2014'. */
export interface DateEntity extends EntityBase {
  type: 'date';
  normalized: DateValue;
}

/** One entity found in French text: a discriminated union on `type`. */
export type Entity = PersonEntity | CountryEntity | OrganizationEntity | LocationEntity | DateEntity;

/** The entity of one type: `EntityOf<'date'>` is `DateEntity`. */
export type EntityOf<T extends EntityType> = Extract<Entity, { type: T }>;

/** Why a candidate was dropped, for the `debug` callback. */
export interface DebugEvent {
  stage: string;
  reason: string;
  candidate: Pick<Entity, 'type' | 'text' | 'start' | 'end' | 'source'>;
  /** The entity that won over it, when one did. */
  winner?: Pick<Entity, 'type' | 'text' | 'start' | 'end' | 'source'>;
}

/**
 * Options of `extract` and the `find*` functions.
 * @example extract('Il est arrivé hier à Rabat.', { referenceDate: '2023-03-14', types: ['date', 'location'] })
 */
export interface ExtractOptions {
  /**
   * The document's date, against which 'hier', 'mardi dernier' or '11 mai prochain' are
   * resolved: a Date (its UTC calendar day), or 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', or an ISO
   * datetime. Without it, a leading header such as 'date 2022-04' in the text is used;
   * without either, relative dates get `value: null`. Never the machine's clock.
   */
  referenceDate?: Date | string;
  /** Only these types (default: all five). */
  types?: readonly EntityType[];
  /** Drop entities scored below this (0..1, default 0). */
  minScore?: number;
  /** Called with every candidate that a stage drops, and why. */
  debug?: (event: DebugEvent) => void;
}
