import { Chrono, createCasualConfiguration } from 'chrono-node/fr';
import type { ParsingReference } from 'chrono-node/fr';
import type { ReferenceDate } from '../../dates/reference.js';
import type { CustomParser } from './parser.js';
import { CUSTOM_PARSERS } from './parsers.js';
import { CUSTOM_REFINERS, EARLY_REFINERS } from './refiners.js';
import { DAY_PART, DAY_WORD, MONTH, NUMBER, UNIT, WEEKDAY } from './gates.js';
import { gatedParser } from './gated.js';

let instance: Chrono | undefined;
let datesOnly: Chrono | undefined;

/**
 * chrono-node's French casual parser, extended through its own hooks: gazette's parsers
 * (parsers.ts) join chrono's, its clock-time refiner runs before chrono's refiners and the
 * others after them (refiners.ts). Built on first use, then shared: it holds no state between
 * calls.
 *
 * `clockTimes: false` leaves out chrono's clock-time parsers ('à 15 heures', '15h30', and '23'
 * of 'les 23 et 24 mars'): every result they make is a time of day alone, which the clock-time
 * refiner, the first of all, drops before any other refiner sees it (refine-clock.ts). Their only
 * outcome is that drop, told to a `debug` callback: without one, the results are the same
 * without them, for a tenth of the date finder's time.
 */
export function frenchChrono({ clockTimes = true }: { clockTimes?: boolean } = {}): Chrono {
  if (clockTimes) return (instance ??= extendedChrono(() => true));
  return (datesOnly ??= extendedChrono((p) => !isClockTimeParser(p)));
}

function extendedChrono(keep: (parser: object) => boolean): Chrono {
  const chrono = new Chrono(createCasualConfiguration(true));
  // Each parser reads only the sentences with the words it needs (gated.ts): chrono's are known by their pattern.
  const context = { option: {}, refDate: new Date(0) } as never;
  chrono.parsers = chrono.parsers.filter(keep).map((p) => {
    const parser = p as unknown as CustomParser;
    return gatedParser(parser, chronoNeeds(parser.pattern(context).source)) as never;
  });
  for (const p of CUSTOM_PARSERS) chrono.parsers.push(gatedParser(p, p.needs ?? 0) as never);
  chrono.refiners = chrono.refiners.filter((r) => !isTimeZoneRefiner(r));
  chrono.refiners.unshift(...(EARLY_REFINERS as never[]));
  for (const r of CUSTOM_REFINERS) chrono.refiners.push(r as never);
  return chrono;
}

// chrono-node 2.10's French date parsers by a piece of their pattern, and what every match holds.
const CHRONO_NEEDS: ReadonlyArray<readonly [string, number]> = [
  ['septembre|', NUMBER | MONTH], // FRMonthNameLittleEndianParser: '11 mai 2022', 'les 23 et 24 mars'
  ['trimestres|', UNIT], // the time-unit parsers: 'il y a deux ans', 'dans trois mois', 'les trois derniers jours'
  ['dimanche|', WEEKDAY], // FRWeekdayParser: 'mardi', 'ce lundi'
  ['maintenant|', DAY_WORD], // FRCasualDateParser: 'hier', 'cette nuit'
  ['matin|soir', DAY_PART], // FRCasualTimeParser: 'ce matin'
  ['([0-9]{4})\\-', NUMBER], // ISOFormatParser: '2022-05-11'
  ['[0-9]{1})[\\/', NUMBER], // SlashDateFormatParser: '11/05/2022'
];

/**
 * What a chrono parser's pattern needs (gates.ts), by its source: a piece of it tells the parser (a
 * minifier keeps strings); a pattern not known here (a new version of chrono) needs nothing: its
 * parser reads every sentence.
 * @example chronoNeeds(weekdayPattern.source) // WEEKDAY
 */
export function chronoNeeds(source: string): number {
  for (const [piece, needs] of CHRONO_NEEDS) if (source.includes(piece)) return needs;
  return 0;
}

/**
 * chrono's clock-time parsers, known by their methods (class names do not survive a minifier,
 * method names do): FRTimeExpressionParser by its base class's `extractPrimaryTimeComponents`,
 * FRSpecificTimeExpressionParser by its static `extractTimeComponent`. Both assign an hour and
 * minutes, never a day, a month, a year or a weekday (test/finders/date-clock-parsers.test.ts
 * pins which parsers these are).
 */
export function isClockTimeParser(parser: object): boolean {
  const p = parser as { extractPrimaryTimeComponents?: unknown; constructor: { extractTimeComponent?: unknown } };
  return typeof p.extractPrimaryTimeComponents === 'function' || typeof p.constructor.extractTimeComponent === 'function';
}

/**
 * chrono's time-zone refiners (ExtractTimezoneOffsetRefiner, ExtractTimezoneAbbrRefiner), known
 * by the component they set (a string a minifier keeps, like the method names above). They
 * extend a result over a zone written after it, which only a time of day can have: gazette
 * keeps no time of day, and on dates they swallowed the next word ('le [11 mai CET]', 'le [11
 * mai +2] % de hausse', 'LE [11 MAI EST] UNE DATE') and looked up two- to four-letter words
 * after every date as zones ('le 11 mai [et] le 12 juin').
 */
export function isTimeZoneRefiner(refiner: object): boolean {
  const refine = (refiner as { refine?: unknown }).refine;
  return typeof refine === 'function' && refine.toString().includes('"timezoneOffset"');
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
