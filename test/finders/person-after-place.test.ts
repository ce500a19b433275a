import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

// The rules alone: a place right before a name is neither part of the name nor swallowed by it.
const { extract } = createExtractor({ model: null });
const found = (text: string) => extract(text).map((e) => [e.type, e.text]);

describe('a place right before a person', () => {
  it.each([
    ['Le spécialiste du Moyen-Orient Gilles Kepel a répondu.', [['location', 'Moyen-Orient'], ['person', 'Gilles Kepel']]],
    ['Le spécialiste de la Chine Gilles Kepel a répondu.', [['country', 'Chine'], ['person', 'Gilles Kepel']]],
    ['Le président de la Chine Xi Jinping est arrivé.', [['country', 'Chine'], ['person', 'Xi Jinping']]],
    ['Il fut élu roi de Pologne Étienne Bathory.', [['country', 'Pologne'], ['person', 'Étienne Bathory']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // a first name the lists lack keeps its name whole: 'Bernd' is no place
    ['La musique de Bernd Alois Zimmermann fut jouée.', [['person', 'Bernd Alois Zimmermann']]],
    // a name that merely follows a country name stays with it ('Maurice Ravel' is no Mauritius)
    ['Maurice Ravel a composé le Boléro.', [['person', 'Maurice Ravel']]],
    ['Israël Katz a parlé.', [['person', 'Israël Katz']]],
  ])('keeps one name: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
