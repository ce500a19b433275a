import { describe, expect, it } from 'vitest';
import { buildPersonLexicon, personLexicon, prepare } from '../../src/index.js';
import { answerGivenNamesByFacts, givenStrengthOfToken, lexiconOfGivenNames } from '../../src/model/given.js';

// The model reads a token's first-name strength from the person finder's facts instead of the big
// first-name map (given.ts): these tests hold the two to the same answer at every token.

const TEXT = [
  'Nasser Bourita, Jean-Yves Le Drian et Anne-Sophie Pic ont reçu Marie et Ali à Saint-Jean.',
  "L'ancien président Lula da Silva, Mohammed ben Salmane (MBS) et Xi Jinping ; JEAN CASTEX, Kvitová et Shōgakukan.",
  'Rose et Pierre ont vu Jean  Yves, Élisabeth Borne, Ségolène Royal, Zoë, Chloé et François-Xavier.',
].join('\n');

describe('first-name strength of a token', () => {
  it('reads the built-in list from the facts, as its map says, at every token', () => {
    const lex = personLexicon();
    answerGivenNamesByFacts(lex);
    expect(lexiconOfGivenNames(lex.givenNames)).toBe(lex);
    const { tokens } = prepare(TEXT);
    const strengths = tokens.map((t, i) => [t.text, givenStrengthOfToken(lex.givenNames, lex, tokens, i)]);
    expect(strengths).toEqual(tokens.map((t) => [t.text, lex.givenNames.get(t.key) ?? 0]));
    expect(strengths.filter(([, s]) => (s as number) > 0).length).toBeGreaterThan(8);
  });

  it('keeps to the map a list whose strengths the facts cannot hold', () => {
    const odd = buildPersonLexicon([['Nasser', 5], 'Jean']);
    answerGivenNamesByFacts(odd);
    expect(lexiconOfGivenNames(odd.givenNames)).toBeUndefined();
    const { tokens } = prepare('Nasser et Jean');
    expect(givenStrengthOfToken(odd.givenNames, undefined, tokens, 0)).toBe(5);
  });

  it('answers a list of its own, registered, as its map', () => {
    const own = buildPersonLexicon(['Jean', ['Yves', 2], ['Anne-Sophie', 1]]);
    answerGivenNamesByFacts(own);
    const { tokens } = prepare('Jean-Yves, Anne-Sophie, Yves et Jean Bourita');
    expect(tokens.map((_, i) => givenStrengthOfToken(own.givenNames, own, tokens, i))).toEqual(tokens.map((t) => own.givenNames.get(t.key) ?? 0));
  });
});
