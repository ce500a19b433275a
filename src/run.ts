import { parseReferenceDate, type ReferenceDate } from './dates/reference.js';
import { brief, type FindContext, type Finder, type Resolver } from './pipeline.js';
import { prepare, type Doc } from './text/document.js';
import { withScratch } from './text/scratch.js';
import { ENTITY_TYPES, type Entity, type EntityType, type ExtractOptions } from './types.js';
import { sortSmall } from './resolve/sort-small.js';

/**
 * Runs finders then resolvers over a text: the one stage runner behind `extract`,
 * `createExtractor` and `findDates`. `types` and `minScore` filter the output only, so that
 * `extract(text, { types: ['person'] })` is exactly the people of `extract(text)`.
 */
export function runPipeline(text: string, options: ExtractOptions | undefined, finders: readonly Finder[], resolvers: readonly Resolver[]): Entity[] {
  if (typeof text !== 'string') throw new TypeError(`gazette: text must be a string, got ${describe(text)}`);
  const opts = checkOptions(options);
  if (text.length === 0) return [];
  // The document's per-token arrays are cut from a scratch block lent for this run (scratch.ts).
  const entities = withScratch(() => {
    const doc: Doc = prepare(text);
    const ctx = context(doc, opts);
    let found: Entity[] = [];
    for (const finder of finders) {
      for (const e of finder.find(doc, ctx)) found.push(e);
    }
    for (const r of resolvers) found = r.resolve(found, doc, ctx);
    return found;
  });
  const minScore = opts.minScore ?? 0;
  const wanted = opts.types;
  return sortSmall(
    entities.filter((e) => (wanted === undefined || wanted.includes(e.type)) && e.score >= minScore),
    (a, b) => a.start - b.start || a.end - b.end || ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type),
  );
}

function context(doc: Doc, opts: ExtractOptions): FindContext {
  let reference: ReferenceDate | null = null;
  if (opts.referenceDate !== undefined) reference = parseReferenceDate(opts.referenceDate);
  else if (doc.header) reference = parseReferenceDate(doc.header.value, 'header');
  const debug = opts.debug;
  return {
    reference,
    debugging: !!debug,
    drop: debug
      ? (stage, reason, candidate, winner) => debug({ stage, reason, candidate: brief(candidate), ...(winner && { winner: brief(winner) }) })
      : () => {},
  };
}

/** Validates options; every error names gazette and the option. */
export function checkOptions(options: ExtractOptions | undefined): ExtractOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new TypeError(`gazette: options must be an object, got ${describe(options)}`);
  const { referenceDate, types, minScore, debug } = options;
  if (referenceDate !== undefined) {
    if (!(referenceDate instanceof Date) && typeof referenceDate !== 'string') {
      throw new TypeError(`gazette: referenceDate must be a Date or a string like '2022-04-15', got ${describe(referenceDate)}`);
    }
    if (parseReferenceDate(referenceDate) === null) {
      throw new RangeError(`gazette: referenceDate ${referenceDate instanceof Date ? 'is an invalid Date' : JSON.stringify(referenceDate) + " is not 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or an ISO datetime"}`);
    }
  }
  if (types !== undefined) {
    if (!Array.isArray(types)) throw new TypeError(`gazette: types must be an array of ${ENTITY_TYPES.join(', ')}`);
    for (const t of types) {
      if (!ENTITY_TYPES.includes(t as EntityType)) throw new RangeError(`gazette: unknown entity type ${JSON.stringify(t)} (known: ${ENTITY_TYPES.join(', ')})`);
    }
  }
  if (minScore !== undefined && (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1))) {
    throw new RangeError(`gazette: minScore must be a number between 0 and 1, got ${describe(minScore)}`);
  }
  if (debug !== undefined && typeof debug !== 'function') throw new TypeError('gazette: debug must be a function');
  return options;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeof v;
}
