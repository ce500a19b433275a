import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { personLexicon, prepare } from '../../src/index.js';
import { findPersonCandidates } from '../../src/finders/person.js';
import { Openers } from '../../src/finders/person/openers.js';
import { tokenAt } from '../../src/text/token-search.js';
import { tokenWordNumbers } from '../../src/finders/vocabulary.js';

// The person finder's passes walk the openers alone (openers.ts): a capitalised word, a particle or
// a hyphenated word. These tests hold the walk to that, and the finder's people to it.

/** Every opener of a text, by a walk from its first token. */
function allOpeners(text: string): string[] {
  const { tokens } = prepare(text);
  const openers = new Openers(tokens, tokenWordNumbers(tokens));
  const out: string[] = [];
  for (let i = openers.from(0, tokens.length); i < tokens.length; i = openers.from(i + 1, tokens.length)) out.push(tokens[i]?.text ?? '');
  return out;
}

describe('the openers of a document', () => {
  it('are its capitalised words, particles and hyphenated words, in order', () => {
    expect(allOpeners('Le président Emmanuel Macron a reçu al-Sissi et Ursula von der Leyen, de passage à Paris.')).toEqual([
      'Le', 'Emmanuel', 'Macron', 'al-Sissi', 'Ursula', 'von', 'der', 'Leyen', 'de', 'Paris',
    ]);
  });

  it('leave out punctuation, figures and the other lower-case words', () => {
    expect(allOpeners('il a annoncé 12 000 emplois, selon lui.')).toEqual([]);
  });

  it('are walked forward from any token, and again from the first after a restart', () => {
    const { tokens } = prepare('Le président Emmanuel Macron a reçu Olaf Scholz.');
    const openers = new Openers(tokens, tokenWordNumbers(tokens));
    expect(openers.from(1, tokens.length)).toBe(2); // 'Emmanuel'
    expect(openers.from(4, tokens.length)).toBe(6); // 'Olaf'
    expect(openers.from(8, tokens.length)).toBe(tokens.length); // none left
    openers.restart();
    expect(openers.from(0, tokens.length)).toBe(0); // 'Le'
  });

  it('tell, in the same pass, three words in capitals in a row and three figures with their period', () => {
    const read = (text: string) => {
      const { tokens } = prepare(text);
      const openers = new Openers(tokens, tokenWordNumbers(tokens));
      return [openers.upperRun, openers.ranking];
    };
    expect(read('MACRON REÇOIT SCHOLZ\nLe président a reçu le chancelier.')).toEqual([true, false]);
    expect(read("l'ONU et l'OTAN, A B C, l'UE")).toEqual([false, false]); // acronyms among other words; letters alone aside
    expect(read('1. Guidi (It). 2. Van Petegem (Be). 3. Tchmil (Be).')).toEqual([false, true]);
    expect(read('1. Guidi (It). 2. Van Petegem (Be).')).toEqual([false, false]);
  });

  it('open every person the finder reads in the corpus', () => {
    const lex = personLexicon();
    const texts = ['dev', 'test'].flatMap((part) => readFileSync(`corpus/${part}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
    let people = 0;
    for (const text of texts) {
      const doc = prepare(text);
      const openers = new Openers(doc.tokens, tokenWordNumbers(doc.tokens));
      for (const e of findPersonCandidates(doc, lex)) {
        const first = tokenAt(doc.tokens, e.start);
        expect(openers.from(first, doc.tokens.length), e.text).toBe(first);
        openers.restart();
        people++;
      }
    }
    expect(people).toBeGreaterThan(500);
  });
});
