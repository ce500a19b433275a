import { ENTITY_TYPES, type Entity, type EntityOf, type EntityType } from './types.js';

/**
 * One thing the text talks about, with every place it is mentioned:
 * 'Nasser Bourita' and a later 'Bourita' are one person with two mentions.
 * @example { type: 'person', key: 'Nasser Bourita', normalized: { name: 'Nasser Bourita', … }, count: 2, forms: ['Nasser Bourita', 'Bourita'], mentions: [{ text: 'Nasser Bourita', start: 0, end: 14 }, …] }
 */
export interface UniqueEntity<T extends EntityType = EntityType> {
  type: T;
  /** What the mentions share: person and organisation name, country code, place name, date value. */
  key: string;
  /** The normalized value, fields missing from the first mention filled from later ones. */
  normalized: EntityOf<T>['normalized'];
  count: number;
  /** The distinct surface forms, in order of first appearance. */
  forms: string[];
  mentions: Array<{ text: string; start: number; end: number }>;
}

/** The unique entities of each type. */
export type UniqueEntities = { [T in EntityType]: Array<UniqueEntity<T>> };

/**
 * The key that makes two mentions one entity. A date whose value the text does not fix
 * ('mardi' without a reference date) is grouped by what it says, lower-cased.
 * @example groupKey(countryEntity('marocain')) // 'MA', like 'Maroc'
 */
export function groupKey(e: Entity): string {
  switch (e.type) {
    case 'person':
    case 'organization':
    case 'location':
      return e.normalized.name;
    case 'country':
      return e.normalized.code;
    case 'date':
      return e.normalized.value ?? `? ${e.text.toLowerCase()}`;
  }
}

/**
 * Groups entities by type and normalized value, most mentioned first (ties: first seen first).
 * @example groupEntities(extract('Nasser Bourita … Bourita a ajouté …')).person
 * // [{ key: 'Nasser Bourita', count: 2, forms: ['Nasser Bourita', 'Bourita'], … }]
 */
export function groupEntities(entities: readonly Entity[]): UniqueEntities {
  const byType = new Map<EntityType, Map<string, UniqueEntity>>(ENTITY_TYPES.map((t) => [t, new Map()]));
  for (const e of entities) {
    const groups = byType.get(e.type);
    if (!groups) continue;
    const key = groupKey(e);
    const mention = { text: e.text, start: e.start, end: e.end };
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { type: e.type, key, normalized: { ...e.normalized }, count: 1, forms: [e.text], mentions: [mention] });
      continue;
    }
    group.count++;
    group.mentions.push(mention);
    if (!group.forms.includes(e.text)) group.forms.push(e.text);
    fillMissing(group.normalized, e.normalized);
  }
  const out = {} as Record<EntityType, UniqueEntity[]>;
  for (const [type, groups] of byType) {
    // A stable sort keeps first-seen order among equal counts.
    out[type] = [...groups.values()].sort((a, b) => b.count - a.count);
  }
  return out as UniqueEntities;
}

// 'M. Bourita' brings the title, 'le ministre Nasser Bourita' the role: the group keeps both.
function fillMissing(into: object, from: object): void {
  const target = into as Record<string, unknown>;
  for (const [k, v] of Object.entries(from)) {
    if (target[k] === undefined && v !== undefined) target[k] = v;
  }
}
