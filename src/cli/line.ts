import { readFileSync } from 'node:fs';
import { createExtractor, extract, type EntityType, type Extractor } from '../index.js';

/** What every line of a run shares: the `--date` and `--types` of the command line. */
export interface LineDefaults {
  /** Used for a line without a `date` field. */
  referenceDate?: string;
  types?: EntityType[];
  /** A model file of `gazette train`, loaded once per thread. */
  modelPath?: string;
}

let loaded: { path: string; extractor: Extractor } | undefined;

/**
 * The extractor of a run: the built-in one, or one with the model file of `--model`.
 * @example extractorFor({ modelPath: 'model.json' }).extract('Nasser Bourita…')
 */
export function extractorFor(defaults: LineDefaults): Pick<Extractor, 'extract'> {
  if (defaults.modelPath === undefined) return { extract };
  if (loaded?.path !== defaults.modelPath) {
    const model = JSON.parse(readFileSync(defaults.modelPath, 'utf8')) as never;
    loaded = { path: defaults.modelPath, extractor: createExtractor({ model }) };
  }
  return loaded.extractor;
}

/**
 * One corpus line in, one result line out, never a throw: a line that cannot be read
 * (invalid JSON, no `text`, a bad `date`) becomes a line with an `error` field, so the output
 * keeps one line per input line, in order.
 * @example processLine('{"id":"a1","text":"Rabat, le 3 mai","date":"2022-04"}', 1, {})
 * // { ok: true, json: '{"id":"a1","entities":[{"type":"location","text":"Rabat",…},{"type":"date","text":"3 mai",…}]}' }
 * @example processLine('{"id":"a2"}', 2, {}) // { ok: false, json: '{"id":"a2","line":2,"error":"gazette: line 2: no \"text\" string"}' }
 */
export function processLine(line: string, lineNo: number, defaults: LineDefaults): LineResult {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    const why = line.trim() === '' ? 'empty line' : `invalid JSON (${(err as Error).message})`;
    return failure(null, lineNo, why);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return failure(null, lineNo, 'not a JSON object');
  const { id = null, text, date } = record as { id?: unknown; text?: unknown; date?: unknown };
  if (typeof text !== 'string') return failure(id, lineNo, 'no "text" string');
  if (date !== undefined && date !== null && typeof date !== 'string') return failure(id, lineNo, '"date" must be a string like "2022-04-15"');
  const referenceDate = typeof date === 'string' && date !== '' ? date : defaults.referenceDate;
  try {
    const entities = extractorFor(defaults).extract(text, {
      ...(referenceDate !== undefined ? { referenceDate } : {}),
      ...(defaults.types ? { types: defaults.types } : {}),
    });
    return { ok: true, json: JSON.stringify({ id, entities }) };
  } catch (err) {
    // 'gazette: referenceDate "bad" is not …' is about this line's "date" field.
    return failure(id, lineNo, String((err as Error).message ?? err).replace(/^gazette: /, '').replace(/^referenceDate\b/, '"date"'));
  }
}

/** A result line, and whether it is an entity line (or an error line). */
export interface LineResult {
  ok: boolean;
  json: string;
}

function failure(id: unknown, line: number, why: string): LineResult {
  return { ok: false, json: JSON.stringify({ id, line, error: `gazette: line ${line}: ${why}` }) };
}

/** The result lines of a batch, each ending with '\n', in input order, and how many are errors. */
export interface BatchResult {
  out: string;
  errors: number;
}

/** Runs a batch of lines. */
export function processBatch(lines: readonly string[], firstLineNo: number, defaults: LineDefaults): BatchResult {
  let out = '';
  let errors = 0;
  for (let i = 0; i < lines.length; i++) {
    const result = processLine(lines[i] ?? '', firstLineNo + i, defaults);
    if (!result.ok) errors++;
    out += result.json + '\n';
  }
  return { out, errors };
}
