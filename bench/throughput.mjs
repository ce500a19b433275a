// Throughput in words per second: every library over the same pieces, after warm-up, the median of
// several rounds. The order of the libraries turns each round, so that none always runs right
// after another's garbage. Wall-clock time is the figure; the process's CPU time is kept beside
// it, because on a shared machine other processes stretch the wall clock, not the CPU time.
import { countWords } from './text.mjs';

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

/**
 * @param {Array<{ name: string, does: string, run: (text: string) => number }>} runners
 * @param {string[]} pieces
 * @param {{ rounds: number, warmupMs: number }} options
 */
export function measureThroughput(runners, pieces, { rounds, warmupMs }) {
  const words = pieces.reduce((n, p) => n + countWords(p), 0);
  const found = new Map();
  const pass = (r) => {
    const t = timed(() => {
      let n = 0;
      for (const p of pieces) n += r.run(p);
      return n;
    });
    found.set(r.name, t.result);
    return t;
  };
  // Warm-up until the JIT has settled: whole passes, for at least `warmupMs` per library.
  for (const r of runners) {
    const t0 = performance.now();
    do pass(r);
    while (performance.now() - t0 < warmupMs);
  }
  const times = new Map(runners.map((r) => [r.name, []]));
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < runners.length; k++) {
      const r = runners[(i + k) % runners.length];
      times.get(r.name).push(pass(r));
    }
  }
  const perSec = (ms) => Math.round(words / (ms / 1000));
  return {
    words,
    pieces: pieces.length,
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
