import { createExtractor, type Extractor } from './extractor.js';
import type {
  CountryEntity, DateEntity, Entity, ExtractOptions, LocationEntity, OrganizationEntity, PersonEntity,
} from './types.js';

let shared: Extractor | undefined;
const defaultExtractor = () => (shared ??= createExtractor());

/**
 * Finds people, countries, organisations, places and dates in French text.
 * @example
 * extract('Nasser Bourita, ministre marocain des Affaires étrangères, accueillera le 11 mai prochain à Marrakech…', { referenceDate: '2022-04' })
 * // [ { type: 'person', text: 'Nasser Bourita', … }, { type: 'country', text: 'marocain', normalized: { code: 'MA', form: 'demonym', … } },
 * //   { type: 'date', text: '11 mai prochain', normalized: { value: '2022-05-11', … } }, { type: 'location', text: 'Marrakech', … } ]
 */
export function extract(text: string, options?: ExtractOptions): Entity[] {
  return defaultExtractor().extract(text, options);
}

// The find* constants below are built by a call: the `@__PURE__` marks tell bundlers that the call has no
// side effect, so that a program importing only `findDates` drops them and the name data they reach
// (without them, `findDates` alone bundled to 117 KB gzipped instead of 23 KB).
function only<T extends Entity>(type: T['type']) {
  return (text: string, options?: Omit<ExtractOptions, 'types'>): T[] =>
    defaultExtractor().extract(text, { ...checkObject(options), types: [type] }) as T[];
}

function checkObject(options: unknown): object | undefined {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object') throw new TypeError(`gazette: options must be an object, got ${typeof options}`);
  return options;
}

/**
 * The people of `extract`: canonical name, given and family name, title and role.
 * @example findPeople('M. Macron a reçu Olaf Scholz.') // [{ text: 'Macron', normalized: { name: 'Emmanuel Macron', title: 'M.', … } }, { text: 'Olaf Scholz', … }]
 */
export const findPeople: (text: string, options?: Omit<ExtractOptions, 'types'>) => PersonEntity[] = /* @__PURE__ */ only<PersonEntity>('person');

/**
 * The countries of `extract`, by name and by demonym, with ISO codes.
 * @example findCountries('la diplomatie espagnole au Maroc') // espagnole → ES (demonym), Maroc → MA (name)
 */
export const findCountries: (text: string, options?: Omit<ExtractOptions, 'types'>) => CountryEntity[] = /* @__PURE__ */ only<CountryEntity>('country');

/**
 * The organisations of `extract`, with canonical names and acronyms.
 * @example findOrganizations("l'OTAN et Daech") // OTAN → Organisation du traité de l'Atlantique nord, Daech → État islamique
 */
export const findOrganizations: (text: string, options?: Omit<ExtractOptions, 'types'>) => OrganizationEntity[] = /* @__PURE__ */ only<OrganizationEntity>('organization');

/**
 * The places of `extract` that are not countries: cities, regions, continents.
 * @example findLocations('une réunion à Marrakech') // [{ text: 'Marrakech', normalized: { name: 'Marrakech', countryCode: 'MA', kind: 'city' } }]
 */
export const findLocations: (text: string, options?: Omit<ExtractOptions, 'types'>) => LocationEntity[] = /* @__PURE__ */ only<LocationEntity>('location');
