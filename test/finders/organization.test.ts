import { describe, expect, it } from 'vitest';
import { buildOrganizationLexicon, createExtractor, createOrganizationFinder, findOrganizations } from '../../src/index.js';

const orgs = (s: string) => findOrganizations(s).map((e) => [e.text, e.normalized.name]);
const texts = (s: string) => findOrganizations(s).map((e) => e.text);

describe('findOrganizations: the lexicon', () => {
  it.each([
    ["l'OTAN et l'ONU", [['OTAN', "Organisation du traité de l'Atlantique nord"], ['ONU', 'Organisation des Nations unies']]],
    ['Daesh, Daech et l’État islamique', [['Daesh', 'État islamique'], ['Daech', 'État islamique'], ['État islamique', 'État islamique']]],
    ["l'EI, l'Etat islamique et ISIS", [['EI', 'État islamique'], ['Etat islamique', 'État islamique'], ['ISIS', 'État islamique']]],
    ['La Coalition mondiale contre Daesh tiendra une réunion', [['Coalition mondiale contre Daesh', "Coalition internationale contre l'État islamique"]]],
    ['la Coalition internationale contre Daech', [['Coalition internationale contre Daech', "Coalition internationale contre l'État islamique"]]],
    ['la Banque de France et la SNCF', [['Banque de France', 'Banque de France'], ['SNCF', 'Société nationale des chemins de fer français']]],
    ['la BCE, le FMI et la CIJ', [['BCE', 'Banque centrale européenne'], ['FMI', 'Fonds monétaire international'], ['CIJ', 'Cour internationale de justice']]],
    ['la CFDT, la CGT et FO', [['CFDT', 'Confédération française démocratique du travail'], ['CGT', 'Confédération générale du travail'], ['FO', 'Force ouvrière']]],
    ['le RN, LR, le PS et LFI', [['RN', 'Rassemblement national'], ['LR', 'Les Républicains'], ['PS', 'Parti socialiste'], ['LFI', 'La France insoumise']]],
    ["une figure des Républicains", [['Républicains', 'Les Républicains']]],
    ["l'Alliance atlantique", [['Alliance atlantique', "Organisation du traité de l'Atlantique nord"]]],
    ['la Cedeao et la CEDEAO', [['Cedeao', "Communauté économique des États de l'Afrique de l'Ouest"], ['CEDEAO', "Communauté économique des États de l'Afrique de l'Ouest"]]],
    ["l'OPEP+ réduit sa production", [['OPEP+', 'OPEP+']]],
    ['TotalEnergies, Stellantis et SpaceX', [['TotalEnergies', 'TotalEnergies'], ['Stellantis', 'Stellantis'], ['SpaceX', 'SpaceX']]],
    ['selon Reuters et le New York Times', [['Reuters', 'Reuters'], ['New York Times', 'The New York Times']]],
    ['Emmanuel Macron a reçu à l’Élysée le président du Kremlin', [['Élysée', 'Élysée'], ['Kremlin', 'Kremlin']]],
  ])('%s', (input, expected) => {
    expect(orgs(input)).toEqual(expected);
  });

  it('gives the acronym and the Wikidata ID of an international organisation, from the source file', () => {
    const [e] = findOrganizations("l'OMS");
    expect(e?.normalized).toEqual({ name: 'Organisation mondiale de la santé', acronym: 'OMS', wikidata: 'Q7817' });
  });

  it.each([
    'Les Daeshistes essayent de regagner du terrain', // a word built on a name
    'le ministre des Affaires étrangères', // a role
    'une onu de trop', // an acronym must be written in capitals
    'Le monde entier regarde', // 'Le Monde' needs its capitals
    'Renaissance des quartiers : le projet avance', // a name that is a word, first in its sentence
    'une nouvelle renaissance', // and in lower case
    'la compagnie a pris des options sur 70 autres Boeing', // the product
    'un Airbus A320 de la compagnie', // the product
    'Richard Wagner et Moritz Wagner', // people who share a name with an organisation
    'la Fed Cup et Microsoft Office', // brands of products
    'le traité de l’Élysée', // a treaty named after a seat
    'la Ligue des champions', // a competition
    'le seuil de 250 UA', // a unit
  ])('finds no organisation in: %s', (input) => {
    expect(findOrganizations(input)).toEqual([]);
  });

  it('keeps a national branch of the Red Cross as its own organisation', () => {
    expect(orgs('La Croix-Rouge libanaise a évacué les blessés')).toEqual([['Croix-Rouge libanaise', 'Croix-Rouge libanaise']]);
  });

  it('takes its data as a parameter', () => {
    const lexicon = buildOrganizationLexicon([
      { name: 'Organisation des pêcheurs', acronym: 'ODP', aliases: ['les Pêcheurs'] },
      { name: 'Ligue des lecteurs', aliases: [] },
    ]);
    const extractor = createExtractor({ finders: [createOrganizationFinder(lexicon)], resolvers: [] });
    expect(extractor.extract("L'ODP et la Ligue des lecteurs, mais pas l'OTAN").map((e) => [e.text, e.normalized])).toEqual([
      ['ODP', { name: 'Organisation des pêcheurs', acronym: 'ODP' }],
      ['Ligue des lecteurs', { name: 'Ligue des lecteurs' }],
    ]);
  });

  it('keeps offsets exact with typographic apostrophes, NFD accents and CRLF', () => {
    for (const input of ['l’OTAN\r\net la Banque d’Angleterre', 'la Banque centrale europe\u0301enne', '«\u00a0Daech\u00a0» et l’ONU']) {
      const found = findOrganizations(input);
      expect(found.length).toBeGreaterThan(0);
      for (const e of found) expect(input.slice(e.start, e.end)).toBe(e.text);
    }
    expect(texts('la Banque centrale europe\u0301enne')).toEqual(['Banque centrale europe\u0301enne']);
  });
});
