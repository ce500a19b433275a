import { describe, expect, it } from 'vitest';
import { knownWordNumber, NumberedWords, SEVERAL_WORDS, tokenWordNumbers, UNKNOWN, wordNumber } from '../../src/finders/vocabulary.js';
import { prepare } from '../../src/text/document.js';

// The word table is gazette's own open addressing: every word keeps its number through the
// table's growth, and a word never added is unknown, whatever its hash.
describe('the numbered words of the lexicons', () => {
  it('gives a word one number for good, and none to a word no lexicon holds', () => {
    const n = wordNumber('marrakech');
    expect(wordNumber('marrakech')).toBe(n);
    expect(knownWordNumber('marrakech')).toBe(n);
    expect(knownWordNumber('zzz-jamais-vu')).toBe(UNKNOWN);
    expect(knownWordNumber('')).toBe(UNKNOWN);
  });

  it('keeps every number through the growth of the table (20 000 words added)', () => {
    const added = Array.from({ length: 20_000 }, (_, i) => `mot${i}x`);
    const numbers = added.map(wordNumber);
    expect(new Set(numbers).size).toBe(added.length);
    added.forEach((w, i) => expect(knownWordNumber(w)).toBe(numbers[i]));
    // Words that differ from added ones by a letter, by case, or only by their end are not found.
    for (let i = 0; i < 20_000; i += 97) {
      expect(knownWordNumber(`mot${i}y`)).toBe(UNKNOWN);
      expect(knownWordNumber(`MOT${i}x`)).toBe(UNKNOWN);
      expect(knownWordNumber(`mot${i}`)).toBe(UNKNOWN);
    }
  });

  it('numbers the tokens of a text: a lexicon word, an unknown word, a hyphenated token', () => {
    const dakar = wordNumber('dakar');
    const { tokens } = prepare('Dakar, Ouagadougou-Bamako et qwxzy');
    expect([...tokenWordNumbers(tokens)]).toEqual([dakar, knownWordNumber(','), SEVERAL_WORDS, knownWordNumber('et'), UNKNOWN]);
  });

  // tokenWordNumbers hashes a key and looks for its space in one pass: what it gives must be what
  // the two questions give, asked apart.
  it('numbers every token as its key asked alone, or as several words when the key holds a space', () => {
    wordNumber('etats');
    const { tokens } = prepare("Les États-Unis, l'OTAN et 12 000 soldats à Ouagadougou-Bamako : « non » - qwxzy É");
    const numbers = tokenWordNumbers(tokens);
    tokens.forEach((t, i) => expect(numbers[i]).toBe(t.key.indexOf(' ') >= 0 ? SEVERAL_WORDS : knownWordNumber(t.key)));
    expect(numbers.filter((n) => n === SEVERAL_WORDS).length).toBe(3);
  });

  // Words with capitals, elisions, inner apostrophes and digits ('Macron', "L'", "aujourd'hui", 'G7'):
  // each token's number is its key's asked alone, and its key the lower case of its text.
  it('numbers the tokens of capitals, elisions, inner apostrophes and digits by their keys', () => {
    for (const w of ['macron', "l'", "aujourd'hui", 'g7', 'qu\'', 'otan', 'le']) wordNumber(w);
    const text = "L'OTAN et Macron, aujourd'hui : QU'IL vienne au G7 le 3 mai, Le Maire et LE MONDE.";
    const { tokens } = prepare(text);
    const numbers = tokenWordNumbers(tokens);
    tokens.forEach((t, i) => {
      expect(numbers[i]).toBe(t.key.indexOf(' ') >= 0 ? SEVERAL_WORDS : knownWordNumber(t.key));
      expect(t.text).toBe(text.slice(t.start, t.end));
      if (t.kind !== 'punct') expect(t.key).toBe(t.text.toLowerCase());
    });
    expect(tokens.filter((_, i) => (numbers[i] as number) >= 0).map((t) => t.text)).toEqual(expect.arrayContaining(["L'", 'OTAN', 'Macron', "aujourd'hui", "QU'", 'G7', 'le', 'Le', 'LE']));
  });

  it('reads the numbers again when a word is numbered after the tokens were read', () => {
    const { tokens } = prepare('Zanzibar-sur-Mer et Tombouctou');
    expect(tokenWordNumbers(tokens)[2]).toBe(UNKNOWN);
    const n = wordNumber('tombouctou');
    expect(tokenWordNumbers(tokens)[2]).toBe(n);
  });

  // The first 32 lists share one bit set a word, the others keep a byte array: both must answer alike,
  // each list its own words only, whatever was numbered between them.
  it('answers every list by its own words, past the 32 that share a bit set', () => {
    const lists = Array.from({ length: 40 }, (_, k) => [`liste${k}a`, `liste${k}b`, 'commun', `etat${k} membre`]);
    const numbered = lists.map((words) => new NumberedWords(words));
    wordNumber('numerote-apres');
    const text = lists.map((_, k) => `liste${k}a liste${k}b`).join(' ') + ' commun etat3-membre autre';
    const { tokens } = prepare(text);
    const numbers = tokenWordNumbers(tokens);
    numbered.forEach((list, k) => {
      const hits = tokens.flatMap((t, i) => (list.at(tokens, numbers, i) ? [t.text] : []));
      expect(hits).toEqual([`liste${k}a`, `liste${k}b`, 'commun', ...(k === 3 ? ['etat3-membre'] : [])]);
    });
  });
});
