import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';

const ref = { referenceDate: '2022-04-15' }; // a Friday
const dates = (s: string, options: { referenceDate?: string } = ref) => findDates(s, options).map((e) => [e.text, e.normalized.value]);

describe('findDates', () => {
  it.each([
    ['le 4 mars 2024', [['4 mars 2024', '2024-03-04']]],
    ['le 1er mai', [['1er mai', '2022-05-01']]],
    ['le 6 février 1952', [['6 février 1952', '1952-02-06']]],
    ['Créée en 2014, la Coalition', [['2014', '2014']]],
    ['en février 2022', [['février 2022', '2022-02']]],
    ['le 11 mai prochain', [['11 mai prochain', '2022-05-11']]],
    ['le 11 mars dernier', [['11 mars dernier', '2022-03-11']]],
    ['hier', [['hier', '2022-04-14']]],
    ["aujourd'hui", [["aujourd'hui", '2022-04-15']]],
    ['mardi dernier', [['mardi dernier', '2022-04-12']]],
    ['il y a deux semaines', [['il y a deux semaines', '2022-04-01']]],
    ['du 5 au 7 juin', [['5 au 7 juin', '2022-06-05/2022-06-07']]],
    ['les 23 et 24 mars', [['23 et 24 mars', '2022-03-23/2022-03-24']]],
    ['entre 2019 et 2021', [['2019 et 2021', '2019/2021']]],
    ['début mars', [['début mars', '2022-03']]],
    ['fin 2023', [['fin 2023', '2023']]],
    ['les années 1990', [['années 1990', '199X']]],
    ['au XIVe siècle', [['XIVe siècle', '13XX']]],
    ["à l'automne", [['automne', '2022-FA']]],
    ['le 11 mai à 15 heures', [['11 mai', '2022-05-11']]],
    ['le 04/03/2024', [['04/03/2024', '2024-03-04']]],
  ])('%s', (input, expected) => {
    expect(dates(input)).toEqual(expected);
  });

  it.each(['à 15 heures', 'Plus de 80 pays', '2 000 morts', 'de 2000 soldats', 'la COP26 et le G7', 'il a été élu', 'pendant trois ans'])('finds no date in: %s', (input) => {
    expect(findDates(input, ref)).toEqual([]);
  });

  it('resolves against a leading header when no reference is given, and ignores the header itself', () => {
    expect(dates(' date 2022-04 La réunion du 11 mai prochain, créée en 2014.', {})).toEqual([['11 mai prochain', '2022-05-11'], ['2014', '2014']]);
  });

  it('without any reference: null for relative dates, XXXX for a day without year', () => {
    expect(dates('hier, puis le 11 mai, puis en 2014', {})).toEqual([['hier', null], ['11 mai', 'XXXX-05-11'], ['2014', '2014']]);
  });

  it('gives granularity, calendar bounds and relativity', () => {
    const [e] = findDates('en février 2024', ref);
    expect(e?.normalized).toEqual({ value: '2024-02', granularity: 'month', start: '2024-02-01', end: '2024-02-29', relative: false });
    const [h] = findDates('hier', ref);
    expect(h?.normalized).toEqual({ value: '2022-04-14', granularity: 'day', start: '2022-04-14', end: '2022-04-14', relative: true });
  });

  it('never reads the clock: the same text gives the same values on any day', () => {
    expect(dates('hier', {})).toEqual([['hier', null]]);
  });
});
