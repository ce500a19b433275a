import { Chrono, createCasualConfiguration } from 'chrono-node/fr';
import type { ParsingReference } from 'chrono-node/fr';
import type { ReferenceDate } from '../../dates/reference.js';
import { CUSTOM_PARSERS } from './parsers.js';
import { CUSTOM_REFINERS } from './refiners.js';

let instance: Chrono | undefined;

/**
 * chrono-node's French casual parser, extended through its own hooks: gazette's parsers
 * (years after a preposition, months, seasons, decades, centuries) and refiners (clock times
 * out, 'prochain'/'dernier' in, day lists). Built on first use, then shared: it holds no state
 * between calls.
 */
export function frenchChrono(): Chrono {
  if (instance) return instance;
  const config = createCasualConfiguration(true);
  const chrono = new Chrono(config);
  for (const p of chrono.parsers) keepFirstInnerPattern(p);
  for (const p of CUSTOM_PARSERS) chrono.parsers.push({ ...p, pattern: once(p.pattern) } as never);
  for (const r of CUSTOM_REFINERS) chrono.refiners.push(r as never);
  instance = chrono;
  return chrono;
}

// chrono asks every parser for its pattern on every parse call, and gazette calls parse once per
// sentence that may hold a date. Five of chrono's French parsers ('hier', 'ce soir', 'il y a
// deux ans', 'dans trois jours', 'la semaine prochaine') return a new RegExp each time, which
// defeats chrono's own cache, so each call rebuilt and recompiled them: a sixth of extract's
// time on news text. None of these patterns, nor gazette's, depends on the parsing context
// (they read no option), and none is global or sticky: the first one built is kept.
function keepFirstInnerPattern(parser: object): void {
  if ('innerPatternHasChange' in parser && typeof parser.innerPatternHasChange === 'function') {
    (parser as { innerPatternHasChange: () => boolean }).innerPatternHasChange = () => false;
  }
}

function once<A extends unknown[]>(make: (...args: A) => RegExp): (...args: A) => RegExp {
  let pattern: RegExp | undefined;
  return (...args) => (pattern ??= make(...args));
}

/**
 * The instant chrono resolves against: noon UTC of the reference day (the 15th of a month,
 * 1 July of a year when that is all we know), in UTC, so that no machine's time zone or
 * clock ever changes a result. Without a reference, a fixed instant: values that would
 * depend on it are discarded by `toDateValue`.
 */
export function chronoReference(ref: ReferenceDate | null): ParsingReference {
  const year = ref?.year ?? 2000;
  const month = ref?.month ?? 7;
  const day = ref?.day ?? (ref?.month !== undefined ? 15 : 1);
  const instant = new Date(Date.UTC(2000, 0, 1, 12));
  instant.setUTCFullYear(year, month - 1, day);
  return { instant, timezone: 0 };
}
