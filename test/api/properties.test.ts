import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// Pieces of French news text, so that random strings hit the finders' paths.
const PIECES = ['Nasser Bourita', 'M. ', 'Mme ', 'le 11 mai prochain', 'en 2014', 'au Maroc', 'marocain', "l'OTAN", 'l’ONU', 'Daesh', 'à Marrakech', 'Jean-Yves Le Drian',
  'Grande Bretagne', '12 000', '« ', ' »', '. ', ', ', '\n', '\r\n', '\u00a0', '\u202f', 'E\u0301tats-Unis', '👩‍👩‍👧', '\ud800', 'hier', 'les 23 et 24 mars', '(', ')', 'du 5 au 7 juin'];

const frenchish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 30 }).map((a) => a.join(''));

describe('for any input', () => {
  it('offsets are exact and in order, and results are deterministic', () => {
    fc.assert(
      fc.property(frenchish, (input) => {
        const entities = extract(input, { referenceDate: '2022-04-15' });
        let last = -1;
        for (const e of entities) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(input.length);
          expect(input.slice(e.start, e.end)).toBe(e.text);
          expect(e.start).toBeGreaterThanOrEqual(last);
          last = e.start;
        }
        expect(extract(input, { referenceDate: '2022-04-15' })).toEqual(entities);
      }),
      { numRuns: 400 },
    );
  });
});
