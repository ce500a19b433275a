import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const rules = createExtractor({ model: null });
const places = (s: string) =>
  rules.extract(s).filter((e) => e.type === 'country' || e.type === 'location').map((e) => [e.type, e.text, e.type === 'country' ? e.normalized.code : e.normalized.name]);

describe('hyphenated pairs of places', () => {
  it.each([
    // two countries: a match, a final, a relation
    ['Le match France-Brésil a tenu ses promesses.', [['country', 'France', 'FR'], ['country', 'Brésil', 'BR']]],
    ['la finale France-Argentine', [['country', 'France', 'FR'], ['country', 'Argentine', 'AR']]],
    ['les relations États-Unis-Chine se tendent', [['country', 'États-Unis', 'US'], ['country', 'Chine', 'CN']]],
    // two or three cities: a race, a rail link, a line
    ['le rallye Paris-Dakar', [['location', 'Paris', 'Paris'], ['location', 'Dakar', 'Dakar']]],
    ['le tunnel Lyon-Turin', [['location', 'Lyon', 'Lyon'], ['location', 'Turin', 'Turin']]],
    ['le derby Lyon-Saint-Étienne', [['location', 'Lyon', 'Lyon'], ['location', 'Saint-Étienne', 'Saint-Étienne']]],
    ['la ligne Paris-Lyon-Marseille', [['location', 'Paris', 'Paris'], ['location', 'Lyon', 'Lyon'], ['location', 'Marseille', 'Marseille']]],
    // a city and a country
    ['le vol Paris-Maroc', [['location', 'Paris', 'Paris'], ['country', 'Maroc', 'MA']]],
    // regions only: one region of two names
    ['la région Nord-Pas-de-Calais', [['location', 'Nord-Pas-de-Calais', 'Nord-Pas-de-Calais']]],
  ])('%s', (input, expected) => {
    expect(places(input)).toEqual(expected);
  });

  it.each([
    // one name of its own, a direction, a word or a given name, a brand
    ['la Bosnie-Herzégovine', [['country', 'Bosnie-Herzégovine', 'BA']]],
    ['à Clermont-Ferrand', [['location', 'Clermont-Ferrand', 'Clermont-Ferrand']]],
    ['le canton de Béthune-Nord', [['location', 'Béthune-Nord', 'Béthune-Nord']]],
    ['la classique Paris-Tours', []],
    ['Marie-France Garaud a parlé', []],
    ['le groupe Air France-KLM', []],
    // compounds in lower case are no countries
    ['le couple franco-allemand', []],
  ])('no pair in: %s', (input, expected) => {
    expect(places(input)).toEqual(expected);
  });

  it('gives each half its own offsets, also with a non-breaking hyphen', () => {
    for (const text of ['Le match France-Brésil.', 'Le match France\u2011Brésil.', 'Le Paris-Dakar.']) {
      const found = rules.extract(text).filter((e) => e.type === 'country' || e.type === 'location');
      expect(found).toHaveLength(2);
      for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('stays linear on a long run of hyphenated names', () => {
    const text = Array.from({ length: 20000 }, () => 'Paris-Lyon-Nice-Brest-Metz-Tours').join(' ');
    const t0 = performance.now();
    rules.extract(text);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('hyphenated pairs whose first half is several words', () => {
  it.each([
    ['la frontière Bosnie-Herzégovine-Serbie', [['country', 'Bosnie-Herzégovine', 'BA'], ['country', 'Serbie', 'RS']]],
  ])('%s', (input, expected) => {
    expect(places(input)).toEqual(expected);
  });
});
