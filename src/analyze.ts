import { extract } from './api.js';
import { parseReferenceDate, type ReferenceDate } from './dates/reference.js';
import { detectLanguage, type LanguageGuess } from './language.js';
import { checkOptions } from './run.js';
import { findDateHeader } from './text/header.js';
import { makeView } from './text/normalize.js';
import type { Entity, ExtractOptions } from './types.js';
import type { Extractor } from './extractor.js';
import { groupEntities, type UniqueEntities } from './unique.js';

/**
 * Options of `analyze`: those of `extract`, and the extractor to use (default: the built-in one).
 * @example analyze(text, { referenceDate: '2022-04', extractor: createExtractor({ model: myModel }) })
 */
export interface AnalyzeOptions extends ExtractOptions {
  /** An extractor of your own (`createExtractor({ model })`); default: the built-in pipeline. */
  extractor?: Pick<Extractor, 'extract'>;
}

/**
 * The document view of a text: its language, the date relative dates were resolved against,
 * every entity, and the unique entities per type.
 * @example
 * analyze('date 2022-04 Nasser Bourita accueillera le 11 mai prochain à Marrakech… Bourita a ajouté…')
 * // { language: { code: 'fra', … }, referenceDate: { value: '2022-04', from: 'header' },
 * //   entities: [ … ], unique: { person: [{ key: 'Nasser Bourita', count: 2, … }], … } }
 */
export interface Analysis {
  language: LanguageGuess;
  /** The reference date used, as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', and where it came from. */
  referenceDate: { value: string; from: 'option' | 'header' } | { value: null; from: 'none' };
  /** All entities, as `extract` returns them. */
  entities: Entity[];
  /** The entities grouped by normalized value, most mentioned first. */
  unique: UniqueEntities;
}

/**
 * Analyzes a French news text: language check (franc-min; under 70 letters the language is
 * 'und', undetermined), reference date and its origin, entities, unique entities per type.
 * Takes the options of `extract`.
 * @example
 * const a = analyze('Nasser Bourita, ministre marocain des Affaires étrangères, a reçu à Rabat son homologue. Bourita a salué…', { referenceDate: '2022-04-15' });
 * a.referenceDate          // { value: '2022-04-15', from: 'option' }
 * a.unique.person[0]       // { key: 'Nasser Bourita', count: 2, forms: ['Nasser Bourita', 'Bourita'], … }
 * a.language.notFrench     // false
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  // extract validates text and options first, so bad input gets the same gazette: errors.
  const { extractor, ...extractOptions } = options ?? {};
  const entities = extractor ? extractor.extract(text, extractOptions) : extract(text, options === undefined || options === null ? options : extractOptions);
  const opts = checkOptions(options);
  return {
    language: detectLanguage(text),
    referenceDate: referenceOf(text, opts),
    entities,
    unique: groupEntities(entities),
  };
}

function referenceOf(text: string, opts: ExtractOptions): Analysis['referenceDate'] {
  let ref: ReferenceDate | null = null;
  if (opts.referenceDate !== undefined) ref = parseReferenceDate(opts.referenceDate);
  else {
    // The header sits in the first 80 characters; the view is same-length, so a prefix is enough.
    const header = findDateHeader(makeView(text.slice(0, 80)));
    if (header) ref = parseReferenceDate(header.value, 'header');
  }
  if (!ref) return { value: null, from: 'none' };
  return { value: isoOf(ref), from: ref.from };
}

function isoOf(ref: ReferenceDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  let s = String(ref.year).padStart(4, '0');
  if (ref.month !== undefined) s += `-${pad(ref.month)}`;
  if (ref.month !== undefined && ref.day !== undefined) s += `-${pad(ref.day)}`;
  return s;
}
