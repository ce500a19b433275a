import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { hasShared, sharedDir } from '../helpers.js';

interface Gold {
  text: string;
  date?: string;
  meta?: { date?: string };
  entities: Array<{ start: number; end: number; type: string; norm?: string }>;
}

const load = (path: string, limit = Infinity): Gold[] => readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as Gold);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

/** People scores on a gold file: strict span P/R/F1, overlap F1, and the share of gold names given right. */
function score(docs: Gold[]) {
  let tp = 0, fp = 0, fn = 0, ovP = 0, nP = 0, ovG = 0, normOk = 0, normN = 0;
  for (const d of docs) {
    const ref = d.date ?? d.meta?.date;
    const P = extract(d.text, ref ? { referenceDate: ref } : undefined).filter((e) => e.type === 'person');
    const G = d.entities.filter((g) => g.type === 'PER');
    for (const p of P) {
      nP++;
      if (G.some((g) => g.start === p.start && g.end === p.end)) tp++;
      else fp++;
      if (G.some((g) => g.start < p.end && p.start < g.end)) ovP++;
    }
    for (const g of G) {
      const hit = P.find((p) => p.start < g.end && g.start < p.end);
      if (!P.some((p) => p.start === g.start && p.end === g.end)) fn++;
      if (hit) ovG++;
      if (g.norm !== undefined) {
        normN++;
        const gold = fold(g.norm);
        const got = hit ? fold(hit.normalized.name) : '';
        if (hit && (got === gold || (!gold.includes(' ') && got.endsWith(' ' + gold)))) normOk++;
      }
    }
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  const op = ovP / nP, or = ovG / (tp + fn);
  return { f1: (2 * p * r) / (p + r), fuzzyF1: (2 * op * or) / (op + or), names: normOk / (normN || 1) };
}

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('people in the corpus (dev part, the one the rules are tuned on)', () => {
  it('are found with their exact spans and canonical names', () => {
    const s = score(load(`${root}corpus/dev.jsonl`));
    expect(s.f1).toBeGreaterThanOrEqual(0.97);
    expect(s.names).toBeGreaterThanOrEqual(0.97);
  });
});

describe.runIf(hasShared)('people in the shared measuring sets (../shared, not shipped)', () => {
  it('WikiNEuRal French dev, first 1500 sentences: strict F1 ≥ 0.85', () => {
    expect(score(load(`${sharedDir}data/wikineural-fr/dev.jsonl`, 1500)).f1).toBeGreaterThanOrEqual(0.85);
  });

  it('HIPE-2020 French dev (historical OCR, spans with titles): overlap F1 ≥ 0.80', () => {
    expect(score(load(`${sharedDir}data/hipe2020-fr/dev.jsonl`)).fuzzyF1).toBeGreaterThanOrEqual(0.8);
  });
});
