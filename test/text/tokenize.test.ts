import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/index.js';

const texts = (s: string) => prepare(s).tokens.map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ["l'OTAN", ["l'", 'OTAN']],
    ['l’OTAN', ["l'", 'OTAN']], // the view straightens the typographic apostrophe
    ["jusqu'au 11 août", ["jusqu'", 'au', '11', 'août']],
    ["lorsqu'il est arrivé", ["lorsqu'", 'il', 'est', 'arrivé']],
    ["qu'à Marrakech", ["qu'", 'à', 'Marrakech']],
    ["aujourd'hui", ["aujourd'hui"]],
    ["N'Djamena et N'Golo Kanté", ["N'Djamena", 'et', "N'Golo", 'Kanté']],
    ['Jean-Yves Le Drian', ['Jean-Yves', 'Le', 'Drian']],
    ['aux États-Unis et en Grande-Bretagne', ['aux', 'États-Unis', 'et', 'en', 'Grande-Bretagne']],
    ['a-t-il dit', ['a-t-il', 'dit']],
    ['12 000 soldats', ['12 000', 'soldats']],
    ['1 500 000 euros', ['1 500 000', 'euros']],
    ['en 2014 300 personnes', ['en', '2014', '300', 'personnes']],
    ['3,5 %', ['3,5', '%']],
    ['le 1er mai', ['le', '1er', 'mai']],
    ['M. Macron', ['M', '.', 'Macron']],
    ['COP26 et G7', ['COP26', 'et', 'G7']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('keeps offsets into the original input whatever the spaces and apostrophes', () => {
    const input = 'Selon l’ONU,\u00a0« 12\u202f000 » réfugiés\r\nsont arrivés.';
    for (const t of prepare(input).tokens) {
      expect(input.slice(t.start, t.end).normalize('NFC').replace(/’/g, "'").replace(/\u202f/g, ' ')).toBe(t.text.replace(/\u202f/g, ' '));
    }
  });

  it('reads NFD accents as letters and folds them in keys', () => {
    const input = 'E\u0301tats-Unis';
    const [t] = prepare(input).tokens;
    expect(t?.text).toBe(input);
    expect(t?.key).toBe('etats unis');
  });

  it('never splits a surrogate pair, and keeps emoji as punctuation', () => {
    const input = 'Paris 🇫🇷 👩‍👩‍👧 fête';
    const tokens = prepare(input).tokens;
    expect(tokens.map((t) => t.text)).toContain('fête');
    for (const t of tokens) expect(t.text).toBe(input.slice(t.start, t.end));
  });
});
