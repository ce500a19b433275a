#!/usr/bin/env node
// Heap of gazette in a fresh process (run by bench/run.mjs as `node --expose-gc bench/memory.mjs`,
// so that no other library shares the heap): after loading, after first use (the tables are
// unpacked on first use), then after streaming MB of text through extract in article-size pieces.
// Growth over the stream must stay flat: a cache that grows with the input would show here.
// Prints one JSON object.
import { loadBenchText } from './text.mjs';
import { loadGazette, REFERENCE } from './peers.mjs';

if (typeof globalThis.gc !== 'function') throw new Error('bench/memory.mjs needs node --expose-gc');
const megabytes = Number(process.argv[2] ?? 10);
const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

const { pieces } = loadBenchText();
const base = heap();
const { extract } = await loadGazette();
const loaded = heap();
let found = extract(pieces[0], { referenceDate: REFERENCE }).length;
const firstUse = heap();
let bytes = 0;
let peak = firstUse;
const limit = megabytes * 1024 * 1024;
for (let i = 0; bytes < limit; i++) {
  const p = pieces[i % pieces.length];
  found += extract(p, { referenceDate: REFERENCE }).length;
  bytes += Buffer.byteLength(p);
  if (i % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
const after = heap();
console.log(JSON.stringify({
  streamedBytes: bytes,
  found,
  heapBaseline: base,
  heapAfterLoad: loaded - base,
  heapAfterFirstUse: firstUse - base,
  heapAfterStream: after - base,
  growthOverStream: after - firstUse,
  peakDuringStream: peak - base,
}));
