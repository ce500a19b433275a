import { describe, expect, it } from 'vitest';
import { singleSpaced } from '../../src/finders/person/single-spaced.js';

describe('singleSpaced', () => {
  it.each([
    'Emmanuel Macron', 'Emmanuel\nMacron', 'ministre marocain des\r\nAffaires étrangères', 'Jean  Castex', 'Jean\tCastex',
    'Jean\u00a0Castex', ' Macron', 'Macron ', '', ' ', 'Lula', 'Jean \n Castex',
  ])('makes %j what replace(/\\s+/g, " ") makes', (text) => {
    expect(singleSpaced(text)).toBe(text.replace(/\s+/g, ' '));
  });
});
