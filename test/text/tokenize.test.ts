import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, prepare } from '../../src/index.js';
import { fold, oneByteCopy } from '../../src/text/normalize.js';

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

  // The word loop tells a word's key and case from the letters it counts on the way ('Macron': one
  // capital, five small letters), and folds other words where they stand in the text. What it gives
  // must be what the definitions give: the key is `fold(text)`, a capital is a cased first letter,
  // capitals are two letters or more and no small one.
  const capitalFirst = (s: string) => {
    const c = s[0] ?? '';
    return c !== c.toLowerCase() && c === c.toUpperCase();
  };
  const inCapitals = (s: string) => {
    const letters = s.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase();
  };
  const agreesWithDefinitions = (input: string) => prepare(input).tokens.every((t) => {
    const cap = t.kind !== 'punct' && capitalFirst(t.text);
    return t.key === fold(t.text) && t.cap === cap && t.upper === (cap && inCapitals(t.text));
  });

  it.each([
    ["L'OTAN et l'ONU à Genève : « Non », dit M. MACRON-LÉVY, 3,5 %"],
    ['Jean-Yves Le Drian, ÉTATS-UNIS, États-Unis, Ségolène, SÉBASTIEN, Œuvre, Straße, ǅemal, İstanbul'],
    ["aujourd'hui, N'Djamena, O'Brien, COP26, G7, 1er, 10H, 12 000, Łódź, Σίσυφος, soft\u00adhyphen"],
  ])('gives every token the key and case of its definitions: %s', (input) => {
    expect(agreesWithDefinitions(input)).toBe(true);
  });

  it('gives every token the key and case of its definitions, on any text of letters, accents and marks', () => {
    const chars = [...'aAzZeE09\'-’ ,.«»\n', 'é', 'É', 'ç', 'Œ', 'œ', 'ß', 'ł', 'ǅ', 'Σ', 'ς', '\u0301', '\u00ad', '\u00a0', '—', 'ǆ', 'İ'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((a) => a.join('')), agreesWithDefinitions), { numRuns: 20000 });
  });
});

// In a text that holds a character above U+00FF ('cœur', '—', '’', an emoji), the tokenizer cuts the
// tokens without one from a one-byte copy of the view (oneByteCopy): they must read exactly as the
// view does there, and the others too.
describe('tokens of a text with characters above U+00FF', () => {
  const texts = [
    'Le cœur du président — l’OTAN a dit « non » à Jérôme Pâris…',
    'Vladimir Poutine (Владимир Путин) a reçu Gorō Shimura 🙂 à Sotchi.',
    'Œuvre d’art, 12 000 € et 3,5 % : la Ligue des champions.',
    'Sans caractère large : é, à, ç et « guillemets ».',
  ];
  it.each(texts)('reads %s as its view says', (text) => {
    const doc = prepare(text);
    for (const t of doc.tokens) {
      expect(t.text).toBe(doc.view.slice(t.start, t.end));
      expect(t.key).toBe(fold(t.text));
      expect(t.spaceBefore).toBe(doc.view.slice(doc.tokens[doc.tokens.indexOf(t) - 1]?.end ?? 0, t.start));
    }
  });

  it('keeps the one-byte copy of a view the same text, a wide character aside', () => {
    expect(oneByteCopy('le cœur à 12 €')).toBe('le c\u001aur à 12 \u001a');
    expect(oneByteCopy('x'.repeat(20000) + 'é')).toBe('x'.repeat(20000) + 'é');
  });
});

// The date reader cuts a sentence from the document's one-byte copy when the sentence holds no
// character above U+00FF, from the view when it does: the dates and their offsets are the same.
describe('the one-byte copy of a document', () => {
  it('is the view, a character above U+00FF aside, and the view itself when it has none', () => {
    const wide = prepare('Le cœur — du président.');
    expect(wide.narrow).toBe('Le c\u001aur \u001a du président.');
    const plain = prepare('Le président à Paris.');
    expect(plain.narrow).toBe(plain.view);
  });

  it('gives the date reader the same dates in the sentences with and without a wide character', () => {
    const text = 'Le sommet s’ouvrira le 11 mai 2022 à Rabat. Le cœur du débat — le climat — viendra le 12 mai.';
    const dates = findDates(text, { referenceDate: '2022-04-15' });
    expect(dates.map((d) => [d.text, d.normalized.value])).toEqual([['11 mai 2022', '2022-05-11'], ['12 mai', '2022-05-12']]);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});
