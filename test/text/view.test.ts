import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeView, replacement } from '../../src/text/normalize.js';

// makeView finds the code units to replace with one pattern, and replaces them through `replacement`.
// The reference is the view made code unit by code unit from `replacement` alone.
function reference(input: string): string {
  let out = '';
  for (let i = 0; i < input.length; i++) out += replacement(input.charCodeAt(i)) ?? input[i];
  return out;
}

describe('makeView', () => {
  it('replaces exactly the code units replacement() replaces, each with its replacement', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      expect(makeView(s)).toBe(reference(s));
    }
  });

  it.each([
    ['l’OTAN', "l'OTAN"],
    ['Jean‑Yves', 'Jean-Yves'],
    ['12\u202f000', '12 000'],
    ['ligne\r\nsuivante', 'ligne \nsuivante'],
    ['« Bonjour\u00a0»', '« Bonjour »'],
  ])('%s → %s', (input, view) => {
    expect(makeView(input)).toBe(view);
  });

  it('returns a text without such code units as it is', () => {
    const text = "Nasser Bourita, ministre marocain des Affaires étrangères, accueillera l'OTAN.";
    expect(makeView(text)).toBe(text);
  });

  it('keeps every offset, whatever the text (same length, same code units where nothing is replaced)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const view = makeView(s);
        expect(view).toBe(reference(s));
        expect(view.length).toBe(s.length);
      }),
      { numRuns: 2000 },
    );
  });
});
