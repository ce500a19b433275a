import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';
import { dates, FRIDAY } from './date-helpers.js';

describe('findDates: absolute dates', () => {
  it.each([
    ['le 4 mars 2024', [['4 mars 2024', '2024-03-04']]],
    ['le 1er janvier 2020', [['1er janvier 2020', '2020-01-01']]],
    ['Elle est morte le 6 février 1952.', [['6 février 1952', '1952-02-06']]],
    ['le 14 juillet 1789', [['14 juillet 1789', '1789-07-14']]],
    ['mardi 4 mars 2025', [['mardi 4 mars 2025', '2025-03-04']]],
    ['Créée en 2014, la Coalition', [['2014', '2014']]],
    ['En 1954, Mlle Chanel rouvrait ses salons', [['1954', '1954']]],
    ["ce n'est qu'en 1814 que", [['1814', '1814']]],
    ['en février 2022', [['février 2022', '2022-02']]],
    ['août 2017 a marqué', [['août 2017', '2017-08']]],
    ['Fondée en juil. 2021,', [['juil. 2021', '2021-07']]],
    ['le 3 déc. à Paris', [['3 déc.', '2022-12-03']]],
    ['le 04/03/2024', [['04/03/2024', '2024-03-04']]],
    ['publié le 2024-03-04', [['2024-03-04', '2024-03-04']]],
    ['le 04/03 à Paris', [['04/03', '2022-03-04']]],
    ["en l'an 2000", [['2000', '2000']]],
    ['le traité de Lisbonne (2007)', [['2007', '2007']]],
    ["l'année 2023 a été chaude", [['2023', '2023']]],
    ['les Jeux d’hiver de 2030', [['2030', '2030']]],
    ['né en 1950, 1951 et 1952', [['1950', '1950'], ['1951', '1951'], ['1952', '1952']]],
    ['en 1386 ou 1387', [['1386', '1386'], ['1387', '1387']]],
    ['200 millions en 1949 et 300 millions en 1950', [['1949', '1949'], ['1950', '1950']]],
    ["dans l'hiver de 1848", [['hiver de 1848', '1848-WI']]],
  ])('%s', (input, expected) => {
    expect(dates(input, FRIDAY)).toEqual(expected);
  });

  it.each([
    ['depuis 2021', '2021'], ["d'ici à 2030", '2030'], ["d'ici 2030", '2030'], ["jusqu'en 2025", '2025'], ['avant 1914', '1914'],
    ["à l'horizon 2030", '2030'], ['vers 1850', '1850'], ['pour 2024', '2024'], ['dès 2019', '2019'], ['après 1945', '1945'], ['à partir de 2026', '2026'],
  ])('a year after a preposition, which stays outside: %s', (input, year) => {
    expect(dates(input, FRIDAY)).toEqual([[year, year]]);
  });

  it('gives granularity, calendar bounds and relativity', () => {
    const [e] = findDates('en février 2024', FRIDAY);
    expect(e?.normalized).toEqual({ value: '2024-02', granularity: 'month', start: '2024-02-01', end: '2024-02-29', relative: false });
    const [y] = findDates('en 2014', FRIDAY);
    expect(y?.normalized).toEqual({ value: '2014', granularity: 'year', start: '2014-01-01', end: '2014-12-31', relative: false });
    const [d] = findDates('le 11 mai', FRIDAY);
    expect(d?.normalized).toEqual({ value: '2022-05-11', granularity: 'day', start: '2022-05-11', end: '2022-05-11', relative: true });
  });

  it('says which rule decided: the calendar or a pattern of periods', () => {
    expect(findDates('le 4 mars 2024, en 2014', FRIDAY).map((e) => e.source)).toEqual(['date/calendar', 'date/pattern']);
  });
});
