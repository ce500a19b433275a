import { describe, expect, it } from 'vitest';
import { WordTrie } from '../../src/finders/word-trie.js';
import { prepare } from '../../src/text/document.js';
import { withScratch } from '../../src/text/scratch.js';

// A small lexicon of its own: the trie numbers its words in the shared vocabulary like any lexicon.
const trie = new WordTrie<string>();
// ("Côte-d'Ivoire" as the country table writes it: its key, 'cote d'ivoire', is that of the token's first words.)
for (const name of ['Paris', 'Bosnie-Herzégovine', 'Saint-Denis', 'La Paz', "Côte-d'Ivoire"]) trie.add(name, name);

const at = (text: string, word: string) => {
  const { tokens } = prepare(text);
  return { tokens, i: tokens.findIndex((t) => t.text === word) };
};

describe('WordTrie.startsWithPhraseAt: the first words of a hyphenated token, not all, are a phrase', () => {
  it.each([
    ['le rallye Paris-Dakar', 'Paris-Dakar', true],
    ['le rallye PARIS-DAKAR', 'PARIS-DAKAR', true],
    ['la liaison Bosnie-Herzégovine-Serbie', 'Bosnie-Herzégovine-Serbie', true],
    ["la Côte-d'Ivoire-Ghana", "Côte-d'Ivoire-Ghana", true],
    // the whole token is the phrase, no part of it: no pair opens with it
    ['à Saint-Denis', 'Saint-Denis', false],
    ['la Bosnie-Herzégovine', 'Bosnie-Herzégovine', false],
    // the first word opens a phrase, its first words are none ('Bosnie' alone is not listed)
    ['la Bosnie-Croatie', 'Bosnie-Croatie', false],
    ['Jean-Claude a dit', 'Jean-Claude', false],
    // one word: no part of it
    ['à Paris', 'Paris', false],
  ])('%s: %s', (text, word, expected) => {
    const { tokens, i } = at(text, word);
    expect(trie.startsWithPhraseAt(tokens, i)).toBe(expected);
  });

  it('agrees with the walk of matchAt on the same tokens', () => {
    const { tokens, i } = at('le rallye Paris-Dakar', 'Paris-Dakar');
    expect(trie.matchAt(tokens, i)).toEqual([]);
    expect(trie.matchAt(prepare('à Saint-Denis').tokens, 1).map((m) => m.values)).toEqual([['Saint-Denis']]);
  });
});

describe('WordTrie.matchAt: the first two words told by bits before the walk, the same matches', () => {
  const lex = new WordTrie<string>();
  for (const name of ['La Paz', 'Le Monde', 'Monde', 'Banque de France', 'Banque', 'Nations unies', 'Saint-Denis de la Réunion', 'Bosnie-Herzégovine']) lex.add(name, name);
  const found = (text: string, word: string) => {
    const { tokens, i } = at(text, word);
    return lex.matchAt(tokens, i).map((m) => [m.end - i, m.values]);
  };

  it.each([
    // a first word that is no phrase alone, and a second word that no phrase puts after it: nothing
    ['la guerre', 'la', []],
    ['la paix', 'la', []],
    ['des Nations', 'Nations', []],
    // the last token: no second word
    ['à la', 'la', []],
    // the pairs listed
    ['à La Paz', 'La', [[2, ['La Paz']]]],
    ['le Monde diplomatique', 'Monde', [[1, ['Monde']]]],
    ['Le Monde a écrit', 'Le', [[2, ['Le Monde']]]],
    ['les Nations unies', 'Nations', [[2, ['Nations unies']]]],
    // a word that is a phrase alone and opens longer ones: the longest first
    ['la Banque de France', 'Banque', [[3, ['Banque de France']], [1, ['Banque']]]],
    ['la Banque mondiale', 'Banque', [[1, ['Banque']]]],
    // a hyphenated token first or second is walked word by word
    ['à Saint-Denis de la Réunion', 'Saint-Denis', [[4, ['Saint-Denis de la Réunion']]]],
    ['en Bosnie-Herzégovine', 'Bosnie-Herzégovine', [[1, ['Bosnie-Herzégovine']]]],
  ])('%s at %s', (text, word, expected) => {
    expect(found(text, word)).toEqual(expected);
  });

  it('no phrase crosses a line break after its first word', () => {
    expect(found('à La\nPaz', 'La')).toEqual([]);
  });
});

describe('WordTrie: the words of hyphenated tokens, read once per document', () => {
  const lex = new WordTrie<string>();
  for (const name of ['États-Unis', 'Saint-Denis de la Réunion', 'Paris', 'Jean-Pierre-Timbaud']) lex.add(name, name);
  const walk = (text: string) => {
    const { tokens } = prepare(text);
    return tokens.map((_, i) => lex.matchAt(tokens, i).map((m) => [i, m.end, m.values]));
  };

  it('reads each document anew, inside a scratch run and outside one, in any order of its tokens', () => {
    const texts = ['les États-Unis et Saint-Denis de la Réunion', 'rue Jean-Pierre-Timbaud à Paris, États-Unis', 'Jean-Claude et Marie-Hélène aux États-Unis'];
    const outside = texts.map(walk);
    expect(outside[0]?.flat()).toEqual([[1, 2, ['États-Unis']], [3, 7, ['Saint-Denis de la Réunion']]]);
    expect(outside[1]?.flat()).toEqual([[1, 2, ['Jean-Pierre-Timbaud']], [3, 4, ['Paris']], [5, 6, ['États-Unis']]]);
    expect(outside[2]?.flat()).toEqual([[4, 5, ['États-Unis']]]);
    // In scratch runs, one after another, the index of each document cut from the same bytes.
    expect(texts.map((t) => withScratch(() => walk(t)))).toEqual(outside);
    // The tokens asked backwards: a token read first at its place in the list of words.
    const { tokens } = prepare(texts[1] as string);
    const backwards = withScratch(() => tokens.map((_, i) => tokens.length - 1 - i).map((i) => lex.matchAt(tokens, i).length));
    expect(backwards.reverse()).toEqual(outside[1]?.map((m) => m.length));
    expect(lex.startsWithPhraseAt(prepare('le Saint-Denis-Paris').tokens, 1)).toBe(false);
  });
});
