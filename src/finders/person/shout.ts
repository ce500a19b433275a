import type { Doc } from '../../text/document.js';
import { breaksLine, type Token } from '../../text/tokenize.js';
import type { PersonEntity } from '../../types.js';
import type { NameSpan } from './extent.js';
import { isThingWord } from './judge.js';
import type { PersonLexicon } from './lexicon.js';
import { tokensKey } from './mentions.js';
import { givenStrengthAt } from './facts.js';
import { nameText, personValue } from './value.js';

/**
 * In a line written in capitals ('TOUR DE FRANCE : POGAČAR S'OFFRE UN TROISIÈME SACRE'), only
 * what the lexicon knows: a well-known name or alias, or a frequent first name and one word.
 * @example shoutingCandidate(prepare('MACRON REÇOIT SCHOLZ'), 0, lex) // MACRON → Emmanuel Macron
 */
export function shoutingCandidate(doc: Doc, i: number, lex: PersonLexicon): { entity: PersonEntity; end: number } | undefined {
  const { tokens } = doc;
  for (let len = 3; len >= 1; len--) {
    const words = tokens.slice(i, i + len);
    if (words.length < len || words.some((w, k) => w.kind !== 'word' || (k > 0 && breaksLine(w)))) continue;
    const key = tokensKey(tokens, i, i + len);
    const known = lex.people.get(key);
    const surname = len <= 2 ? lex.surnames.get(key) : undefined;
    const given = len === 2 && givenStrengthAt(lex, tokens, i) >= 3 && !isThingWord(words[1] as Token) && !(words[1] as Token).sentenceStart;
    if (!known && !surname && !given) continue;
    const span: NameSpan = { first: i, end: i + len, words: words.map((_w, k) => i + k), deAt: -1, regnal: false, initials: 0, epithet: false };
    const name = nameText(doc.view, tokens, span);
    const value = personValue(name, known, lex, false);
    const start = (words[0] as Token).start;
    const end = (words[len - 1] as Token).end;
    return {
      entity: { type: 'person', text: doc.input.slice(start, end), start, end, score: known ? 0.9 : 0.75, source: known ? 'person/lexicon' : surname ? 'person/surname' : 'person/given-name', normalized: value },
      end: i + len,
    };
  }
  return undefined;
}

