import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarYears,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  isValidIsoDate,
} from '../../../src/knowledge/calendar/civil-date.ts';

const MS_PER_DAY = 86_400_000;

/** Oracle independent of the code under test: epoch milliseconds of a date at 00:00 UTC. */
function utcMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Dates from 1990 to 2100, written by the platform's own UTC formatter. */
const isoDates = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('isValidIsoDate', () => {
  it.each([
    ['2026-03-02', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-5', false],
    ['20260302', false],
    [' 2026-03-02', false],
    ['2026-03-02T00:00:00Z', false],
    ['03/02/2026', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isValidIsoDate(text)).toBe(expected);
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-03-02', 21, '2026-03-23'],
    ['2026-03-02', 0, '2026-03-02'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2021-12-31', 1, '2022-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-12-15', 21, '2026-01-05'],
    // US daylight saving time starts on 2026-03-08 and ends on 2026-11-01: no effect on days.
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2024-01-01', 366, '2025-01-01'],
    ['0050-06-01', 1, '0050-06-02'],
  ])('%s + %i → %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 1],
    ['not a date', 1],
    ['2026-03-02', 1.5],
    ['2026-03-02', Number.NaN],
    ['9999-12-31', 1],
    ['0000-01-01', -1],
  ])('refuses %j + %d as a caller bug', (date, days) => {
    expect(() => addCalendarDays(date, days)).toThrow(RangeError);
  });

  it('agrees with millisecond arithmetic in UTC', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -1000, max: 1000 }), (date, days) => {
        const expected = new Date(utcMs(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
        expect(addCalendarDays(date, days)).toBe(expected);
      }),
    );
  });
});

describe('addCalendarYears', () => {
  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2096-02-29', 4, '2100-02-28'],
    ['2096-02-29', -96, '2000-02-29'],
    ['2026-03-02', 1, '2027-03-02'],
    ['2026-03-02', 0, '2026-03-02'],
    ['2025-12-31', 1, '2026-12-31'],
  ])('%s + %i years → %s', (date, years, expected) => {
    expect(addCalendarYears(date, years)).toBe(expected);
  });

  it('refuses a fractional number of years', () => {
    expect(() => addCalendarYears('2026-03-02', 0.5)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-03-02', '2026-03-23', 21],
    ['2026-03-23', '2026-03-02', -21],
    ['2026-03-02', '2026-03-02', 0],
    ['2024-01-01', '2025-01-01', 366],
    ['2023-01-01', '2024-01-01', 365],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2000-01-01', '2100-01-01', 36_525],
    ['2100-01-01', '2200-01-01', 36_524],
    ['2026-03-07', '2026-03-09', 2],
    ['2021-12-31', '2022-01-01', 1],
  ])('%s → %s is %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('agrees with millisecond arithmetic and inverts addCalendarDays', () => {
    fc.assert(
      fc.property(isoDates, isoDates, (from, to) => {
        const days = daysBetween(from, to);
        expect(days).toBe((utcMs(to) - utcMs(from)) / MS_PER_DAY);
        expect(addCalendarDays(from, days)).toBe(to);
      }),
    );
  });

  it('refuses an invalid date', () => {
    expect(() => daysBetween('2026-02-29', '2026-03-01')).toThrow(RangeError);
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['2026-07-04', 6],
    ['2026-07-05', 0],
    ['2026-07-06', 1],
    ['2025-01-20', 1],
    ['2024-02-29', 4],
    ['2000-01-01', 6],
    ['1970-01-01', 4],
    ['0001-01-01', 1],
  ])('%s → %i', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });

  it('agrees with the UTC weekday of the platform', () => {
    fc.assert(
      fc.property(isoDates, (date) => {
        expect(dayOfWeek(date)).toBe(new Date(utcMs(date)).getUTCDay());
      }),
    );
  });
});

describe('compareIsoDates', () => {
  it.each([
    ['2026-03-02', '2026-03-03', -1],
    ['2026-03-03', '2026-03-02', 1],
    ['2026-03-02', '2026-03-02', 0],
    ['2025-12-31', '2026-01-01', -1],
    ['0999-01-01', '1000-01-01', -1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareIsoDates(a, b)).toBe(expected);
  });

  it('sorts dates chronologically', () => {
    expect(['2026-01-10', '2025-12-31', '2026-01-02'].toSorted(compareIsoDates)).toEqual([
      '2025-12-31',
      '2026-01-02',
      '2026-01-10',
    ]);
  });

  it('refuses an invalid date rather than comparing text', () => {
    expect(() => compareIsoDates('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});
