import { describe, expect, it } from 'vitest';
import { createExtractor, train } from '../../src/index.js';
import type { EpochReport } from '../../src/index.js';
import { syntheticDocuments } from './synthetic.js';

// The perceptron alone (no finder, no first-name list): what it learns comes from the examples.
const bare = { finders: [], givenNames: new Map<string, number>(), epochs: 4, bits: 12 };
const docs = syntheticDocuments(1, 180);
const dev = syntheticDocuments(2, 45);

describe('train', () => {
  it('learns names it never saw from their context, deterministically', () => {
    const reports: EpochReport[] = [];
    const model = train(docs, { ...bare, seed: 7, dev, onEpoch: (r) => reports.push(r) });
    expect(reports.map((r) => r.epoch)).toEqual([1, 2, 3, 4]);
    // The dev names are new: the model reads them from 'le joueur', 'la société', 'à'.
    expect(reports[3]!.dev!.model.micro.f1).toBeGreaterThan(0.9);
    expect(reports[3]!.mistakes).toBeLessThan(reports[0]!.mistakes);
    expect(JSON.stringify(train(docs, { ...bare, seed: 7, dev }))).toBe(JSON.stringify(model));
    expect(train(docs, { ...bare, seed: 8, dev }).weights).not.toBe(model.weights);
  });

  it('makes a model that an extractor loads, through JSON', () => {
    const model = JSON.parse(JSON.stringify(train(docs, { ...bare, seed: 1, dev })));
    const extractor = createExtractor({ finders: [], model });
    const text = 'La société Vuzelpex a publié ses résultats.';
    expect(extractor.extract(text).map((e) => [e.type, e.text, e.source])).toEqual([['organization', 'Vuzelpex', 'model/perceptron']]);
    expect(createExtractor({ finders: [], model: null }).extract(text)).toEqual([]);
  });

  it('trains a gap classifier beside the tagger, unless told not to, and tunes its levels on dev documents', () => {
    const model = train(docs, { ...bare, seed: 1, dev });
    expect(model.gaps?.labels).toEqual(['O', 'PER', 'LOC', 'ORG']);
    expect(Object.keys(model.combine ?? {})).toEqual(['sure', 'veto', 'fill', 'gaps']);
    const without = train(docs, { ...bare, seed: 1, dev, gaps: false });
    expect(without.gaps).toBeUndefined();
    expect(without.combine?.gaps).toBeUndefined();
    // a combination given whole is kept as it is: nothing is tuned
    const fixed = { sure: 0.9, veto: 0.3, fill: false, gaps: { LOC: 0.5 } } as const;
    expect(train(docs, { ...bare, seed: 1, dev, combine: fixed }).combine).toEqual(fixed);
  });

  it('does not learn the labels a silver document leaves open', () => {
    // The same documents, with every name left open instead of labelled: nothing to learn.
    const open = docs.map((d) => ({ text: d.text, entities: [], unknown: d.entities.map((e) => ({ start: e.start, end: e.end })) }));
    const model = train(open, { ...bare, seed: 1, dev });
    const reports: EpochReport[] = [];
    train(open, { ...bare, seed: 1, dev, onEpoch: (r) => reports.push(r) });
    expect(reports.every((r) => r.mistakes === 0)).toBe(true);
    expect(createExtractor({ finders: [], model }).extract('Le joueur Brakomir Zelvani a signé pour trois saisons.')).toEqual([]);
  });

  it.each([
    ['no documents', [], /gazette: train needs/],
    ['a document without text', [{ entities: [] }], /gazette: gold document 0 needs a text/],
    ['an entity outside its text', [{ text: 'Paris', entities: [{ start: 0, end: 9, type: 'LOC' }] }], /gazette: gold document 0 has an entity outside/],
  ])('refuses %s with a gazette error', (_what, input, message) => {
    expect(() => train(input as never, bare)).toThrow(message);
  });

  it.each([
    [{ epochs: 0 }, /epochs/],
    [{ bits: 30 }, /bits/],
    [{ dropout: 1 }, /dropout/],
  ])('refuses the option %j', (option, message) => {
    expect(() => train(docs, { ...bare, ...option })).toThrow(message);
  });
});
