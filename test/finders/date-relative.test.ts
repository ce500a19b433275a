import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';
import { dates, FRIDAY, MONDAY } from './date-helpers.js';

describe('findDates: relative dates, against a Monday (2023-03-06)', () => {
  it.each([
    ['hier', [['hier', '2023-03-05']]],
    ["aujourd'hui", [["aujourd'hui", '2023-03-06']]],
    ['aujourd’hui', [['aujourd’hui', '2023-03-06']]],
    ['demain', [['demain', '2023-03-07']]],
    ['avant-hier', [['avant-hier', '2023-03-04']]],
    ['après-demain', [['après-demain', '2023-03-08']]],
    ['hier soir', [['hier soir', '2023-03-05']]],
    ['Il a parlé ce soir.', [['ce soir', '2023-03-06']]],
    ['ce matin', [['ce matin', '2023-03-06']]],
    ['La nuit dernière, des frappes ont visé Kiev.', [['nuit dernière', '2023-03-05']]],
    ['mardi dernier', [['mardi dernier', '2023-02-28']]],
    ['mardi prochain', [['mardi prochain', '2023-03-07']]],
    ['lundi dernier', [['lundi dernier', '2023-02-27']]],
    ['lundi prochain', [['lundi prochain', '2023-03-13']]],
    ['dimanche prochain', [['dimanche prochain', '2023-03-12']]],
    ['ce lundi', [['ce lundi', '2023-03-06']]],
    ["l'an dernier", [['an dernier', '2022']]],
    ["l'an prochain", [['an prochain', '2024']]],
    ["l’an passé", [['an passé', '2022']]],
    ["l'année prochaine", [['année prochaine', '2024']]],
    ["l'année dernière", [['année dernière', '2022']]],
    ['cette année', [['cette année', '2023']]],
    ['le mois dernier', [['mois dernier', '2023-02']]],
    ['le mois prochain', [['mois prochain', '2023-04']]],
    ['ce mois-ci', [['ce mois-ci', '2023-03']]],
    ["d'ici la fin de l'année", [["fin de l'année", '2023']]],
    ['la semaine prochaine', [['semaine prochaine', '2023-03-13/2023-03-19']]],
    ['la semaine dernière', [['semaine dernière', '2023-02-27/2023-03-05']]],
    ['cette semaine', [['cette semaine', '2023-03-06/2023-03-12']]],
    ['le week-end dernier', [['week-end dernier', '2023-03-04/2023-03-05']]],
    ['il y a deux semaines', [['il y a deux semaines', '2023-02-20']]],
    ['il y a trois jours', [['il y a trois jours', '2023-03-03']]],
    ['il y a deux ans', [['il y a deux ans', '2021']]],
    ['il y a un mois', [['il y a un mois', '2023-02']]],
    ['dans trois jours', [['dans trois jours', '2023-03-09']]],
    ['dans deux semaines', [['dans deux semaines', '2023-03-20']]],
    ['dans un an', [['dans un an', '2024']]],
  ])('%s', (input, expected) => {
    expect(dates(input, MONDAY)).toEqual(expected);
  });

  it('gives a week its Monday–Sunday range, with granularity week', () => {
    const [e] = findDates('la semaine prochaine', MONDAY);
    expect(e?.normalized).toEqual({ value: '2023-03-13/2023-03-19', granularity: 'week', start: '2023-03-13', end: '2023-03-19', relative: true });
  });

  it.each([
    ['Le ministre a été reçu jeudi à Rabat.', '2023-03-02'],
    ['Il se rendra jeudi au Liban.', '2023-03-09'],
    ['Le Conseil constitutionnel a validé lundi la réforme.', '2023-03-06'],
    ['Il se rendra lundi à Paris.', '2023-03-06'],
    ['Les ministres, réunis samedi à Bruxelles, ont échoué.', '2023-03-04'],
    ["La session du conseil doit s'achever vendredi.", '2023-03-10'],
    ['Une nouvelle journée de grève est déjà prévue samedi.', '2023-03-11'],
    ['Le tir, initialement prévu jeudi, avait dû être reporté.', '2023-03-02'],
    ['Biden et Trump, qui sera investi mercredi, se disputent.', '2023-03-08'],
    ['Le trafic serait « très fortement perturbé » mardi.', '2023-03-07'],
    ['La SNCF a prévenu dimanche que le trafic serait perturbé.', '2023-03-05'],
    ['Les soldats contrôlaient mardi la ville.', '2023-02-28'],
    ['Les Bleus retrouveront jeudi l’Uruguay.', '2023-03-09'],
    ['Le peso valait 1 078 pesos vendredi.', '2023-03-03'],
  ])('a bare weekday takes the tense of its verb: %s', (input, value) => {
    const found = findDates(input, MONDAY).filter((e) => e.normalized.granularity === 'day');
    expect(found.map((e) => e.normalized.value)).toEqual([value]);
  });

  it.each([
    ['le 11 mai prochain', [['11 mai prochain', '2022-05-11']]],
    ['le 11 mars dernier', [['11 mars dernier', '2022-03-11']]],
    ['le 11 avril prochain', [['11 avril prochain', '2023-04-11']]],
    ['le 20 avril dernier', [['20 avril dernier', '2021-04-20']]],
    ['en mai dernier', [['mai dernier', '2021-05']]],
    ['en mars dernier', [['mars dernier', '2022-03']]],
    ['en mai prochain', [['mai prochain', '2022-05']]],
  ])('prochain and dernier fix the year of a day or a month: %s', (input, expected) => {
    expect(dates(input, FRIDAY)).toEqual(expected);
  });

  it.each([
    ['Revenu au pouvoir le 1er janvier, Lula a fait de la forêt une priorité.', '2023-08-10', '2023-01-01'],
    ['Macron, qui avait promis un réarmement lors de ses vœux du 31 décembre, a conservé ses ministres.', '2024-01-12', '2023-12-31'],
    ['Le scrutin avait été repoussé au 15 décembre par un vote des députés.', '2024-03-26', '2024-12-15'],
    ['Le transport aérien sera au menu de la COP28, prévue fin novembre.', '2023-02-15', '2023-11'],
    ['plus de 500 décès depuis janvier', '2024-08-15', '2024-01'],
    ['La Cour a émis en novembre un mandat d’arrêt.', '2025-01-16', '2024-11'],
    ['La conférence se tiendra le 15 janvier à Genève.', '2023-12-20', '2024-01-15'],
    ['Erdoğan a reconnu des lacunes, à trois mois des élections prévues le 14 mai.', '2023-02-08', '2023-05-14'],
    ['Les députés ont voté le 28 juin.', '2024-05-15', '2023-06-28'],
    ['Le texte sera adopté le 10 janvier.', '2024-05-15', '2025-01-10'],
    ['Les députés voteront le 28 mai.', '2024-05-15', '2024-05-28'],
    // 'au printemps' names the season: the tense still decides which one
    ['Les élections auront lieu au printemps.', '2024-11-14', '2025-SP'],
    ['Les élections ont eu lieu au printemps.', '2024-11-14', '2024-SP'],
  ])('a day or month without its year is of the article’s year, unless the tense says otherwise: %s', (input, referenceDate, value) => {
    expect(findDates(input, { referenceDate }).map((e) => e.normalized.value)).toEqual([value]);
  });

  it.each([
    ['à l’automne', [['automne', '2023-FA']]],
    ['cet été', [['cet été', '2023-SU']]],
    ["l'été dernier", [['été dernier', '2022-SU']]],
    ["l'été prochain", [['été prochain', '2023-SU']]],
    ["l'hiver dernier", [['hiver dernier', '2022-WI']]],
    ['au printemps 2021', [['printemps 2021', '2021-SP']]],
  ])('seasons: %s', (input, expected) => {
    expect(dates(input, MONDAY)).toEqual(expected);
  });
});

describe('findDates: the reference date', () => {
  it('comes from the option first, then from a leading header, never from the clock', () => {
    expect(dates(' date 2022-04 La réunion du 11 mai prochain, créée en 2014.', {})).toEqual([['11 mai prochain', '2022-05-11'], ['2014', '2014']]);
    expect(dates(' date 2022-04 hier', MONDAY)).toEqual([['hier', '2023-03-05']]);
  });

  it('without one: null for relative dates, XXXX for a day or month without its year', () => {
    expect(dates('hier, puis le 11 mai, puis en mai, puis en 2014, mardi, la semaine prochaine et l’an dernier', {})).toEqual([
      ['hier', null], ['11 mai', 'XXXX-05-11'], ['mai', 'XXXX-05'], ['2014', '2014'], ['mardi', null], ['semaine prochaine', null], ['an dernier', null],
    ]);
  });

  it('with only a month: what needs the day stays null', () => {
    const month = { referenceDate: '2022-04' };
    expect(dates('hier, le 11 mai prochain, l’an dernier, le mois dernier, mardi', month)).toEqual([
      ['hier', null], ['11 mai prochain', '2022-05-11'], ['an dernier', '2021'], ['mois dernier', '2022-03'], ['mardi', null],
    ]);
  });

  it('takes a Date by its UTC day', () => {
    expect(dates('hier', { referenceDate: new Date(Date.UTC(2023, 2, 6, 23, 30)) as never })).toEqual([['hier', '2023-03-05']]);
  });
});
