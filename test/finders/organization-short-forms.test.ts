import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

// The rules alone (no model): long names that run through fixed phrases, short forms clipped from a
// name rather than made of its initials, and brands written with a lower-case first letter.
const rules = createExtractor({ model: null });
const orgs = (s: string) => rules.extract(s).filter((e) => e.type === 'organization').map((e) => [e.text, e.normalized.name]);

describe('a long name through a fixed phrase', () => {
  it.each([
    ['La Fédération de l’Ain pour la pêche et la protection du milieu aquatique a porté plainte.', 'Fédération de l’Ain pour la pêche et la protection du milieu aquatique'],
    ['Les agents de la Régie des transports en commun de l’agglomération rouennaise sont en grève.', 'Régie des transports en commun de l’agglomération rouennaise'],
    ['L’accord a été validé par la Corporation de développement de la production.', 'Corporation de développement de la production'],
  ])('%s', (input, expected) => {
    expect(orgs(input).map(([t]) => t)).toEqual([expected]);
  });

  it.each([
    ['La chambre de commerce et d’industrie Lyon Métropole Saint-Étienne Roanne recense 140 entreprises.', 'chambre de commerce et d’industrie Lyon Métropole Saint-Étienne Roanne'],
    ['Selon la Chambre de commerce et d’industrie Nice Côte d’Azur, le tourisme progresse.', 'Chambre de commerce et d’industrie Nice Côte d’Azur'],
    ['La chambre de métiers et de l’artisanat Hauts-de-France forme 900 apprentis.', 'chambre de métiers et de l’artisanat Hauts-de-France'],
    ['Genethon, adossée à l’Association française contre les myopathies, fournira ses vecteurs.', 'Association française contre les myopathies'],
  ])('a chamber named by its territory, an association by what it fights: %s', (input, expected) => {
    expect(orgs(input).map(([t]) => t)).toEqual([expected]);
  });

  it("keeps 'contre' after an association's name a preposition of the sentence", () => {
    expect(orgs('L’Association des maires de France a porté plainte contre le ministère.').map(([t]) => t)).toEqual(['Association des maires de France']);
  });

  it("keeps 'milieu' a time when no adjective follows it", () => {
    expect(orgs('Le report du Comité des sages du milieu de la semaine surprend.').map(([t]) => t)).toEqual(['Comité des sages']);
  });
});

describe('a short form clipped from the name, in parentheses', () => {
  it('gives the clipped form and its later mentions the name', () => {
    expect(orgs('Le Kenya Tea Board (Ketebo) a relevé ses prix. Le Ketebo exporte vers Londres.')).toEqual([
      ['Kenya Tea Board', 'Kenya Tea Board'],
      ['Ketebo', 'Kenya Tea Board'],
      ['Ketebo', 'Kenya Tea Board'],
    ]);
  });

  it('does not take a town in parentheses for a short form', () => {
    expect(orgs('La Société générale (Paris) a publié ses comptes.').map(([t]) => t)).toEqual(['Société générale']);
  });
});

describe('a brand with a lower-case first letter', () => {
  it('keeps it inside the name', () => {
    expect(orgs('Les droits restent chez beIN Media Group jusqu’en 2029.')).toEqual([['beIN Media Group', 'beIN Media Group']]);
  });
});

describe('a company named by its first word after a suffixed name', () => {
  it('repeats it first in a sentence when the other word only says it is a company', () => {
    expect(orgs('La justice vise la société américaine Pixmatch AI. Pixmatch, installée à Austin, conteste.')).toEqual([
      ['Pixmatch AI', 'Pixmatch AI'],
      ['Pixmatch', 'Pixmatch AI'],
    ]);
  });

  it('repeats a listed one without a cue', () => {
    expect(orgs('La start-up Mistral AI lève 600 millions. Lundi, Mistral a présenté un modèle.').map(([t, n]) => `${t}=${n}`)).toEqual(['Mistral AI=Mistral AI', 'Mistral=Mistral AI']);
  });

  it('needs the suffix to repeat it first in a sentence', () => {
    expect(orgs('La justice vise la société Transmodal Services. Transmodal, dit-on, conteste.').map(([t]) => t)).toEqual(['Transmodal Services']);
  });
});

describe('names listed in round 4', () => {
  it.each([
    ['Dans l’Uttar Pradesh, le Parti samajwadi d’Akhilesh Yadav arrive en tête.', [['Parti samajwadi', 'Parti samajwadi']]],
    ['« L’Assistance publique n’a jamais engagé autant », dit son directeur.', [['Assistance publique', 'Assistance publique-Hôpitaux de Paris']]],
    ['Les enfants sont soignés à l’hôpital Necker-Enfants malades.', [['hôpital Necker-Enfants malades', 'hôpital Necker-Enfants malades']]],
    ['Le Garante per la protezione dei dati personali a bloqué ChatGPT.', [['Garante per la protezione dei dati personali', 'Garante per la protezione dei dati personali']]],
  ])('%s', (input, expected) => {
    expect(orgs(input)).toEqual(expected);
  });
});

describe('a list announced by a count and a comma', () => {
  it.each([
    ['Le fret sera repris par deux sociétés distinctes, Hexafret et Technis. L’État approuve.', ['Hexafret', 'Technis']],
    ['Trois syndicats, Kelvo Union, FO et Solidaires, appellent à la grève.', ['Kelvo Union', 'FO', 'Solidaires']],
  ])('%s', (input, expected) => {
    expect(orgs(input).map(([t]) => t)).toEqual(expected);
  });

  it('needs a name after the comma', () => {
    expect(orgs('Il a travaillé pour deux sociétés, à Lyon puis à Paris.')).toEqual([]);
  });
});

describe('an acronym joined to a label, in parentheses', () => {
  it('gives it the name before it, and to its later mentions', () => {
    expect(orgs('Elle est adossée à l’Association française contre les myopathies (AFM-Téléthon). L’AFM-Téléthon finance.')).toEqual([
      ['Association française contre les myopathies', 'Association française contre les myopathies'],
      ['AFM-Téléthon', 'Association française contre les myopathies'],
      ['AFM-Téléthon', 'Association française contre les myopathies'],
    ]);
  });

  it('needs the capitals to fall on the initials', () => {
    expect(orgs('Le groupe Vantor Industries (KPX-Holding) a publié ses comptes.').map(([t]) => t)).toEqual(['Vantor Industries']);
  });
});

describe('an acronym defined after its name', () => {
  it('gives the name the full name of a known acronym that goes on from it', () => {
    expect(orgs('Le Parti social-démocrate (SPD) et la CDU s’opposent.').map(([t, n]) => `${t}=${n}`)).toEqual([
      "Parti social-démocrate=Parti social-démocrate d'Allemagne",
      "SPD=Parti social-démocrate d'Allemagne",
      "CDU=Union chrétienne-démocrate d'Allemagne",
    ]);
  });

  it("outweighs a country's results code of the same letters", () => {
    expect(orgs('La Société du Grand Paris (SGP) a livré la ligne. La SGP promet.').map(([t, n]) => `${t}=${n}`)).toEqual([
      'Société du Grand Paris=Société du Grand Paris',
      'SGP=Société du Grand Paris',
      'SGP=Société du Grand Paris',
    ]);
  });
});

describe("an association's name that is a phrase", () => {
  it.each([
    ['L’association Place au vélo a organisé un convoi.', 'Place au vélo'],
    ['Selon l’association Agir pour l’environnement, les pesticides reculent.', 'Agir pour l’environnement'],
    ['Le collectif Vigilance sans frontières dénonce la décision.', 'Vigilance sans frontières'],
  ])('%s', (input, expected) => {
    expect(orgs(input).map(([t]) => t)).toEqual([expected]);
  });

  it.each([
    ['L’association Anticor pour la troisième fois a porté plainte.', 'Anticor'],
    ['L’association Vérité pour la deuxième fois a porté plainte.', 'Vérité'],
  ])('stops at a listed name or an ordinal: %s', (input, expected) => {
    expect(orgs(input).map(([t]) => t)).toEqual([expected]);
  });
});
