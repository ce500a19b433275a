import { describe, expect, it } from 'vitest';
import { tenseAround } from '../../src/finders/date/tense.js';

/** The tense around the first occurrence of `date` in `sentence`. */
const tense = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  return tenseAround(sentence, at, at + date.length)?.tense ?? null;
};

describe('tenseAround: the tense a date is spoken in', () => {
  it.each([
    ['Le ministre a été reçu jeudi à Rabat.', 'jeudi', 'past'],
    ['Il se rendra jeudi au Liban.', 'jeudi', 'future'],
    ["Le Conseil s'est réuni mardi.", 'mardi', 'past'],
    ['Les ministres, réunis samedi à Bruxelles, ont échoué.', 'samedi', 'past'],
    ['La réunion est prévue samedi.', 'samedi', 'future'],
    ['Les convois sont attendus jeudi.', 'jeudi', 'future'],
    ['Le tir, initialement prévu jeudi, avait dû être reporté.', 'jeudi', 'past'],
    ['La session doit s’achever vendredi.', 'vendredi', 'future'],
    ['Ariane 5 doit être retirée du service cet été.', 'cet été', 'future'],
    ['Il va annoncer lundi sa décision.', 'lundi', 'future'],
    ['Le trafic serait « très fortement perturbé » mardi.', 'mardi', 'future'],
    ['Le président devrait se rendre dimanche à Kiev.', 'dimanche', 'future'],
    ['Il aurait rencontré mardi son homologue.', 'mardi', 'past'],
    ['Les soldats contrôlaient mardi la ville.', 'mardi', 'past'],
    ['Revenu au pouvoir le 1er janvier, Lula a agi.', '1er janvier', 'past'],
    ['Mardi, le sommet s’est élargi à la RDC.', 'Mardi', 'past'],
    ['Le peso valait 1 078 pesos vendredi.', 'vendredi', 'past'],
    ['Il est président depuis mardi.', 'mardi', null],
    ['Le sommet de mardi.', 'mardi', null],
    ['La COP28, prévue fin novembre aux Émirats arabes unis.', 'fin novembre', null],
  ] as const)('%s', (sentence, date, expected) => {
    expect(tense(sentence, date)).toBe(expected);
  });

  it('tells whether the verb stands right before the date', () => {
    const near = (sentence: string, date: string) => tenseAround(sentence, sentence.indexOf(date), sentence.indexOf(date) + date.length)?.near;
    expect(near('Les députés ont voté le 28 juin.', '28 juin')).toBe(true);
    expect(near('Erdoğan a reconnu des lacunes, à trois mois des élections prévues le 14 mai.', '14 mai')).toBe(false);
  });

  it('answers a sentence the same whatever was read before it (its words and signals are kept for the next date only)', () => {
    const long = 'Le ministre a été reçu jeudi à Rabat, puis il se rendra lundi au Caire, avant de rentrer à Paris où il sera attendu samedi.';
    // More than a hundred words: the signals' array grows.
    const huge = `${'Les délégués, venus de loin, ont longuement discuté des textes. '.repeat(20)}Ils se réuniront mardi.`;
    const cases: Array<[string, string]> = [
      [long, 'samedi'], [long, 'jeudi'], ["Le Conseil s'est réuni mardi.", 'mardi'], [huge, 'mardi'], ['Il se rendra jeudi au Liban.', 'jeudi'], [long, 'lundi'],
    ];
    const alone = cases.map(([sentence, date]) => {
      tenseAround('Une autre phrase.', 0, 3); // a sentence read in between: each case is read anew
      return tense(sentence, date);
    });
    expect(cases.map(([sentence, date]) => tense(sentence, date))).toEqual(alone);
    expect(alone).toEqual(['future', 'past', 'past', 'future', 'future', 'future']);
  });
});
