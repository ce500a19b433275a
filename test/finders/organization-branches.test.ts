import { describe, expect, it } from 'vitest';
import { extract, findOrganizations } from '../../src/index.js';
import { frenchRegionKeys } from '../../src/finders/organization/lexicon.js';
import { phraseKey } from '../../src/finders/phrase-index.js';

const orgs = (s: string) => findOrganizations(s).map((e) => e.text);

describe('findOrganizations: regional branches', () => {
  it.each([
    ['Le Crédit agricole Centre-Est a annoncé une enveloppe.', ['Crédit agricole Centre-Est']],
    ['Le Medef Île-de-France proteste contre la taxe.', ['Medef Île-de-France']],
    ["L'association France Nature Environnement Languedoc-Roussillon dénonce les forages.", ['France Nature Environnement Languedoc-Roussillon']],
    ["La CPME Provence-Alpes-Côte d'Azur réclame des aides.", ["CPME Provence-Alpes-Côte d'Azur"]],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it.each([
    ['La chambre régionale des comptes Grand Est épingle la gestion de la ville.', 'chambre régionale des comptes Grand Est'],
    ["Selon l'agence régionale de santé Occitanie, dix cas ont été recensés.", 'agence régionale de santé Occitanie'],
    ['La direction régionale des finances publiques Hauts-de-France a ouvert une enquête.', 'direction régionale des finances publiques Hauts-de-France'],
  ])('a regional service takes its region: %s', (text, expected) => {
    expect(orgs(text)).toEqual([expected]);
  });

  it.each([
    ['La CPME du Rhône proteste.', ['CPME du Rhône']],
    ['La FNSEA de la Marne bloque les routes.', ['FNSEA de la Marne']],
    // A town is a local union, written apart: 'la [CGT] du Havre' (Le Havre is no département).
    ['La CGT du Havre manifeste.', ['CGT']],
    // A company is not named 'of' a département: 'Renault du Nord'.
    ['Les usines Renault de la Marne ferment.', ['Renault']],
  ])("a union's branch of a département: %s", (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('keeps a person after a company out of it', () => {
    const found = extract('Le directeur de Sanofi Jean-Marc Dupont a parlé.');
    expect(found.filter((e) => e.type === 'organization').map((e) => e.text)).not.toContain('Sanofi Jean-Marc');
  });

  it('takes no region for an institution, and no short département', () => {
    expect(orgs("L'Assemblée nationale Bretagne")).not.toContain('Assemblée nationale Bretagne');
    expect(orgs('Le Crédit agricole Nord a prêté.')).not.toContain('Crédit agricole Nord');
  });

  it("reads the French regions of the place table's own section", () => {
    const keys = frenchRegionKeys('#region\nSahel\n#region FR\nBretagne\nProvence-Alpes-Côte d\'Azur\tPACA\n#water\nRhône\n#city\nParis');
    expect(keys.size).toBe(4);
    for (const name of ['Bretagne', "Provence-Alpes-Côte d'Azur", 'PACA', 'Rhône']) expect(keys.has(phraseKey(name))).toBe(true);
    expect(keys.has(phraseKey('Paris'))).toBe(false);
    expect(keys.has(phraseKey('Sahel'))).toBe(false);
  });
});

describe('findOrganizations: an ensemble named after its organisation', () => {
  it.each([
    ["L'Orchestre philharmonique de Radio France part en tournée.", ['Orchestre philharmonique de Radio France']],
    ['Le Chœur de Radio France chantera.', ['Chœur de Radio France']],
    // A person after a bare 'de' stays out: the owner must be an organisation.
    ['Le Parti socialiste de Jean Dupont.', ['Parti socialiste']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});

describe('findOrganizations: a board named alone is the board of the body the article is about', () => {
  it('gives the Conseil des gouverneurs the central bank named most', () => {
    const text =
      'La Banque centrale européenne a relevé ses taux. La décision de la Banque centrale européenne divise le Conseil des gouverneurs. Le gouverneur de la Banque de France approuve.';
    const board = findOrganizations(text).find((e) => e.text === 'Conseil des gouverneurs');
    expect(board?.normalized.name).toBe('Conseil des gouverneurs de la Banque centrale européenne');
  });

  it('leaves it alone when two banks are named as often', () => {
    const text = 'La Banque centrale européenne et la Banque de France divergent. Le Conseil des gouverneurs tranchera.';
    const board = findOrganizations(text).find((e) => e.text === 'Conseil des gouverneurs');
    expect(board?.normalized.name).toBe('Conseil des gouverneurs');
  });
});

describe('findOrganizations: German institutes and offices named with für', () => {
  it.each([
    ["Selon l'Institut für Weltwirtschaft de Kiel, la croissance ralentit.", ['Institut für Weltwirtschaft']],
    ['Le Bundesamt für Migration und Flüchtlinge a traité les demandes.', ['Bundesamt für Migration und Flüchtlinge']],
    ['Le Max-Planck-Institut für Physik recrute.', ['Max-Planck-Institut für Physik']],
    // 'das' is no name: nothing after 'für'.
    ["L'Institut für das Wohl.", []],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});

describe("findOrganizations: 'Air' before a capitalised name is an airline", () => {
  it.each([
    ['Hier, Air Sénégal et Air Burkina ont annulé leurs vols.', ['Air Sénégal', 'Air Burkina']],
    ["Hier, Air Côte d'Ivoire a annulé ses vols.", ["Air Côte d'Ivoire"]],
    // Inside a longer capitalised name it is a part of it.
    ['La US Air Force a frappé.', []],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});
