import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';
import { dates, MONDAY } from './date-helpers.js';

describe('findDates: ranges and lists (one span with its connector)', () => {
  it.each([
    ['du 5 au 7 juin', [['5 au 7 juin', '2023-06-05/2023-06-07']]],
    ['du 19 avril au 1er juin', [['19 avril au 1er juin', '2023-04-19/2023-06-01']]],
    ['du 28 décembre 2023 au 3 janvier 2024', [['28 décembre 2023 au 3 janvier 2024', '2023-12-28/2024-01-03']]],
    ['les 23 et 24 mars', [['23 et 24 mars', '2023-03-23/2023-03-24']]],
    ['les 8, 9 et 10 juin', [['8, 9 et 10 juin', '2023-06-08/2023-06-10']]],
    ['les 1er et 2 avril', [['1er et 2 avril', '2023-04-01/2023-04-02']]],
    ['lundi 6 et mardi 7 mars', [['lundi 6 et mardi 7 mars', '2023-03-06/2023-03-07']]],
    ['entre 2019 et 2021', [['2019 et 2021', '2019/2021']]],
    ['de 2019 à 2022', [['2019 à 2022', '2019/2022']]],
    ['la période 2017-2021', [['2017-2021', '2017/2021']]],
    ['la guerre 1914-1918', [['1914-1918', '1914/1918']]],
    ['entre novembre 2006 et janvier 2007', [['novembre 2006 et janvier 2007', '2006-11/2007-01']]],
    ['les alertes ont reculé entre janvier et juillet', [['janvier et juillet', '2023-01/2023-07']]],
    ['La visite a eu lieu mardi et mercredi.', [['mardi et mercredi', '2023-02-28/2023-03-01']]],
    ['Ils ont attaqué dans la nuit de samedi à dimanche.', [['samedi à dimanche', '2023-03-04/2023-03-05']]],
    ["jusqu'au 11 août", [['11 août', '2023-08-11']]],
    ["d'ici à 2030", [['2030', '2030']]],
    ['depuis 2021', [['2021', '2021']]],
    ['en 2014 et 2015', [['2014', '2014'], ['2015', '2015']]],
    ['le 4 mars et le 5 avril', [['4 mars', '2023-03-04'], ['5 avril', '2023-04-05']]],
  ])('%s', (input, expected) => {
    expect(dates(input, MONDAY)).toEqual(expected);
  });

  it('gives a range the bounds of its ends', () => {
    const [e] = findDates('entre 2019 et 2021', MONDAY);
    expect(e?.normalized).toEqual({ value: '2019/2021', granularity: 'year', start: '2019-01-01', end: '2021-12-31', relative: false });
  });
});

describe('findDates: fuzzy periods', () => {
  it.each([
    ['début mars', [['début mars', '2023-03']]],
    ['fin mars 2023', [['fin mars 2023', '2023-03']]],
    ['fin 2023', [['fin 2023', '2023']]],
    ['début 2024', [['début 2024', '2024']]],
    ['mi-juillet', [['mi-juillet', '2023-07']]],
    ['à la mi-juillet', [['mi-juillet', '2023-07']]],
    ['à la fin du mois de février', [['fin du mois de février', '2023-02']]],
    ["au début du mois d'avril 2022", [["début du mois d'avril 2022", '2022-04']]],
    ['des attaques depuis la mi-octobre', [['mi-octobre', '2022-10']]],
    ["vers la fin de l'année 1946", [["fin de l'année 1946", '1946']]],
    ['les années 1990', [['années 1990', '199X']]],
    ['les années 80', [['années 80', '198X']]],
    ['les années 2000', [['années 2000', '200X']]],
    ['au XIVe siècle', [['XIVe siècle', '13XX']]],
    ['le XXIe siècle', [['XXIe siècle', '20XX']]],
    ['au 19e siècle', [['19e siècle', '18XX']]],
    ['au XIXᵉ siècle', [['XIXᵉ siècle', '18XX']]],
    ['à la fin du XVIIIe siècle', [['fin du XVIIIe siècle', '17XX']]],
    ['datées du XXIVe siècle avant notre ère', [['XXIVe siècle avant notre ère', null]]],
  ])('%s', (input, expected) => {
    expect(dates(input, MONDAY)).toEqual(expected);
  });

  it('gives decades and centuries their calendar bounds', () => {
    expect(findDates('les années 1990', MONDAY)[0]?.normalized).toEqual({ value: '199X', granularity: 'decade', start: '1990-01-01', end: '1999-12-31', relative: false });
    expect(findDates('au XIVe siècle', MONDAY)[0]?.normalized).toEqual({ value: '13XX', granularity: 'century', start: '1301-01-01', end: '1400-12-31', relative: false });
    expect(findDates("à l'automne 2021", MONDAY)[0]?.normalized).toEqual({ value: '2021-FA', granularity: 'season', start: '2021-09-01', end: '2021-11-30', relative: false });
    expect(findDates("l'hiver 2021", MONDAY)[0]?.normalized).toEqual({ value: '2021-WI', granularity: 'season', start: '2021-12-01', end: '2022-02-28', relative: false });
  });
});

describe('findDates: the middle of a year, written in one word', () => {
  it.each([
    ["Les travaux dureront jusqu'à la mi-2026.", [['mi-2026', '2026']]],
    ['La livraison est prévue pour mi-2025.', [['mi-2025', '2025']]],
    // a number after a hyphen in a name is no year
    ['le Boeing 737-800 et les F-16 livrés, Paris-2024', []],
  ])('%s', (input, expected) => {
    expect(dates(input, MONDAY)).toEqual(expected);
  });
});
