import { describe, expect, it } from 'vitest';
import { DocumentBytes, scratchBuffer, scratchBytes, scratchInt32, scratchRun, withScratch } from '../../src/text/scratch.js';
import { prepare } from '../../src/text/document.js';
import { createExtractor, createPersonFinder, defaultFinders, extract } from '../../src/index.js';
import type { Doc } from '../../src/text/document.js';
import type { Finder } from '../../src/pipeline.js';

// A document's per-token arrays are cut from one block lent for a run of the pipeline, which the
// next run cuts again: each array must still be zeroed, of its length, and no other's.
describe('scratch arrays', () => {
  it('are fresh zeroed arrays outside a run', () => {
    const a = scratchBytes(5);
    const b = scratchBytes(5);
    expect([...a]).toEqual([0, 0, 0, 0, 0]);
    expect(a.buffer).not.toBe(b.buffer);
  });

  it('inside a run share one block without overlapping, each zeroed and of its length', () => {
    withScratch(() => {
      const flags = scratchBytes(3);
      const numbers = scratchInt32(4);
      const { buffer, at } = scratchBuffer(16);
      expect(flags.length).toBe(3);
      expect(numbers.length).toBe(4);
      expect(numbers.buffer).toBe(flags.buffer);
      expect(buffer).toBe(flags.buffer);
      expect(at % 8).toBe(0);
      flags.fill(255);
      numbers.fill(-1);
      new Uint8Array(buffer, at, 16).fill(7);
      expect([...flags]).toEqual([255, 255, 255]);
      expect([...numbers]).toEqual([-1, -1, -1, -1]);
    });
  });

  it('are zeroed again in the next run, which reuses the same bytes', () => {
    let first: Uint8Array | undefined;
    withScratch(() => {
      first = scratchBytes(8);
      first.fill(9);
    });
    withScratch(() => {
      const again = scratchBytes(8);
      expect(again.buffer).toBe(first?.buffer);
      expect([...again]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    });
  });

  it('gives a run started inside another a block of its own', () => {
    withScratch(() => {
      const outer = scratchBytes(4).fill(1);
      withScratch(() => {
        const inner = scratchBytes(4).fill(2);
        expect(inner.buffer).not.toBe(outer.buffer);
      });
      expect([...outer]).toEqual([1, 1, 1, 1]);
    });
  });

  it('allocates past the end of the block, and gives the next run a block big enough', () => {
    const big = 1 << 17;
    withScratch(() => {
      const small = scratchBytes(16);
      const large = scratchBytes(big);
      expect(large.length).toBe(big);
      expect(large.buffer).not.toBe(small.buffer);
    });
    withScratch(() => {
      const small = scratchBytes(16);
      const large = scratchBytes(big);
      expect(large.buffer).toBe(small.buffer);
    });
  });

  it('gives back the block when the run throws', () => {
    expect(() =>
      withScratch(() => {
        scratchBytes(10).fill(3);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    withScratch(() => expect([...scratchBytes(10)]).toEqual(new Array(10).fill(0)));
  });
});

describe('extract with its scratch block', () => {
  const text = "Nasser Bourita, ministre marocain des Affaires étrangères, accueillera le 11 mai prochain à Marrakech le secrétaire d'État Antony Blinken.";
  const other = 'La Banque mondiale a prêté 300 millions de dollars au Kenya, a annoncé mardi David Malpass à Nairobi.';

  it('finds the same entities when a debug callback extracts another text meanwhile', () => {
    const alone = extract(text, { referenceDate: '2022-04-15' });
    const otherAlone = extract(other, { referenceDate: '2022-04-15' });
    const inner: unknown[] = [];
    const nested = extract(text, {
      referenceDate: '2022-04-15',
      debug: () => {
        if (inner.length < 3) inner.push(extract(other, { referenceDate: '2022-04-15' }));
      },
    });
    expect(inner.length).toBeGreaterThan(0);
    expect(nested).toEqual(alone);
    for (const r of inner) expect(r).toEqual(otherAlone);
  });

  it('finds the same entities in a text after a much longer one', () => {
    const first = extract(text, { referenceDate: '2022-04-15' });
    extract(Array.from({ length: 400 }, () => other).join('\n\n'), { referenceDate: '2022-04-15' });
    expect(extract(text, { referenceDate: '2022-04-15' })).toEqual(first);
  });
});

// What a finder keeps of the document it read last (its word numbers, facts, word classes) lives in
// the run's block: a document kept from one run and read again in a later one, whose documents cut
// the same bytes, must be read afresh, as if never read.
describe('a document read again in a later run', () => {
  it('is read as in its first run', () => {
    const people = createPersonFinder();
    let kept: Doc | undefined;
    const seen: string[][] = [];
    const again: Finder = {
      name: 'again',
      types: ['person'],
      find: (doc, ctx) => {
        kept ??= doc;
        seen.push(people.find(kept, ctx).map((e) => `${e.text} ${e.score}`));
        return [];
      },
    };
    // The kept document is read last in its run (after the default finders), and first in the next.
    const first = createExtractor({ finders: [...defaultFinders(), again], model: null });
    const next = createExtractor({ finders: [again, ...defaultFinders()], model: null });
    first.extract('Nasser Bourita a reçu Antony Blinken à Rabat, a annoncé le ministre Jean-Yves Le Drian.');
    // (A text with a '’' and a '—': its one-byte copy is the first thing cut from the block.)
    next.extract('L’OTAN et l’Union européenne — selon Emmanuel Macron — ont parlé avec Olaf Scholz mardi, à Berlin, pendant deux heures.');
    expect(seen[0]).toContain('Nasser Bourita 0.95');
    expect(seen[1]).toEqual(seen[0]);
    expect(scratchRun()).toBe(0);
  });
});

describe('DocumentBytes', () => {
  it('keeps a document’s bytes within a run, and gives zeroed ones for other tokens or another run', () => {
    const read = new DocumentBytes();
    const a = prepare('Nasser Bourita a parlé.').tokens;
    const b = prepare('Antony Blinken a répondu.').tokens;
    withScratch(() => {
      read.of(a)[1] = 7;
      expect(read.of(a)[1]).toBe(7);
      expect(read.of(b)[1]).toBe(0);
      read.of(b)[1] = 5;
      expect(read.of(a)[1]).toBe(0); // asked again after other tokens: read afresh
    });
    withScratch(() => {
      read.of(a)[1] = 9;
    });
    withScratch(() => {
      scratchBytes(64).fill(255); // the next run's first cut: the bytes the kept ones were
      expect([...read.of(a)]).toEqual(new Array(a.length).fill(0));
    });
  });
});
