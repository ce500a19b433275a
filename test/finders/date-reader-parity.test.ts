import { readdirSync, readFileSync } from 'node:fs';
import { Chrono, createCasualConfiguration } from 'chrono-node/fr';
import type { ParsingComponents, ParsingResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { CASUAL, type Found, RELATIVE, type Side } from '../../src/finders/date/found.js';
import { CALENDAR_REFINERS } from '../../src/finders/date/merge.js';
import { daysOfMonthParser, isoDateParser, numericDateParser } from '../../src/finders/date/parse-days.js';
import { dayPartParser, dayWordParser, weekdayParser } from '../../src/finders/date/parse-day-words.js';
import { agoParser, unitShiftParser, withinParser } from '../../src/finders/date/parse-units.js';
import { readWith } from '../../src/finders/date/reader.js';
import { hasShared, sharedDir } from '../helpers.js';

// gazette's calendar parsers and refiners (days, weekdays, words of the day, units of time, and the
// merges) took the place of chrono-node's French parser, which gazette used until version 0.x: on
// the same sentences they must find what chrono-node finds, at the same places, with the same
// fields. chrono-node stays a development dependency for this test and for the benchmark.
//
// Where gazette parts from chrono-node on purpose, the sentences are left out here and the new
// behaviour is pinned in date.test.ts:
// - a year suffix 'AC' or 'AD' ('le 11 mai 2022 AC Milan': chrono-node read the year as -2022);
// - chrono-node's English 'on' before a day ('on 11 mai');
// - runs of more than five spaces inside a date (the patterns are bounded to stay linear);
// - clock times ('à 15 heures'): gazette keeps no time of day and reads them only for a debug callback.
const chrono = new Chrono(createCasualConfiguration(true));
chrono.parsers = chrono.parsers.filter((p) => !/TimeExpression/.test(p.constructor.name));
chrono.refiners = chrono.refiners.filter((r) => !/Timezone/.test(r.constructor.name));

const PARSERS = [unitShiftParser, dayPartParser, dayWordParser, isoDateParser, numericDateParser, daysOfMonthParser, agoParser, withinParser, weekdayParser];
const REF_DAY = { year: 2022, month: 4, day: 15 };

const FIELDS = ['year', 'month', 'day', 'weekday'] as const;
const chronoSide = (c: ParsingComponents) => ({
  fields: Object.fromEntries(FIELDS.filter((k) => c.isCertain(k)).map((k) => [k, c.get(k)])),
  time: c.isCertain('hour'),
  relative: [...c.tags()].some((t) => t === 'result/relativeDate'),
  casual: [...c.tags()].some((t) => t.startsWith('casualReference/')),
});
const ourSide = (s: Side) => ({
  fields: Object.fromEntries(FIELDS.filter((k) => s[k] !== undefined).map((k) => [k, s[k]])),
  time: s.hour !== undefined,
  relative: (s.tags & RELATIVE) !== 0,
  casual: (s.tags & CASUAL) !== 0,
});
const seenChrono = (rs: ParsingResult[]) => rs.map((r) => ({ index: r.index, text: r.text, start: chronoSide(r.start), end: r.end ? chronoSide(r.end) : null }));
const seenOurs = (fs: Found[]) => fs.map((f) => ({ index: f.index, text: f.text, start: ourSide(f.start), end: f.end ? ourSide(f.end) : null }));

function compare(text: string, REF = REF_DAY): void {
  const reference = { instant: new Date(Date.UTC(REF.year, REF.month - 1, REF.day, 12)), timezone: 0 };
  const theirs = seenChrono(chrono.parse(text, reference, { forwardDate: false }) as ParsingResult[]);
  const ours = seenOurs(readWith({ text, ref: REF }, PARSERS, CALENDAR_REFINERS));
  expect(ours, text).toEqual(theirs);
}

const SENTENCES = [
  'Le 11 mai prochain, il viendra à Paris. Du 5 au 7 juin 2022, le salon se tiendra à Lyon.',
  'Les 23 et 24 mars, puis les 8, 9 et 10 juin ; le 1er mai 68 ; le 12 juillet 1998 ; le 5-7 juin 2022 ; du 12 jusqu\'au 14 mars.',
  'Il est arrivé hier soir et repartira demain matin. Ce soir, la séance est levée ; cet après-midi, rien.',
  'Cette nuit, des tirs ont été entendus. La veille, le calme régnait. Maintenant, aujourd\'hui, à minuit.',
  'Il y a deux semaines, puis il y a trois jours, et il y a 2 ans, 3 mois ; il y a une heure, il y a 1.5 ans.',
  'Dans trois mois, dans 2 h, dans une demi-heure, dans quelques jours, pendant deux ans, de 34 ans, en deux trimestres.',
  'La semaine prochaine, le mois dernier, l\'année passée, les trois derniers jours, les deux prochaines semaines, la semaine.',
  'Le 11/05/2022, le 04/03, 1/2 finale, ouvert 24/7, le 31/04/2021, 15/00/2020, le 05/13/2022, 3/11/05/2022, 11.05.2022, 1.2.3.',
  'Le 2022-05-11, le 2022-05-11T10:30:00Z, 2021-13-01, version 2.0.1.',
  'Jeudi, vendredi dernier, samedi prochain, ce lundi, (dimanche), mardi, 11 mai ; mercredi 6 mars ; sam. 12 mars, lun 14.',
  'Le maréchal est arrivé en mer. Il faut remettre en jeu le titre. La soirée fut longue.',
  'Du 20 décembre au 3 janvier, de mai à juillet, samedi à dimanche, du lundi au vendredi, hier à demain, jeudi au mardi.',
  'Du 5 juin 2021 au 3 mai 2020, du 30 février au 2 mars, le 31 avril, le 29 février 2023, le 29 février 2024, le 0 mai, le 45 mai.',
  'Le 3 déc. 2021, le 3 sept. , le 7 janv. 2020, le 8 févr. 2019, le 9 juil. 2018, le 1er août, le 12 Mars, le 4 DÉCEMBRE 2020.',
  'Le 11 mai.2022, le 12 mai,2022, le 13 mai, 2022, le 14-mai-2022, le 15/mai/2022, le 11 mai2022, le 11 mai 20221, le 11 mai 202.',
  'le 11 mai au soir, le 12 mai à ce soir, le 13 mai, ce soir, le 5 mai de ce matin, mardi matin, jeudi, 5 juin.',
  'mardi   dernier,   le   11   mai  2022 , hier  soir, le 3 mars dernier, le 4 avril prochain, les 1er et 2 mars.',
];

describe("the calendar parsers find what chrono-node's French parser finds", () => {
  it.each(SENTENCES)('%s', (text) => compare(text));

  it('on every paragraph of the corpus', () => {
    for (const part of ['dev', 'test']) {
      for (const line of readFileSync(new URL(`../../corpus/${part}.jsonl`, import.meta.url), 'utf8').split('\n').filter(Boolean)) {
        for (const paragraph of (JSON.parse(line) as { text: string }).text.split('\n')) compare(paragraph);
      }
    }
  });
});

// The paragraphs of every text of ../shared (news, Wikipedia, UD treebanks, historical papers):
// about 22,000, on a reference day in the middle of a month, and on the last days of months,
// where a date without a day or a year was filled in from the reference.
describe.runIf(hasShared)("the calendar parsers find what chrono-node finds in ../shared's texts", () => {
  const paragraphs: string[] = [];
  const jsonl = (path: string) => {
    for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) paragraphs.push(...(JSON.parse(line) as { text: string }).text.split('\n'));
  };
  const data = `${sharedDir}data`;
  for (const set of readdirSync(data)) {
    for (const f of readdirSync(`${data}/${set}`)) if (f.endsWith('.jsonl')) jsonl(`${data}/${set}/${f}`);
  }
  for (const set of readdirSync(`${data}/text`)) {
    for (const f of readdirSync(`${data}/text/${set}`)) {
      if (f.endsWith('.jsonl')) jsonl(`${data}/text/${set}/${f}`);
      if (f === 'sentences.tsv') for (const line of readFileSync(`${data}/text/${set}/${f}`, 'utf8').split('\n').slice(1)) paragraphs.push(line.split('\t').pop() ?? '');
    }
  }
  // The departures of date.test.ts: 'AC'/'AD' after a year, 'on' before a day, runs of spaces.
  const comparable = paragraphs.filter((p) => !/ A[CD]\b|\bon\s*\d|\s{6}/i.test(p));

  it.each([REF_DAY, { year: 2024, month: 2, day: 29 }, { year: 2021, month: 1, day: 31 }])('reference %o', (ref) => {
    expect(comparable.length).toBeGreaterThan(10_000);
    for (const p of comparable) compare(p, ref);
  }, 120_000);
});
