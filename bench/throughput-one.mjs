// One library, one round of the throughput measure, in a process of its own (see throughput.mjs):
// the library alone is loaded, warmed up over the bench pieces for `warmupMs`, then timed over
// `passes` whole passes; the median pass is printed as JSON.
//
//   node bench/throughput-one.mjs <runner name> <sample words> <warm-up ms> <passes>
import { countWords, loadBenchText, samplePieces } from './text.mjs';
import { RUNNERS } from './peers.mjs';
import { median, timed } from './throughput.mjs';

const [name, sampleWords, warmupMs, passes] = process.argv.slice(2);
const runner = RUNNERS.find((r) => r.name === name);
if (!runner) throw new Error(`bench: no runner named ${JSON.stringify(name)} (${RUNNERS.map((r) => r.name).join(', ')})`);
const pieces = samplePieces(loadBenchText().pieces, Number(sampleWords));
const run = await runner.load();
const pass = () =>
  timed(() => {
    let n = 0;
    for (const p of pieces) n += run(p);
    return n;
  });
// Warm-up until the JIT has settled: whole passes, for at least `warmupMs`.
const t0 = performance.now();
do pass();
while (performance.now() - t0 < Number(warmupMs));
const t = Array.from({ length: Number(passes) }, pass);
console.log(JSON.stringify({
  wall: median(t.map((x) => x.wall)),
  cpu: median(t.map((x) => x.cpu)),
  found: t[0].result,
  words: pieces.reduce((n, p) => n + countWords(p), 0),
  pieces: pieces.length,
}));
