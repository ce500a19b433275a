#!/usr/bin/env node
// Where the date finder's chrono time goes: each parser's share of `findDates` over the bench text,
// as it runs inside gazette (on the batches of sentences the date finder makes, not on whole texts).
//
//   node bench/chrono-parsers.mjs [dir] [passes]     dir: a build (default dist)
//
// Why: a parser measured alone on whole articles looked three times costlier than it is inside
// gazette, where most of the text never reaches chrono; decisions on the date finder's speed
// (skipping a parser for a batch that lacks its words, see the report of perf round 6) need the
// figures as they are in place. Each parser is named by the start of its pattern.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { Chrono } from 'chrono-node/fr';
import { loadBenchText, samplePieces } from './text.mjs';

const [dir = 'dist', passesArg] = process.argv.slice(2);
const passes = Number(passesArg ?? 20);
const g = await import(pathToFileURL(resolve(dir, 'index.js')).href);
const pieces = samplePieces(loadBenchText().pieces, 8_000);

const execute = Chrono.executeParser;
const byParser = new Map();
let measuring = false;
Chrono.executeParser = function (context, parser) {
  if (!measuring) return execute.call(this, context, parser);
  const t0 = performance.now();
  const results = execute.call(this, context, parser);
  const row = byParser.get(parser) ?? { ms: 0, calls: 0, results: 0, name: parser.pattern(context).source.slice(0, 60) };
  row.ms += performance.now() - t0;
  row.calls++;
  row.results += results.length;
  byParser.set(parser, row);
  return results;
};
const pass = () => {
  for (const p of pieces) g.findDates(p, { referenceDate: '2024-01-01' });
};
for (let w = 0; w < 5; w++) pass();
measuring = true;
const c0 = process.cpuUsage();
for (let k = 0; k < passes; k++) pass();
const c = process.cpuUsage(c0);
measuring = false;
const total = [...byParser.values()].reduce((s, r) => s + r.ms, 0);
console.log(`findDates ${((c.user + c.system) / 1e3 / passes).toFixed(2)} ms CPU a pass (timers included); chrono's parsers ${(total / passes).toFixed(2)} ms of it`);
for (const r of [...byParser.values()].sort((a, b) => b.ms - a.ms)) {
  console.log(`${(r.ms / passes).toFixed(3).padStart(7)} ms  ${String(r.results / passes).padStart(5)} results  ${r.name}`);
}
