#!/usr/bin/env node
// Where extract's time goes that an instruction count does not show, on the built package:
//
//   node bench/memory-bound.mjs [rounds]
//
// 1. Warm against cold data: the bench pieces read in turn (each document meets the lexicons, the
//    vocabulary and the model's weights after the others have pushed them out of the caches, as a
//    news application reads articles), then each piece read as many times in a row (its own
//    entries stay warm, and so does the branch history of its text). Same work, same instructions:
//    the gap is the cost of the caches and of branches mispredicted on fresh text.
// 2. Allocation by function: V8's sampling heap profiler over warm passes, bytes a word, the
//    allocating functions first (a function inlined into another counts as that other).
//
// Why: round 11 of the speed work took 12% out of the instructions `extract` runs in steady state
// (valgrind, 113.4M → 99.6M a pass of the bench sample) and CPU time moved by about 2%.
import { Session } from 'node:inspector/promises';
import { countWords, loadBenchText, samplePieces } from './text.mjs';
import { timed } from './throughput.mjs';

const rounds = Number(process.argv[2] ?? 3);
const { extract } = await import('../dist/index.js');
const pieces = samplePieces(loadBenchText().pieces, 8_000);
const words = pieces.reduce((n, p) => n + countWords(p), 0);
const options = { referenceDate: '2024-01-01' };
const REPEAT = 40;

const cpuMs = (fn) => timed(fn).cpu;
const nsPerWord = (ms) => Math.round((ms * 1e6) / (REPEAT * words));

// Warm-up until the compiler has settled (the first passes are mostly its work).
for (let k = 0; k < 60; k++) for (const p of pieces) extract(p, options);

console.log(`extract over ${words} words (${pieces.length} pieces), CPU ns a word, ${REPEAT} reads of each piece`);
console.log('round  pieces in turn  each piece in a row  ratio');
for (let r = 1; r <= rounds; r++) {
  const inTurn = cpuMs(() => {
    for (let k = 0; k < REPEAT; k++) for (const p of pieces) extract(p, options);
  });
  const inARow = cpuMs(() => {
    for (const p of pieces) for (let k = 0; k < REPEAT; k++) extract(p, options);
  });
  console.log(`${String(r).padStart(5)}  ${String(nsPerWord(inTurn)).padStart(14)}  ${String(nsPerWord(inARow)).padStart(19)}  ${(inTurn / inARow).toFixed(2)}×`);
}

const session = new Session();
session.connect();
// Every object sampled, those a young or full collection freed too: what the code allocates, not what stays.
await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const PASSES = 20;
for (let k = 0; k < PASSES; k++) for (const p of pieces) extract(p, options);
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();

const byFunction = new Map();
let total = 0;
const walk = (node) => {
  const f = node.callFrame;
  const name = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : '(native)'}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const c of node.children) walk(c);
};
walk(profile.head);
const perWord = (bytes) => (bytes / (PASSES * words)).toFixed(1);
console.log(`\nallocated: ${perWord(total)} bytes a word (sampling heap profiler, ${PASSES} warm passes)`);
console.log('bytes/word  function');
for (const [name, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${perWord(bytes).padStart(10)}  ${name}`);
}
