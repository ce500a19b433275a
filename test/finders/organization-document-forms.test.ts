import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

// The rules alone (no model): the forms under which news names an organisation again, or names
// several after one cue, and the spellings of known names it uses.
const rules = createExtractor({ model: null });
const orgs = (s: string) => rules.extract(s).filter((e) => e.type === 'organization').map((e) => [e.text, e.normalized.name]);
const types = (s: string) => rules.extract(s).map((e) => `${e.type}:${e.text}`);

describe('a national branch: a known NGO or company with a country after it', () => {
  it.each([
    ['Greenpeace France dénonce « une fuite en avant ».', [['Greenpeace France', 'Greenpeace France']]],
    ['Oxfam France et Amnesty International France publient un rapport.', [['Oxfam France', 'Oxfam France'], ['Amnesty International France', 'Amnesty International France']]],
  ])('%s', (input, expected) => {
    expect(orgs(input)).toEqual(expected);
  });

  it('keeps the country when the name is not followed by it', () => {
    expect(types('Selon Greenpeace, la France doit agir.')).toEqual(['organization:Greenpeace', 'country:France']);
  });

  it('does not make a branch of an intergovernmental body', () => {
    expect(orgs('L’OTAN France n’existe pas.').map(([t]) => t)).not.toContain('OTAN France');
  });
});

describe('a list after a plural cue', () => {
  it.each([
    ['Les industriels Toyota, Sony et NTT figurent parmi les actionnaires.', ['Toyota', 'Sony', 'NTT']],
    ['Les constructeurs Renault, Stellantis et Toyota ont signé.', ['Renault', 'Stellantis', 'Toyota']],
    ['Les syndicats CGT, FO et Solidaires appellent à la grève.', ['CGT', 'FO', 'Solidaires']],
    ['Les transporteurs Kelvo et Fretigo, rivaux depuis dix ans, ont fusionné.', ['Kelvo', 'Fretigo']],
  ])('%s', (input, expected) => {
    expect(orgs(input).map(([t]) => t)).toEqual(expected);
  });

  it('ends the list at the first item that is not a name', () => {
    expect(orgs('Les industriels Toyota, la banque et les fonds ont investi.').map(([t]) => t)).toEqual(['Toyota']);
  });
});

describe('a name then what it is, after a comma', () => {
  it.each([
    ['DAZN, le diffuseur britannique, a perdu des abonnés.', 'DAZN'],
    ['Mardi, Fretigo, le transporteur lyonnais, a fermé un dépôt.', 'Fretigo'],
  ])('%s', (input, name) => {
    expect(orgs(input).map(([t]) => t)).toContain(name);
  });

  it('takes no town before a comma and a trade', () => {
    expect(types('À Lyon, le transporteur a fermé un dépôt.')).toEqual(['location:Lyon']);
  });
});

describe('more trade cues', () => {
  it.each([
    ['Le spécialiste de la cybersécurité Tehtris a levé 40 millions.', 'Tehtris'],
    ['Le leader européen du pneu Kalvano recrute.', 'Kalvano'],
    ['Le sous-traitant automobile MA France a fermé.', 'MA France'],
    ['Le parti au pouvoir Zanu-PF a gagné.', 'Zanu-PF'],
    ['Le bailleur social Paris Habitat a été condamné.', 'Paris Habitat'],
  ])('%s', (input, name) => {
    expect(orgs(input).map(([t]) => t)).toContain(name);
  });

  it('leaves a known person after a cue to the person finder', () => {
    expect(types('Le leader du RN Jordan Bardella a répondu.')).toContain('person:Jordan Bardella');
  });
});

describe('the first word of a company the document named after its trade', () => {
  it('is that company later, mid-sentence', () => {
    expect(orgs('La société Transmodal Services a été condamnée. Filiale d’un fonds néerlandais, Transmodal exploite quarante trains.')).toEqual([
      ['Transmodal Services', 'Transmodal Services'],
      ['Transmodal', 'Transmodal Services'],
    ]);
  });

  it('is not taken from a name that no trade introduced', () => {
    expect(orgs('La maison Planta Wildenberg est ancienne. Planta fut ambassadeur, et plus tard Planta fut officier.').map(([t]) => t)).not.toContain('Planta');
  });

  it('is never a country’s name', () => {
    expect(types('L’association France Nature Environnement porte plainte. La France a répondu.')).toContain('country:France');
  });
});

describe('spellings of known names', () => {
  it.each([
    ['L’Unrwa a suspendu ses distributions.', 'Unrwa', "Office de secours et de travaux des Nations unies pour les réfugiés de Palestine dans le Proche-Orient"],
    ['Selon Axa, les sinistres ont doublé.', 'Axa', 'AXA'],
    ['L’office français de la biodiversité enquête.', 'office français de la biodiversité', 'Office français de la biodiversité'],
    ['La haute autorité de santé recommande le vaccin.', 'haute autorité de santé', 'Haute Autorité de santé'],
  ])('%s', (input, text, name) => {
    expect(orgs(input)).toContainEqual([text, name]);
  });

  it('does not take a lower-case head of two words for the name', () => {
    expect(orgs('La police nationale enquête.')).toEqual([]);
  });
});
