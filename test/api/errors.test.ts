import { describe, expect, it } from 'vitest';
import { extract, findDates, findPeople } from '../../src/index.js';

describe('bad input gets a clear, named error', () => {
  it.each([[undefined], [null], [42], [{}], [['texte']]])('text %j → TypeError', (text) => {
    expect(() => extract(text as unknown as string)).toThrow(TypeError);
    expect(() => extract(text as unknown as string)).toThrow(/^gazette: text must be a string/);
    expect(() => findDates(text as unknown as string)).toThrow(/^gazette: text must be a string/);
  });

  it.each(['demain', '2022-13', '2022-02-30', '15/04/2022', ''])('referenceDate %j → RangeError', (referenceDate) => {
    expect(() => extract('hier', { referenceDate })).toThrow(RangeError);
    expect(() => extract('hier', { referenceDate })).toThrow(/^gazette: referenceDate/);
  });

  it('an invalid Date → RangeError', () => {
    expect(() => extract('hier', { referenceDate: new Date('nope') })).toThrow(/^gazette: referenceDate is an invalid Date/);
  });

  it('unknown types and minScore out of range → RangeError', () => {
    expect(() => extract('x', { types: ['people' as never] })).toThrow(/^gazette: unknown entity type "people"/);
    expect(() => extract('x', { minScore: 2 })).toThrow(/^gazette: minScore/);
    expect(() => extract('x', { minScore: Number.NaN })).toThrow(/^gazette: minScore/);
  });

  it("'' gives []", () => {
    expect(extract('')).toEqual([]);
    expect(findPeople('')).toEqual([]);
  });
});

describe('options', () => {
  const text = 'Nasser Bourita a reçu hier à Rabat son homologue américain.';
  it('types filters the output only: the people of extract are the people of the full result', () => {
    const all = extract(text, { referenceDate: '2022-04-15' });
    const people = extract(text, { referenceDate: '2022-04-15', types: ['person'] });
    expect(people).toEqual(all.filter((e) => e.type === 'person'));
    expect(findPeople(text)).toEqual(people);
  });

  it('minScore drops weaker entities', () => {
    const all = extract(text, { referenceDate: '2022-04-15' });
    expect(extract(text, { referenceDate: '2022-04-15', minScore: 1 })).toEqual(all.filter((e) => e.score >= 1));
  });

  it('accepts Date, YYYY, YYYY-MM, YYYY-MM-DD and ISO datetimes', () => {
    const v = (referenceDate: string | Date) => findDates('le 11 mai', { referenceDate })[0]?.normalized.value;
    expect(v(new Date('2022-04-15T10:00:00Z'))).toBe('2022-05-11');
    expect(v('2022')).toBe('2022-05-11');
    expect(v('2022-04')).toBe('2022-05-11');
    expect(v('2022-04-15T23:30:00+02:00')).toBe('2022-05-11');
  });

  it('debug sees the candidates a resolver drops', () => {
    const events: string[] = [];
    extract('La France insoumise', { debug: (e) => events.push(`${e.stage}:${e.candidate.text}<${e.winner?.text}`) });
    expect(events).toContain('overlaps:France<La France insoumise');
  });
});
