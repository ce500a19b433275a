import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
// The scorer of `npm run eval`, given the sources' extract: the floors need no build.
import { evaluate, loadGold, NEWS_TYPES } from '../scripts/eval/score.mjs';

// Regression floors: the strict F1 of every type on corpus dev and test may not drop below
// corpus/floors.json (set from measurement, raised by `npm run eval -- --update-floors`).
const root = fileURLToPath(new URL('../', import.meta.url));
const floors = JSON.parse(readFileSync(`${root}corpus/floors.json`, 'utf8')) as { f1: Record<string, Record<string, number>> };

type Scores = { types: Record<string, { f1: number; tp: number; fp: number; fn: number }>; errors: number };
const scored = new Map<string, Scores>();
const score = (part: string): Scores => {
  let s = scored.get(part);
  if (!s) {
    s = evaluate(loadGold(`${root}corpus/${part}.jsonl`), { extract, scheme: 'news' }) as Scores;
    scored.set(part, s);
  }
  return s;
};

describe('corpus/floors.json', () => {
  it.each(['dev', 'test'])('has a floor for every type on %s, a multiple of 0.005 in 0..1', (part) => {
    const byType = floors.f1[part] ?? {};
    expect(Object.keys(byType).sort()).toEqual([...NEWS_TYPES].sort());
    for (const v of Object.values(byType)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
      expect(Math.abs(v * 200 - Math.round(v * 200))).toBeLessThan(1e-6);
    }
  });
});

describe.each(['dev', 'test'])('corpus %s', (part) => {
  it('is extracted without an error', () => {
    expect(score(part).errors).toBe(0);
  });

  it.each([...NEWS_TYPES])('%s: strict F1 at or above its floor', (type) => {
    const r = score(part).types[type];
    const floor = floors.f1[part]?.[type] ?? 1;
    // On failure the message gives the counts, so the drop can be found in `npm run eval -- --misses --type T`.
    expect(r?.f1 ?? 0, `${part} ${type}: F1 ${((r?.f1 ?? 0) * 100).toFixed(2)} (TP ${r?.tp} FP ${r?.fp} FN ${r?.fn}) < floor ${floor * 100}`).toBeGreaterThanOrEqual(floor - 1e-9);
  });
});
