import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';
import { easterSunday } from '../../src/finders/date/value.js';
import { dates, MONDAY } from './date-helpers.js';

describe('findDates: quarters and halves of a year (TIMEX3 Q1–Q4, H1–H2)', () => {
  it.each([
    ['Les ventes ont progressé au premier trimestre 2024.', [['premier trimestre 2024', '2024-Q1']]],
    ['au 3e trimestre de 2022', [['3e trimestre de 2022', '2022-Q3']]],
    ['le dernier trimestre 2023', [['dernier trimestre 2023', '2023-Q4']]],
    ['le second semestre 2025', [['second semestre 2025', '2025-H2']]],
    ['les résultats du T3 2023', [['T3 2023', '2023-Q3']]],
    ['au S1 2024', [['S1 2024', '2024-H1']]],
    // Without a year, the document's, as for a month.
    ['Au deuxième trimestre, la croissance a ralenti.', [['deuxième trimestre', '2023-Q2']]],
    // Not a part of a year: a flat, a course's semester, 'le dernier trimestre' alone (which one?).
    ['Ils louent un T3 à Lyon.', []],
    ['le troisième semestre de la licence', []],
    ['Le dernier trimestre a été difficile.', []],
  ])('%s', (input, expected) => {
    expect(dates(input, MONDAY)).toEqual(expected);
  });

  it('gives a quarter its calendar bounds', () => {
    const [e] = findDates('au premier trimestre 2024');
    expect(e?.normalized).toEqual({ value: '2024-Q1', granularity: 'quarter', start: '2024-01-01', end: '2024-03-31', relative: false });
  });

  it('writes a quarter without year nor reference as XXXX', () => {
    expect(findDates('au premier trimestre')[0]?.normalized).toEqual({ value: 'XXXX-Q1', granularity: 'quarter', relative: true });
  });

  it("reads last year's quarter in a past sentence early in the year", () => {
    expect(dates('Au quatrième trimestre, les ventes ont reculé.', { referenceDate: '2024-01-20' })).toEqual([['quatrième trimestre', '2023-Q4']]);
  });
});

describe('findDates: feasts', () => {
  it.each([
    ['Il rentrera à Noël.', [['Noël', '2023-12-25']]],
    ['À Noël, il partira.', [['Noël', '2023-12-25']]],
    ['jusqu\'à Noël 2024', [['Noël 2024', '2024-12-25']]],
    // 'depuis' looks back: in March 2023, last year's Toussaint.
    ['depuis la Toussaint', [['Toussaint', '2022-11-01']]],
    ['la Saint-Sylvestre 2022', [['Saint-Sylvestre 2022', '2022-12-31']]],
    ['Pâques 2024', [['Pâques 2024', '2024-03-31']]],
    ['la Pentecôte 2024', [['Pentecôte 2024', '2024-05-19']]],
    ['le jour de l\'an 2020', [["jour de l'an 2020", '2020-01-01']]],
    // Names and things named after a feast are no dates.
    ['Noël Le Graët a démissionné.', []],
    ['Jean-Noël Barrot était à Bruxelles.', []],
    ['le marché de Noël de Strasbourg', []],
    ["l'île de Pâques", []],
    ['pour le Nouvel An chinois', []],
  ])('%s', (input, expected) => {
    expect(dates(input, MONDAY)).toEqual(expected);
  });

  it.each([
    [2019, '2019-04-21'], [2021, '2021-04-04'], [2024, '2024-03-31'], [2025, '2025-04-20'], [2038, '2038-04-25'], [1818, '1818-03-22'],
  ])('computes Easter Sunday of %i', (year, iso) => {
    const d = easterSunday(year);
    expect(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(iso);
  });
});

describe('findDates: the century before or after the reference', () => {
  it.each([
    ['Au siècle dernier, la ville comptait 2 000 habitants.', [['siècle dernier', '19XX']]],
    ['le siècle prochain', [['siècle prochain', '21XX']]],
    ['le procès du siècle', []],
  ])('%s', (input, expected) => {
    expect(dates(input, MONDAY)).toEqual(expected);
  });

  it('has no value without a reference', () => {
    expect(findDates('le siècle dernier')[0]?.normalized).toEqual({ value: null, granularity: 'century', relative: true });
  });
});
