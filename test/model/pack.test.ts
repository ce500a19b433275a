import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { LABEL_COUNT } from '../../src/model/labels.js';
import { FEATURE_SET, MAX_LEVEL, packModel, unpackModel } from '../../src/model/model.js';

const L = LABEL_COUNT;

function randomWeights(bits: number, seed: number): Float64Array {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  return Float64Array.from({ length: 2 ** bits * L }, () => (rand() > 0.6 ? rand() * 40 : 0));
}

describe('the packed model', () => {
  it('round-trips: every weight within half a level of its float, or clipped to the top level', () => {
    const w = randomWeights(8, 3);
    const model = JSON.parse(JSON.stringify(packModel(w, 8, new Float64Array(L * L), new Float64Array(L), { levels: 7, clip: 0.99 })));
    const runtime = unpackModel(model);
    expect(model.features).toBe(FEATURE_SET);
    expect(model.weights).toHaveLength(2 ** 8 * L);
    expect(model.weights).not.toMatch(/["\\]/);
    for (let i = 0; i < w.length; i++) {
      const scale = runtime.scales[i % L]!;
      const q = runtime.weights[i]!;
      expect(Math.abs(q)).toBeLessThanOrEqual(7);
      if (Math.abs(q) < 7) expect(Math.abs(q * scale - w[i]!)).toBeLessThanOrEqual(scale / 2 + 1e-9);
      else expect(Math.sign(q)).toBe(Math.sign(w[i]!));
    }
  });

  it('rounds the small weights to 0 (the pruning that keeps the file small)', () => {
    const w = new Float64Array(2 ** 4 * L);
    w[0] = 100;
    w[7] = 0.1;
    const runtime = unpackModel(packModel(w, 4, new Float64Array(L * L), new Float64Array(L), { levels: MAX_LEVEL, clip: 1 }));
    expect([runtime.weights[0], runtime.weights[7]]).toEqual([MAX_LEVEL, 0]);
  });

  const good = () => packModel(randomWeights(4, 1), 4, new Float64Array(L * L), new Float64Array(L));
  it.each([
    ['not an object', 'model.json', /gazette: model must be an object/],
    ['another format', { ...good(), format: 'spacy' }, /gazette: model is not a gazette model/],
    ['another feature set', { ...good(), features: 'gazette-fr-3-0' }, /gazette: model was trained with features/],
    ['a truncated table', { ...good(), weights: good().weights.slice(1) }, /gazette: model weights hold 111 weights/],
    ['a character out of range', { ...good(), weights: '!' + good().weights.slice(1) }, /gazette: model weights hold a character out of range at 0/],
    ['a coded table that is not one', { ...good(), weights: '~3.1,2.AAA' }, /gazette: model weights are not a valid coded table/],
    ['bad transitions', { ...good(), transitions: [1, 2] }, /gazette: model transitions must be 49 finite numbers/],
    ['a bad combination', { ...good(), combine: { sure: 3 } }, /gazette: model combine must be/],
    ['bad gap levels', { ...good(), combine: { gaps: { PER: 'high' } } }, /gazette: model combine must be/],
    ['a gap classifier that is not one', { ...good(), gaps: { labels: ['O', 'PER'] } }, /gazette: model gaps labels must be O PER LOC ORG/],
  ])('refuses %s with a gazette error when the extractor is made', (_what, model, message) => {
    expect(() => unpackModel(model)).toThrow(message);
    expect(() => createExtractor({ model: model as never })).toThrow(message);
  });
});
