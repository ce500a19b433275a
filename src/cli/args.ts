import { parseArgs } from 'node:util';
import { ENTITY_TYPES, type EntityType } from '../index.js';
import { FORMATS, type Format } from './formats.js';

/** The command line, read and checked. */
export interface CliArgs {
  files: string[];
  date: string | undefined;
  types: EntityType[] | undefined;
  format: Format;
  /** Corpus mode: `--jsonl`, or every input file named *.jsonl / *.ndjson. */
  jsonl: boolean;
  workers: number;
  /** A model file written by `gazette train`, instead of the built-in model. */
  model: string | undefined;
  progress: boolean;
  help: boolean;
  version: boolean;
}

/** A mistake on the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: gazette [options] [file ...]

Finds people, countries, organisations, places and dates in French text.
Reads the files, or stdin when there is none (or for '-').

Text input (one document per file):
  --format table|json|jsonl|html   table (default) for reading, json/jsonl for programs
                                   (the analyze() view of each document), html to look at
  --date YYYY[-MM[-DD]]            the reference date for 'hier', 'mardi dernier', '11 mai prochain'
  --types person,country,...       only these types (person, country, organization, location, date)
  --model model.json               a model of your own (written by 'gazette train'), for text and corpus input

Corpus input, JSON Lines (--jsonl, or files named *.jsonl / *.ndjson):
  one {"id","text","date"} object per line in, one {"id","entities"} line out, in order;
  a bad line gets {"id","line","error"} and the run goes on. --date is the default date.
  --workers N                      N worker threads (default 1: the main thread)
  --progress                       a progress bar on stderr (default: when stderr is a terminal)

  --help, --version

Training a model of your own: gazette train --help

Examples:
  gazette article.txt
  curl -s https://… | gazette --format html > article.html
  gazette --workers 2 corpus.jsonl > entities.jsonl`;

/**
 * Reads the command line.
 * @example parseCli(['--types', 'person,date', '--date', '2022-04', 'a.txt'])
 * // { files: ['a.txt'], date: '2022-04', types: ['person', 'date'], format: 'table', jsonl: false, workers: 1, … }
 */
export function parseCli(argv: string[], stderrIsTTY: boolean): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        date: { type: 'string', short: 'd' },
        types: { type: 'string', short: 't' },
        jsonl: { type: 'boolean' },
        workers: { type: 'string', short: 'w' },
        model: { type: 'string', short: 'm' },
        progress: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError(`gazette: ${(err as Error).message}`);
  }
  const { values, positionals } = parsed;
  const format = (values.format ?? 'table') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`gazette: --format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(values.format)}`);
  const types = values.types === undefined ? undefined : values.types.split(',').map((t) => t.trim()).filter((t) => t !== '');
  for (const t of types ?? []) {
    if (!ENTITY_TYPES.includes(t as EntityType)) throw new UsageError(`gazette: unknown type ${JSON.stringify(t)} in --types (known: ${ENTITY_TYPES.join(', ')})`);
  }
  const workers = values.workers === undefined ? 1 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new UsageError(`gazette: --workers must be a whole number from 1 to 256, got ${JSON.stringify(values.workers)}`);
  const files = positionals;
  const jsonl = values.jsonl === true || (files.length > 0 && files.every((f) => /\.(jsonl|ndjson)$/i.test(f)));
  if (!jsonl && workers > 1) throw new UsageError('gazette: --workers works on JSON Lines input (--jsonl or *.jsonl files); one text document runs on one thread');
  if (jsonl && values.format !== undefined && format !== 'jsonl') throw new UsageError(`gazette: JSON Lines input gives JSON Lines output; --format ${format} is for text input`);
  return {
    files,
    date: values.date,
    types: types as EntityType[] | undefined,
    format,
    jsonl,
    workers,
    model: values.model,
    progress: values.progress === true || (jsonl && stderrIsTTY),
    help: values.help === true,
    version: values.version === true,
  };
}
