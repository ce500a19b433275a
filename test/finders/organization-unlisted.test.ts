import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

// The rules alone (no model): these are the names no list knows, found by their shape or their cue.
const rules = createExtractor({ model: null });
const orgs = (s: string) => rules.extract(s).filter((e) => e.type === 'organization').map((e) => [e.text, e.normalized.name]);
const places = (s: string) => rules.extract(s).filter((e) => e.type === 'location').map((e) => e.text);

describe('organisations the lists do not know: hospitals', () => {
  it.each([
    ['Les urgences du CHU de Rennes sont saturées.', [['CHU de Rennes', 'CHU de Rennes']]],
    ['Les soignants du centre hospitalier universitaire de Rennes font grève.', [['centre hospitalier universitaire de Rennes', 'CHU de Rennes']]],
    ['Le centre hospitalier de Saint-Malo ferme ses urgences la nuit.', [['centre hospitalier de Saint-Malo', 'centre hospitalier de Saint-Malo']]],
    // a name of its own after the words, no town
    ['Il est admis au Centre hospitalier Nganda, à Kinshasa.', [['Centre hospitalier Nganda', 'Centre hospitalier Nganda']]],
    ['Le CHR d’Orléans recrute.', [['CHR d’Orléans', "CHR d'Orléans"]]],
    ['La clinique Saint-Laurent refuse les patients.', [['clinique Saint-Laurent', 'clinique Saint-Laurent']]],
    ['Le CHU de Nantes et le CHU du Mans recrutent.', [['CHU de Nantes', 'CHU de Nantes'], ['CHU du Mans', 'CHU du Mans']]],
  ])('%s', (input, expected) => {
    expect(orgs(input)).toEqual(expected);
  });

  it('gives a bare CHU the name of the one CHU the document named', () => {
    expect(orgs('Le CHU de Rennes sature. La maire préside le conseil de surveillance du CHU.')).toEqual([
      ['CHU de Rennes', 'CHU de Rennes'],
      ['CHU', 'CHU de Rennes'],
    ]);
  });

  it('leaves a bare CHU alone when the document named two', () => {
    expect(orgs('Le CHU de Nantes et le CHU d’Angers fusionnent. Le CHU recrute.').map(([t]) => t)).toEqual(['CHU de Nantes', 'CHU d’Angers']);
  });

  it('does not make a name of a hospital without a town', () => {
    expect(orgs('Le centre hospitalier a fermé ses urgences et la clinique de la ville aussi.')).toEqual([]);
  });
});

describe('organisations the lists do not know: phrases and cues', () => {
  it.each([
    ['La Métropole de Lyon finance le projet.', ['Métropole de Lyon']],
    ["L’accord a été signé à l’Institut français du Portugal.", ['Institut français du Portugal']],
    ['Des chercheurs de l’Université majeure de San Andrés estiment la consommation.', ['Université majeure de San Andrés']],
    ['La requête a été déposée par la Law Society of Kenya.', ['Law Society of Kenya']],
    ['La Kenya Private Sector Alliance estime les pertes.', ['Kenya Private Sector Alliance']],
    ["le Mouvement démocratique orange de l’opposant Raila Odinga appelle au dialogue", ['Mouvement démocratique orange']],
    ['à l’appel des syndicats Sud Santé Sociaux et Force ouvrière', ['Sud Santé Sociaux', 'Force ouvrière']],
    ['Le collectif « Nous Toutes » manifeste samedi.', ['Nous Toutes']],
    ['Le groupe Les Mousquetaires investit.', ['Les Mousquetaires']],
    ['La coopérative agricole Terrena a fusionné.', ['Terrena']],
    ['La communauté urbaine Perpignan Méditerranée Métropole interdit l’arrosage.', ['Perpignan Méditerranée Métropole']],
    ['La chambre d’agriculture des Pyrénées-Orientales estime les pertes.', ['chambre d’agriculture des Pyrénées-Orientales']],
    ['Il dort dans la chambre de Marie.', []],
    ['L’office de tourisme de Biarritz se félicite.', ['office de tourisme de Biarritz']],
    ['La fédération départementale des chasseurs de l’Ain dénonce l’arrêté.', ['fédération départementale des chasseurs de l’Ain']],
    ['La communauté d’agglomération du Pays basque finance le tram.', ['communauté d’agglomération du Pays basque']],
    ['La communauté musulmane de France est inquiète.', []],
    ['La fédération de Russie a répondu.', []],
    ['L’ONG Amel Association International a rouvert son centre.', ['Amel Association International']],
    ['La Fondation nationale des peuples indigènes signale des cas.', ['Fondation nationale des peuples indigènes']],
  ])('%s', (input, expected) => {
    expect(orgs(input).map(([t]) => t)).toEqual(expected);
  });

  it.each([
    ['Le Frente Amplio a gagné les élections.', ['Frente Amplio']],
    ['Le Pacto Histórico de Gustavo Petro perd du terrain.', ['Pacto Histórico']],
    ['Le Partido de la Liberación Dominicana gouverne.', ['Partido de la Liberación Dominicana']],
    ['Le Movimento Cinque Stelle est divisé.', ['Movimento Cinque Stelle']],
  ])('a foreign party: %s', (input, expected) => {
    expect(orgs(input).map(([t]) => t)).toEqual(expected);
  });

  it.each([
    ['Les exportateurs, dont l’américain Cargill, craignent un ralentissement.', ['Cargill']],
    ['Le néerlandais ASML investit.', ['ASML']],
    ['Il a traduit de l’anglais Shakespeare.', []],
  ])('a demonym as a noun names a company: %s', (input, expected) => {
    expect(orgs(input).map(([t]) => t)).toEqual(expected);
  });

  it("leaves the town after a university's own name out of it", () => {
    expect(orgs('L’université Félix-Houphouët-Boigny d’Abidjan lance un programme.').map(([t]) => t)).toEqual(['université Félix-Houphouët-Boigny']);
    expect(places('L’université Félix-Houphouët-Boigny d’Abidjan lance un programme.')).toEqual(['Abidjan']);
    expect(orgs('L’université de Lund publie.').map(([t]) => t)).toEqual(['université de Lund']);
  });

  it('reads a capitalised word in parentheses as an acronym when it starts like the initials', () => {
    expect(orgs('La Fédération régionale unique des travailleurs paysans de l’Altiplano Sud (Frutcas) dénonce.').map(([, n]) => n)).toEqual([
      "Fédération régionale unique des travailleurs paysans de l'Altiplano Sud",
      "Fédération régionale unique des travailleurs paysans de l'Altiplano Sud",
    ]);
    expect(orgs('Le groupe Thales (Toulouse) recrute.').map(([t]) => t)).toEqual(['Thales']);
  });

  it('takes a one-word name after a trade over a town of that name', () => {
    expect(orgs('L’équipementier Hutchinson supprime des postes.').map(([t]) => t)).toEqual(['Hutchinson']);
  });

  it('still ends a name before its owner', () => {
    expect(orgs('le Parti communiste chinois de Xi Jinping').map(([t]) => t)).toEqual(['Parti communiste chinois']);
    expect(orgs('la Banque de France et la Banque centrale européenne').map(([t]) => t)).toEqual(['Banque de France', 'Banque centrale européenne']);
  });
});

describe('places the lists do not know, after a cue', () => {
  it.each([
    ['Le Land de Basse-Saxe s’oppose aux fermetures.', ['Basse-Saxe']],
    ['Les usines de Wolfsburg et de Zwickau ferment.', ['Wolfsburg', 'Zwickau']],
    ['Les habitants des quartiers de Gràcia et de la Barceloneta manifestent.', ['Gràcia', 'Barceloneta']],
    ['Le salar d’Uyuni attire les touristes.', ['salar d’Uyuni']],
    ['Le village de Tuwani en Cisjordanie a été attaqué.', ['Tuwani', 'Cisjordanie']],
    ['Le camp de réfugiés de Zamzam est assiégé.', ['Zamzam']],
    ['Le kibboutz de Beeri a été attaqué.', ['Beeri']],
    ['Le comté de Maui a été dévasté.', ['Maui']],
    ['Entre Trévoux et Fontaines-sur-Saône, la rivière est polluée.', ['Fontaines-sur-Saône']],
    ['Le maire de Châlons-en-Champagne proteste.', ['Châlons-en-Champagne']],
  ])('%s', (input, expected) => {
    expect(places(input)).toEqual(expected);
  });
});

describe('generic national bodies take the country the document is about', () => {
  it.each([
    ['En Inde, le BJP a perdu. Les résultats publiés par la Commission électorale montrent que l’Inde a voté.', "Commission électorale de l'Inde"],
    ['La Cour suprême indienne a tranché.', "Cour suprême de l'Inde"],
    ['Aux États-Unis, la Cour suprême a annulé le droit à l’avortement. Les Américains sont divisés.', 'Cour suprême des États-Unis'],
    ['La Banque centrale brésilienne relève ses taux.', 'Banque centrale du Brésil'],
  ])('%s', (input, name) => {
    expect(orgs(input).map(([, n]) => n)).toContain(name);
  });

  it('gives an assembly the country of the demonym after it, when the lexicon knows that assembly', () => {
    expect(orgs('Le Sénat américain a confirmé la nomination.')).toEqual([['Sénat', 'Sénat des États-Unis']]);
    expect(orgs('Le Congrès américain a voté le budget.')).toEqual([['Congrès', 'Congrès des États-Unis']]);
    expect(orgs('Le Sénat a voté la loi.')).toEqual([['Sénat', 'Sénat']]);
  });

  it('leaves the body as written when no foreign country leads', () => {
    expect(orgs('En France comme au Brésil, la Cour suprême est saisie.').map(([, n]) => n)).toEqual(['Cour suprême']);
  });

  it.each([
    ['Inde', "de l'Inde"], ['Brésil', 'du Brésil'], ['États-Unis', 'des États-Unis'], ['Russie', 'de la Russie'],
    ['Israël', "d'Israël"], ['Cuba', 'de Cuba'], ['Mexique', 'du Mexique'],
  ])('ofCountryName(%s)', async (name, of) => {
    const { ofCountryName } = await import('../../src/finders/organization/national.js');
    expect(ofCountryName(name)).toBe(of);
  });
});

describe('a subdivision named like its town keeps its own name', () => {
  const locs = (s: string) => rules.extract(s).filter((e) => e.type === 'location').map((e) => [e.text, e.normalized.name]);
  it.each([
    ['En Argentine, la province de Catamarca multiplie les permis.', [['Catamarca', 'Catamarca']]],
    ['La province de Sulawesi central est touchée.', [['Sulawesi central', 'Sulawesi central']]],
    ['La région de Zaporijjia est bombardée.', [['Zaporijjia', 'Zaporijia']]],
  ])('%s', (input, expected) => {
    expect(locs(input)).toEqual(expected);
  });
});
