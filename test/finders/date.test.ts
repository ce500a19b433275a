import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, findDates } from '../../src/index.js';
import { FRIDAY } from './date-helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('findDates', () => {
  it('finds the dates of a news paragraph', () => {
    const text = "Nasser Bourita a reçu hier à Rabat son homologue. Créée en 2014, la Coalition se réunira le 11 mai prochain, puis à l'automne.";
    expect(findDates(text, { referenceDate: '2022-04-15' }).map((e) => [e.text, e.normalized.value])).toEqual([
      ['hier', '2022-04-14'], ['2014', '2014'], ['11 mai prochain', '2022-05-11'], ['automne', '2022-FA'],
    ]);
  });

  it('gives the dates of extract, and only those', () => {
    const text = 'Le 11 mai prochain, Nasser Bourita accueillera à Marrakech la réunion créée en 2014.';
    expect(findDates(text, FRIDAY)).toEqual(extract(text, FRIDAY).filter((e) => e.type === 'date'));
  });

  it('never reads the clock: the same text gives the same values on any day', () => {
    expect(findDates('hier, mardi, la semaine prochaine', {}).map((e) => e.normalized.value)).toEqual([null, null, null]);
  });

  it('tells debug which candidates it dropped, and why', () => {
    const events: string[] = [];
    const found = findDates('de 2000 soldats à 15 heures, maintenant, à la veille du vote', { referenceDate: '2022-04-15', debug: (e) => events.push(`${e.candidate.text}: ${e.reason}`) });
    expect(found).toEqual([]);
    expect(new Set(events)).toEqual(new Set([
      'de 2000: a quantity, not a year', 'à 15: a clock time alone', 'maintenant: the present moment, no calendar date',
      'la veille: counts from the story, not from the article’s date',
    ]));
  });

  it('ignores the date header itself', () => {
    expect(findDates(' date 2022-04-15 Le 11 mai', {}).map((e) => e.text)).toEqual(['11 mai']);
  });
});

// chrono-node, which gazette's dates came from until it had its own reader, filled the fields a
// date does not write from the reference day, then checked that the day existed: on the 30th or
// 31st, 'février 2022' was 30 February and vanished; on 29 February 2024, every bare year that is
// not a leap year ('en 2009') did too. Only the fields a date writes are checked now.
describe('the reference day', () => {
  it.each([
    ['2020-01-30', 'Il viendra en février 2022 à Paris.', 'février 2022'],
    ['2021-01-31', 'Il a servi entre juillet 2008 et février 2009.', 'juillet 2008 et février 2009'],
    ['2024-02-29', 'La Coalition a été créée en 2009.', '2009'],
    ['2022-12-31', 'Les papillons volent entre mai et juin.', 'mai et juin'],
  ])('never hides a date (reference %s): %s', (referenceDate, text, span) => {
    expect(findDates(text, { referenceDate }).map((e) => e.text)).toEqual([span]);
  });

  it('still drops a day that does not exist', () => {
    expect(findDates('le 31 avril 2021, le 30/02/2021, le 29 février 2023', { referenceDate: '2022-04-15' })).toEqual([]);
  });
});

describe('the year after a day', () => {
  // chrono-node read 'AC' and 'AD' after a year as before or after Christ: '[11 mai 2022 AC]' was -2022.
  it('takes no club or abbreviation after it', () => {
    expect(findDates('Le 11 mai 2022 AC Milan a gagné.', { referenceDate: '2022-04-15' }).map((e) => [e.text, e.normalized.value])).toEqual([['11 mai 2022', '2022-05-11']]);
  });
});

// `npm test` builds first; a program importing only findDates must not carry the name data.
describe.runIf(existsSync(`${root}dist/index.js`))('findDates alone', () => {
  // The limit is 40 KB; the reader of gazette's own is about 26 KB, and a module that runs a
  // loop at its top (a table built at load) brings its lists into every bundle: 30 KB catches that.
  it('bundles (minified, gzipped) under 30 KB', () => {
    const esbuild = `${root}node_modules/.bin/esbuild`;
    const bundle = execFileSync(esbuild, ['--bundle', '--minify', '--format=esm', '--platform=browser'], {
      cwd: root, input: "export { findDates } from './dist/index.js'", maxBuffer: 1 << 24,
    });
    expect(gzipSync(bundle).length).toBeLessThan(30 * 1024);
  });
});
