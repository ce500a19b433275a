#!/usr/bin/env node
// `gazette --workers 2` against `--workers 1` on a large JSON Lines corpus, and the memory of
// both at two corpus sizes (constant memory: the bigger corpus must not need more).
//
//   npm run build && node bench/cli-workers.mjs [--repeat 40] [--rounds 3]
//
// The corpus is our own articles (corpus/dev.jsonl + corpus/test.jsonl, 66 news articles of
// ~5 kB) repeated with fresh ids, written to .bench/ (not committed). Times are wall-clock,
// best of the rounds; memory is the peak resident set of the process, from /usr/bin/time.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

const root = new URL('../', import.meta.url);
const { values } = parseArgs({ options: { repeat: { type: 'string', default: '40' }, rounds: { type: 'string', default: '3' } } });
const repeat = Number(values.repeat);
const rounds = Number(values.rounds);
const bin = new URL('dist/cli/main.js', root).pathname;
if (!existsSync(bin)) throw new Error('bench: run `npm run build` first');

const articles = ['corpus/dev.jsonl', 'corpus/test.jsonl']
  .flatMap((f) => readFileSync(new URL(f, root), 'utf8').trimEnd().split('\n'))
  .map((l) => JSON.parse(l));

function corpus(times) {
  mkdirSync(new URL('.bench/', root), { recursive: true });
  const file = new URL(`.bench/cli-corpus-${times}.jsonl`, root).pathname;
  if (!existsSync(file)) {
    const lines = [];
    for (let r = 0; r < times; r++) for (const a of articles) lines.push(JSON.stringify({ id: `${a.id}#${r}`, text: a.text, date: a.date }));
    writeFileSync(file, lines.join('\n') + '\n');
  }
  return file;
}

const hasTime = existsSync('/usr/bin/time');
function run(file, workers) {
  const args = [bin, '--workers', String(workers), file];
  const started = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M cpu_s=%U+%S', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`bench: gazette failed: ${r.stderr}`);
  const rss = /maxrss_kb=(\d+)/.exec(r.stderr);
  const cpu = /cpu_s=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  return { seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, rssMB: rss ? Number(rss[1]) / 1024 : NaN, sha: createHash('sha256').update(r.stdout).digest('hex').slice(0, 12) };
}

const big = corpus(repeat);
const small = corpus(Math.max(1, Math.round(repeat / 4)));
const lines = articles.length * repeat;
const smallLines = articles.length * Math.max(1, Math.round(repeat / 4));
const mb = statSync(big).size / 1e6;
console.log(`gazette ${JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version}, node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
console.log(`corpus: ${lines} articles, ${mb.toFixed(1)} MB (${articles.length} articles × ${repeat}); best of ${rounds} rounds\n`);

const best = { 1: Infinity, 2: Infinity };
const cpu = { 1: Infinity, 2: Infinity };
const sha = {};
const rss = {};
for (let i = 0; i < rounds; i++) {
  for (const w of [1, 2]) {
    const r = run(big, w);
    best[w] = Math.min(best[w], r.seconds);
    cpu[w] = Math.min(cpu[w], r.cpu);
    sha[w] = r.sha;
    rss[w] = Math.max(rss[w] ?? 0, r.rssMB);
    // The load average shows how much of the machine other jobs took during the round.
    console.log(`  round ${i + 1}  --workers ${w}: ${r.seconds.toFixed(2)} s (CPU ${r.cpu.toFixed(2)} s)  peak RSS ${r.rssMB.toFixed(0)} MB  (load average ${loadavg()[0].toFixed(2)})`);
  }
}
const smallRss = { 1: run(small, 1).rssMB, 2: run(small, 2).rssMB };
console.log('');
console.log(`| workers | best time | CPU time (least) | articles/s | MB/s | peak RSS, ${smallLines} articles | peak RSS, ${lines} articles |`);
console.log('|---|---|---|---|---|---|---|');
for (const w of [1, 2]) {
  console.log(`| ${w} | ${best[w].toFixed(2)} s | ${cpu[w].toFixed(2)} s | ${(lines / best[w]).toFixed(0)} | ${(mb / best[w]).toFixed(2)} | ${smallRss[w].toFixed(0)} MB | ${rss[w].toFixed(0)} MB |`);
}
console.log(`\n--workers 2 is ${(best[1] / best[2]).toFixed(2)}× as fast as --workers 1; outputs ${sha[1] === sha[2] ? 'identical' : 'DIFFER'} (sha256 ${sha[1]})`);
if (sha[1] !== sha[2]) process.exitCode = 1;
