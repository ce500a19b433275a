import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phraseKey } from '../../src/finders/phrase-index.js';
import { fold, makeView } from '../../src/text/normalize.js';
import { isOneWord, tokenize } from '../../src/text/tokenize.js';

// A one-word phrase takes its key without being tokenized: the key must be the one tokenizing gives.
const tokenized = (phrase: string) => tokenize(makeView(phrase)).map((t) => t.key).join(' ') || fold(phrase);

describe('phraseKey of one word', () => {
  it.each([
    'Dakar', 'dakar', 'DAKAR', 'Île', 'Œuvre', 'Straße', 'İstanbul', 'Ma\u00adroc', 'G7', '7G7', '2e', 'Ελλάδα', 'Москва', '東京',
    "dʼIvoire", "d'Ivoire", 'Paris-Dakar', 'Côte d’Ivoire', 'e\u0301te\u0301', '__proto__', 'constructor', 'a\u200db', '𝒜bc',
  ])('%s', (phrase) => {
    expect(phraseKey(phrase)).toBe(tokenized(phrase));
  });

  it('is the tokenized key for every word of the dev corpus', () => {
    const words = new Set(readFileSync(new URL('../../corpus/dev.jsonl', import.meta.url), 'utf8').split(/[\s"]+/));
    let one = 0;
    for (const w of words) {
      if (isOneWord(makeView(w))) one++;
      expect(phraseKey(w)).toBe(tokenized(w));
    }
    expect(one).toBeGreaterThan(1000);
  });
});
