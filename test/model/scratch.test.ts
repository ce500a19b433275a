import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';
import { scratch } from '../../src/model/scratch.js';

describe('the scratch arrays of the model stage', () => {
  it('gives arrays of exactly the length asked, filled, whatever the last use left in them', () => {
    const cells = scratch<Int32Array>((n) => new Int32Array(n), 1000);
    const first = cells.take(10);
    first.fill(7);
    cells.give(first);
    const second = cells.take(5, -1);
    expect(Array.from(second)).toEqual([-1, -1, -1, -1, -1]);
    // A read past the end is undefined, as in an array made for this use.
    expect(second[5]).toBeUndefined();
    expect(second.buffer).toBe(first.buffer);
    cells.give(second);
  });

  it('never lends one array twice: a use inside another gets its own', () => {
    const flags = scratch<Uint8Array>((n) => new Uint8Array(n), 1000);
    const outer = flags.take(8);
    const inner = flags.take(8);
    expect(inner.buffer).not.toBe(outer.buffer);
    inner.fill(1);
    flags.give(inner);
    expect(Array.from(outer)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    flags.give(outer);
    const next = flags.take(4);
    expect(Array.from(next)).toEqual([0, 0, 0, 0]);
  });

  it('lets an array grown past its bound go', () => {
    const flags = scratch<Uint8Array>((n) => new Uint8Array(n), 100);
    const big = flags.take(500);
    flags.give(big);
    expect(flags.take(10).buffer).not.toBe(big.buffer);
  });

  it('keeps the results of a text the same when a debug callback reads another text in the middle', () => {
    // 'la guerre de Sept Ans': the model vetoes the person guessed there and tells the callback,
    // while it still holds the arrays of this text.
    const text = "Ses deux frères furent enrôlés dans la guerre de Sept Ans avec Thor Hushovd et Yanina Wickmayer. Plus tard, Wickmayer a parlé avec l'entreprise Zenbyte.";
    const other = 'Selon Kvitová, la société Hydro-Québec a quitté Machadodorp pour Komatipoort avec Ostermeier.';
    const plain = extract(text, { referenceDate: '2024-01-01' });
    let calls = 0;
    const nested = createExtractor().extract(text, {
      referenceDate: '2024-01-01',
      debug: (e) => {
        if (e.stage === 'model') calls++;
        extract(other, { referenceDate: '2024-01-01' });
      },
    });
    expect(calls).toBeGreaterThan(0);
    expect(nested).toEqual(plain);
    expect(extract(other, { referenceDate: '2024-01-01' })).toEqual(createExtractor().extract(other, { referenceDate: '2024-01-01' }));
  });
});
