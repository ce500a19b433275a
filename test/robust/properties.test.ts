import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, prepare } from '../../src/index.js';
import { frenchLike } from './arbitraries.js';

const options = { referenceDate: '2022-04-15' };

describe('for any string', () => {
  it('extract never throws, offsets are exact, results sorted and deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), frenchLike), (input) => {
        const a = extract(input, options);
        expect(extract(input, options)).toEqual(a);
        let prev = { start: -1, end: -1 };
        for (const e of a) {
          expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
          expect(0 <= e.start && e.start < e.end && e.end <= input.length).toBe(true);
          expect(input.slice(e.start, e.end)).toBe(e.text);
          expect(e.start > prev.start || (e.start === prev.start && e.end >= prev.end)).toBe(true);
          expect(e.start >= prev.end).toBe(true); // entities never overlap
          prev = e;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a prefix that ends a sentence shifts every offset by its length and changes nothing else', () => {
    // A paragraph break always ends a sentence, whatever starts the text after it.
    const prefixes = fc.constantFrom('Il pleut.\n\n', 'Voilà tout.\n\n', 'Rien de neuf ici !\r\n\r\n', '« Bon. »\n\n');
    fc.assert(
      fc.property(prefixes, frenchLike, (prefix, text) => {
        // A leading 'date 2022-04' header is metadata only at the very start of a text (documented).
        fc.pre(prepare(text).header === null);
        const alone = extract(text, options);
        const shifted = extract(prefix + text, options).filter((e) => e.start >= prefix.length);
        expect(shifted.map((e) => ({ ...e, start: e.start - prefix.length, end: e.end - prefix.length }))).toEqual(alone);
      }),
      { numRuns: 300 },
    );
  });
});
