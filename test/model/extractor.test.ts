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
    // a guess of the rules from the shape of a name: the model reads the same name, and says so
    ['Il a été battu en finale par Yanina Wickmayer.', [['Yanina Wickmayer', 'person/shape+model']]],
    // people the lists know: the rules decide alone
    ['La ministre Catherine Colonna a reçu Nasser Bourita.', [['Catherine Colonna', 'person/lexicon'], ['Nasser Bourita', 'person/lexicon']]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // a person no rule touches, read by the gap classifier from the words around it: 'Interrogé …, X a démenti'
    ['Interrogé par nos soins, Ostermeier a démenti à Komatipoort.', [['person', 'Ostermeier', 'model/gaps'], ['location', 'Komatipoort', 'location/context']]],
    // a run the classifier does not read as a name
    ['Le livre de Tardoni a été réédité.', []],
    // the shipped model adds no place from the gaps: in modern text they were as often people, drugs
    // or pieces of names (it reads 'Tardoni' here as a place, at 0.58)
    ['Les illustrations de Tardoni ont été rééditées.', []],
  ])('%s', (text, expected) => {
    expect(extract(text).map((e) => [e.type, e.text, e.source])).toEqual(expected);
  });

  it('adds a person from the gaps exactly where the classifier is as sure as the shipped level', () => {
    // The same model with every reading let through shows the classifier's confidence in each run
    // (a gap's score is 0.3 + half its confidence, combine.ts); the shipped model keeps those at or
    // above its own level for people (model.combine.gaps.PER).
    const model = defaultModel();
    const level = model.combine?.gaps?.PER ?? 1;
    const everything = createExtractor({ model: { ...model, combine: { ...model.combine, gaps: { PER: 0.01 } } } });
    const texts = ["On l'a vu avec Ostermeier et Kvitová à Komatipoort.", 'La course a été remportée par Kvitová devant sa compatriote.', 'Il a rencontré Ostermeier mardi.', 'Interrogée, Kvitová a répondu.'];
    let read = 0;
    for (const text of texts) {
      const readings = everything.extract(text).filter((e) => e.source === 'model/gaps');
      read += readings.length;
      const kept = extract(text).filter((e) => e.source === 'model/gaps').map((e) => e.text);
      expect(kept).toEqual(readings.filter((e) => (e.score - 0.3) / 0.5 >= level - 0.002).map((e) => e.text));
    }
    expect(read).toBeGreaterThan(3);
  });

  it('adds nothing where no rule reads a name and the gap classifier is unsure', () => {
    // a capital that opens a sentence, and a title in quotes, are never read as gaps
    expect(extract('Racine écrit « Phèdre » en un an.').filter((e) => e.source.startsWith('model/'))).toEqual([]);
  });

  it('finds a name again where it comes back', () => {
    const text = "Interrogé par nos soins, Ostermeier a démenti. La réponse d'Ostermeier est attendue.";
    expect(extract(text).map((e) => [e.text, e.source, e.normalized])).toEqual([
      ['Ostermeier', 'model/gaps', { name: 'Ostermeier' }],
      ['Ostermeier', 'model/gaps+document', { name: 'Ostermeier' }],
    ]);
  });

  it('names an organisation everywhere by the acronym the text defines', () => {
    const found = extract('Le Bharatiya Janata Party (BJP) a perdu sa majorité.').filter((e) => e.type === 'organization');
    expect(found.map((e) => [e.text, e.normalized])).toEqual([
      ['Bharatiya Janata Party', { name: 'Bharatiya Janata Party', acronym: 'BJP' }],
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
    // 'la guerre de Sept Ans': the shape finder guessed a person from two capitals.
    const events: DebugEvent[] = [];
    const text = 'Ses deux frères furent enrôlés dans la guerre de Sept Ans.';
    expect(extract(text, { debug: (e) => events.push(e) }).filter((e) => e.type !== 'date')).toEqual([]);
    expect(events.filter((e) => e.stage === 'model').map((e) => [e.reason, e.candidate.text, e.candidate.source])).toEqual([
      ['vetoed by the model: it reads no name here', 'Sept Ans', 'person/shape'],
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
    const text = 'La mairie de Dalrusim a fermé ses portes.';
    expect(mine.extract(text).map((e) => [e.type, e.text, e.source])).toEqual([['location', 'Dalrusim', 'model/perceptron']]);
    expect(createExtractor({ model: null }).extract(text)).toEqual([]);
  });
});
