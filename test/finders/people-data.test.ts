import { describe, expect, it } from 'vitest';
import { PEOPLE_TABLE } from '../../src/data/people.js';
import { parsePeopleTable } from '../../src/finders/person/lexicon.js';

describe('parsePeopleTable', () => {
  it.each([
    ['Nasser Bourita', { name: 'Nasser Bourita', familyName: 'Bourita', byFamilyName: true }],
    ['Jean-Yves Le Drian', { name: 'Jean-Yves Le Drian', familyName: 'Le Drian', byFamilyName: true }],
    ['Abdel Fattah al-Sissi\t2\tSissi', { name: 'Abdel Fattah al-Sissi', familyName: 'al-Sissi', aliases: ['Sissi'], byFamilyName: true }],
    ['Xi Jinping\tXi', { name: 'Xi Jinping', familyName: 'Xi', byFamilyName: true }],
    ['Charles III\t-', { name: 'Charles III', byFamilyName: true }],
    ['Alain Madelin\t\t\tQ582101\t0', { name: 'Alain Madelin', familyName: 'Madelin', wikidata: 'Q582101', byFamilyName: false }],
  ])('reads %j', (line, person) => {
    expect(parsePeopleTable(line)).toEqual([person]);
  });
});

describe('the people table', () => {
  const people = parsePeopleTable(PEOPLE_TABLE);
  const byName = new Map(people.map((p) => [p.name, p]));

  it('gives the family names the press uses alone', () => {
    expect(byName.get('Emmanuel Macron')).toMatchObject({ familyName: 'Macron', byFamilyName: true });
    expect(byName.get('Charles de Gaulle')?.familyName).toBe('de Gaulle');
    expect(byName.get('Kim Jong-un')?.familyName).toBe('Kim');
    expect(byName.get('Elizabeth II')?.familyName).toBeUndefined();
    expect(people.every((p) => !p.familyName || /\S/.test(p.familyName))).toBe(true);
  });
});
