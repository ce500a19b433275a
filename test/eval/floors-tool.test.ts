import { describe, expect, it } from 'vitest';
import { floorDrops, raiseFloors, roundDownToStep } from '../../scripts/eval/floors.mjs';

// The floors tool of `npm run eval -- --update-floors`: floors follow the measurement up,
// never down (a lower floor is a hand edit that shows in review).
const results = (f1: Record<string, number>) => ({ dev: { types: Object.fromEntries(Object.entries(f1).map(([t, v]) => [t, { f1: v }])) } });

describe('roundDownToStep', () => {
  it.each([
    [0.8734, 0.87],
    [0.8749, 0.87],
    [0.875, 0.875],
    [0.87 - 1e-12, 0.87], // 0.87 computed as 0.86999…: not a drop to 0.865
    [1, 1],
    [0, 0],
    [0.0049, 0],
  ])('%d → %d', (x, floor) => {
    expect(roundDownToStep(x)).toBe(floor);
  });
});

describe('raiseFloors', () => {
  it('sets missing floors and raises lower ones to the measurement', () => {
    const { floors, raised } = raiseFloors({ f1: { dev: { PER: 0.8 } } }, results({ PER: 0.8734, ORG: 0.7012 }));
    expect(floors.f1).toEqual({ dev: { PER: 0.87, ORG: 0.7 } });
    expect(raised).toEqual([{ part: 'dev', type: 'PER', from: 0.8, to: 0.87 }, { part: 'dev', type: 'ORG', from: null, to: 0.7 }]);
  });

  it('never lowers a floor, and reports the types below it', () => {
    const { floors, raised, below } = raiseFloors({ f1: { dev: { PER: 0.9, ORG: 0.7 } } }, results({ PER: 0.8734, ORG: 0.7 }));
    expect(floors.f1).toEqual({ dev: { PER: 0.9, ORG: 0.7 } });
    expect(raised).toEqual([]);
    expect(below).toEqual([{ part: 'dev', type: 'PER', floor: 0.9, f1: 0.8734 }]);
  });
});

describe('floorDrops', () => {
  it('finds a type below its floor, and not one exactly on it', () => {
    expect(floorDrops({ f1: { dev: { PER: 0.87, ORG: 0.7 } } }, results({ PER: 0.8699, ORG: 0.7 }))).toEqual([{ part: 'dev', type: 'PER', floor: 0.87, f1: 0.8699 }]);
  });

  it('counts a type that is no longer produced as F1 0', () => {
    expect(floorDrops({ f1: { dev: { DATE: 0.5 } } }, results({ PER: 1 }))).toEqual([{ part: 'dev', type: 'DATE', floor: 0.5, f1: 0 }]);
  });
});
