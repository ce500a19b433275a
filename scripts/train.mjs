#!/usr/bin/env node
// Trains a gazette model on gold JSONL (the format of ../shared/data: one document a line,
// { id, text, entities: [{ start, end, type }] }, types PER LOC ORG, MISC and DATE ignored; the
// corpus's CTRY counts as LOC) and writes it as a JSON file that createExtractor loads:
//
//   node scripts/train.mjs --train a.jsonl [--train b.jsonl] [--dev d.jsonl] [--out model.json]
//                          [--epochs 5] [--seed 1] [--bits 16] [--dropout 0.3] [--limit N] [--holdout N]
//
// --holdout N first trains without the last N training documents and tunes the combination on them,
// then trains on all of them with that combination: the --dev files are only scored, never tuned on.
//
//   const extractor = createExtractor({ model: JSON.parse(readFileSync('model.json', 'utf8')) });
//
// It prints the strict dev scores after each epoch (model alone, and rules + model as extract
// combines them). With --dev, the combination with the rules (which rule candidates stay sure, how
// sure the tagger and the gap classifier must be to add a name of each type) is tuned on the dev
// files and stored in the model. Same files and seed, same model. Needs the built library (npm run build).
// The logic is `trainCommand(options)`, for the `gazette train` command.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Reads gold JSONL files into documents; a line that is not a document names its file and line.
 * @param {string[]} paths
 * @param {number} [limit] first N documents of each file (0: all)
 */
export function readGold(paths, limit = 0) {
  const docs = [];
  for (const path of paths) {
    const lines = readFileSync(path, 'utf8').split('\n');
    let taken = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line.trim()) continue;
      let d;
      try {
        d = JSON.parse(line);
      } catch (err) {
        throw new Error(`${path}:${i + 1}: not JSON (${err.message})`);
      }
      if (typeof d?.text !== 'string' || !Array.isArray(d.entities)) throw new Error(`${path}:${i + 1}: a document needs "text" and "entities"`);
      docs.push(d);
      if (limit && ++taken >= limit) break;
    }
  }
  return docs;
}

/**
 * Parses the command line of scripts/train.mjs (and of `gazette train`).
 * @param {string[]} argv
 */
export function parseTrainArgs(argv) {
  const o = { train: [], dev: [], out: 'model.json', epochs: 5, seed: 1, bits: 16, dropout: 0.3, limit: 0, holdout: 0 };
  const numbers = new Set(['--epochs', '--seed', '--bits', '--dropout', '--limit', '--holdout']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--help' || a === '-h') return { help: true };
    if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
    if (a === '--train') o.train.push(v);
    else if (a === '--dev') o.dev.push(v);
    else if (a === '--out') o.out = v;
    else if (numbers.has(a)) {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`${a} needs a number, not ${v}`);
      o[a.slice(2)] = n;
    } else throw new Error(`unknown option ${a}`);
    i++;
  }
  if (!o.train.length) throw new Error('give at least one --train FILE.jsonl');
  return o;
}

const pct = (x) => (x * 100).toFixed(1).padStart(5);

/** One line of dev scores: strict F1 per type and micro. */
export function formatScores(s) {
  return ['PER', 'LOC', 'ORG'].map((t) => `${t} ${pct(s[t].f1)}`).join('  ') + `  micro P ${pct(s.micro.p)} R ${pct(s.micro.r)} F1 ${pct(s.micro.f1)}`;
}

/**
 * Trains on the given files and writes the model file. Returns the model.
 * @param {{ train: string[], dev?: string[], out?: string | null, epochs?: number, seed?: number, bits?: number, dropout?: number, limit?: number, log?: (line: string) => void, library?: object }} options
 */
export async function trainCommand(options) {
  const log = options.log ?? ((line) => console.log(line));
  const lib = options.library ?? (await import(pathToFileURL(join(root, 'dist/index.js')).href));
  const all = readGold(options.train, options.limit ?? 0);
  const holdout = options.holdout ?? 0;
  if (holdout >= all.length) throw new Error(`--holdout ${holdout} leaves no document to train on`);
  const docs = holdout ? all.slice(0, all.length - holdout) : all;
  const tuning = holdout ? all.slice(all.length - holdout) : [];
  const dev = readGold(options.dev ?? [], options.limit ?? 0);
  log(`training on ${docs.length} documents (${options.train.join(', ')})${holdout ? `, ${holdout} held out to tune the combination` : ''}${dev.length ? `, dev ${dev.length} documents` : ''}`);
  // Held-out documents tune the combination; the --dev files are then only scored, with it.
  let combine;
  if (holdout) {
    lib.train(docs, { epochs: options.epochs ?? 5, seed: options.seed ?? 1, bits: options.bits ?? 16, dropout: options.dropout ?? 0.3, dev: tuning, onEpoch: (r) => (combine = r.dev?.combine) });
    log(`combination tuned on the held-out documents: ${JSON.stringify(combine)}`);
  }
  const t0 = performance.now();
  // The final model learns from every training document, held-out ones included.
  const model = lib.train(all, {
    epochs: options.epochs ?? 5,
    seed: options.seed ?? 1,
    bits: options.bits ?? 16,
    dropout: options.dropout ?? 0.3,
    dev,
    ...(combine ? { combine } : {}),
    info: { trainedOn: options.train.map((p) => p.split('/').slice(-2).join('/')) },
    onEpoch: (r) => {
      const secs = ((performance.now() - t0) / 1000).toFixed(1);
      log(`epoch ${r.epoch}/${r.epochs}  mistakes ${r.mistakes}/${r.sentences} sentences  ${secs} s`);
      if (r.dev) {
        log(`  dev, model alone:   ${formatScores(r.dev.model)}`);
        log(`  dev, rules + model: ${formatScores(r.dev.combined)}  (combine ${JSON.stringify(r.dev.combine)})`);
      }
    },
  });
  if (options.out) {
    writeFileSync(options.out, JSON.stringify(model) + '\n');
    log(`wrote ${options.out} (${(JSON.stringify(model).length / 1024).toFixed(0)} KB)`);
  }
  return model;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let options;
  try {
    options = parseTrainArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`train: ${err.message} (see the header of scripts/train.mjs)`);
    process.exit(2);
  }
  if (options.help) {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
  } else {
    await trainCommand(options);
  }
}
