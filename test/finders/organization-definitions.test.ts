import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../src/index.js';
import { abbreviates, initialsShare } from '../../src/finders/organization/acronym.js';

const orgs = (s: string) => findOrganizations(s).map((e) => [e.text, e.normalized.name, e.normalized.acronym]);

describe('acronym alignment', () => {
  it.each([
    ['CNSP', 'Conseil national pour la sauvegarde de la patrie', true],
    ['Cedeao', "Communauté économique des États de l'Afrique de l'Ouest", true],
    ['C3N', 'Centre de lutte contre les criminalités numériques', true],
    ['GUN', "gouvernement d'unité nationale", true],
    ['PKK', 'Parti des travailleurs du Kurdistan', false],
    ['FMI', 'Banque mondiale', false],
  ])('%s abbreviates %s: %s', (acronym, long, expected) => {
    expect(abbreviates(acronym, long.split(/[\s']+/))).toBe(expected);
  });

  it('measures how well letters fall on initials', () => {
    expect(initialsShare('FMI', ['Fonds', 'monétaire', 'international'])).toBe(1);
    expect(initialsShare('Vaud', ['Veraaud', 'pasteur', 'à', 'Mézières'])).toBeLessThan(0.75);
  });
});

describe('findOrganizations: acronyms the text defines', () => {
  it('gives the long form and the acronym the same canonical name (the issue’s example)', () => {
    const text = "La Communauté économique des États de l'Afrique de l'Ouest (CEDEAO) a pris des sanctions.";
    const found = findOrganizations(text);
    expect(found.map((e) => e.text)).toEqual(["Communauté économique des États de l'Afrique de l'Ouest", 'CEDEAO']);
    expect(new Set(found.map((e) => e.normalized.name)).size).toBe(1);
    expect(found[1]?.normalized.wikidata).toBe('Q193272');
  });

  it.each([
    [
      'Le général a pris la tête du Conseil national pour la sauvegarde de la patrie (CNSP). Le CNSP a suspendu la Constitution.',
      [
        ['Conseil national pour la sauvegarde de la patrie', 'Conseil national pour la sauvegarde de la patrie', 'CNSP'],
        ['CNSP', 'Conseil national pour la sauvegarde de la patrie', 'CNSP'],
        ['CNSP', 'Conseil national pour la sauvegarde de la patrie', 'CNSP'],
      ],
    ],
    [
      "le Parti des travailleurs du Kurdistan (PKK), puis le PKK",
      [
        ['Parti des travailleurs du Kurdistan', 'Parti des travailleurs du Kurdistan', 'PKK'],
        ['PKK', 'Parti des travailleurs du Kurdistan', 'PKK'],
        ['PKK', 'Parti des travailleurs du Kurdistan', 'PKK'],
      ],
    ],
    [
      "le gouvernement d’unité nationale (GUN), formé par des élus déchus",
      [
        ['gouvernement d’unité nationale', "gouvernement d'unité nationale", 'GUN'],
        ['GUN', "gouvernement d'unité nationale", 'GUN'],
      ],
    ],
    [
      'son parti, le Bharatiya Janata Party (BJP), recule',
      [
        ['Bharatiya Janata Party', 'Bharatiya Janata Party', 'BJP'],
        ['BJP', 'Bharatiya Janata Party', 'BJP'],
      ],
    ],
    [
      'Le DFJ (Département fédéral de justice) a répondu.',
      [
        ['DFJ', 'Département fédéral de justice', 'DFJ'],
        ['Département fédéral de justice', 'Département fédéral de justice', 'DFJ'],
      ],
    ],
  ])('%s', (input, expected) => {
    expect(orgs(input)).toEqual(expected);
  });

  it('overrides a known acronym inside the document that defines it otherwise', () => {
    const found = orgs('le Conseil suprême des antiquités (CSA) annonce des fouilles ; le CSA précise');
    expect(found.map(([t, n]) => [t, n])).toEqual([
      ['Conseil suprême des antiquités', 'Conseil suprême des antiquités'],
      ['CSA', 'Conseil suprême des antiquités'],
      ['CSA', 'Conseil suprême des antiquités'],
    ]);
  });

  it('learns an acronym that spells the start of a name found in the document', () => {
    const text = "Les maires ont reçu l'Agence régionale de santé de Bretagne. Depuis, l'ARS demande de la prudence.";
    expect(orgs(text).map(([t, n]) => [t, n])).toEqual([
      ['Agence régionale de santé de Bretagne', 'Agence régionale de santé de Bretagne'],
      ['ARS', 'Agence régionale de santé de Bretagne'],
    ]);
  });

  it.each([
    'Le produit intérieur brut (PIB) a reculé.', // not an organisation
    'Les Jeux olympiques (JO) de Paris.', // an event
    'M. Max Veraaud, pasteur à Mézières (Vaud), est blessé.', // a place in parentheses
    'Il commanda ensuite le Chicago (CA-14).', // a ship and its hull number
  ])('defines nothing in: %s', (input) => {
    expect(findOrganizations(input)).toEqual([]);
  });

  it('does not take a news agency credit for a definition', () => {
    expect(orgs('selon le ministère de l’Intérieur (AFP)').map(([t, n]) => [t, n])).toEqual([
      ['ministère de l’Intérieur', "ministère de l'Intérieur"],
      ['AFP', 'Agence France-Presse'],
    ]);
  });
});

describe('findOrganizations: a short form after a comma and a cue', () => {
  it.each([
    [
      "La Société nationale d'électricité du Sénégal, dite Senelec, doit payer ses fournisseurs. Senelec a promis un plan.",
      [
        ["Société nationale d'électricité du Sénégal", "Société nationale d'électricité du Sénégal", 'Senelec'],
        ['Senelec', "Société nationale d'électricité du Sénégal", 'Senelec'],
        ['Senelec', "Société nationale d'électricité du Sénégal", 'Senelec'],
      ],
    ],
    [
      'La Société des auteurs, compositeurs et éditeurs de musique, ou Sacem, a reversé 1,4 milliard.',
      [
        ['Société des auteurs, compositeurs et éditeurs de musique', 'Société des auteurs, compositeurs et éditeurs de musique', 'Sacem'],
        ['Sacem', 'Société des auteurs, compositeurs et éditeurs de musique', 'Sacem'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it("keeps 'ou' between two organisations a list, not a definition", () => {
    const found = findOrganizations("La CGT, ou FO, n'a pas signé.").map((e) => e.normalized.name);
    expect(found).toContain('Confédération générale du travail');
    expect(found).toContain('Force ouvrière');
  });

  it("keeps 'dit' before a speaker a verb ('« Non », dit Martin')", () => {
    expect(findOrganizations('Le Medef refuse, dit Martin.').map((e) => e.text)).toEqual(['Medef']);
    expect(findOrganizations('Il faut attendre le Medef, dit Martin.').map((e) => e.text)).toEqual(['Medef']);
  });
});
