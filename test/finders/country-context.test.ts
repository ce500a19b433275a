import { describe, expect, it } from 'vitest';
import { findCountries, findLocations } from '../../src/index.js';

const codes = (s: string) => findCountries(s).map((e) => [e.text, e.normalized.code, e.normalized.form]);

describe('findCountries in context', () => {
  it.each([
    // names the press uses, articles and prepositions outside
    ['des Pays-Bas au Canada', [['Pays-Bas', 'NL', 'name'], ['Canada', 'CA', 'name']]],
    ['la Tchéquie, ou République tchèque', [['Tchéquie', 'CZ', 'name'], ['République tchèque', 'CZ', 'name']]],
    ['les Etats-Unis d’Amérique et le Royaume-Uni', [['Etats-Unis d’Amérique', 'US', 'name'], ['Royaume-Uni', 'GB', 'name']]],
    ['la république démocratique du Congo', [['république démocratique du Congo', 'CD', 'name']]],
    ['en Bosnie et au Viêt Nam', [['Bosnie', 'BA', 'name'], ['Viêt Nam', 'VN', 'name']]],
    // demonyms in every gender and number
    ['des élus marocains, des militantes marocaines', [['marocains', 'MA', 'demonym'], ['marocaines', 'MA', 'demonym']]],
    ['le Suisse Roger Federer', [['Suisse', 'CH', 'demonym']]],
    // a country whose name is plural takes 'les' itself; a number still counts its people
    ['l’Indonésie et les Philippines', [['Indonésie', 'ID', 'name'], ['Philippines', 'PH', 'name']]],
    ['le président des Philippines', [['Philippines', 'PH', 'name']]],
    // a demonym as a noun before a company's or a person's name is no language
    ['dont le suisse Barry Callebaut et l’américain Cargill', [['suisse', 'CH', 'demonym'], ['américain', 'US', 'demonym']]],
    ['deux Philippines et trois Argentines', [['Philippines', 'PH', 'demonym'], ['Argentines', 'AR', 'demonym']]],
    // a capital named like its country is the city after 'à'; a city-state stays a country
    ['au Luxembourg, puis à Monaco', [['Luxembourg', 'LU', 'name'], ['Monaco', 'MC', 'name']]],
  ])('%s', (input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it.each([
    // a country's name inside an organisation's, an event's or a person's name
    'la Banque de France a relevé ses taux',
    'la Banque centrale de la République argentine',
    'l’Agence de santé publique de Suède',
    'il a remporté le Tour de France',
    'la compagnie Qatar Airways',
    'Israël Katz a déclaré',
    'le tribunal correctionnel de Paris',
    'les Forces armées de la RDC',
    // words and languages
    'en arabe et en anglais',
    'la loi sur la langue française, dans les pays de langue arabe',
    'elle apprend le russe. Le Monde l’a su',
    'traduit de l’anglais Par Marie Dupont',
    'une réunion du conseil',
  ])('finds no country in: %s', (input) => {
    expect(findCountries(input)).toEqual([]);
  });

  it('leaves the capital to the place finder after à', () => {
    expect(findLocations('une réunion à Luxembourg').map((e) => [e.text, e.normalized.countryCode])).toEqual([['Luxembourg', 'LU']]);
  });
});
