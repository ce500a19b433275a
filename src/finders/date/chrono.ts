import { Chrono, createCasualConfiguration } from 'chrono-node/fr';
import type { ParsingReference } from 'chrono-node/fr';
import type { ReferenceDate } from '../../dates/reference.js';
import { CUSTOM_PARSERS } from './parsers.js';
import { CUSTOM_REFINERS, EARLY_REFINERS } from './refiners.js';

let instance: Chrono | undefined;

/**
 * chrono-node's French casual parser, extended through its own hooks: gazette's parsers
 * (parsers.ts) join chrono's, its clock-time refiner runs before chrono's refiners and the
 * others after them (refiners.ts). Built on first use, then shared: it holds no state between
 * calls.
 */
export function frenchChrono(): Chrono {
  if (instance) return instance;
  const chrono = new Chrono(createCasualConfiguration(true));
  for (const p of CUSTOM_PARSERS) chrono.parsers.push(p as never);
  chrono.refiners.unshift(...(EARLY_REFINERS as never[]));
  for (const r of CUSTOM_REFINERS) chrono.refiners.push(r as never);
  instance = chrono;
  return chrono;
}

/**
 * The instant chrono computes its own relative results from: noon UTC of the reference day
 * (or of a fixed day without one), so that no machine's time zone or clock changes a result.
 * gazette's values come from readings (reading.ts), not from these instants.
 */
export function chronoReference(ref: ReferenceDate | null): ParsingReference {
  const instant = new Date(Date.UTC(2000, 0, 1, 12));
  instant.setUTCFullYear(ref?.year ?? 2000, (ref?.month ?? 1) - 1, ref?.day ?? 1);
  return { instant, timezone: 0 };
}
