import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/index.js';

const sentences = (s: string) => {
  const doc = prepare(s);
  return doc.sentences.map((x) => s.slice(x.start, x.end));
};

describe('splitSentences', () => {
  it.each([
    ['M. Macron est arrivé. Il a parlé.', ['M. Macron est arrivé.', 'Il a parlé.']],
    ['Mme Borne et le Dr Martin sont là. Ensuite ?', ['Mme Borne et le Dr Martin sont là.', 'Ensuite ?']],
    ['J. R. R. Tolkien a écrit. Nahel M. a été tué.', ['J. R. R. Tolkien a écrit.', 'Nahel M. a été tué.']],
    ['« Nous viendrons. » Il a ajouté qu’il partirait.', ['« Nous viendrons. »', 'Il a ajouté qu’il partirait.']],
    ['« Nous viendrons », a-t-il dit. Puis il est parti.', ['« Nous viendrons », a-t-il dit.', 'Puis il est parti.']],
    ['contre cette organisation terroriste.Au cours de cette réunion.', ['contre cette organisation terroriste.', 'Au cours de cette réunion.']],
    ['Le titre du jour\nLe texte commence ici.', ['Le titre du jour', 'Le texte commence ici.']],
    ['Il est né en 52 av. J.-C. à Rome.', ['Il est né en 52 av. J.-C. à Rome.']],
  ])('%s', (input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });

  it('marks the first word of each sentence', () => {
    const doc = prepare('Le Maroc accueille. Marrakech reçoit.');
    expect(doc.tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['Le', 'Marrakech']);
  });

  it('reads a leading date header as metadata', () => {
    const doc = prepare(' date 2022-04 La Coalition se réunit.');
    expect(doc.header).toEqual({ start: 1, end: 13, value: '2022-04' });
  });
});
