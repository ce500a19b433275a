import { fold } from '../../text/normalize.js';
import type { Token } from '../../text/tokenize.js';
import type { PersonValue } from '../../types.js';
import type { KnownPerson, PersonLexicon } from './lexicon.js';
import type { NameSpan } from './extent.js';
import { givenStrengthOf } from './facts.js';
import { nameWords } from './name-words.js';
import { singleSpaced } from './single-spaced.js';

/**
 * A word of a name written in capitals, title-cased.
 * @example titleCase("L'HUILLIER") // "L'Huillier"
 */
export function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-' ])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The canonical text of a name as written: spaces and line breaks made single spaces, words
 * written in capitals title-cased.
 * @example nameText(doc.view, doc.tokens, span) // 'Emmanuel Macron' for 'Emmanuel\nMACRON'
 */
export function nameText(view: string, tokens: readonly Token[], span: NameSpan): string {
  const first = tokens[span.first] as Token;
  const last = tokens[span.end - 1] as Token;
  const raw = singleSpaced(view.slice(first.start, last.end));
  if (!span.words.some((w) => (tokens[w] as Token).upper)) return raw;
  return raw.split(' ').map((w) => (w.length > 1 && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w) && !/^[IVXL]+$/.test(w) ? titleCase(w) : w)).join(' ');
}

/**
 * The canonical record of a person, a well-known one or the name a mention stands for: its name,
 * first and family names and QID, nothing of how the mention is written (title, role). A mention by
 * an alias ('Lula') or a short form ('Bourita') is recorded so.
 */
export function canonicalValue(person: KnownPerson | PersonValue): PersonValue {
  const v: PersonValue = { name: person.name };
  if (person.givenName) v.givenName = person.givenName;
  if (person.familyName) v.familyName = person.familyName;
  if (person.wikidata) v.wikidata = person.wikidata;
  return v;
}

/**
 * The record of a name: a known person's canonical form, or the name as written split into
 * first names (the leading known ones, at least one word left) and family name.
 * @example personValue('Nasser Bourita', ['Nasser', 'Bourita'], lex) // { name: 'Nasser Bourita', givenName: 'Nasser', familyName: 'Bourita' }
 */
export function personValue(name: string, known: KnownPerson | undefined, lex: PersonLexicon, regnal: boolean, epithet = false): PersonValue {
  if (known) return canonicalValue(known);
  const words = nameWords(name);
  const v: PersonValue = { name };
  if (regnal) {
    v.givenName = words.slice(0, -1).join(' ');
    return v;
  }
  // 'Alexandre le Grand' → Alexandre; 'Pline l'Ancien' → Pline.
  if (epithet) {
    v.givenName = words.slice(0, words.length > 2 && /^(?:le|la)$/.test(words[words.length - 2] as string) ? -2 : -1).join(' ');
    return v;
  }
  let g = 0;
  while (g < words.length - 1 && (givenStrengthOf(lex, fold(words[g] as string)) > 0 || /^\p{Lu}\.$/u.test(words[g] as string))) g++;
  // An unknown first word of two or more still reads as a first name: 'Khvicha Kvaratskhelia'.
  if (g === 0 && words.length >= 2 && !/^\p{Ll}/u.test(words[1] as string)) g = 1;
  if (g > 0) v.givenName = words.slice(0, g).join(' ');
  v.familyName = words.slice(g).join(' ');
  return v;
}
