import { describe, expect, it } from 'vitest';
import { lastDayOfMonth } from '../../src/finders/date/calendar.js';

describe('lastDayOfMonth: the days of a month, by the calendar rule', () => {
  it('gives the days of each month, February by the leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => lastDayOfMonth(2022, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
  });

  it('answers as Date does, also where Date reads a year of two figures (0-99) or a month out of range', () => {
    const byDate = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
    const years = [-401, -100, -4, -1, 0, 4, 50, 99, 100, 400, 1000, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2099, 2100, 9999, 10000, 1.5, Number.NaN];
    for (const year of years) {
      for (const month of [-1, 0, 1, 2, 3, 11, 12, 13, 2.5]) expect(lastDayOfMonth(year, month)).toBe(byDate(year, month));
    }
  });
});
