import { describe, expect, it } from 'vitest';
import { openingRule, openingsOf } from '../../src/finders/organization/openings.js';
import { prepare } from '../../src/text/document.js';

// A rule of its own, registered like the finder's: at 'pdg' or 'porte-parole', and after 'les'.
const RULE = openingRule(() => [{ words: ['les'], after: true }, { words: ['pdg', 'porte parole'] }]);
const OTHER = openingRule(() => [{ words: ['senat'] }]);
const HYPHENATED = openingRule(() => [{ words: ['party'], hyphenated: true }]);

describe('openingsOf: where a rule may start, read once per document for every rule', () => {
  it.each([
    // after 'les' (1, 4), at 'PDG' (4, listed once)
    ['Les salariés et les PDG', [1, 4]],
    // a hyphenated entry, read by its key
    ['le porte-parole du Sénat', [1]],
    // 'les' last: nothing after it
    ['ce sont les', []],
    ['rien ici', []],
  ])('%s', (text, expected) => {
    expect(openingsOf(prepare(text).tokens, RULE)).toEqual(expected);
  });

  it('keeps each rule apart, on the same document', () => {
    const { tokens } = prepare('le porte-parole du Sénat');
    expect(openingsOf(tokens, OTHER)).toEqual([3]);
    expect(openingsOf(tokens, RULE)).toEqual([1]);
  });

  it('takes every hyphenated word for a rule that asks for them', () => {
    expect(openingsOf(prepare('le Max-Planck-Institut et la Labour Party').tokens, HYPHENATED)).toEqual([1, 5]);
  });
});
