import { describe, expect, it } from 'vitest';
import { nameWords } from '../../src/finders/person/name-words.js';

describe('nameWords', () => {
  it.each([
    'Nasser Bourita', 'Jean-Yves Le Drian', 'Ursula von der Leyen', "Anne L'Huillier", 'Lula', 'Corey S. Powell',
    '', ' ', 'a  b', ' Macron', 'Macron ', '  ', 'Gorō Shimura',
  ])('cuts %j as split(" ") does', (name) => {
    expect(nameWords(name)).toEqual(name.split(' '));
  });
});
