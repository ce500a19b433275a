import { describe, expect, it } from 'vitest';
import { extract, findCountries, findDates, findOrganizations, findPeople } from '../../src/index.js';

// Words that name Object.prototype members must be ordinary words in every lookup.
const WORDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];

describe('lookups cannot be polluted by the text', () => {
  it.each(WORDS)('%s is an ordinary word, before a name, after a title, as a month or a country', (w) => {
    const cap = w[0]?.toUpperCase() + w.slice(1);
    const text = `${w} ${cap} M. ${w} Mme ${cap}. Le ${w} ${cap} Dupont a vu la ${w} et le ${cap} à ${cap} en ${w} 2014, le 3 ${w}. ${w}. Dupont et ${cap}. Martin, ${w} Marie Curie.`;
    const entities = extract(text, { referenceDate: '2022-04-15' });
    for (const e of entities) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(JSON.parse(JSON.stringify(e))).toEqual(e); // no function sneaked into a record
      for (const v of Object.values(e.normalized)) expect(typeof v === 'function').toBe(false);
    }
    expect(findCountries(w)).toEqual([]);
    expect(findOrganizations(w)).toEqual([]);
    expect(findDates(`le 3 ${w}`, { referenceDate: '2022-04-15' })).toEqual([]);
  });

  it('a title before a prototype word does not become a title function', () => {
    for (const p of findPeople('constructor Dupont et toString Martin')) {
      expect(p.normalized.title === undefined || typeof p.normalized.title === 'string').toBe(true);
    }
  });

  it('Object.prototype is left untouched', () => {
    extract('__proto__ constructor {"__proto__": {"polluted": true}} Nasser Bourita');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
