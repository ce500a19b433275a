import { genderOf, personLexicon, type KnownPerson, type PersonLexicon } from '../finders/person/lexicon.js';
import { shortFormsOfName } from '../finders/person/short-forms.js';
import { nameWords } from '../finders/person/name-words.js';
import { canonicalValue } from '../finders/person/value.js';
import { fold } from '../text/normalize.js';
import type { Resolver } from '../pipeline.js';
import type { Entity, PersonEntity, PersonValue } from '../types.js';
import { restate } from './restate.js';

/**
 * One person, one name, within a document. A short mention takes the full name of the one
 * person of the document it can stand for: 'Macron' and 'M. Macron' after 'Emmanuel Macron',
 * 'Le Drian' after 'Jean-Yves Le Drian', 'Suu Kyi' after 'Aung San Suu Kyi', 'Lula' after
 * 'Luiz Inácio Lula da Silva', 'MBS' after 'Mohammed ben Salmane'. Two candidates ('Marine Le
 * Pen' and 'Jean-Marie Le Pen') leave it as written. A one-word surname that the document
 * never completes takes the full name of the one well-known person who bears it ('les familles
 * Pinault et Arnault' → François Pinault, Bernard Arnault); a surname of two words or more
 * ('de Gaulle', 'Le Pen') stays as written, as the annotation guide asks. The mention keeps
 * its own title and role.
 * @example resolvePersonCoreference([emmanuelMacron, macron]) // macron.normalized.name === 'Emmanuel Macron'
 */
export function resolvePersonCoreference(entities: readonly Entity[], lexicon?: PersonLexicon): Entity[] {
  if (!entities.some((e) => e.type === 'person')) return [...entities];
  const lex = lexicon ?? personLexicon();
  const full = entities.filter((e): e is PersonEntity => e.type === 'person' && e.normalized.name.includes(' '));
  const byForm = new Map<string, PersonValue[]>();
  const add = (k: string, v: PersonValue) => {
    const list = byForm.get(k) ?? [];
    if (!list.some((x) => x.name === v.name)) list.push(v);
    byForm.set(k, list);
  };
  // A name written again ('Emmanuel Macron' in every other paragraph) adds nothing: its forms already
  // hold a value of that name, and `add` keeps the first.
  const named = new Set<string>();
  for (const p of full) {
    if (named.has(p.normalized.name)) continue;
    named.add(p.normalized.name);
    // The mentions pass cut most of these names already, keyed by their tokens: the folded words.
    const f = shortFormsOfName(p.normalized.name, nameWords(p.normalized.name).map(fold), lex);
    for (const k of f.keys) add(k, p.normalized);
    for (const k of f.initials) add(k, p.normalized);
  }
  return entities.map((e) => {
    if (e.type !== 'person') return e;
    const written = fold(e.text);
    // A name as written ('Bourita' for 'Bourita') needs no second fold; another one is already canonical (lexicon, alias).
    if (e.normalized.name !== e.text && fold(e.normalized.name) !== written && e.source !== 'person/mention') return e;
    const forms = byForm.get(written) ?? byForm.get(e.text);
    let candidates = forms ? forms.filter((v) => fold(v.name) !== written) : NONE;
    // 'M. Arnault' in a text on Bernard and Delphine Arnault: the title tells them apart.
    if (candidates.length > 1) {
      const sex = TITLE_SEX[e.normalized.title ?? ''];
      if (sex) candidates = candidates.filter((v) => v.givenName && genderOf(lex, v.givenName) === sex);
    }
    if (candidates.length === 1) return rename(e, candidates[0] as PersonValue);
    if (candidates.length > 1 || written.includes(' ')) return e;
    const known = lex.surnames.get(written);
    if (known && known.length === 1) return rename(e, known[0] as KnownPerson);
    return e;
  });
}

/** No candidate: most mentions of a person are no short form of another name of the document. */
const NONE: readonly PersonValue[] = [];

const TITLE_SEX: Record<string, 'm' | 'f'> = { 'M.': 'm', Mme: 'f', Mlle: 'f', Sir: 'm', Lord: 'm', Lady: 'f', Dame: 'f', Mr: 'm', Mrs: 'f', Ms: 'f' };

function rename(e: PersonEntity, person: PersonValue | KnownPerson): PersonEntity {
  const value = canonicalValue(person);
  if (e.normalized.title) value.title = e.normalized.title;
  if (e.normalized.role) value.role = e.normalized.role;
  return restate(e, { normalized: value, source: e.source.endsWith('coreference') ? e.source : `${e.source}+coreference` });
}

/**
 * The coreference resolver of the default pipeline, with the built-in people table.
 * @example coreferenceResolver.resolve([nasserBourita, bourita], doc, ctx) // 'Bourita' → name 'Nasser Bourita'
 */
export const coreferenceResolver: Resolver = {
  name: 'coreference',
  resolve: (entities) => resolvePersonCoreference(entities),
};

/**
 * A coreference resolver with a people lexicon of your own (tests pass a few people).
 * @example createCoreferenceResolver(buildPersonLexicon([], [{ name: 'Bernard Arnault', familyName: 'Arnault' }]))
 */
export function createCoreferenceResolver(lex: PersonLexicon): Resolver {
  return { name: 'coreference', resolve: (entities) => resolvePersonCoreference(entities, lex) };
}
