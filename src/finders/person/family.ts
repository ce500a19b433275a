import type { Doc } from '../../text/document.js';
import { tokenOrNone, type Token } from '../../text/tokenize.js';
import type { PersonEntity } from '../../types.js';
import type { PersonLexicon } from './lexicon.js';
import { tokenAt } from '../../text/token-search.js';
import { givenStrengthAt } from './facts.js';
import { personValue } from './value.js';

/**
 * 'Emmanuel et Brigitte Macron', 'Joe et Jill Biden': a first name alone, 'et', and a name
 * that opens on a first name share its family name.
 * @example addSharedFamilyNames(prepare('Emmanuel et Brigitte Macron'), found, lex) // adds 'Emmanuel' → Emmanuel Macron
 */
export function addSharedFamilyNames(doc: Doc, out: PersonEntity[], lex: PersonLexicon): void {
  const { tokens } = doc;
  const added: PersonEntity[] = [];
  for (const e of out) {
    const k = tokenAt(tokens, e.start);
    const first = tokenOrNone(tokens, k - 2);
    const et = tokenOrNone(tokens, k - 1);
    const family = e.normalized.familyName;
    if (!first || !et || et.key !== 'et' || !family || !e.normalized.givenName || first.kind !== 'word' || !first.cap) continue;
    if (givenStrengthAt(lex, tokens, k - 2) < 3 || givenStrengthAt(lex, tokens, k) < 2) continue;
    if (out.some((o) => o.start <= first.start && first.start < o.end)) continue;
    const value = personValue(`${first.text} ${family}`, undefined, lex, false);
    value.givenName = first.text;
    value.familyName = family;
    added.push({ type: 'person', text: doc.input.slice(first.start, first.end), start: first.start, end: first.end, score: 0.8, source: 'person/shared-family', normalized: value });
  }
  for (const e of added) out.push(e);
}

