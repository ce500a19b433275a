import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/index.js';
import { isParticle, isParticleAt } from '../../src/finders/person/shape.js';
import { mayHoldDate } from '../../src/finders/date/gates.js';
import { tokenWordNumbers } from '../../src/finders/vocabulary.js';

// The first per-token tests of the person and date finders answer by the document's word numbers
// (perf round 8) what a lookup of the key's string answered: these tables hold them to it.

describe('isParticleAt: the particle test by word number', () => {
  it.each([
    'Ursula von der Leyen et Charles de Gaulle',
    "la ministre d'Arc, Mme de La Fayette, et Abou Bakr al-Baghdadi",
    'Le Pen, DE GAULLE, Van Gogh, van Gogh, le von-der, bin Salman',
    'le président annoncé mardi par les élus du Sud',
  ])('says what isParticle says of every token of %s', (text) => {
    const { tokens } = prepare(text);
    tokens.forEach((t, i) => expect(isParticleAt(tokens, i), t.text).toBe(isParticle(t)));
  });

  it.each([
    ['von', true], ['de', true], ['Von', false], ['DE', false], ['gouvernement', false], ['vonder', false],
  ])('%s → %s', (word, expected) => {
    expect(isParticleAt(prepare(`Ursula ${word} Leyen`).tokens, 1)).toBe(expected);
  });
});

describe('mayHoldDate: the sentence test by word number', () => {
  // Both ways: by the key's string (`findDates` alone: no word numbers read), then by word number
  // (`extract`: the name finders numbered the words first); they must agree.
  const holds = (text: string) => {
    const { tokens, sentences } = prepare(text);
    const s = sentences[0];
    if (!s) return false;
    const byKey = mayHoldDate(tokens, s.first, s.last);
    tokenWordNumbers(tokens);
    expect(mayHoldDate(tokens, s.first, s.last), 'by word number').toBe(byKey);
    return byKey;
  };

  it.each([
    ['Il est venu mardi.', true],
    ['Rendez-vous en juillet.', true],
    ["C'est aujourd'hui la fête.", true],
    ['Il le fera à la mi-juillet.', true], // a part of a hyphenated word
    ['Ils se sont vus avant-hier.', true],
    ['Le plan vise la mi-2024 au plus tard.', true], // a number inside a hyphenated word
    ['Il y a deux semaines, il parlait.', true],
    ['Au XIVe siècle, la ville grandit.', true],
    ['Il a été reçu par le ministre.', false], // 'été' after 'avoir' is no summer
    ["C'était l'été des records.", true],
    ['Il travaille la nuit.', true],
    ['Une nuit blanche au Parlement.', false], // a part of the day needs 'ce', 'cette', 'la'
    ['Le président a annoncé un plan.', false],
    ['Les Jean-Marie se sont réunis.', false],
  ])('%s → %s', (text, expected) => {
    expect(holds(text)).toBe(expected);
  });
});
