import type { Writable } from 'node:stream';
import type { LineDefaults } from './line.js';
import { readLines } from './lines.js';
import { inlineRunner, workerRunner, type BatchRunner } from './pool.js';
import type { Progress } from './progress.js';

/** One input of a corpus run: a stream of JSON Lines and its size when known. */
export interface CorpusInput {
  stream: AsyncIterable<Buffer | string>;
  size: number | undefined;
}

/** How a corpus run goes. */
export interface CorpusOptions {
  defaults: LineDefaults;
  /** 1: on the main thread; N > 1: N worker threads. */
  workers: number;
  /** Lines per batch sent to a worker (default 32). */
  batchLines?: number;
  progress: Progress;
}

/** What a corpus run did. */
export interface CorpusSummary {
  lines: number;
  errors: number;
}

// A batch is sent when it has `batchLines` lines or this many characters, whichever comes
// first: long articles go out alone-ish, short sentences in groups (one postMessage each).
const BATCH_CHARS = 256 * 1024;

/**
 * The JSON Lines mode: reads `{"id","text","date"}` lines, writes one result line per input
 * line, in input order, whatever the number of workers. Memory stays constant: at most
 * `2 × workers` batches are in flight (read but not written), and reading waits for the
 * output stream to drain.
 */
export async function runCorpus(inputs: readonly CorpusInput[], output: Writable, opts: CorpusOptions): Promise<CorpusSummary> {
  const runner: BatchRunner = opts.workers > 1 ? workerRunner(opts.workers, opts.defaults) : inlineRunner(opts.defaults);
  const maxInFlight = opts.workers > 1 ? opts.workers * 2 : 1;
  const batchLines = opts.batchLines ?? 32;
  const totalBytes = inputs.every((i) => i.size !== undefined) ? inputs.reduce((n, i) => n + (i.size ?? 0), 0) : undefined;
  const state = { lines: 0, bytes: 0, totalBytes, errors: 0 };
  // Results are awaited in the order batches were sent: that is the output order. Each one
  // remembers how far reading was when it was sent, so that the bar shows what is written,
  // not what is read ahead.
  const inFlight: Array<{ result: Promise<{ out: string; errors: number }>; readAt: number }> = [];
  let readBytes = 0;
  let lineNo = 0;
  let batch: string[] = [];
  let batchChars = 0;
  let batchStart = 1;

  const writeOldest = async () => {
    const oldest = inFlight.shift();
    if (!oldest) return;
    const result = await oldest.result;
    if (!output.write(result.out)) await drained(output);
    state.bytes = oldest.readAt;
    state.lines += countLines(result.out);
    state.errors += result.errors;
    opts.progress.update(state);
  };
  const send = async () => {
    if (batch.length === 0) return;
    inFlight.push({ result: runner.run(batch, batchStart), readAt: readBytes });
    batch = [];
    batchChars = 0;
    while (inFlight.length >= maxInFlight) await writeOldest();
  };

  try {
    for (const input of inputs) {
      for await (const line of readLines(input.stream, (n) => { readBytes += n; })) {
        lineNo++;
        if (batch.length === 0) batchStart = lineNo;
        batch.push(line);
        batchChars += line.length;
        if (batch.length >= batchLines || batchChars >= BATCH_CHARS) await send();
      }
    }
    await send();
    while (inFlight.length > 0) await writeOldest();
  } finally {
    // A failed run still awaits what is in flight, so no promise is left rejected unseen.
    await Promise.allSettled(inFlight.map((f) => f.result));
    await runner.close();
  }
  opts.progress.done(state);
  return { lines: state.lines, errors: state.errors };
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      stream.off('drain', done);
      stream.off('error', done);
      if (err) reject(err);
      else resolve();
    };
    stream.once('drain', done);
    stream.once('error', done);
  });
}
