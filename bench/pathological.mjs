#!/usr/bin/env node
// Pathological inputs: each must cost at most 3× the per-character time of ordinary French text.
//   node bench/pathological.mjs [--quick] [--json]
// One `extract` call per input (the worst case for a document-level pipeline), on the built dist/; CPU time.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract } = await import(join(root, 'dist/index.js'));
const quick = process.argv.includes('--quick');
const scale = quick ? 0.1 : 1;
const MB = 1 << 20;

function ordinaryFrench(size) {
  const docs = readFileSync(join(root, 'corpus/dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
  let s = '';
  for (let i = 0; s.length < size; i++) s += docs[i % docs.length] + '\n\n';
  return s.slice(0, size);
}
const repeat = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const inputs = [
  ['ordinary French text (corpus, 1 MB)', () => ordinaryFrench(MB * scale)],
  ["10 MB of 'A '", () => repeat('A ', 10 * MB * scale)],
  ['1 MB with no space', () => repeat('abcdéfghij', MB * scale)],
  ['1 MB of one capitalised word, no space', () => 'A' + repeat('bcdefghijk', MB * scale)],
  ["100,000 'M. '", () => 'M. '.repeat(100000 * scale)],
  ['100,000 opening parentheses', () => '('.repeat(100000 * scale)],
  ['100,000 opening guillemets', () => '« '.repeat(100000 * scale)],
  ['1 MB of digits', () => repeat('1234567890', MB * scale)],
  ['1 MB of digits and spaces', () => repeat('12 000 ', MB * scale)],
  ['1 MB of four-digit years', () => repeat('en 2014 ', MB * scale)],
  ['1 MB of dates glued by punctuation', () => repeat('1/mai,', MB * scale)],
  ['1 MB of capitals', () => repeat('ABCDEFGHIJ', MB * scale)],
  ['1 MB of capitalised words', () => repeat('Jean Pierre Marie ', MB * scale)],
  ['1 MB of emoji and ZWJ sequences', () => repeat('👩‍👩‍👧 🇫🇷 👍🏽 ', MB * scale)],
  ['1 MB of RTL text', () => repeat('مرحبا بالعالم שלום עולם ', MB * scale)],
  ['1 MB of lone surrogates', () => repeat('\ud800a\udc00 ', MB * scale)],
  ['1 MB of NFD accents', () => ordinaryFrench(MB * scale).normalize('NFD')],
  ['1 MB of CRLF text', () => ordinaryFrench(MB * scale).replace(/\n/g, '\r\n')],
  ['1 MB with non-breaking spaces', () => ordinaryFrench(MB * scale).replace(/ /g, '\u00a0')],
  ['1 MB with zero-width spaces', () => ordinaryFrench(MB * scale).replace(/ /g, ' \u200b')],
  ['1 MB of month names', () => repeat('mai juin juillet ', MB * scale)],
  ['1 MB of dots', () => repeat('.', MB * scale)],
  ['1 MB of apostrophes and hyphens', () => repeat("l'-'-d'-", MB * scale)],
  ['1 MB of one sentence of dates', () => repeat('le 11 mai, le 12 juin et ', MB * scale)],
];

// Each input: one warm-up call on the whole input, then the median of ROUNDS calls, in CPU time
// (the machines here are shared: CPU time is steadier than the wall clock, which is shown too).
const ROUNDS = quick ? 1 : 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function perChar(text) {
  extract(text, { referenceDate: '2022-04-15' }); // warm the code paths of this input
  const cpu = [];
  const wall = [];
  let n = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    n = extract(text, { referenceDate: '2022-04-15' }).length;
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const ms = median(cpu);
  return { ms, wallMs: median(wall), nsPerChar: (ms * 1e6) / text.length, entities: n };
}

// The whole library warm before anything is measured (tables unpacked, hot code compiled):
// a cold baseline would flatter every ratio.
{
  const warm = ordinaryFrench(MB * scale);
  for (let r = 0; r < 3; r++) extract(warm, { referenceDate: '2022-04-15' });
}

const rows = [];
let base;
for (const [name, make] of inputs) {
  const text = make();
  const r = perChar(text);
  base ??= r.nsPerChar;
  rows.push({ name, chars: text.length, ms: Math.round(r.ms), wallMs: Math.round(r.wallMs), nsPerChar: +r.nsPerChar.toFixed(1), ratio: +(r.nsPerChar / base).toFixed(2), entities: r.entities });
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
else {
  console.log(`CPU time, median of ${ROUNDS} call${ROUNDS > 1 ? 's' : ''} after a warm-up call on the same input (wall clock in brackets)`);
  console.log('input'.padEnd(42) + 'chars'.padStart(10) + 'CPU ms'.padStart(8) + '  (wall)  ns/char  × French  entities');
  for (const r of rows) console.log(`${r.name.padEnd(42)}${String(r.chars).padStart(10)}${String(r.ms).padStart(8)}  ${`(${r.wallMs})`.padStart(6)}  ${String(r.nsPerChar).padStart(7)}  ${String(r.ratio).padStart(8)}${r.ratio > 3 ? ' !' : '  '}  ${r.entities}`);
  const worst = rows.slice(1).reduce((a, b) => (b.ratio > a.ratio ? b : a));
  console.log(`\nworst: ${worst.name} at ${worst.ratio}× the per-character cost of ordinary French text (limit 3×)`);
}
