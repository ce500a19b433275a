import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES, GIVEN_NAME_STRENGTHS } from '../../src/data/given-names.js';
import { parseGivenNames } from '../../src/finders/person/lexicon.js';
import { hasShared, sharedDir } from '../helpers.js';

describe('parseGivenNames', () => {
  it('reads front-coded names, their strengths and their flags', () => {
    expect(parseGivenNames('abdel aziz 4kader 9vrilW 5claudeB 1ine 8pierreM 6sarahF', '33223322')).toEqual({
      given: [['abdel', 3], ['abdelaziz', 3], ['abdelkader', 2], ['avril', 2], ['claude', 3], ['claudine', 3], ['pierre', 2], ['sarah', 2]],
      words: ['avril'], men: ['pierre'], women: ['sarah'], both: ['claude'],
    });
  });

  it('keeps a flagged name of strength 0 out of the first names', () => {
    expect(parseGivenNames('dominiqueB', '0')).toEqual({ given: [], words: [], men: [], women: [], both: ['dominique'] });
  });
});

describe('the first-name list', () => {
  const table = parseGivenNames(GIVEN_NAMES, GIVEN_NAME_STRENGTHS);
  const names = table.given.map(([n]) => n);

  it('has one strength a name, sorted unique folded names', () => {
    expect(GIVEN_NAME_STRENGTHS.length).toBe(GIVEN_NAMES.split(' ').length);
    expect(names.length).toBeGreaterThan(5000);
    expect(names.every((n) => /^[a-z][^\sA-Z\d]*$/.test(n))).toBe(true);
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
  });

  it('knows the names of the news, their gender exceptions and the names that are words', () => {
    const strength = new Map(table.given);
    expect(strength.get('nasser')).toBe(3);
    expect(strength.get('emmanuel')).toBe(3);
    expect(table.men).toContain('pierre');
    expect(table.women).toContain('sarah');
    expect(table.both).toContain('camille');
    expect(table.words.every((w) => strength.get(w) === 1 || strength.get(w) === 2)).toBe(true);
  });

  it.runIf(hasShared)('gives strength 3 to every name of 5000 births or more', () => {
    const [head = '', ...rows] = readFileSync(`${sharedDir}data/lexicons/insee-prenoms/prenoms.tsv`, 'utf8').split('\n');
    const col = head.split('\t');
    const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const births = new Map<string, number>();
    for (const r of rows) {
      const cells = r.split('\t');
      const k = fold(cells[col.indexOf('name')] ?? '');
      births.set(k, (births.get(k) ?? 0) + Number(cells[col.indexOf('total')] ?? 0));
    }
    const strength = new Map(table.given);
    const frequent = [...births].filter(([k, n]) => n >= 5000 && /^[a-z]+$/.test(k)).map(([k]) => k);
    expect(frequent.length).toBeGreaterThan(1000);
    expect(frequent.filter((k) => strength.get(k) !== 3)).toEqual([]);
  });
});
