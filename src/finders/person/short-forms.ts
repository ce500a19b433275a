import type { PersonLexicon } from './lexicon.js';
import { givenStrengthOf } from './facts.js';
import { nameWords } from './name-words.js';
import { PARTICLES } from './words.js';

/** The short forms of a name, as keys ('le drian', 'drian') and as initials in capitals ('MBS'). */
export interface ShortForms {
  keys: string[];
  initials: string[];
}

/**
 * The short forms a full name may be mentioned by later in the same document, as keys:
 * the family name and every tail of the name ('Le Drian', 'Suu Kyi'), each later word alone
 * ('Lula' in 'Luiz Inácio Lula da Silva', 'Kirchner' in 'Cristina Fernández de Kirchner'),
 * a glued particle dropped ('Assad' for 'al-Assad'), the first word when it is not a known
 * first name ('Tedros' in 'Tedros Adhanom Ghebreyesus'), and the initials in capitals
 * ('MBS' for 'Mohammed ben Salmane').
 * @example shortForms(['Jean-Yves', 'Le', 'Drian'], lex) // ['le drian', 'drian', 'LDJ…'] (keys)
 */
export function shortForms(words: readonly string[], keys: readonly string[], lex: PersonLexicon): ShortForms {
  const out = new Set<string>();
  const n = keys.length;
  let firstFamily = 1;
  while (firstFamily < n - 1 && givenStrengthOf(lex, keys[firstFamily] as string) > 0 && !PARTICLES.has(keys[firstFamily] as string)) firstFamily++;
  for (let s = 1; s < n; s++) {
    const k = keys[s] as string;
    if (PARTICLES.has(k) && s !== firstFamily) continue;
    out.add(tailKey(keys, s));
    if (!PARTICLES.has(k) && k.length > 1) out.add(k);
    // (Only a key of several words can be a glued particle and its name: 'al assad'.)
    const glued = k.indexOf(' ') > 0 ? /^(?:al|el|ad|ben|bin|ibn|abu|abou|ould) (.+)$/.exec(k) : null;
    if (glued?.[1]) out.add(glued[1]);
  }
  // 'von der Leyen' after 'Ursula von der Leyen': a tail that opens on particles.
  if (n >= 3) out.add(tailKey(keys, firstFamily));
  if (n >= 2 && givenStrengthOf(lex, keys[0] as string) === 0 && !PARTICLES.has(keys[0] as string) && !/^\p{Lu}\.?$/u.test(words[0] ?? '')) out.add(keys[0] as string);
  const initials: string[] = [];
  if (n >= 2) {
    const { all, named } = nameInitials(words);
    if (all.length >= 3) initials.push(all);
    if (named !== all && named.length >= 3) initials.push(named);
  }
  return { keys: [...out], initials };
}

/**
 * The key of the name's words from `s` on, an elision glued to its word: 'le drian' of ['jean
 * yves', 'le', 'drian'] from 1; "l'huillier" of ['anne', "l'", 'huillier'] from 1.
 */
function tailKey(keys: readonly string[], s: number): string {
  const tail = keys.slice(s).join(' ');
  // Most names hold no apostrophe: the pattern is run only on those that do.
  return tail.indexOf("'") >= 0 ? tail.replace(/' /g, "'") : tail;
}

/**
 * The initials of a name's parts in capitals, all of them ('MBS' of 'Mohammed ben Salmane') and
 * those of the parts that are no particles ('MS'); read part by part as the hyphens and spaces
 * cut them ('Jean-Yves Le Drian': 'JYLD'), with no array of parts made.
 */
const PART_SEPARATOR = /[-\s]/;
function nameInitials(words: readonly string[]): { all: string; named: string } {
  let all = '';
  let named = '';
  const add = (part: string) => {
    const initial = (part[0] as string).toUpperCase();
    all += initial;
    if (!PARTICLES.has(part.toLowerCase())) named += initial;
  };
  for (const w of words) {
    if (!PART_SEPARATOR.test(w)) {
      if (w) add(w);
      continue;
    }
    for (const p of w.split(PART_SEPARATOR)) if (p) add(p);
  }
  return { all, named };
}

/**
 * `shortForms` of a name of the document being read, its words split at spaces and keyed by
 * `keys`, remembered until `forgetShortForms` (the next document).
 *
 * Why: a name is cut into its short forms by the mentions pass at each of its full mentions
 * ('Emmanuel Macron' in every other paragraph), then again by the coreference resolver, and the
 * cutting (a set, slices, joins, a split of the parts for the initials, lookups of first names)
 * costs more than the rest of either pass for that name. The answer depends on the name, the
 * keys and the lexicon only; it is shared, never changed by its readers. Only one document's
 * names are kept (a thousand at most): memory does not grow with what is read.
 * @example shortFormsOfName('Jean-Yves Le Drian', ['jean yves', 'le', 'drian'], lex).keys // ['le drian', 'drian']
 */
export function shortFormsOfName(name: string, keys: readonly string[], lex: PersonLexicon): Readonly<ShortForms> {
  if (lex !== rememberedLex) {
    forgetShortForms();
    rememberedLex = lex;
  }
  const readings = remembered.get(name);
  if (readings) for (const r of readings) if (sameKeys(r.keys, keys)) return r.forms;
  const forms = shortForms(nameWords(name), keys, lex);
  if (readings) readings.push({ keys, forms });
  else {
    // The coreference resolver called alone, text after text, has no mentions pass to empty the memory.
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(name, [{ keys, forms }]);
  }
  return forms;
}

/**
 * Empties what `shortFormsOfName` remembers: the mentions pass calls it as it starts a document.
 * @example forgetShortForms()
 */
export function forgetShortForms(): void {
  // (Only a map that holds something: clearing one makes it a new table, for every document.)
  if (remembered.size > 0) remembered.clear();
}

/** More names than a long article has: the memory is emptied then. */
const MAX_REMEMBERED = 1024;
let rememberedLex: PersonLexicon | undefined;
const remembered = new Map<string, Array<{ keys: readonly string[]; forms: ShortForms }>>();

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
