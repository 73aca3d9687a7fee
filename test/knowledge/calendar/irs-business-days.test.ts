import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, dayOfWeek, daysBetween } from '../../../src/knowledge/calendar/civil-date.ts';
import { dcHolidayOn } from '../../../src/knowledge/calendar/dc-holidays.ts';
import {
  addBusinessDays,
  isIrsBusinessDay,
  rollForward,
} from '../../../src/knowledge/calendar/irs-business-days.ts';

const SAT = 'Saturday';
const SUN = 'Sunday';
const MLK = "Dr. Martin Luther King Jr.'s Birthday";
const MLK_AND_INAUGURATION = `${MLK} and Inauguration Day`;

/** Dates from 1990 to 2100, written by the platform's own UTC formatter. */
const isoDates = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

// Every weekday below was checked by hand with python3's calendar module.
describe('rollForward', () => {
  it.each([
    // weekends
    ['2026-03-07', '2026-03-09', [SAT, SUN]],
    ['2026-03-08', '2026-03-09', [SUN]],
    // a Saturday holiday observed on Friday, then the weekend (the longest usual chain)
    ['2026-07-03', '2026-07-06', ['Independence Day (observed)', SAT, SUN]],
    ['2026-07-04', '2026-07-06', [SAT, SUN]],
    ['2023-11-10', '2023-11-13', ['Veterans Day (observed)', SAT, SUN]],
    ['2021-06-18', '2021-06-21', ['Juneteenth (observed)', SAT, SUN]],
    // a Sunday holiday observed on Monday
    ['2021-07-05', '2021-07-06', ['Independence Day (observed)']],
    ['2021-07-03', '2021-07-06', [SAT, SUN, 'Independence Day (observed)']],
    ['2022-12-26', '2022-12-27', ['Christmas Day (observed)']],
    ['2022-06-19', '2022-06-21', [SUN, 'Juneteenth (observed)']],
    // DC Emancipation Day: the years it moved Tax Day (2016, 2018, 2022), and 2023 (Sunday → Monday)
    ['2016-04-15', '2016-04-18', ['DC Emancipation Day (observed)', SAT, SUN]],
    ['2018-04-15', '2018-04-17', [SUN, 'DC Emancipation Day']],
    ['2022-04-15', '2022-04-18', ['DC Emancipation Day (observed)', SAT, SUN]],
    ['2023-04-15', '2023-04-18', [SAT, SUN, 'DC Emancipation Day (observed)']],
    ['2026-04-16', '2026-04-17', ['DC Emancipation Day']],
    ['2007-04-15', '2007-04-17', [SUN, 'DC Emancipation Day']],
    ['2006-04-15', '2006-04-17', [SAT, SUN]],
    // Inauguration Day: with MLK Day in 2025; on a Sunday in 2013 (moved to Monday, also MLK Day);
    // on a Saturday in 2029 (not moved); the day after MLK Day in 2009 (four days skipped)
    ['2025-01-20', '2025-01-21', [MLK_AND_INAUGURATION]],
    ['2025-01-18', '2025-01-21', [SAT, SUN, MLK_AND_INAUGURATION]],
    ['2013-01-20', '2013-01-22', [SUN, `${MLK} and Inauguration Day (observed)`]],
    ['2029-01-20', '2029-01-22', [SAT, SUN]],
    ['2009-01-17', '2009-01-21', [SAT, SUN, MLK, 'Inauguration Day']],
    // New Year's Day on a Saturday, observed on 31 December: across the year end
    ['2021-12-31', '2022-01-03', ["New Year's Day (observed)", SAT, SUN]],
    ['2022-01-01', '2022-01-03', [SAT, SUN]],
    ['2027-12-31', '2028-01-03', ["New Year's Day (observed)", SAT, SUN]],
    ['2021-12-24', '2021-12-27', ['Christmas Day (observed)', SAT, SUN]],
    ['2026-12-25', '2026-12-28', ['Christmas Day', SAT, SUN]],
    ['2026-01-01', '2026-01-02', ["New Year's Day"]],
    // leap days
    ['2020-02-29', '2020-03-02', [SAT, SUN]],
    ['2032-02-28', '2032-03-01', [SAT, SUN]],
    // the Monday holidays and Thanksgiving (the Friday after is a business day)
    ['2026-01-19', '2026-01-20', [MLK]],
    ['2026-02-16', '2026-02-17', ["Washington's Birthday"]],
    ['2026-05-25', '2026-05-26', ['Memorial Day']],
    ['2026-09-07', '2026-09-08', ['Labor Day']],
    ['2026-10-12', '2026-10-13', ["Indigenous Peoples' Day"]],
    ['2026-11-26', '2026-11-27', ['Thanksgiving Day']],
  ])('%s → %s, skipping %j', (date, expected, skipped) => {
    expect(rollForward(date)).toEqual({ date: expected, rolledFrom: date, skipped });
  });

  it.each([
    ['2026-03-02', 'an ordinary Monday'],
    ['2024-02-29', 'a leap day on a Thursday'],
    ['2028-02-29', 'a leap day on a Tuesday'],
    ['2029-01-19', 'the Friday before a Saturday Inauguration Day'],
    ['2001-01-19', 'the Friday before a Saturday Inauguration Day'],
    ['2026-01-20', 'January 20 outside an inauguration year'],
    ['2026-11-27', 'the day after Thanksgiving'],
    ['2020-06-19', 'Juneteenth before 2021'],
    ['2006-04-17', 'the Monday after a Sunday April 16 before 2007'],
    ['2023-01-03', "the day after an observed New Year's Day"],
  ])('leaves %s alone (%s)', (date) => {
    expect(rollForward(date)).toEqual({ date, skipped: [] });
    expect(rollForward(date)).not.toHaveProperty('rolledFrom');
  });

  it('refuses a date that does not exist', () => {
    expect(() => rollForward('2026-02-29')).toThrow(RangeError);
  });

  describe('properties, 1990–2100', () => {
    it('moves to the first business day on or after the input, at most 4 days later', () => {
      fc.assert(
        fc.property(isoDates, (date) => {
          const { date: rolled, skipped } = rollForward(date);
          const days = daysBetween(date, rolled);
          expect(days).toBeGreaterThanOrEqual(0);
          expect(days).toBeLessThanOrEqual(4);
          expect([0, 6]).not.toContain(dayOfWeek(rolled));
          expect(dcHolidayOn(rolled)).toBeUndefined();
          expect(skipped).toHaveLength(days);
          for (let offset = 0; offset < days; offset += 1) {
            expect(isIrsBusinessDay(addCalendarDays(date, offset))).toBe(false);
          }
        }),
      );
    });

    it('returns a business day unchanged and says where any other date came from', () => {
      fc.assert(
        fc.property(isoDates, (date) => {
          const rollover = rollForward(date);
          if (isIrsBusinessDay(date)) {
            expect(rollover).toEqual({ date, skipped: [] });
          } else {
            expect(rollover.rolledFrom).toBe(date);
            expect(rollover.date > date).toBe(true);
          }
        }),
      );
    });
  });
});

describe('isIrsBusinessDay', () => {
  it.each([
    ['2026-03-02', true],
    ['2026-03-07', false],
    ['2026-03-08', false],
    ['2026-07-03', false],
    ['2026-07-04', false],
    ['2021-12-31', false],
    ['2021-01-20', false],
    ['2029-01-19', true],
    ['2026-04-16', false],
    ['2026-11-27', true],
  ])('%s → %s', (date, expected) => {
    expect(isIrsBusinessDay(date)).toBe(expected);
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['2026-03-02', 0, '2026-03-02'],
    ['2026-03-07', 0, '2026-03-07'],
    ['2026-03-02', 1, '2026-03-03'],
    ['2026-03-06', 1, '2026-03-09'],
    ['2026-03-02', 10, '2026-03-16'],
    // across a holiday
    ['2026-11-20', 10, '2026-12-07'],
    ['2026-04-10', 5, '2026-04-20'],
    ['2026-06-15', 10, '2026-06-30'],
    ['2025-01-17', 1, '2025-01-21'],
    // from a day that is not itself a business day
    ['2026-07-04', 1, '2026-07-06'],
    ['2026-07-03', 1, '2026-07-06'],
    // across year ends, with Christmas and New Year's Day observed on Fridays or on their date
    ['2021-12-20', 10, '2022-01-05'],
    ['2025-12-22', 10, '2026-01-07'],
    // across a leap day
    ['2024-02-26', 5, '2024-03-04'],
  ])('%s + %i business days → %s', (date, days, expected) => {
    expect(addBusinessDays(date, days)).toBe(expected);
  });

  // The message names what was wrong, so the log line of a caller bug points at it.
  it.each([
    ['2026-03-02', -1, 'days must be a whole number of zero or more, got -1'],
    ['2026-03-02', 1.5, 'days must be a whole number of zero or more, got 1.5'],
    ['2026-03-02', Number.POSITIVE_INFINITY, 'days must be a whole number of zero or more, got Infinity'],
    ['2026-02-30', 0, 'Not a calendar date in YYYY-MM-DD form: "2026-02-30"'],
  ])('refuses %j + %d as a caller bug', (date, days, message) => {
    expect(() => addBusinessDays(date, days)).toThrow(new RangeError(message));
  });

  describe('properties, 1990–2100', () => {
    const counts = fc.integer({ min: 1, max: 30 });

    it('lands on a business day after the input, having counted exactly n of them', () => {
      fc.assert(
        fc.property(isoDates, counts, (date, days) => {
          const result = addBusinessDays(date, days);
          expect(result > date).toBe(true);
          expect(isIrsBusinessDay(result)).toBe(true);
          let counted = 0;
          for (let day = addCalendarDays(date, 1); day <= result; day = addCalendarDays(day, 1)) {
            if (isIrsBusinessDay(day)) counted += 1;
          }
          expect(counted).toBe(days);
        }),
      );
    });

    it('is strictly increasing in n and agrees with rollForward for one day', () => {
      fc.assert(
        fc.property(isoDates, counts, counts, (date, a, b) => {
          const [fewer, more] = a <= b ? [a, b] : [b, a];
          const early = addBusinessDays(date, fewer);
          const late = addBusinessDays(date, more);
          expect(fewer === more ? early === late : early < late).toBe(true);
          expect(addBusinessDays(date, 1)).toBe(rollForward(addCalendarDays(date, 1)).date);
        }),
      );
    });
  });
});
