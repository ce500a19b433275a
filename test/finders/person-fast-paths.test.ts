import { describe, expect, it } from 'vitest';
import { buildPersonLexicon, extract, personLexicon, prepare } from '../../src/index.js';
import { factsAt, givenStrength, givenStrengthOf, COUNTRY, DEMONYM, GIVEN_STRENGTH, OPENS_KNOWN } from '../../src/finders/person/facts.js';
import { addKeyEnds, knownKeyEnds } from '../../src/finders/person/key-ends.js';
import { shortForms, shortFormsOfName } from '../../src/finders/person/short-forms.js';
import { isCapitalParticle, isCapitalParticleAt, isGluedParticleName, isGluedParticleNameAt, isInitial, isNameWord, isNameWordAt, isParticle, isParticleAt, isRegnal } from '../../src/finders/person/shape.js';
import { LOOSE_THING_WORD, NAMED_AFTER_WORD, NOT_NAME_WORD, THING_WORD, wordClassesAt } from '../../src/finders/person/word-classes.js';
import { LOOSE_THING_WORDS, NAMED_AFTER, NOT_NAME, THING_WORDS } from '../../src/finders/person/words.js';
import { ROLE_NOUN_WORDS, ROLE_NOUNS } from '../../src/finders/person/roles.js';
import { knownWordNumber, tokenWordNumbers, wordNumber } from '../../src/finders/vocabulary.js';

// The person finder's fast paths (perf round 7) answer from the table of facts, the ends of known
// keys and a memory of short forms what the lexicon's maps answered: these tables hold them to it.

describe('first-name strength from the table of facts', () => {
  const lex = buildPersonLexicon(['Jean', ['Yves', 2], ['Marie', 3], ['Ali', 1], ['Anne-Sophie', 2]], [], { countries: ['Guinée-Bissau'], demonyms: ['nord-coréen'] });

  it.each([
    ['jean', 3], ['yves', 2], ['ali', 1], ['bourita', 0], ['', 0],
    ['jean yves', 2], // each part a first name: the weakest counts
    ['jean bourita', 0], // one part is none
    ['anne sophie', 2], // listed whole
    ['saint jean', 0], // a saint's name is a place or a church ('Saint-Jean')
    ['jean  yves', 0], // an empty part is no first name
  ])('%s → %i, as the maps say', (key, strength) => {
    expect(givenStrengthOf(lex, key)).toBe(strength);
    expect(givenStrength(lex, key)).toBe(strength);
  });

  it('gives a hyphenated token the facts its key has in the lists, whole or by its words', () => {
    const tokens = prepare('Jean-Yves, la Guinée-Bissau et un Nord-Coréen').tokens;
    const at = (text: string) => {
      const i = tokens.findIndex((t) => t.text === text);
      expect(i, text).toBeGreaterThanOrEqual(0);
      return factsAt(lex, tokens, i);
    };
    expect(at('Jean-Yves') & GIVEN_STRENGTH).toBe(2);
    expect(at('Guinée-Bissau') & COUNTRY).toBe(COUNTRY);
    expect(at('Nord-Coréen') & DEMONYM).toBe(DEMONYM);
    expect(at('Nord-Coréen') & GIVEN_STRENGTH).toBe(0);
  });

  it('says a hyphenated token opens a known name when its first word does', () => {
    const known = buildPersonLexicon([], [{ name: 'Jean Castex', familyName: 'Castex' }]);
    const tokens = prepare('Jean-Pierre Castex').tokens;
    expect(factsAt(known, tokens, 0) & OPENS_KNOWN).toBe(OPENS_KNOWN);
  });
});

describe('the ends of known keys', () => {
  it('holds every end of a key from one of its words, elisions included', () => {
    const ends = new Set<string>();
    addKeyEnds(ends, "anne l'huillier");
    addKeyEnds(ends, 'jean yves le drian');
    expect([...ends].sort()).toEqual(['anne l\'huillier', 'drian', 'huillier', 'jean yves le drian', "l'huillier", 'le drian', 'yves le drian']);
  });

  it('holds the ends of the built-in people and family names, and not words no name ends with', () => {
    const ends = knownKeyEnds(personLexicon());
    expect(ends.has('macron')).toBe(true);
    expect(ends.has('emmanuel macron')).toBe(true);
    expect(ends.has('france')).toBe(false);
  });
});

describe('the short forms of a document\'s names, remembered', () => {
  const lex = personLexicon();

  it('are those shortForms gives, for each way the name is keyed', () => {
    const name = 'Jean-Yves Le Drian';
    const byTokens = ['jean yves', 'le', 'drian'];
    const byWords = ['jean yves', 'le', 'drian'];
    expect(shortFormsOfName(name, byTokens, lex)).toEqual(shortForms(name.split(' '), byTokens, lex));
    // Asked again with equal keys, the same answer; with other keys, the answer for those keys.
    expect(shortFormsOfName(name, byWords, lex)).toBe(shortFormsOfName(name, byTokens, lex));
    const other = ['jean', 'yves', 'le', 'drian'];
    expect(shortFormsOfName(name, other, lex)).toEqual(shortForms(name.split(' '), other, lex));
  });
});

describe('the particle tests by word number', () => {
  it('answer as the tests by key do, at every token', () => {
    const text = "Ursula von der Leyen, Jean-Yves Le Drian, M. de Villepin, Abdel Fattah al-Sissi, Jean de La Fontaine, LE PEN et Le Monde d'Ibn Khaldoun, Mac Mahon, Van Gogh, Di Maio.";
    const tokens = prepare(text).tokens;
    let particles = 0;
    let capitals = 0;
    tokens.forEach((t, i) => {
      expect(isParticleAt(tokens, i), t.text).toBe(isParticle(t));
      expect(isCapitalParticleAt(tokens, i), t.text).toBe(isCapitalParticle(t));
      if (isParticle(t)) particles++;
      if (isCapitalParticle(t)) capitals++;
    });
    // The text holds both kinds ('von', 'der', 'de', 'd''; 'Le', 'La', 'Mac', 'Van', 'Di'), and a word in capitals ('LE') that is neither.
    expect(particles).toBeGreaterThanOrEqual(4);
    expect(capitals).toBeGreaterThanOrEqual(5);
    expect(isCapitalParticleAt(tokens, tokens.findIndex((t) => t.text === 'LE'))).toBe(false);
  });
});

describe('the glued particles by word number, the short words by their offsets', () => {
  it('answer as the tests of the text do, at every token', () => {
    // Glued names ('al-Sissi', 'ben-Gvir', 'Ould-Abdallah' is none), hyphenated words that are no names, initials and regnal numbers.
    const text = "Abdel Fattah al-Sissi, Itamar ben-Gvir, el-Assad et Ould-Abdallah ont vu J. R. R. Tolkien, Charles III, Louis XIV et François Ier à Saint-Denis, a-t-il dit ; al-qaida, Jean-Yves Le Drian, K.";
    const tokens = prepare(text).tokens;
    let glued = 0;
    tokens.forEach((t, i) => {
      expect(isGluedParticleNameAt(tokens, i), t.text).toBe(isGluedParticleName(t));
      if (isGluedParticleName(t)) glued++;
      expect(isInitial(tokens, i), t.text).toBe(t.kind === 'word' && t.text.length === 1 && t.cap && tokens[i + 1]?.text === '.' && tokens[i + 1]?.start === t.end);
      expect(isRegnal(t), t.text).toBe(t.kind === 'word' && (t.text === 'Ier' || t.text === 'Ire' || (t.text !== 'I' && t.text.length <= 6 && /^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$/.test(t.text))));
    });
    expect(glued).toBe(3);
  });
});

describe('the role nouns by word number', () => {
  it('answer as the set does, hyphenated roles whole', () => {
    const tokens = prepare("Le président, la vice-présidente, l'ex-ministre, le Premier ministre et la chanteuse Zaz ont vu le maire.").tokens;
    const numbers = tokenWordNumbers(tokens);
    let roles = 0;
    tokens.forEach((t, i) => {
      expect(ROLE_NOUN_WORDS.at(tokens, numbers, i), t.text).toBe(ROLE_NOUNS.has(t.key));
      if (ROLE_NOUNS.has(t.key)) roles++;
    });
    expect(ROLE_NOUN_WORDS.at(tokens, numbers, tokens.findIndex((t) => t.text === 'vice-présidente'))).toBe(true);
    expect(roles).toBeGreaterThanOrEqual(4);
  });
});

describe('the closed lists answered by word number (word-classes.ts)', () => {
  const text = "Selon Il Mardi, la rue Victor-Hugo, le Conseil d'État, le Grand Palais, Emmanuel Macron et Jean-Yves Le Drian, " +
    "le lycée Jean-Moulin, le porte-avions Charles-de-Gaulle, Khvicha Kvaratskhelia (Telugu Desam Party), Saint-Denis, SELON L'AFP, aujourd'hui.";
  const expected = (key: string) =>
    (NOT_NAME.has(key) ? NOT_NAME_WORD : 0) | (THING_WORDS.has(key) ? THING_WORD : 0) | (LOOSE_THING_WORDS.has(key) ? LOOSE_THING_WORD : 0) | (NAMED_AFTER.has(key) ? NAMED_AFTER_WORD : 0);

  it('gives every token the classes its key has in the four lists, numbered or not', () => {
    extract(text); // every lexicon read: most words numbered
    const tokens = prepare(text).tokens;
    const numbers = tokenWordNumbers(tokens);
    expect(numbers.some((n) => n >= 0)).toBe(true);
    expect(numbers.some((n) => n < 0)).toBe(true);
    tokens.forEach((t, i) => {
      expect(wordClassesAt(tokens, numbers, i), t.text).toBe(expected(t.key));
      expect(isNameWordAt(tokens, i), t.text).toBe(isNameWord(t));
      expect(isNameWordAt(tokens, i, true), t.text).toBe(isNameWord(t, true));
    });
    expect(wordClassesAt(tokens, numbers, -1)).toBe(0);
    expect(wordClassesAt(tokens, numbers, tokens.length)).toBe(0);
  });

  it('answers a token asked again, after another document, as the first time (the classes and name words read are kept per document)', () => {
    const tokens = prepare(text).tokens;
    const numbers = tokenWordNumbers(tokens);
    const other = prepare('Les Républicains, Conseil, selon Bourita.').tokens;
    for (let round = 0; round < 2; round++) {
      for (let i = tokens.length - 1; i >= 0; i--) {
        const t = tokens[i] as (typeof tokens)[number];
        expect(wordClassesAt(tokens, numbers, i), t.text).toBe(expected(t.key));
        expect(isNameWordAt(tokens, i, round === 1), t.text).toBe(isNameWord(t, round === 1));
      }
      other.forEach((t, i) => {
        expect(wordClassesAt(other, tokenWordNumbers(other), i), t.text).toBe(expected(t.key));
        expect(isNameWordAt(other, i), t.text).toBe(isNameWord(t));
      });
    }
  });

  it('reads a word numbered after its table was made by its number too', () => {
    const word = 'voila';
    expect(NOT_NAME.has(word)).toBe(true);
    const before = prepare('Voila Bourita').tokens;
    expect(wordClassesAt(before, tokenWordNumbers(before), 0)).toBe(NOT_NAME_WORD);
    expect(knownWordNumber(word)).toBe(-1); // no lexicon holds it yet
    wordNumber(word); // a lexicon numbers it now
    const tokens = prepare('Voila Bourita').tokens;
    const numbers = tokenWordNumbers(tokens);
    expect(numbers[0]).toBeGreaterThanOrEqual(0);
    expect(wordClassesAt(tokens, numbers, 0)).toBe(NOT_NAME_WORD);
    expect(isNameWordAt(tokens, 0)).toBe(false);
  });
});
