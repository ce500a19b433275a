import { describe, expect, it } from 'vitest';
import { compressModel, createExtractor, defaultModel } from '../../src/index.js';
import { decodeLevels, encodeLevels } from '../../src/model/coder.js';
import { readTable } from '../../src/model/pack.js';
import { unpackModel } from '../../src/model/model.js';

/** A packed table of n levels drawn with the given share of zeros (a seeded generator). */
function table(n: number, zeros: number, seed: number): string {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(0x3f + (rand() < zeros ? 0 : Math.round((rand() * 2 - 1) * 28)));
  return out;
}

describe('the arithmetic-coded weight tables', () => {
  it.each([
    ['mostly zeros, like the shipped model', table(50_000, 0.83, 1)],
    ['no zeros at all, every level', table(20_000, 0, 2)],
    ['one weight', '@'],
    ['one level only', '?'.repeat(1000)],
    ['the two ends of the scale', '#['.repeat(300)],
    ['an empty table', ''],
  ])('gives back the very levels it coded: %s', (_what, chars) => {
    const coded = encodeLevels(chars);
    expect(coded.startsWith('~')).toBe(true);
    expect(coded).not.toMatch(/["\\\s]/);
    expect([...decodeLevels(coded, 'weights')]).toEqual([...readTable(chars, 'weights')]);
  });

  it('codes a table of mostly zeros in far fewer characters than it has weights', () => {
    const chars = table(100_000, 0.83, 3);
    expect(encodeLevels(chars).length).toBeLessThan(chars.length / 3);
  });

  it.each([
    ['a count that does not add up', '~5.1,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,.AAAA'],
    ['too few levels', '~1.1.AAAA'],
    ['a character outside base64', `${encodeLevels('?@?').slice(0, -1)}*`],
    ['no parts', '~'],
  ])('refuses %s with a gazette error', (_what, coded) => {
    expect(() => decodeLevels(coded, 'weights')).toThrow(/^gazette: model weights are not a valid coded table$/);
  });

  it('ships the default model coded, and compressModel changes no weight and no result', () => {
    const shipped = defaultModel();
    expect(shipped.weights.startsWith('~')).toBe(true);
    const runtime = unpackModel(shipped);
    expect(runtime.weights).toHaveLength(2 ** shipped.bits * 7);
    // coding an already coded model leaves it as it is
    expect(compressModel(shipped)).toEqual(shipped);
    // the plain form of the same weights ('?' is level 0) codes back to the shipped strings, and reads alike
    const plainOf = (levels: Int8Array) => Array.from(levels, (q) => String.fromCharCode(0x3f + q)).join('');
    const plain = { ...shipped, weights: plainOf(runtime.weights), gaps: { ...shipped.gaps!, weights: plainOf(runtime.gaps!.weights) } };
    expect(compressModel(plain).weights).toBe(shipped.weights);
    expect(compressModel(plain).gaps?.weights).toBe(shipped.gaps?.weights);
    const text = 'Le ministre Nasser Bourita a reçu à Rabat son homologue Kvyat Daniil, venu de Zagreb.';
    expect(createExtractor({ model: plain }).extract(text)).toEqual(createExtractor().extract(text));
  });
});
