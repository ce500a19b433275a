import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/index.js';

const names = (s: string) => findPeople(s).map((e) => [e.text, e.normalized.name]);

describe('findPeople', () => {
  it.each([
    ['Nasser Bourita a reçu Antony Blinken.', [['Nasser Bourita', 'Nasser Bourita'], ['Antony Blinken', 'Antony Blinken']]],
    ['Jean-Yves Le Drian (France) et José Manuel Albares (Espagne)', [['Jean-Yves Le Drian', 'Jean-Yves Le Drian'], ['José Manuel Albares', 'José Manuel Albares']]],
    ['Ursula von der Leyen est arrivée.', [['Ursula von der Leyen', 'Ursula von der Leyen']]],
    ['Emmanuel Macron a parlé. Puis M. Macron est parti.', [['Emmanuel Macron', 'Emmanuel Macron'], ['Macron', 'Emmanuel Macron']]],
    ['la ministre Catherine Colonna', [['Catherine Colonna', 'Catherine Colonna']]],
  ])('%s', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });

  it('keeps the title and the role outside the span, in the record', () => {
    const [p] = findPeople('sous la présidence du ministre marocain des Affaires étrangères, Nasser Bourita, et de M. Blinken');
    expect(p?.text).toBe('Nasser Bourita');
    expect(p?.normalized).toMatchObject({ name: 'Nasser Bourita', givenName: 'Nasser', familyName: 'Bourita', role: 'ministre marocain des Affaires étrangères' });
    // A surname alone that the library knows for one well-known person takes that person's name.
    const blinken = findPeople('et de M. Blinken, hier.')[0];
    expect(blinken?.normalized).toMatchObject({ name: 'Antony Blinken', title: 'M.' });
  });

  it.each([
    'Ils habitent rue Victor-Hugo.',
    'Le lycée Jean-Moulin ferme.',
    'La Coalition mondiale contre Daesh se réunit.',
  ])('finds no person in: %s', (input) => {
    expect(findPeople(input)).toEqual([]);
  });
});
