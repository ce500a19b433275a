#!/usr/bin/env node
// Two builds of gazette side by side: how much faster B is than A, in CPU time, on the bench text.
//
//   node bench/compare.mjs <dirA> <dirB> [rounds]     e.g. a copy of main's dist/ and this dist/
//
// Why not two runs of `npm run bench`: on a shared machine the figures of two runs a minute apart
// differ by a third, far more than what one change gains. Here both builds are loaded in one
// process and measured in alternation, round after round, on the same pieces; a round compares
// them under the same load. The library loaded second came out a few percent slower even when A
// and B were the same build, so the comparison runs twice, in both orders (two processes), and
// the two ratios are combined (geometric mean): the order's share cancels out.
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { countWords, loadBenchText, samplePieces } from './text.mjs';

const [dirA, dirB, roundsArg, inner] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('bench/compare: usage: node bench/compare.mjs <dirA> <dirB> [rounds]');
const rounds = Number(roundsArg ?? 21);
const REFERENCE = '2024-01-01';

if (inner === '--inner') {
  // One process, the first directory loaded first: the median of per-round ratios, second over first.
  const pieces = samplePieces(loadBenchText().pieces, 8_000);
  const words = pieces.reduce((n, p) => n + countWords(p), 0);
  const load = async (dir) => {
    const g = await import(pathToFileURL(resolve(dir, 'index.js')).href);
    const rules = g.createExtractor({ model: null });
    return { full: (t) => g.extract(t, { referenceDate: REFERENCE }), rules: (t) => rules.extract(t, { referenceDate: REFERENCE }) };
  };
  const libs = [await load(dirA), await load(dirB)];
  const cpu = (fn) => {
    const c0 = process.cpuUsage();
    for (let k = 0; k < 3; k++) for (const p of pieces) fn(p);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1e6 / 3;
  };
  for (let w = 0; w < 3; w++) for (const l of libs) for (const kind of ['full', 'rules']) cpu(l[kind]);
  const out = { words, full: [], rules: [] };
  for (let i = 0; i < rounds; i++) {
    for (const kind of ['full', 'rules']) {
      const t = [0, 0];
      for (const x of i % 2 ? [1, 0] : [0, 1]) t[x] = cpu(libs[x][kind]);
      out[kind].push({ first: words / t[0], second: words / t[1] });
    }
  }
  console.log(JSON.stringify(out));
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (first, second) => JSON.parse(execFileSync(process.execPath, [self, first, second, String(rounds), '--inner'], { encoding: 'utf8' }));
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const aFirst = run(dirA, dirB);
  const bFirst = run(dirB, dirA);
  for (const kind of ['full', 'rules']) {
    const r1 = median(aFirst[kind].map((r) => r.second / r.first)); // B / A, B loaded second
    const r2 = median(bFirst[kind].map((r) => r.first / r.second)); // B / A, B loaded first
    const speedA = median([...aFirst[kind].map((r) => r.first), ...bFirst[kind].map((r) => r.second)]);
    const speedB = median([...aFirst[kind].map((r) => r.second), ...bFirst[kind].map((r) => r.first)]);
    const label = kind === 'full' ? 'extract (rules + model)' : 'rules only (model: null)';
    console.log(`${label.padEnd(26)} B/A ${Math.sqrt(r1 * r2).toFixed(3)}× (B second ${r1.toFixed(3)}, B first ${r2.toFixed(3)}); words/CPU-s A ${Math.round(speedA)}, B ${Math.round(speedB)}`);
  }
}
