import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';
import { dateWindows } from '../../src/finders/date/windows.js';
import { prepare } from '../../src/text/document.js';
import { dates, FRIDAY } from './date-helpers.js';

// chrono reads only windows around the date words of a sentence (windows.ts); with a `debug`
// callback it reads every sentence whole. Both must find the same dates.
const whole = (text: string) => findDates(text, { ...FRIDAY, debug: () => {} });
const windowed = (text: string) => findDates(text, FRIDAY);

// Long sentences, so that the windows leave words out, with each date at the limits of its reach.
const FAR = 'les soldats du régiment réunis sous la présidence du ministre des armées et du chef des opérations';

describe('dates read in windows: the reach of a date around its words', () => {
  it.each([
    [`Selon ${FAR}, le vote a eu lieu à la fin de l' automne selon ${FAR}.`, [["à la fin de l' automne", '2021-FA']]],
    [`Selon ${FAR}, d'ici à l'été 2023 selon ${FAR}.`, [['été 2023', '2023-SU']]],
    [`Selon ${FAR}, la ville est fondée au XIVe siècle av. J.-C. selon ${FAR}.`, [['XIVe siècle av. J.-C.', null]]],
    [`Selon ${FAR}, à la fin du XVe siècle selon ${FAR}.`, [['fin du XVe siècle', '14XX']]],
    [`Selon ${FAR}, plus de 2000 soldats selon ${FAR}.`, []],
    [`Selon ${FAR}, les 23 et 24 mars derniers selon ${FAR}.`, [['23 et 24 mars', '2022-03-23/2022-03-24']]],
    [`Selon ${FAR}, il y a trois semaines selon ${FAR}.`, [['il y a trois semaines', '2022-03-25']]],
    [`Selon ${FAR}, les trois derniers jours selon ${FAR}.`, []],
    [`Selon ${FAR}, il viendra celundi selon ${FAR} en 2020.`, [['celundi', '2022-04-18'], ['2020', '2020']]],
    [`Selon ${FAR}, il viendra cetété selon ${FAR} en 2020.`, [['cetété', '2022-SU'], ['2020', '2020']]],
    [`Selon ${FAR}, il était là laveille selon ${FAR} en 2020.`, [['laveille', '2022-04-14'], ['2020', '2020']]],
    [`Selon ${FAR}, mardi 5 avril prochain selon ${FAR}, cet après-midi.`, [['mardi 5 avril prochain', '2023-04-05'], ['cet après-midi', '2022-04-15']]],
  ])('%s', (text, expected) => {
    expect(dates(text, FRIDAY)).toEqual(expected);
    expect(windowed(text)).toEqual(whole(text));
  });

  it('reads a glued run of dates once, in linear time', () => {
    // Each date word of '1/1/1/…' reached back and forth over the whole run: quadratic, minutes here.
    const doc = prepare('1/'.repeat(100_000));
    const s = doc.sentences[0];
    if (!s) throw new Error('no sentence');
    expect(dateWindows(doc.tokens, doc.view, s.first, s.last)).toEqual([[s.first, s.last]]);
  });

  it('leaves out the words far from any date word', () => {
    const doc = prepare(`Selon ${FAR}, le vote a eu lieu en 2014 selon ${FAR}.`);
    const s = doc.sentences[0];
    if (!s) throw new Error('no sentence');
    const read = dateWindows(doc.tokens, doc.view, s.first, s.last).map(([a, b]) => doc.view.slice(doc.tokens[a]?.start, doc.tokens[b - 1]?.end));
    expect(read).toEqual(['opérations, le vote a eu lieu en 2014 selon les soldats du régiment réunis sous la']);
  });
});

// Date phrases at their longest (cues, number words, eras, lists, ranges) among filler words.
const PHRASES = [
  "à la fin de l' automne", "d'ici à l'été", 'au début de l’hiver 2021 dernier', 'à la fin du XIVe siècle av. J.-C.', 'au milieu du IIIe siècle avant notre ère',
  'plus de 2000', 'environ 1990 morts', 'entre 2019 et 2021', 'de 2000 à 3000 euros', 'les 8, 9 et 10 juin', 'mardi 5, mercredi 6 et jeudi 7 mars',
  'du 5 au 7 juin 2022', 'il y a deux ans, trois mois et dix jours', 'dans quelques semaines', 'les trois derniers mois', 'la semaine prochaine',
  'mardi , prochain', 'ce lundi', 'mer 5', 'la mer', 'à partir du 19 février', 'depuis le 3 janvier dernier', 'mi-juillet', 'fin 2023', 'début mars',
  'hier soir', 'cet après-midi', 'le 11 mai à minuit', 'de maintenant à demain', 'la veille', 'le premier trimestre de l’année 2024', 'T3 2023',
  'à Noël 2024', 'le Nouvel An chinois', 'les années 80', 'le siècle dernier', 'a été élu en 2014', '04/03/2022', 'le 04/03', '2022-04-11',
  "l'an prochain", 'cette année', 'ce mois-ci', 'le week-end dernier', 'pendant une demi-heure', '12 000 soldats', 'articles 12, 13 et 2014',
];
const FILLERS = ['ce', 'cet', 'cette', 'en', 'au', 'lundi', 'mai', 'été', 'semaine', 'veille', 'nuit', 'prochaine', 'le', 'gouvernement', 'a', 'voté', 'selon', 'Paris', 'soldats', 'la', 'ministre', 'des', 'armées', ',', '(', ')', '-', 'qui', 'et', 'de', "l'", 'Thierry', 'marché'];

describe('dates read in windows: the same dates as the whole sentences', () => {
  it('on generated sentences', () => {
    // A word in five is glued to the one before it ('celundi', 'enmai', 'laveille'): such a date word
    // is no token of its own, and its sentence must be read whole.
    const word = fc.tuple(fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...PHRASES) }, { weight: 4, arbitrary: fc.constantFrom(...FILLERS) }), fc.constantFrom(' ', ' ', ' ', ' ', ''));
    const sentence = fc.array(word, { minLength: 1, maxLength: 60 }).map((words) => words.map(([w, space]) => space + w).join('').trim());
    fc.assert(fc.property(sentence, (text) => {
      expect(windowed(text)).toEqual(whole(text));
    }), { numRuns: 1500 });
  });
});
