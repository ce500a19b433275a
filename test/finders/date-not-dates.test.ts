import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';
import { dates, MONDAY } from './date-helpers.js';

describe('findDates: what is not a date', () => {
  it.each([
    'à 15 heures', 'vers 8 h 30', 'Plus de 80 pays', '2 000 morts', 'de 2000 soldats', '75 points de base', 'la COP26 et le G7',
    'le 47e président', 'Âgé de 34 ans, il', 'un sommet de deux jours', 'pendant trois ans', 'depuis deux mois', 'en trois jours',
    'il a été élu', 'la mission sur Mars', 'la mer Noire', 'le maréchal Foch', 'remettre en jeu leur existence', 'une victoire 3-1',
    'ouvert 24/7', 'la 1/2 finale', 'à plus de 1300 mètres', 'pour 2000 euros', "à la veille de l'embargo", 'jusqu’à maintenant',
    'il y a quelques années', "les Jeux d'hiver", "les vacances d'été", 'Organisé en sept phases', 'cette année-là', 'le week-end',
    'une baisse de 4,5 %', 'le prix de 1200 fr. du concours', 'un taux de 3.5 %', 'les articles 1645 et 1646 du Code civil',
    'les suites BWV 1007 à 1012', "L'année la plus meurtrière avait été 2002 avec 6 995 décès", 'Il a 3 enfants, 2000 euros',
    'de 2000 à 3000 euros', 'entre 1200 et 1500 personnes',
  ])('%s', (input) => {
    expect(findDates(input, MONDAY)).toEqual([]);
  });

  it.each([
    ['Le 11 mai à 15 heures', [['11 mai', '2023-05-11']]],
    ['à 10 heures le 11 mai', [['11 mai', '2023-05-11']]],
    ['Le trafic sera perturbé mardi, sixième journée', [['mardi', '2023-03-07']]],
    ['La visite (mardi) a eu lieu', [['mardi', '2023-02-28']]],
    ['Le film sortira le 23 août.', [['23 août', '2023-08-23']]],
    ['Le sommet est prévu la semaine prochaine.', [['semaine prochaine', '2023-03-13/2023-03-19']]],
  ])('keeps clock times, punctuation and articles out of the span: %s', (input, expected) => {
    expect(dates(input, MONDAY)).toEqual(expected);
  });
});

describe('findDates: any input', () => {
  it.each([
    ['aujourd’hui, le 11\u00a0mai', ['aujourd’hui', '11\u00a0mai']],
    ['Hier\r\nle 11 mai 2022', ['Hier', '11 mai 2022']],
    ['👩‍👩‍👧 en 2014 👩‍👩‍👧', ['2014']],
    ['E\u0301te\u0301 : le 3 juin', ['3 juin']],
    ['le 3 fe\u0301vrier 2022, l’e\u0301te\u0301 dernier', ['3 fe\u0301vrier 2022', 'e\u0301te\u0301 dernier']],
  ])('keeps offsets exact, and reads decomposed accents: %s', (input, texts) => {
    const found = findDates(input, MONDAY);
    expect(found.map((e) => e.text)).toEqual(texts);
    for (const e of found) expect(input.slice(e.start, e.end)).toBe(e.text);
  });

  it.each([
    ['numbers', '1 '.repeat(20_000)],
    ['cues', 'en '.repeat(20_000) + '2014'],
    ['weekdays', 'mardi '.repeat(10_000)],
    ['days', 'le 1er '.repeat(10_000) + 'mai'],
    ['months', 'début '.repeat(10_000) + 'mars'],
    ['lists', '1, '.repeat(10_000) + '2 et 3 mars'],
    ['centuries', 'X'.repeat(20_000) + 'e siècle'],
  ])('stays fast on adversarial input: %s', (_name, input) => {
    const t0 = performance.now();
    findDates(input, MONDAY);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
