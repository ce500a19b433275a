import { fold } from '../text/normalize.js';
import type { Entity, OrganizationEntity } from '../types.js';
import { restate } from '../resolve/restate.js';

/**
 * An acronym defined in the text names its organisation everywhere in the document: after
 * 'le Conseil national pour la sauvegarde de la patrie (CNSP)', every 'CNSP' the model found (or a
 * rule took as written) is that council, `{ name: 'Conseil national pour la sauvegarde de la patrie', acronym: 'CNSP' }`.
 * Only organisations whose name is still their text change: a name from a list stays. Linear in the entities.
 * @example linkAcronyms(entities, "Fédération française de rugby (FFR) … la FFR") // both 'FFR' → 'Fédération française de rugby'
 */
export function linkAcronyms(entities: readonly Entity[], input: string): Entity[] {
  const orgs = entities.filter((e): e is OrganizationEntity => e.type === 'organization');
  if (orgs.length < 2) return [...entities];
  // The longest organisation ending at each offset.
  const endingAt = new Map<number, OrganizationEntity>();
  for (const o of orgs) {
    const had = endingAt.get(o.end);
    if (!had || had.start > o.start) endingAt.set(o.end, o);
  }
  const defined = new Map<string, OrganizationEntity>();
  for (const b of orgs) {
    if (!looksLikeAcronym(b.text) || input[b.end] !== ')') continue;
    let i = b.start - 1;
    if (input[i] !== '(') continue;
    i--;
    while (i >= 0 && input[i] === ' ') i--;
    const a = endingAt.get(i + 1);
    if (!a || a === b || !a.text.includes(' ')) continue;
    if (!defined.has(b.text)) defined.set(b.text, a);
  }
  if (!defined.size) return [...entities];
  return entities.map((e) => {
    if (e.type !== 'organization') return e;
    const full = defined.get(e.text);
    if (!full || fold(e.normalized.name) !== fold(e.text)) return e;
    const normalized: OrganizationEntity['normalized'] = { name: full.normalized.name, acronym: e.text };
    if (full.normalized.wikidata) normalized.wikidata = full.normalized.wikidata;
    return restate(e, { normalized, source: `${e.source}+acronym` });
  });
}

/** One word of 2 to 10 letters, capital first, more capitals than one or a short word: 'CNSP', 'Cedeao', 'OPEP+', 'G20'. */
function looksLikeAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 10 || text.includes(' ')) return false;
  const first = text.charCodeAt(0);
  return first >= 0x41 && first <= 0x5a;
}
