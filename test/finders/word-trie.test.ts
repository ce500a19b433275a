import { describe, expect, it } from 'vitest';
import { WordTrie } from '../../src/finders/word-trie.js';
import { prepare } from '../../src/text/document.js';

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
