#!/usr/bin/env node
// The `gazette` command: a thin Node layer over the library (dist/index.js), which stays free
// of Node APIs. Usage in ./args.ts, or `gazette --help`.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { analyze, extract } from '../index.js';
import { parseCli, USAGE, UsageError, type CliArgs } from './args.js';
import { extractorFor } from './line.js';
import { parseTrainCli, runTrain, TRAIN_USAGE } from './train.js';
import { runCorpus, type CorpusInput } from './corpus.js';
import { render, type DocumentResult } from './formats.js';
import { createProgress } from './progress.js';

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'train') return trainMain(argv.slice(1));
  let args: CliArgs;
  try {
    args = parseCli(argv, process.stderr.isTTY === true);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.version) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`gazette ${pkg.version}\n`);
    return 0;
  }
  // Checked once here, so that a bad --date is one usage error, not an error on every line.
  if (args.date !== undefined) {
    try {
      extract('', { referenceDate: args.date });
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      return 2;
    }
  }
  // 'gazette' alone at a prompt would wait for typed input: show how to use it instead.
  if (args.files.length === 0 && process.stdin.isTTY === true) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  // A bad model file is one clear error before any document is read.
  if (args.model !== undefined) {
    try {
      extractorFor({ modelPath: args.model });
    } catch (err) {
      process.stderr.write(`gazette: --model ${args.model}: ${(err as Error).message}\n`);
      return 2;
    }
  }
  const files = args.files.length > 0 ? args.files : ['-'];
  return args.jsonl ? corpus(files, args) : documents(files, args);
}

async function corpus(files: string[], args: CliArgs): Promise<number> {
  const inputs: CorpusInput[] = files.map((f) =>
    f === '-' ? { stream: process.stdin, size: undefined } : { stream: createReadStream(f, { highWaterMark: 256 * 1024 }), size: statSync(f).size });
  const summary = await runCorpus(inputs, process.stdout, {
    defaults: { ...(args.date !== undefined ? { referenceDate: args.date } : {}), ...(args.types ? { types: args.types } : {}), ...(args.model !== undefined ? { modelPath: args.model } : {}) },
    workers: args.workers,
    progress: createProgress(process.stderr, args.progress),
  });
  if (summary.errors > 0) process.stderr.write(`gazette: ${summary.errors} of ${summary.lines} lines could not be read (see their "error" field)\n`);
  return 0;
}

async function documents(files: string[], args: CliArgs): Promise<number> {
  const docs: DocumentResult[] = [];
  for (const file of files) {
    const text = file === '-' ? await readStdin() : readFileSync(file, 'utf8');
    const analysis = analyze(text, {
      ...(args.date !== undefined ? { referenceDate: args.date } : {}),
      ...(args.types ? { types: args.types } : {}),
      ...(args.model !== undefined ? { extractor: extractorFor({ modelPath: args.model }) } : {}),
    });
    docs.push({ file, text, analysis });
  }
  process.stdout.write(render(docs, args.format));
  return 0;
}

function trainMain(argv: string[]): number {
  try {
    const args = parseTrainCli(argv);
    if (args.help) {
      process.stdout.write(TRAIN_USAGE + '\n');
      return 0;
    }
    return runTrain(args, (line) => process.stderr.write(line + '\n'));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n\n${TRAIN_USAGE}\n`);
    return 2;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

// `gazette corpus.jsonl | head` closes our stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    const e = err as NodeJS.ErrnoException;
    // A file that is not there is the user's mistake, not a crash: one line, exit 1.
    process.stderr.write(e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'EACCES' ? `gazette: ${e.message}\n` : `${e.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
