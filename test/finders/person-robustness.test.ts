import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/index.js';

// Pieces that drive the person finder down its paths: titles, roles, particles, initials,
// regnal numbers, capitals, lists, rankings, quotes, elisions.
const PIECES = ['M. ', 'MM. ', 'Mme ', 'Me ', 'Dr ', 'le président ', 'la ministre ', 'l’ancien Premier ministre ', 'le Géorgien ', 'nommé ',
  'Jean-Yves ', 'Le ', 'Drian', 'de ', 'von der ', 'Leyen', 'al-', 'Sissi', 'ben ', 'J. ', 'R. ', 'Tolkien', 'II', ' Ier', 'Jr.', 'MACRON ', 'REÇOIT ',
  'L’', 'Huillier', ', ', ' et ', '1. ', '(It) ', '« ', ' »', '. ', '\n', 'rue ', 'Victor-Hugo', 'Louis Vuitton', 'Macron', 'Emmanuel ', 'Nahel M.',
  '\u00a0', 'E\u0301douard ', 'Philippe', '👩‍👩‍👧', '\ud800', "d'", 'Estaing'];

const namey = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((a) => a.join(''));

describe('the person finder on any input', () => {
  it('keeps offsets exact, never overlaps itself and never throws', () => {
    fc.assert(
      fc.property(namey, (input) => {
        const people = findPeople(input);
        let end = -1;
        for (const p of people) {
          expect(input.slice(p.start, p.end)).toBe(p.text);
          expect(p.start).toBeGreaterThanOrEqual(end);
          expect(p.normalized.name.length).toBeGreaterThan(0);
          end = p.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear on long runs of capitals, particles and initials', () => {
    const unit = 'Aaa Bbb de la Ccc J. K. Ddd von der Eee, ';
    const small = unit.repeat(500);
    const big = unit.repeat(5000);
    const time = (s: string) => {
      const t0 = performance.now();
      findPeople(s);
      return performance.now() - t0;
    };
    time(small);
    const ratio = time(big) / Math.max(time(small), 1);
    expect(ratio).toBeLessThan(40); // ten times the text, well under a hundred times the time
  });
});
