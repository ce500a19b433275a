import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/index.js';

const person = (text: string, surface: string) => {
  const p = findPeople(text).find((e) => e.text === surface);
  if (!p) throw new Error(`no person '${surface}' in: ${JSON.stringify(findPeople(text).map((e) => e.text))}`);
  return p;
};

describe('the person record', () => {
  it('keeps the title and the role outside the span, in the record', () => {
    const p = person('sous la présidence du ministre marocain des Affaires étrangères, Nasser Bourita, et de M. Blinken', 'Nasser Bourita');
    expect(p.normalized).toMatchObject({ name: 'Nasser Bourita', givenName: 'Nasser', familyName: 'Bourita', role: 'ministre marocain des Affaires étrangères' });
    // A surname alone that the library knows for one well-known person takes that person's name.
    expect(person('et de M. Blinken, hier.', 'Blinken').normalized).toMatchObject({ name: 'Antony Blinken', title: 'M.' });
  });

  it.each([
    ['Nasser Bourita, ministre marocain des Affaires étrangères, accueillera ses homologues.', 'Nasser Bourita', { role: 'ministre marocain des Affaires étrangères' }],
    ['le président américain Joe Biden', 'Joe Biden', { role: 'président américain' }],
    ["l'ancien Premier ministre Édouard Philippe", 'Édouard Philippe', { role: 'ancien Premier ministre' }],
    ['le ministre de l’Intérieur Gérald Darmanin', 'Gérald Darmanin', { role: "ministre de l'Intérieur" }],
    ["le secrétaire général de l'ONU, António Guterres, a dit", 'António Guterres', { role: "secrétaire général de l'ONU" }],
    ['Mme Borne et Me Kervadec', 'Borne', { title: 'Mme' }],
    ['Mme Borne et Me Kervadec', 'Kervadec', { title: 'Me', name: 'Kervadec' }],
    ['le Dr Jean Dupont', 'Jean Dupont', { title: 'Dr', givenName: 'Jean', familyName: 'Dupont' }],
    ['Jean-Yves Le Drian a parlé.', 'Jean-Yves Le Drian', { givenName: 'Jean-Yves', familyName: 'Le Drian' }],
    ['Ursula von der Leyen a parlé.', 'Ursula von der Leyen', { givenName: 'Ursula', familyName: 'von der Leyen' }],
    ['Charles III est arrivé.', 'Charles III', { name: 'Charles III', givenName: 'Charles' }],
    ['Charles le Téméraire meurt à Nancy.', 'Charles le Téméraire', { name: 'Charles le Téméraire', givenName: 'Charles' }],
  ])('%s → %s', (text, surface, expected) => {
    expect(person(text, surface).normalized).toMatchObject(expected);
  });

  it('gives a Wikidata QID to people of the Wikidata-derived table, and none to others', () => {
    expect(person('Jean-Yves Le Drian a parlé.', 'Jean-Yves Le Drian').normalized.wikidata).toMatch(/^Q\d+$/);
    expect(person('Khvicha Kvaratskhelia a marqué.', 'Khvicha Kvaratskhelia').normalized.wikidata).toBeUndefined();
  });

  it('title-cases a name written in capitals, and keeps offsets on the input', () => {
    const text = 'Selon Emmanuel MACRON, rien ne change.';
    const p = person(text, 'Emmanuel MACRON');
    expect(p.normalized.name).toBe('Emmanuel Macron');
    expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('writes the canonical name with plain spaces and apostrophes, the text as written', () => {
    const text = 'Le prix revient à Anne\u00a0L’Huillier.';
    const p = findPeople(text)[0];
    expect(p?.text).toBe('Anne\u00a0L’Huillier');
    expect(p?.normalized.name).toBe("Anne L'Huillier");
  });
});
