import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../src/index.js';

const orgs = (s: string) => findOrganizations(s).map((e) => [e.text, e.normalized.name]);
const texts = (s: string) => findOrganizations(s).map((e) => e.text);

describe('findOrganizations: names after a cue, the cue outside', () => {
  it.each([
    ['la compagnie Air India a commandé 470 avions', ['Air India']],
    ['le laboratoire danois Bavarian Nordic assure', ['Bavarian Nordic']],
    ["le site d’information Mediapart a publié", ['Mediapart']],
    ['la société Brevo et le parti Horizons', ['Brevo', 'Horizons']],
    ['le groupe Lagardère et la start-up Doctolib', ['Lagardère', 'Doctolib']],
    ['le parti Reconquête d’Éric Zemmour', ['Reconquête']],
    ["L’association Eau et Rivières de Bretagne met en cause l’élevage", ['Eau et Rivières de Bretagne']],
    ['le candidat de la coalition « Sopi 2024 » obtient 53 %', ['Sopi 2024']],
    ["L'ONG Human Rights Watch dénonce", ['Human Rights Watch']],
    ["l'institut de sondage Ifop publie", ['Ifop']],
    // a band's genre between the cue and the name
    ['l’ex-chanteur du groupe punk hardcore Dead Kennedys', ['Dead Kennedys']],
    ['un titre du groupe rock progressif Pink Floyd', ['Pink Floyd']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('gives the lexicon value when the name is known', () => {
    expect(orgs('le parti Reconquête')).toEqual([['Reconquête', 'Reconquête']]);
  });
});

describe('findOrganizations: names marked by a word', () => {
  it.each([
    ['le Telugu Desam Party soutient Modi', ['Telugu Desam Party']],
    ['le fonds Qatar Sports Investments', ['Qatar Sports Investments']],
    ['la Motion Picture Association of America', ['Motion Picture Association of America']],
    ['chez Warner Bros. et Salomon Brothers', ['Warner Bros.', 'Salomon Brothers']],
    ['le FC Nantes et l’AS Monaco', ['FC Nantes', 'AS Monaco']],
    ['le Football Club Sochaux-Montbéliard', ['Football Club Sochaux-Montbéliard']],
    ['le VfB Stuttgart', ['VfB Stuttgart']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it.each([
    'sur Nintendo Entertainment System', // a product
    "à l'US Open de tennis", // a tournament
    'DERNIÈRES DÉPÊCHES Service', // a heading in capitals
  ])('finds no organisation in: %s', (input) => {
    expect(findOrganizations(input)).toEqual([]);
  });
});

describe('findOrganizations: teams and leagues', () => {
  it.each([
    ['les Canadiens de Montréal ont battu les Maple Leafs de Toronto', [['Canadiens de Montréal', 'Canadiens de Montréal'], ['Maple Leafs de Toronto', 'Maple Leafs de Toronto']]],
    ['les Los Angeles Lakers', [['Los Angeles Lakers', 'Lakers de Los Angeles']]],
    ['la LNH et la Ligue américaine de hockey', [['LNH', 'Ligue nationale de hockey'], ['Ligue américaine de hockey', 'Ligue américaine de hockey']]],
  ])('%s', (input, expected) => {
    expect(orgs(input)).toEqual(expected);
  });
});

describe('findOrganizations: what the document repeats', () => {
  it('finds a name a cue revealed wherever the document repeats it', () => {
    const text = 'Air India commande 470 avions\n\nLa compagnie Air India, contrôlée par le conglomérat indien Tata, a annoncé la commande. Elle est revenue dans le giron de Tata en 2022.';
    expect(texts(text)).toEqual(['Air India', 'Air India', 'Tata', 'Tata']);
  });

  it('does not repeat a name inside a longer one', () => {
    expect(texts('le groupe Sly a joué ; Sly Stone a chanté')).toEqual(['Sly']);
  });
});

describe('findOrganizations: names told by their people or described after a comma', () => {
  it.each([
    ["le PDG d'Arianespace, Stéphane Israël, assistait au tir", ['Arianespace']],
    ['Le patron de World Rugby, Bill Beaumont, a promis un tournoi', ['World Rugby']],
    ['le président de Tata Sons, Natarajan Chandrasekaran', ['Tata Sons']],
    ['les salariés de Brevo ont voté', ['Brevo']],
    ['LockBit, un groupe de pirates russophones, a revendiqué', ['LockBit']],
    ['Petrobras, le géant pétrolier brésilien, convoite des gisements', ['Petrobras']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it.each([
    'le président de la République a parlé', // no organisation
    'la présidente de la Commission a parlé', // a short reference
    'le président des États-Unis Joe Biden', // a country, then a person
    'sous la présidence de Mauricio Macri', // a person
    'À Anzio, le groupe prend le train', // a clause, not an apposition
  ])('finds no organisation in: %s', (input) => {
    expect(findOrganizations(input)).toEqual([]);
  });
});

describe('findOrganizations: shortened names', () => {
  it('gives a shortened name the value of the full name the document gave', () => {
    const found = findOrganizations('La Banque centrale du Nigeria a relevé son taux. La Banque centrale craint l’inflation.');
    expect(found.map((e) => [e.text, e.normalized.name])).toEqual([
      ['Banque centrale du Nigeria', 'Banque centrale du Nigeria'],
      ['Banque centrale', 'Banque centrale du Nigeria'],
    ]);
  });

  it('keeps a shortened name as it is when two full names would fit', () => {
    const found = findOrganizations('La Banque centrale du Nigeria et la Banque centrale du Ghana. La Banque centrale a parlé.');
    expect(found.map((e) => e.normalized.name)).toEqual(['Banque centrale du Nigeria', 'Banque centrale du Ghana', 'Banque centrale']);
  });
});
