import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedDir } from '../helpers.js';
import { detectScheme, evaluate, loadGold } from '../../scripts/eval/score.mjs';

// The scorer of `npm run eval`: first on a hand-made document with a fake extract (every
// counting rule, no library involved), then against ../shared/tools/score.mjs on real files.
type Pred = { type: string; start: number; end: number; text: string; source: string; normalized: Record<string, unknown> };
const text = "Nasser Bourita, ministre marocain, sera à Marrakech le 11 mai prochain avec l'OTAN, puis jeudi.";
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const gold = [{
  id: 'doc', date: '2022-04-15', text,
  entities: [
    { ...at('Nasser Bourita'), type: 'PER', norm: 'Nasser Bourita' },
    { ...at('marocain'), type: 'CADJ', norm: 'MA' },
    { ...at('Marrakech'), type: 'LOC', norm: 'Marrakech' },
    { ...at('11 mai prochain'), type: 'DATE', norm: '2022-05-11' },
    { ...at('OTAN'), type: 'ORG', norm: "Organisation du traité de l'Atlantique nord" },
    { ...at('jeudi'), type: 'DATE', norm: null },
  ],
}];
const pred = (type: string, s: string, normalized: Record<string, unknown>): Pred => ({ type, ...at(s), source: 'test', normalized });
const predictions: Pred[] = [
  pred('person', 'Nasser Bourita', { name: 'Nasser Bourita' }),
  pred('location', 'ministre', { name: 'Ministre' }), // a false positive over no gold
  pred('country', 'marocain', { code: 'MA', form: 'demonym' }),
  pred('location', 'Marrakech', { name: 'Marrakesh' }), // right span, wrong value
  pred('date', '11 mai', { value: '2022-05-11' }), // short span, right value
  pred('organization', 'OTAN', { name: 'Organisation du Traité de l’Atlantique Nord', acronym: 'OTAN' }),
  pred('date', 'jeudi', { value: '2022-04-21' }), // the gold has no value: not scored
];
const seen: unknown[] = [];
const fakeExtract = (t: string, options?: unknown) => {
  seen.push(options);
  return t === text ? predictions : [];
};

describe('evaluate (news scheme)', () => {
  const res = evaluate(gold, { extract: fakeExtract });

  it('detects the scheme and passes the document date as referenceDate', () => {
    expect(res.scheme).toBe('news');
    expect(seen[0]).toEqual({ referenceDate: '2022-04-15' });
  });

  it.each([
    // type, TP, FP, FN, P, R, F1, fuzzy F1, norm acc
    ['PER', 1, 0, 0, 1, 1, 1, 1, 1],
    ['CADJ', 1, 0, 0, 1, 1, 1, 1, 1],
    ['LOC', 1, 1, 0, 0.5, 1, 2 / 3, 2 / 3, 0],
    ['DATE', 1, 1, 1, 0.5, 0.5, 0.5, 1, 1],
    ['ORG', 1, 0, 0, 1, 1, 1, 1, 1],
  ])('%s: TP %d FP %d FN %d, P %d R %d F1 %d, fuzzy %d, norm %d', (type, tp, fp, fn, p, r, f1, fuzzy, norm) => {
    const s = res.types[type];
    expect([s.tp, s.fp, s.fn]).toEqual([tp, fp, fn]);
    expect(s.p).toBeCloseTo(p as number, 10);
    expect(s.r).toBeCloseTo(r as number, 10);
    expect(s.f1).toBeCloseTo(f1 as number, 10);
    expect(s.fuzzyF1).toBeCloseTo(fuzzy as number, 10);
    expect(s.normAcc).toBeCloseTo(norm as number, 10);
  });

  it('has no normalization accuracy for a type without gold values, and doc F1 on value sets', () => {
    expect(res.types.CTRY.normAcc).toBeNull();
    // gold values {2022-05-11, none}, predicted {2022-05-11, 2022-04-21}
    expect(res.types.DATE.docF1).toBeCloseTo(0.5, 10);
  });

  it('lists the miss, the false positives and the wrong values with their context', () => {
    expect(res.misses.map((m: { type: string; text: string; got: string }) => [m.type, m.text, m.got])).toEqual([['DATE', '11 mai prochain', "date '11 mai' (test)"]]);
    expect(res.falsePositives.map((m: { type: string; text: string; gold: string }) => [m.type, m.text, m.gold])).toEqual([['LOC', 'ministre', ''], ['DATE', '11 mai', "DATE '11 mai prochain'"]]);
    expect(res.wrongNorms.map((m: { text: string; got: string; scored: boolean }) => [m.text, m.got, m.scored])).toEqual([['Marrakech', 'Marrakesh', true], ['jeudi', '2022-04-21', false]]);
    expect(res.misses[0].ctx).toContain('le [11 mai prochain] avec');
  });
});

describe('evaluate (conll scheme)', () => {
  const t = 'La France et les Français à Paris.';
  const g = [{ id: 'c', text: t, entities: [{ start: 3, end: 9, type: 'LOC', text: 'France' }, { start: 28, end: 33, type: 'LOC', text: 'Paris' }] }];
  const p = [
    { type: 'country', start: 3, end: 9, text: 'France', source: 't', normalized: { code: 'FR', form: 'name' } },
    { type: 'country', start: 17, end: 25, text: 'Français', source: 't', normalized: { code: 'FR', form: 'demonym' } },
    { type: 'location', start: 28, end: 33, text: 'Paris', source: 't', normalized: { name: 'Paris' } },
  ];

  it('counts a country by name as LOC, ignores demonyms, has no DATE without gold dates', () => {
    expect(detectScheme(g)).toBe('conll');
    const res = evaluate(g, { extract: () => p });
    expect(Object.keys(res.types)).toEqual(['PER', 'LOC', 'ORG']);
    expect([res.types.LOC.tp, res.types.LOC.fp, res.types.LOC.fn]).toEqual([2, 0, 0]);
    expect(res.types.LOC.normAcc).toBeNull();
  });

  it('counts a document whose extraction throws as an error, all its gold missed', () => {
    const res = evaluate(g, { extract: () => { throw new RangeError('gazette: bad'); } });
    expect(res.errors).toBe(1);
    expect(res.firstError).toBe('c: gazette: bad');
    expect(res.types.LOC.fn).toBe(2);
  });
});

// The figures of `npm run eval` are the official scorer's, on the same file.
const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(`${root}dist/index.js`);
describe.runIf(hasShared && built)('agreement with ../shared/tools/score.mjs', () => {
  const files: Array<[string, string, string[]]> = [
    ['corpus dev', `${root}corpus/dev.jsonl`, []],
    ['the seed article', `${sharedDir}seed/article-2022-04.gold.jsonl`, []],
    ['hipe2020-fr dev (conll, dates)', `${sharedDir}data/hipe2020-fr/dev.jsonl`, ['--scheme', 'conll', '--limit', '12']],
    ['hipe2022-newseye-fr dev (conll, documents that throw)', `${sharedDir}data/hipe2022-newseye-fr/dev.jsonl`, ['--scheme', 'conll', '--limit', '6']],
  ];
  it.each(files)('%s', async (_name, file, extra) => {
    const official = JSON.parse(execFileSync(process.execPath, [`${sharedDir}tools/score.mjs`, root, file, '--json', ...extra], { encoding: 'utf8' }));
    const { extract } = await import(pathToFileURL(`${root}dist/index.js`).href);
    const limit = extra.includes('--limit') ? Number(extra[extra.indexOf('--limit') + 1]) : 0;
    const docs = loadGold(file);
    const ours = evaluate(limit ? docs.slice(0, limit) : docs, { extract, scheme: extra.includes('conll') ? 'conll' : 'news' });
    expect([ours.docs, ours.words, ours.errors]).toEqual([official.docs, official.words, official.errors]);
    expect(Object.keys(ours.types)).toEqual(Object.keys(official.types));
    for (const [type, o] of Object.entries(official.types as Record<string, Record<string, number>>)) {
      const s = ours.types[type];
      for (const k of ['gold', 'p', 'r', 'f1', 'overlapRecall', 'fuzzyF1', 'docF1'] as const) {
        if (o[k] !== undefined) expect([type, k, s[k]]).toEqual([type, k, o[k]]);
      }
      if (o.normAcc !== undefined) expect([type, 'normAcc', s.normAcc ?? 0]).toEqual([type, 'normAcc', o.normAcc]);
    }
    for (const k of ['p', 'r', 'f1', 'fuzzyF1'] as const) expect([k, ours.micro[k]]).toEqual([k, official.micro[k]]);
  });
});
