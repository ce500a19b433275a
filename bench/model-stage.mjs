#!/usr/bin/env node
// The model stage alone, two builds side by side: CPU time of its `resolve` over the bench text.
//
//   node bench/model-stage.mjs <dirA> <dirB> [rounds]
//
// Why: the model is a tenth of extract, so a change that makes it 10% faster moves extract by 1%,
// under the noise of bench/compare.mjs. Here each build runs the rules alone (model: null) and
// hands the model resolver, wrapped in a timer, the same candidates and document extract would;
// only the time inside `resolve` is summed. Rounds alternate the builds, and the median ratio is printed.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { countWords, loadBenchText, samplePieces } from './text.mjs';

const [dirA, dirB, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('bench/model-stage: usage: node bench/model-stage.mjs <dirA> <dirB> [rounds]');
const rounds = Number(roundsArg ?? 21);
const PASSES = 5;
const pieces = samplePieces(loadBenchText().pieces, 8_000);
const words = pieces.reduce((n, p) => n + countWords(p), 0);

async function load(dir) {
  const g = await import(pathToFileURL(resolve(dir, 'index.js')).href);
  const model = g.createModelResolver(g.defaultModel);
  const timer = { cpu: 0 };
  const timed = {
    name: model.name,
    resolve(entities, doc, ctx) {
      const c0 = process.cpuUsage();
      const out = model.resolve(entities, doc, ctx);
      const c = process.cpuUsage(c0);
      timer.cpu += c.user + c.system;
      return out;
    },
  };
  const extractor = g.createExtractor({ model: null, resolvers: [timed, ...g.defaultResolvers()] });
  const run = () => {
    timer.cpu = 0;
    for (let k = 0; k < PASSES; k++) for (const p of pieces) extractor.extract(p, { referenceDate: '2024-01-01' });
    return timer.cpu / 1e6 / PASSES;
  };
  return { run };
}

const libs = [await load(dirA), await load(dirB)];
for (let w = 0; w < 3; w++) for (const l of libs) l.run();
const ratios = [];
const times = [[], []];
for (let i = 0; i < rounds; i++) {
  const t = [0, 0];
  for (const x of i % 2 ? [1, 0] : [0, 1]) t[x] = libs[x].run();
  times[0].push(t[0]);
  times[1].push(t[1]);
  ratios.push(t[0] / t[1]);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`model stage: B/A ${median(ratios).toFixed(3)}× faster; ms a pass A ${(median(times[0]) * 1000).toFixed(2)}, B ${(median(times[1]) * 1000).toFixed(2)} (${words} words)`);
