import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, defaultModel, extract, train } from '../../src/index.js';
import type { DebugEvent } from '../../src/index.js';
import { syntheticDocuments } from './synthetic.js';

const people = (text: string) => extract(text).filter((e) => e.type === 'person').map((e) => [e.text, e.source]);

describe('the default extractor with the shipped model', () => {
  it('runs the model between the finders and the resolvers; model: null leaves the rules alone', () => {
    expect(createExtractor().resolvers.map((r) => r.name)).toEqual(['model', 'overlaps', 'coreference']);
    expect(createExtractor({ model: null }).resolvers.map((r) => r.name)).toEqual(['overlaps', 'coreference']);
    expect(defaultModel().format).toBe('gazette-model');
  });

  it.each([
    // names no list knows, read from their context: 'par', 'reçu … et …'
    ['Il a été battu en finale par Yanina Wickmayer.', [['Yanina Wickmayer', 'model/perceptron']]],
    ["L'entraîneur a reçu Vahid Halilhodžić et Djimon Hounsou.", [['Vahid Halilhodžić', 'model/perceptron'], ['Djimon Hounsou', 'model/perceptron']]],
    // a first name the lists know: the rule decides, the model agrees
    ['La ministre Catherine Colonna a reçu Nasser Bourita.', [['Catherine Colonna', 'person/given-name+model'], ['Nasser Bourita', 'person/given-name+model']]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('finds a name again where it comes back, and a family name alone as that person', () => {
    const text = 'Il a été battu en finale par Yanina Wickmayer. Le lendemain, Wickmayer a gagné.';
    expect(extract(text).map((e) => [e.text, e.source, e.normalized])).toEqual([
      ['Yanina Wickmayer', 'model/perceptron', { name: 'Yanina Wickmayer' }],
      ['Wickmayer', 'model/perceptron+document+coreference', { name: 'Yanina Wickmayer' }],
    ]);
  });

  it('names an organisation everywhere by the acronym the text defines', () => {
    const found = extract('Le Bharatiya Janata Party (BJP) a perdu sa majorité.').filter((e) => e.type === 'organization');
    expect(found.map((e) => [e.text, e.normalized])).toEqual([
      ['Bharatiya Janata Party', { name: 'Bharatiya Janata Party' }],
      ['BJP', { name: 'Bharatiya Janata Party', acronym: 'BJP' }],
    ]);
  });

  it('keeps the lists authoritative: a known place and country stay as the rules found them', () => {
    expect(extract('Le Maroc accueillera le sommet à Marrakech.').map((e) => [e.type, e.text, e.source])).toEqual([
      ['country', 'Maroc', 'country/gazetteer'],
      ['location', 'Marrakech', 'location/gazetteer'],
    ]);
  });

  it('vetoes a weak guess where it reads no name, and tells the debug callback', () => {
    // 'milieu du XXe siècle': the role finder guessed a person 'XXe' after 'milieu' (a football role).
    const events: DebugEvent[] = [];
    const text = 'Willy Ostijn est un compositeur belge du milieu du XXe siècle.';
    expect(extract(text, { debug: (e) => events.push(e) }).map((e) => [e.type, e.text])).toEqual([
      ['person', 'Willy Ostijn'],
      ['country', 'belge'],
      ['date', 'milieu du XXe siècle'],
    ]);
    expect(events.filter((e) => e.stage === 'model').map((e) => [e.reason, e.candidate.text, e.candidate.source])).toEqual([
      ['vetoed by the model: it reads no name here', 'XXe', 'person/role'],
    ]);
  });

  it('keeps offsets exact for every entity, whatever the input', () => {
    const pieces = ['Thor ', 'Hushovd', ' a battu ', 'Yauheni Hutarovich', '\r\n', 'à Burgos', ' 🎉 ', 'E\u0301lodie Zorvexa', '\u00a0', '.', ' Le groupe ', 'Zenbyte', "l’", '(CNSP)', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const e of extract(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a model of your own', () => {
  it('is used by createExtractor({ model }) with the default finders', () => {
    // Trained with the default finders, as `gazette train` does (their hits are features too), and
    // dev documents that tune how sure it must be to add a name.
    const model = train(syntheticDocuments(3, 90), { epochs: 3, seed: 1, bits: 12, dev: syntheticDocuments(6, 27) });
    const mine = createExtractor({ model });
    const text = 'Les salariés de la société Quenvalo sont en grève.';
    expect(mine.extract(text).map((e) => [e.type, e.text, e.source])).toEqual([['organization', 'Quenvalo', 'model/perceptron']]);
    expect(createExtractor({ model: null }).extract(text)).toEqual([]);
  });
});
