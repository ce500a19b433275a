import { describe, expect, it } from 'vitest';
import { extract, findDates } from '../../src/index.js';

// Without a debug callback the date finder leaves out its clock-time parser, whose results the
// clock-time refiner drops anyway: the dates must be the same with and without it.
const SENTENCES = [
  'Le 11 mai à 15 heures, la réunion a commencé ; hier à 9h30 elle avait été annoncée.',
  'Les 23 et 24 mars, puis le 3 avril à 18h, et mardi soir à 20 h 45.',
  'Rendez-vous à 15:30 le 12/05/2022, ou demain matin vers 10 heures, ce soir à 21h.',
  'Du 5 au 7 juin 2023, de 14h à 16h ; en 2014, 1 500 soldats ; le 1er mai 1968 à midi.',
  "Il est arrivé lundi à 6 h, est reparti jeudi 12 à 14 h 30 ; la nuit dernière à 2h du matin.",
  'À 15 heures précises, le 2023-03-14T08:00, 3h du matin, 12 000 euros, à 3,5 %.',
];

describe('the clock-time parser', () => {
  it.each(SENTENCES)('changes no date when left out (no debug callback): %s', (text) => {
    const options = { referenceDate: '2023-03-10' };
    const listened = extract(text, { ...options, debug: () => {} });
    expect(extract(text, options)).toEqual(listened);
    expect(findDates(text, options)).toEqual(listened.filter((e) => e.type === 'date'));
  });

  it('still runs for a debug callback, which hears the clock times dropped', () => {
    const events: string[] = [];
    findDates('Le 11 mai, de 2000 soldats à 15 heures.', { referenceDate: '2023-03-10', debug: (e) => events.push(`${e.candidate.text}: ${e.reason}`) });
    expect(events).toContain('à 15: a clock time alone');
  });

  it.each([
    ['Le 11 mai à 15h30, la séance.', 'à 15h30'],
    ['Le 11 mai, vers 9:45, la séance.', 'vers 9:45'],
    ['Le 11 mai à 20 h, la séance.', 'à 20 h'],
  ])('reads the clock times written in figures: %s', (text, clock) => {
    const events: string[] = [];
    const found = findDates(text, { referenceDate: '2023-03-10', debug: (e) => events.push(`${e.candidate.text}: ${e.reason}`) });
    expect(found.map((e) => e.text)).toEqual(['11 mai']);
    expect(events).toContain(`${clock}: a clock time alone`);
  });
});

describe('time zones', () => {
  it.each([
    ['La réunion aura lieu le 11 mai CET.', '11 mai'],
    ['Le 11 mai +2 % de hausse.', '11 mai'],
    ['LE 11 MAI EST UNE DATE À RETENIR', '11 MAI'],
    ['le 11 mai (UTC+2)', '11 mai'],
  ])('no zone after a date joins its span: %s', (text, span) => {
    expect(findDates(text, { referenceDate: '2022-04-15' }).map((e) => e.text)).toEqual([span]);
  });
});
