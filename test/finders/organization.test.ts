import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../src/index.js';

const orgs = (s: string) => findOrganizations(s).map((e) => [e.text, e.normalized.name]);

describe('findOrganizations', () => {
  it.each([
    ["l'OTAN et l'ONU", [['OTAN', "Organisation du traité de l'Atlantique nord"], ['ONU', 'Organisation des Nations unies']]],
    ['Daesh, Daech et l’État islamique', [['Daesh', 'État islamique'], ['Daech', 'État islamique'], ['État islamique', 'État islamique']]],
    ['La Coalition mondiale contre Daesh tiendra une réunion', [['Coalition mondiale contre Daesh', "Coalition internationale contre l'État islamique"]]],
    ['la Banque de France et la SNCF', [['Banque de France', 'Banque de France'], ['SNCF', 'Société nationale des chemins de fer français']]],
  ])('%s', (input, expected) => {
    expect(orgs(input)).toEqual(expected);
  });

  it.each(['Les Daeshistes essayent de regagner du terrain', 'le ministre des Affaires étrangères', 'une onu de trop'])('finds no organisation in: %s', (input) => {
    expect(findOrganizations(input)).toEqual([]);
  });

  it('gives the acronym and the Wikidata of an international organisation', () => {
    const [e] = findOrganizations("l'OMS");
    expect(e?.normalized).toEqual({ name: 'Organisation mondiale de la santé', acronym: 'OMS', wikidata: 'Q7817' });
  });
});
