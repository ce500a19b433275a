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

// `npm test` builds first; a program importing only findDates must not carry the name data.
describe.runIf(existsSync(`${root}dist/index.js`))('findDates alone', () => {
  it('bundles (minified, gzipped) under 40 KB', () => {
    const esbuild = `${root}node_modules/.bin/esbuild`;
    const bundle = execFileSync(esbuild, ['--bundle', '--minify', '--format=esm', '--platform=browser'], {
      cwd: root, input: "export { findDates } from './dist/index.js'", maxBuffer: 1 << 24,
    });
    expect(gzipSync(bundle).length).toBeLessThan(40 * 1024);
  });
});
