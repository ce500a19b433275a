import { createDateFinder } from './finders/date/index.js';
import { overlapResolver } from './resolve/overlaps.js';
import { runPipeline } from './run.js';
import type { DateEntity, ExtractOptions } from './types.js';

let finder: ReturnType<typeof createDateFinder> | undefined;

/**
 * Dates only, resolved against the reference date. It runs the date finder alone, so that a
 * program importing only `findDates` carries none of the name data (see the bundle sizes in
 * the README); its dates are those of `extract`.
 * @example findDates('Créée en 2014, la Coalition se réunira le 11 mai prochain.', { referenceDate: '2022-04' })
 * // [{ text: '2014', normalized: { value: '2014', granularity: 'year', … } }, { text: '11 mai prochain', normalized: { value: '2022-05-11', … } }]
 */
export function findDates(text: string, options?: Omit<ExtractOptions, 'types'>): DateEntity[] {
  finder ??= createDateFinder();
  return runPipeline(text, options, [finder], [overlapResolver]).filter((e): e is DateEntity => e.type === 'date');
}
