import { describe, expect, it } from 'vitest';
import { buildCountryGazetteer, createCountryFinder, createExtractor, findCountries } from '../../src/index.js';

const codes = (s: string) => findCountries(s).map((e) => [e.text, e.normalized.code, e.normalized.form]);

describe('findCountries', () => {
  it.each([
    ['la France et l’Italie', [['France', 'FR', 'name'], ['Italie', 'IT', 'name']]],
    ['aux États-Unis, en Grande-Bretagne et en Grande Bretagne', [['États-Unis', 'US', 'name'], ['Grande-Bretagne', 'GB', 'name'], ['Grande Bretagne', 'GB', 'name']]],
    ['les USA et la RDC', [['USA', 'US', 'name'], ['RDC', 'CD', 'name']]],
    ["l'Arabie saoudite et la Côte d'Ivoire", [['Arabie saoudite', 'SA', 'name'], ["Côte d'Ivoire", 'CI', 'name']]],
    ['le ministre marocain et la diplomatie espagnole', [['marocain', 'MA', 'demonym'], ['espagnole', 'ES', 'demonym']]],
    ['les Américains et les autorités marocaines', [['Américains', 'US', 'demonym'], ['marocaines', 'MA', 'demonym']]],
    ['la Birmanie, ou Myanmar', [['Birmanie', 'MM', 'name'], ['Myanmar', 'MM', 'name']]],
  ])('%s', (input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it.each([
    'une réunion européenne et africaine',
    'il parle français et étudie le russe',
    'le Royaume a redoublé d’efforts',
    'Jordan Bardella a parlé',
    'une grenade a explosé',
    'les rdc du quartier',
  ])('finds no country in: %s', (input) => {
    expect(findCountries(input)).toEqual([]);
  });

  it('gives ISO alpha-3, the French name and Wikidata', () => {
    const [e] = findCountries('au Maroc');
    expect(e?.normalized).toEqual({ code: 'MA', alpha3: 'MAR', name: 'Maroc', form: 'name', wikidata: 'Q1028' });
  });

  it('takes its gazetteer as a parameter', () => {
    const gaz = buildCountryGazetteer([{ code: 'XA', alpha3: 'XAA', name: 'Atlantide', independent: true, names: [], demonyms: [['atlante', 'atlante']] }]);
    const ex = createExtractor({ finders: [createCountryFinder(gaz)] });
    expect(ex.extract('Les Atlantes de l’Atlantide, et la France.').map((e) => e.text)).toEqual(['Atlantes', 'Atlantide']);
  });
});

describe('a country gazetteer with a place test of its own', () => {
  it('splits a pair whose half only that test knows, without a pre-check for it', () => {
    const gaz = buildCountryGazetteer([{ code: 'XA', alpha3: 'XAA', name: 'Atlantide', independent: true, names: [], demonyms: [] }], { isPlaceName: (name) => name === 'Lémurie' });
    const found = createExtractor({ model: null, finders: [createCountryFinder(gaz)] }).extract('le match Lémurie-Atlantide');
    expect(found.map((e) => [e.type, e.text])).toEqual([['country', 'Atlantide']]);
  });
});
