import { describe, expect, it } from 'vitest';
import { buildPlaceGazetteer, createExtractor, createLocationFinder, findLocations } from '../../src/index.js';
import { personNameWords } from '../../src/finders/location/cues.js';
import { prepare } from '../../src/text/document.js';

const places = (s: string) => findLocations(s).map((e) => [e.text, e.normalized.name, e.normalized.countryCode ?? null]);

describe('findLocations', () => {
  it.each([
    ['une réunion à Marrakech', [['Marrakech', 'Marrakech', 'MA']]],
    ['de Londres à Pékin via Moscou', [['Londres', 'Londres', 'GB'], ['Pékin', 'Pékin', 'CN'], ['Moscou', 'Moscou', 'RU']]],
    ['au Caire et à La Haye', [['Caire', 'Le Caire', 'EG'], ['La Haye', 'La Haye', 'NL']]],
    ['en Afrique et dans le Sud-Est asiatique', [['Afrique', 'Afrique', null], ['Sud-Est asiatique', 'Asie du Sud-Est', null]]],
    ['dans la bande de Gaza', [['bande de Gaza', 'Bande de Gaza', 'PS']]],
    ['le séisme de Kahramanmaraş', [['Kahramanmaraş', 'Kahramanmaraş', 'TR']]],
    // regions, départements, states and provinces
    ['en Seine-Saint-Denis et dans les Côtes-d’Armor', [['Seine-Saint-Denis', 'Seine-Saint-Denis', 'FR'], ['Côtes-d’Armor', "Côtes-d'Armor", 'FR']]],
    ['au Texas, en Floride et en Caroline du Sud', [['Texas', 'Texas', 'US'], ['Floride', 'Floride', 'US'], ['Caroline du Sud', 'Caroline du Sud', 'US']]],
    ['au Québec, puis à Québec', [['Québec', 'Québec', 'CA'], ['Québec', 'Québec', 'CA']]],
    ['dans le canton de Vaud et en Valais', [['Vaud', 'Vaud', 'CH'], ['Valais', 'Valais', 'CH']]],
    ['dans les Alpes françaises et en Europe occidentale', [['Alpes françaises', 'Alpes françaises', null], ['Europe occidentale', 'Europe occidentale', null]]],
    // a facility's own name, then the town it is in: two places
    ['au Stade Pierre-Mauroy de Lille', [['Stade Pierre-Mauroy', 'Stade Pierre-Mauroy', null], ['Lille', 'Lille', 'FR']]],
    // towns of the news the city table lacks (data/towns.tsv)
    ['des frappes sur Khiam et Bint Jbeil, puis à Natanz', [['Khiam', 'Khiam', 'LB'], ['Bint Jbeil', 'Bint Jbeil', 'LB'], ['Natanz', 'Natanz', 'IR']]],
    // a region and its cardinal part are one place
    ['la capitale du Darfour du Nord et le Kordofan du Sud', [['Darfour du Nord', 'Darfour du Nord', 'SD'], ['Kordofan du Sud', 'Kordofan du Sud', 'SD']]],
  ])('%s', (input, expected) => {
    expect(places(input)).toEqual(expected);
  });

  it.each([
    // named features and facilities keep their head word
    ['sur les rives du lac Kivu', 'lac Kivu'],
    ['l’explosion du port de Beyrouth', 'port de Beyrouth'],
    ['dans le détroit de Taïwan', 'détroit de Taïwan'],
    ['réunie au palais de la Paix', 'palais de la Paix'],
    ['au Stade de France', 'Stade de France'],
    // an adjective of the kind of place between the head and the name
    ['les gorilles du parc national des Virunga', 'parc national des Virunga'],
    ['dans la réserve naturelle de Scandola', 'réserve naturelle de Scandola'],
    ['atterri à l’aéroport international de Beyrouth', 'aéroport international de Beyrouth'],
    ['détenue à la prison d’Evin', 'prison d’Evin'],
    ['la boutique de l’avenue Montaigne', 'avenue Montaigne'],
    ['l’Empire du Japon', 'Empire du Japon'],
    // a head that only describes a place named on its own
    ['le long du fleuve Chari', 'Chari'],
    ['exilé dans l’île de Jersey', 'Jersey'],
  ])('%s → %s', (input, span) => {
    expect(findLocations(input).map((e) => e.text)).toEqual([span]);
  });

  it.each([
    // places the gazetteer lacks, by their context
    ['les habitants d’Hillion ont protesté', 'Hillion'],
    ['dans la province de Zambézie, au nord', 'Zambézie'],
    ['il est apparu à Kamituga, une cité minière', 'Kamituga'],
    ['Kamituga, une cité minière du pays', 'Kamituga'],
    // a verb of motion before 'à' still leads to a place
    ['le blessé a été transféré à Kamituga', 'Kamituga'],
  ])('%s → %s (by context)', (input, span) => {
    const found = findLocations(input);
    expect(found.map((e) => e.text)).toEqual([span]);
    // The cue found it; the model may confirm it ('location/context+model').
    expect(found[0]?.source).toMatch(/^location\/context(\+model)?$/);
  });

  it('lists the unknown places named with a known one', () => {
    expect(findLocations('Elles sont entrées à Belgrade, Zemun, Pančevo et Semlin.').map((e) => e.text)).toEqual(['Belgrade', 'Zemun', 'Pančevo', 'Semlin']);
  });

  it('finds datelines', () => {
    expect(findLocations('BERNE, 15 (ATS). Le Conseil fédéral a décidé…').map((e) => [e.text, e.normalized.name])).toEqual([['BERNE', 'Berne']]);
    // a town that is also a word ('rennes'), before its département as the regional press writes it
    expect(findLocations('RENNES (Ille-et-Vilaine). Le conseil municipal a voté.').map((e) => [e.text, e.normalized.name])).toEqual([['RENNES', 'Rennes'], ['Ille-et-Vilaine', 'Ille-et-Vilaine']]);
  });

  it.each([
    // words and first names at a sentence start, and after a title
    'Tours de magie en série.',
    'Orange a annoncé ses résultats.',
    'la reine Victoria et le prince Eugène',
    'Florence Parly a démissionné.',
    // a place inside a longer name: person, organisation, team, treaty, event
    "l'accord de Paris sur le climat",
    'Vladimir Poutine a parlé.',
    "l'Inter Milan a perdu",
    'les Flyers de Philadelphie',
    'le Festival de Cannes',
    'la Bourse de Paris a chuté',
    // a place inside the name of the Games
    'quatre médailles aux Jeux olympiques de Paris',
    // common nouns, persons after 'à', acronyms
    'La défense a fait appel du jugement.',
    'les réserves de change ont baissé',
    'le parc industriel de la ville',
    'une réunion de travail',
    'il a téléphoné à Emmanuel Macron',
    'le prix a été décerné à Anne L’Huillier',
    // a word before 'à' that points to a person or a body: a successor, a prize, a support, a reference
    'il a succédé à Yoshihiko Noda',
    'le rôle est finalement attribué à Halle Berry',
    'elle apporte son soutien à Mitt Romney',
    'la pénalité infligée à Daniil Kvyat',
    'un nom donné en référence à Pline',
    'les troupes restées fidèles à Yang Xiuqing',
    "un accord avec l'ALTA",
  ])('finds no place in: %s', (input) => {
    expect(findLocations(input)).toEqual([]);
  });

  it('reads a surname named like a town only after a place preposition', () => {
    expect(findLocations('les théories de Darwin').map((e) => e.text)).toEqual([]);
    expect(findLocations('il a atterri à Darwin').map((e) => e.text)).toEqual(['Darwin']);
  });

  it('gives kind, country and Wikidata from the source table', () => {
    const [e] = findLocations('à Marrakech');
    expect(e?.normalized).toEqual({ name: 'Marrakech', kind: 'city', countryCode: 'MA', wikidata: 'Q101625' });
  });

  it('takes its gazetteer as a parameter', () => {
    const gaz = buildPlaceGazetteer([{ name: 'Ys', kind: 'city', countryCode: 'FR', names: ['Ker-Is'] }]);
    const ex = createExtractor({ finders: [createLocationFinder(gaz)] });
    expect(ex.extract('De Ker-Is à Paris.').map((e) => [e.text, e.normalized])).toEqual([
      ['Ker-Is', { name: 'Ys', kind: 'city', countryCode: 'FR' }],
      ['Paris', { name: 'Paris' }],
    ]);
  });
});

describe('personNameWords: the words a document uses as a name', () => {
  it.each([
    ['le président Macron', 'macron'],
    ['le porte-parole Veran', 'veran'], // a hyphenated role, asked by its key ('porte parole')
    ['M. Dupont', 'dupont'],
  ])('%s → %s', (text, word) => {
    expect(personNameWords(prepare(text).tokens, () => false).has(word)).toBe(true);
  });

  it('leaves a capital after a common word', () => {
    expect(personNameWords(prepare('la ville Dupont').tokens, () => false).size).toBe(0);
  });
});
