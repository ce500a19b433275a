import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/index.js';
import type { Entity } from '../../src/index.js';

// The overlap resolver keeps one entity per stretch of text. It looks up kept spans by stretch
// of 64 code units: spans that cross or sit on those boundaries must clash as plain overlap says.
const at = (start: number, end: number, score = 0.9, type: Entity['type'] = 'location'): Entity =>
  ({ type, text: 'x'.repeat(end - start), start, end, score, source: 'test', normalized: { name: 'x' } }) as Entity;
const spans = (es: Entity[]) => es.map((e) => [e.start, e.end]);

describe('resolveOverlaps', () => {
  it.each([
    ['a long span across three stretches beats the short ones inside it', [at(10, 200), at(60, 70), at(130, 140)], [[10, 200]]],
    ['touching spans both stay (end is exclusive), on a stretch boundary', [at(60, 64), at(64, 70)], [[60, 64], [64, 70]]],
    ['one code unit of overlap across a boundary is a clash', [at(60, 65), at(64, 66)], [[60, 65]]],
    ['a guess (score < 0.5) never takes a span from a confident entity, even a longer guess', [at(0, 300, 0.3), at(100, 110)], [[100, 110]]],
    ['far apart spans all stay, in text order', [at(5000, 5010), at(5, 10), at(640, 650)], [[5, 10], [640, 650], [5000, 5010]]],
  ])('%s', (_name, input, kept) => {
    expect(spans(resolveOverlaps(input))).toEqual(kept);
  });

  it('names as winner the first kept entity the loser overlaps', () => {
    // 0–100 and 120–200 are kept (longest first); 90–130 overlaps both: the winner is 0–100.
    const losers: Array<[number[], number[]]> = [];
    resolveOverlaps([at(90, 130), at(120, 200), at(0, 100)], (loser, winner) => losers.push([[loser.start, loser.end], [winner.start, winner.end]]));
    expect(losers).toEqual([[[90, 130], [0, 100]]]);
  });

  it('gives the same result as a pairwise check on many random spans', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const input = Array.from({ length: 400 }, () => {
      const start = rand(3000);
      return at(start, start + 1 + rand(90), rand(10) / 10);
    });
    const kept = resolveOverlaps(input);
    for (const e of input) {
      // every candidate is kept, or overlaps a kept one; no two kept overlap
      const clash = kept.filter((k) => k !== e && k.start < e.end && e.start < k.end);
      if (kept.includes(e)) expect(clash).toEqual([]);
      else expect(clash.length).toBeGreaterThan(0);
    }
  });

  it('starts every call from clean cells: the spans of the call before take nothing', () => {
    // The cells are kept from call to call; a kept span left marked would clash with 10–20 here.
    expect(spans(resolveOverlaps([at(0, 100), at(5, 30)]))).toEqual([[0, 100]]);
    expect(spans(resolveOverlaps([at(10, 20), at(40, 50)]))).toEqual([[10, 20], [40, 50]]);
  });

  it('gives a drop callback that resolves another text meanwhile cells of its own', () => {
    const inner: number[][][] = [];
    const outer = resolveOverlaps([at(0, 50), at(10, 20), at(60, 70)], () => inner.push(spans(resolveOverlaps([at(15, 65), at(0, 10)]))));
    expect(spans(outer)).toEqual([[0, 50], [60, 70]]);
    expect(inner).toEqual([[[0, 10], [15, 65]]]);
  });
});
