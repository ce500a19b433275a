import { fold } from '../text/normalize.js';
import type { Resolver } from '../pipeline.js';
import type { Entity, PersonEntity, PersonValue } from '../types.js';

/**
 * One person, one name: a mention by family name alone ('Bourita', 'M. Tajani', 'Le Drian')
 * takes the full name of the one person of the document whose name ends that way
 * ('Nasser Bourita'). Two candidates ('Marine Le Pen' and 'Jean-Marie Le Pen') leave it as
 * written. The mention keeps its own title and role.
 */
export function resolvePersonCoreference(entities: readonly Entity[]): Entity[] {
  const full = entities.filter((e): e is PersonEntity => e.type === 'person' && e.normalized.name.includes(' '));
  if (!full.length) return [...entities];
  const byEnding = new Map<string, PersonValue[]>();
  for (const p of full) {
    const words = p.normalized.name.split(' ');
    // Every tail of the name can stand alone: 'Le Drian' and 'Drian'? No: only the family name
    // as the finder split it, and the last word ('Suu Kyi' → 'Kyi' is not used).
    const endings = new Set<string>();
    if (p.normalized.familyName) endings.add(fold(p.normalized.familyName));
    endings.add(fold(words[words.length - 1] ?? ''));
    for (const k of endings) {
      const list = byEnding.get(k) ?? [];
      if (!list.some((v) => v.name === p.normalized.name)) list.push(p.normalized);
      byEnding.set(k, list);
    }
  }
  return entities.map((e) => {
    if (e.type !== 'person') return e;
    const key = fold(e.text);
    const candidates = byEnding.get(key);
    if (!candidates || candidates.length !== 1 || fold(e.normalized.name) !== key) return e;
    const person = candidates[0] as PersonValue;
    const value: PersonValue = { name: person.name };
    if (person.givenName) value.givenName = person.givenName;
    if (person.familyName) value.familyName = person.familyName;
    if (person.wikidata) value.wikidata = person.wikidata;
    if (e.normalized.title) value.title = e.normalized.title;
    if (e.normalized.role) value.role = e.normalized.role;
    return { ...e, normalized: value, source: e.source === 'person/coreference' ? e.source : `${e.source}+coreference` };
  });
}

/**
 * The coreference resolver of the default pipeline.
 * @example coreferenceResolver.resolve([nasserBourita, bourita], doc, ctx) // 'Bourita' → name 'Nasser Bourita'
 */
export const coreferenceResolver: Resolver = {
  name: 'coreference',
  resolve: (entities) => resolvePersonCoreference(entities),
};
