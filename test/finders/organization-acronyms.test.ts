import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const rules = createExtractor({ model: null });
const orgs = (s: string) => rules.extract(s).filter((e) => e.type === 'organization').map((e) => [e.text, e.normalized.name]);

describe('acronyms of French news that the text does not define', () => {
  it.each([
    // unions and professional bodies
    ['Le SNES-FSU appelle à la grève.', [['SNES-FSU', 'Syndicat national des enseignements de second degré']]],
    ['La FAGE et l’UNL manifestent.', [['FAGE', 'Fédération des associations générales étudiantes'], ['UNL', 'Union nationale lycéenne']]],
    // administrations, agencies and police services
    ['La CAF versera les aides, selon la CPAM.', [['CAF', "Caisse d'allocations familiales"], ['CPAM', "Caisse primaire d'assurance maladie"]]],
    ['Les CRS et la BAC sont intervenus.', [['CRS', 'Compagnies républicaines de sécurité'], ['BAC', 'Brigade anti-criminalité']]],
    ["L'ANSES a publié un avis.", [['ANSES', "Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail"]]],
    // NGOs, international bodies, sports bodies, companies
    ['La LDH et la LICRA portent plainte.', [['LDH', "Ligue des droits de l'homme"], ['LICRA', "Ligue internationale contre le racisme et l'antisémitisme"]]],
    ["L'OIAC enquête en Syrie.", [['OIAC', "Organisation pour l'interdiction des armes chimiques"]]],
    ['Le GAFI a placé le pays sur liste grise.', [['GAFI', "Groupe d'action financière"]]],
    ['La CONMEBOL a sanctionné le club.', [['CONMEBOL', 'Confédération sud-américaine de football']]],
    ['Le BND allemand et le MI6 britannique coopèrent.', [['BND', 'Bundesnachrichtendienst'], ['MI6', 'MI6']]],
    // scientific journals cited by name
    ['Une étude publiée dans The Lancet et reprise par le NEJM.', [['The Lancet', 'The Lancet'], ['NEJM', 'New England Journal of Medicine']]],
    // a party's acronym between an elected's title and the name
    ['Le député LFI Manuel Bompard et la sénatrice LR Valérie Boyer ont voté contre.', [['LFI', 'La France insoumise'], ['LR', 'Les Républicains']]],
  ])('%s', (input, expected) => {
    expect(orgs(input)).toEqual(expected);
  });

  it.each([
    // the same letters in lower case are words
    'Le temps est sec et il a eu son bac.',
    'Elle a cueilli un iris.',
  ])('no organisation in: %s', (input) => {
    expect(orgs(input)).toEqual([]);
  });

  it("a generic body's acronym takes the full name the text gives", () => {
    const text = "Les maires ont rencontré l'Agence régionale de santé de Bretagne. L'ARS demande aux promeneurs de rester à l'écart.";
    expect(orgs(text)).toEqual([
      ['Agence régionale de santé de Bretagne', 'Agence régionale de santé de Bretagne'],
      ['ARS', 'Agence régionale de santé de Bretagne'],
    ]);
  });
});
