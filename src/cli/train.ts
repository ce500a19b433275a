import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compressModel, train, type GoldDocument } from '../index.js';
import { UsageError } from './args.js';

export const TRAIN_USAGE = `Usage: gazette train --train FILE.jsonl [--train …] [options]

Trains a model of your own from gold annotations and writes it as JSON; use it with
'gazette --model model.json …' or createExtractor({ model: JSON.parse(readFileSync('model.json')) }).
Input: JSON Lines, one document a line: {"id","text","entities":[{"start","end","type"}]}, types
PER, LOC, ORG (CTRY counts as LOC; MISC and DATE are ignored), offsets in UTF-16 code units.

  --train FILE        training documents (repeatable)
  --dev FILE          documents scored after each epoch, never trained on (repeatable)
  --out FILE          where to write the model (default model.json)
  --epochs N          passes over the training documents (default 5)
  --seed N            seed of the shuffling (default 1): same files, same seed, same model
  --holdout N         tune how the model combines with the rules on the last N training
                      documents first, then train on all of them
  --limit N           only the first N documents of each file
  --compress          write the weight tables arithmetic-coded (compressModel): the same
                      model, about a fifth smaller once gzipped, for a browser bundle`;

export interface TrainArgs {
  train: string[];
  dev: string[];
  out: string;
  epochs: number;
  seed: number;
  holdout: number;
  limit: number;
  compress: boolean;
  help: boolean;
}

/**
 * Reads the command line of `gazette train`.
 * @example parseTrainCli(['--train', 'hipe-train.jsonl', '--dev', 'hipe-dev.jsonl', '--holdout', '20'])
 */
export function parseTrainCli(argv: string[]): TrainArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        train: { type: 'string', multiple: true },
        dev: { type: 'string', multiple: true },
        out: { type: 'string', short: 'o' },
        epochs: { type: 'string' },
        seed: { type: 'string' },
        holdout: { type: 'string' },
        limit: { type: 'string' },
        compress: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(`gazette train: ${(err as Error).message}`);
  }
  const v = parsed.values;
  const whole = (name: string, raw: string | undefined, fallback: number, min: number): number => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`gazette train: --${name} must be a whole number of ${min} or more, got ${JSON.stringify(raw)}`);
    return n;
  };
  const args: TrainArgs = {
    train: v.train ?? [],
    dev: v.dev ?? [],
    out: v.out ?? 'model.json',
    epochs: whole('epochs', v.epochs, 5, 1),
    seed: whole('seed', v.seed, 1, 0),
    holdout: whole('holdout', v.holdout, 0, 0),
    limit: whole('limit', v.limit, 0, 0),
    compress: v.compress === true,
    help: v.help === true,
  };
  if (!args.help && args.train.length === 0) throw new UsageError('gazette train: give at least one --train FILE.jsonl');
  return args;
}

/** Gold JSONL into documents; a line that is not one names its file and line. */
export function readGold(paths: readonly string[], limit = 0): GoldDocument[] {
  const docs: GoldDocument[] = [];
  for (const path of paths) {
    const lines = readFileSync(path, 'utf8').split('\n');
    let taken = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (!line.trim()) continue;
      let d: unknown;
      try {
        d = JSON.parse(line);
      } catch (err) {
        throw new UsageError(`gazette train: ${path}:${i + 1}: not JSON (${(err as Error).message})`);
      }
      const doc = d as Partial<GoldDocument> | null;
      if (!doc || typeof doc.text !== 'string' || !Array.isArray(doc.entities)) throw new UsageError(`gazette train: ${path}:${i + 1}: a document needs "text" and "entities"`);
      docs.push(doc as GoldDocument);
      if (limit && ++taken >= limit) break;
    }
  }
  return docs;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

/**
 * `gazette train`: trains, prints dev scores after each epoch on stderr, writes the model.
 * @returns the exit code
 */
export function runTrain(args: TrainArgs, log: (line: string) => void): number {
  const all = readGold(args.train, args.limit);
  if (args.holdout >= all.length) throw new UsageError(`gazette train: --holdout ${args.holdout} leaves no document to train on`);
  const dev = readGold(args.dev, args.limit);
  const base = { epochs: args.epochs, seed: args.seed };
  log(`training on ${all.length} documents${args.holdout ? ` (${args.holdout} first held out to tune the combination)` : ''}${dev.length ? `, dev ${dev.length} documents` : ''}`);
  let combine: unknown;
  if (args.holdout) {
    const tuning = all.slice(all.length - args.holdout);
    train(all.slice(0, all.length - args.holdout), { ...base, dev: tuning, onEpoch: (r) => (combine = r.dev?.combine) });
    log(`combination tuned on the held-out documents: ${JSON.stringify(combine)}`);
  }
  const line = (s: { micro: { p: number; r: number; f1: number } } & Record<string, { f1: number }>) =>
    ['PER', 'LOC', 'ORG'].map((t) => `${t} ${pct(s[t]?.f1 ?? 0)}`).join('  ') + `  micro P ${pct(s.micro.p)} R ${pct(s.micro.r)} F1 ${pct(s.micro.f1)}`;
  const model = train(all, {
    ...base,
    dev,
    ...(combine ? { combine: combine as never } : {}),
    info: { trainedOn: args.train.map((p) => p.split('/').slice(-2).join('/')) },
    onEpoch: (r) => {
      log(`epoch ${r.epoch}/${r.epochs}  mistakes ${r.mistakes}/${r.sentences} sentences`);
      if (r.dev) {
        log(`  dev, model alone:   ${line(r.dev.model as never)}`);
        log(`  dev, rules + model: ${line(r.dev.combined as never)}`);
      }
    },
  });
  const json = JSON.stringify(args.compress ? compressModel(model) : model);
  writeFileSync(args.out, json + '\n');
  log(`wrote ${args.out} (${(json.length / 1024).toFixed(0)} KB)`);
  return 0;
}
