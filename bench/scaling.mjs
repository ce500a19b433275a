#!/usr/bin/env node
// Cost per word of extract by input size: 10 KB, 1 MB and 10 MB, each size as ONE extract call
// per text (pieces joined by blank lines). A pipeline stage that is not linear (a scan per
// entity, a sort per sentence) shows as a cost per word growing with the input.
// So that only the size differs, every size reads the same text: the bench text cycled. The
// 10 KB figure is the whole bench text cut into 10 KB calls (one call per 10 KB, all of them),
// 1 MB and 10 MB are single calls on the text cycled to that size.
// Run in its own process by bench/run.mjs; prints one JSON object. Arguments: sizes in bytes.
import { concatenated, countWords, loadBenchText } from './text.mjs';
import { loadGazette, REFERENCE } from './peers.mjs';
import { median, timed } from './throughput.mjs';

const sizes = process.argv.slice(2).map(Number);
const { pieces } = loadBenchText();
const { extract } = await loadGazette();
const run = (t) => extract(t, { referenceDate: REFERENCE }).length;

/** The bench text cut, at piece boundaries, into texts of about `bytes` each (one cycle). */
function cut(bytes) {
  const texts = [];
  let parts = [];
  let size = 0;
  for (const p of pieces) {
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
    if (size >= bytes) {
      texts.push(parts.join('\n\n'));
      parts = [];
      size = 0;
    }
  }
  if (parts.length) texts.push(parts.join('\n\n'));
  return texts;
}

const totalBytes = pieces.reduce((n, p) => n + Buffer.byteLength(p) + 2, 0);
// Warm-up: the whole text once in article-size calls.
for (const p of pieces) run(p);

const out = [];
for (const bytes of sizes) {
  const texts = bytes < totalBytes ? cut(bytes) : [concatenated(pieces, bytes)];
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  const chars = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const rounds = chars >= 5e6 ? 1 : 3;
  const times = [];
  let found = 0;
  for (let r = 0; r < rounds; r++) {
    const t = timed(() => texts.reduce((n, x) => n + run(x), 0));
    found = t.result;
    times.push(t);
  }
  const ms = median(times.map((t) => t.wall));
  const cpu = median(times.map((t) => t.cpu));
  out.push({ bytes: Math.round(chars / texts.length), calls: texts.length, words, rounds, ms: Math.round(ms), usPerWord: (ms * 1000) / words, cpuUsPerWord: (cpu * 1000) / words, found });
}
console.log(JSON.stringify(out));
