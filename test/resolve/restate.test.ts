import { describe, expect, it } from 'vitest';
import { restate } from '../../src/resolve/restate.js';
import { extract, type PersonEntity } from '../../src/index.js';

// The resolvers change candidates by making new records in the finders' field order, so that every
// record of a document has one shape (see restate.ts); the order is also the record contract's.
const ORDER = ['type', 'text', 'start', 'end', 'score', 'source', 'normalized'];

describe('restate', () => {
  const macron: PersonEntity = { type: 'person', text: 'Macron', start: 4, end: 10, score: 0.8, source: 'person/surname', normalized: { name: 'Macron', familyName: 'Macron' } };

  it('changes the fields given, keeps the others, in the record order', () => {
    const r = restate(macron, { score: 0.9, source: 'person/surname+model' });
    expect(r).toEqual({ ...macron, score: 0.9, source: 'person/surname+model' });
    expect(Object.keys(r)).toEqual(ORDER);
    expect(macron.score).toBe(0.8);
  });

  it('keeps a score of 0 it is given', () => {
    expect(restate(macron, { score: 0 }).score).toBe(0);
  });

  it('leaves every entity of extract in the record order, those the model and the coreference resolver made too', () => {
    // ('Ginette': a name the gap classifier adds; 'M. Macron': renamed by the coreference resolver.)
    const text = "Au Québec, la chanson du générique est chantée par Ginette. M. Macron a salué Thor Hushovd, puis Emmanuel Macron est parti pour l'Organisation mondiale de la santé (OMS). L'OMS a répondu.";
    const found = extract(text, { referenceDate: '2024-01-01' });
    expect(found.some((e) => e.source.startsWith('model/'))).toBe(true);
    expect(found.some((e) => e.source.includes('coreference'))).toBe(true);
    for (const e of found) expect(Object.keys(e)).toEqual(ORDER);
  });
});
