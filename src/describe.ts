import type { Entity, EntityType } from './types.js';

/** Short labels, as in the corpus annotations: PER, CTRY, ORG, LOC, DATE. */
export const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  person: 'PER',
  country: 'CTRY',
  organization: 'ORG',
  location: 'LOC',
  date: 'DATE',
};

/**
 * The normalized value in a few words, for tables and tooltips.
 * @example describeValue(countryEntity('marocain')) // 'MA Maroc (demonym)'
 * @example describeValue(dateEntity('11 mai prochain')) // '2022-05-11 (day, relative)'
 */
export function describeValue(e: Pick<Entity, 'type' | 'normalized'>): string {
  const n = e.normalized as unknown as Record<string, unknown> | undefined;
  if (!n || typeof n !== 'object') return '';
  const words = (...xs: unknown[]) => xs.filter((x) => typeof x === 'string' && x !== '').join(' ');
  switch (e.type) {
    case 'person':
      return words(n.title, n.name, typeof n.role === 'string' ? `(${n.role})` : undefined);
    case 'country':
      return words(n.code, n.name, n.form === 'demonym' ? '(demonym)' : undefined);
    case 'organization':
      return words(n.name, typeof n.acronym === 'string' ? `[${n.acronym}]` : undefined);
    case 'location':
      return words(n.name, typeof n.countryCode === 'string' ? `, ${n.countryCode}` : undefined, n.kind).replace(' ,', ',');
    case 'date':
      return `${typeof n.value === 'string' ? n.value : '?'} (${words(n.granularity)}${n.relative === true ? ', relative' : ''})`;
  }
}
