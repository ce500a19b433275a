// Throughput in words per second: every library over the same pieces, after warm-up, the median of
// several rounds. Each library runs in a process of its own, as an application loads it: a new
// process per library and round (bench/throughput-one.mjs), the libraries in turn within a round
// and in a turned order from round to round, so that a busy moment of a shared machine falls on
// all of them alike.
//
// Why a process each: in one process, a library that allocates pays the collector for the whole
// heap, the other libraries' code, models and garbage included. Measured with gazette's extract
// over the bench sample (CPU ms a pass, two runs): 82 and 78 alone; 78 and 98 with compromise,
// wink-nlp and chrono-node loaded beside it; 187 and 243 when they also ran between its passes
// (compromise's passes leave a collection under way). chrono-node, which allocates little, was the
// same in both. The figure measured the neighbours, not the library.
//
// Wall-clock time is the figure; the process's CPU time is kept beside it, because on a shared
// machine other processes stretch the wall clock, not the CPU time.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs `fn`, returns its wall-clock and CPU (user + system, all threads) milliseconds. */
export function timed(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, result };
}

const ONE = fileURLToPath(new URL('./throughput-one.mjs', import.meta.url));

/**
 * @param {Array<{ name: string, does: string }>} runners the libraries, by their names in peers.mjs
 * @param {{ sampleWords: number, rounds: number, warmupMs: number, passes: number }} options
 */
export function measureThroughput(runners, { sampleWords, rounds, warmupMs, passes }) {
  const times = new Map(runners.map((r) => [r.name, []]));
  const found = new Map();
  let words = 0;
  let pieces = 0;
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < runners.length; k++) {
      const r = runners[(i + k) % runners.length];
      const out = JSON.parse(execFileSync(process.execPath, [ONE, r.name, String(sampleWords), String(warmupMs), String(passes)], { encoding: 'utf8', maxBuffer: 1 << 20 }));
      times.get(r.name).push(out);
      found.set(r.name, out.found);
      words = out.words;
      pieces = out.pieces;
    }
  }
  const perSec = (ms) => Math.round(words / (ms / 1000));
  return {
    words,
    pieces,
    rounds,
    warmupMs,
    results: runners.map((r) => {
      const t = times.get(r.name);
      const wall = t.map((x) => x.wall);
      return {
        name: r.name,
        does: r.does,
        wordsPerSec: perSec(median(wall)),
        slowest: perSec(Math.max(...wall)),
        fastest: perSec(Math.min(...wall)),
        wordsPerCpuSec: perSec(median(t.map((x) => x.cpu))),
        found: found.get(r.name),
      };
    }),
  };
}
