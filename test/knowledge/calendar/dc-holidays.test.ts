import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../../../src/knowledge/calendar/civil-date.ts';
import {
  dcHolidayOn,
  dcHolidaysOn,
  dcLegalHolidays,
  type DcHoliday,
} from '../../../src/knowledge/calendar/dc-holidays.ts';

const NEW_YEAR = "New Year's Day";
const MLK = "Dr. Martin Luther King Jr.'s Birthday";
const WASHINGTON = "Washington's Birthday";
const EMANCIPATION = 'DC Emancipation Day';
const MEMORIAL = 'Memorial Day';
const JUNETEENTH = 'Juneteenth';
const INDEPENDENCE = 'Independence Day';
const LABOR = 'Labor Day';
const INDIGENOUS = "Indigenous Peoples' Day";
const VETERANS = 'Veterans Day';
const THANKSGIVING = 'Thanksgiving Day';
const CHRISTMAS = 'Christmas Day';
const INAUGURATION = 'Inauguration Day';

/** [observed, actual, name]; weekdays checked by hand with python3's calendar module. */
type Row = [string, string, string];

function rows(holidays: DcHoliday[]): Row[] {
  return holidays.map((holiday) => [holiday.date, holiday.actual, holiday.name]);
}

const FULL_YEARS: [number, Row[]][] = [
  [
    // Inauguration Day on a Wednesday; four holidays observed away from their date, the last one
    // on Friday 31 December for New Year's Day 2022 (a Saturday).
    2021,
    [
      ['2021-01-01', '2021-01-01', NEW_YEAR],
      ['2021-01-18', '2021-01-18', MLK],
      ['2021-01-20', '2021-01-20', INAUGURATION],
      ['2021-02-15', '2021-02-15', WASHINGTON],
      ['2021-04-16', '2021-04-16', EMANCIPATION],
      ['2021-05-31', '2021-05-31', MEMORIAL],
      ['2021-06-18', '2021-06-19', JUNETEENTH],
      ['2021-07-05', '2021-07-04', INDEPENDENCE],
      ['2021-09-06', '2021-09-06', LABOR],
      ['2021-10-11', '2021-10-11', INDIGENOUS],
      ['2021-11-11', '2021-11-11', VETERANS],
      ['2021-11-25', '2021-11-25', THANKSGIVING],
      ['2021-12-24', '2021-12-25', CHRISTMAS],
      ['2021-12-31', '2022-01-01', NEW_YEAR],
    ],
  ],
  [
    // No New Year's Day observed in 2022: it was observed on 2021-12-31.
    2022,
    [
      ['2022-01-17', '2022-01-17', MLK],
      ['2022-02-21', '2022-02-21', WASHINGTON],
      ['2022-04-15', '2022-04-16', EMANCIPATION],
      ['2022-05-30', '2022-05-30', MEMORIAL],
      ['2022-06-20', '2022-06-19', JUNETEENTH],
      ['2022-07-04', '2022-07-04', INDEPENDENCE],
      ['2022-09-05', '2022-09-05', LABOR],
      ['2022-10-10', '2022-10-10', INDIGENOUS],
      ['2022-11-11', '2022-11-11', VETERANS],
      ['2022-11-24', '2022-11-24', THANKSGIVING],
      ['2022-12-26', '2022-12-25', CHRISTMAS],
    ],
  ],
  [
    // Inauguration Day and MLK Day on the same Monday.
    2025,
    [
      ['2025-01-01', '2025-01-01', NEW_YEAR],
      ['2025-01-20', '2025-01-20', MLK],
      ['2025-01-20', '2025-01-20', INAUGURATION],
      ['2025-02-17', '2025-02-17', WASHINGTON],
      ['2025-04-16', '2025-04-16', EMANCIPATION],
      ['2025-05-26', '2025-05-26', MEMORIAL],
      ['2025-06-19', '2025-06-19', JUNETEENTH],
      ['2025-07-04', '2025-07-04', INDEPENDENCE],
      ['2025-09-01', '2025-09-01', LABOR],
      ['2025-10-13', '2025-10-13', INDIGENOUS],
      ['2025-11-11', '2025-11-11', VETERANS],
      ['2025-11-27', '2025-11-27', THANKSGIVING],
      ['2025-12-25', '2025-12-25', CHRISTMAS],
    ],
  ],
  [
    2026,
    [
      ['2026-01-01', '2026-01-01', NEW_YEAR],
      ['2026-01-19', '2026-01-19', MLK],
      ['2026-02-16', '2026-02-16', WASHINGTON],
      ['2026-04-16', '2026-04-16', EMANCIPATION],
      ['2026-05-25', '2026-05-25', MEMORIAL],
      ['2026-06-19', '2026-06-19', JUNETEENTH],
      ['2026-07-03', '2026-07-04', INDEPENDENCE],
      ['2026-09-07', '2026-09-07', LABOR],
      ['2026-10-12', '2026-10-12', INDIGENOUS],
      ['2026-11-11', '2026-11-11', VETERANS],
      ['2026-11-26', '2026-11-26', THANKSGIVING],
      ['2026-12-25', '2026-12-25', CHRISTMAS],
    ],
  ],
  [
    // Inauguration Day on a Sunday moves to Monday, which is also MLK Day; no Juneteenth yet.
    2013,
    [
      ['2013-01-01', '2013-01-01', NEW_YEAR],
      ['2013-01-21', '2013-01-21', MLK],
      ['2013-01-21', '2013-01-20', INAUGURATION],
      ['2013-02-18', '2013-02-18', WASHINGTON],
      ['2013-04-16', '2013-04-16', EMANCIPATION],
      ['2013-05-27', '2013-05-27', MEMORIAL],
      ['2013-07-04', '2013-07-04', INDEPENDENCE],
      ['2013-09-02', '2013-09-02', LABOR],
      ['2013-10-14', '2013-10-14', INDIGENOUS],
      ['2013-11-11', '2013-11-11', VETERANS],
      ['2013-11-28', '2013-11-28', THANKSGIVING],
      ['2013-12-25', '2013-12-25', CHRISTMAS],
    ],
  ],
  [
    // Inauguration Day on a Saturday stays on Saturday; Veterans Day on a Sunday moves to Monday.
    2029,
    [
      ['2029-01-01', '2029-01-01', NEW_YEAR],
      ['2029-01-15', '2029-01-15', MLK],
      ['2029-01-20', '2029-01-20', INAUGURATION],
      ['2029-02-19', '2029-02-19', WASHINGTON],
      ['2029-04-16', '2029-04-16', EMANCIPATION],
      ['2029-05-28', '2029-05-28', MEMORIAL],
      ['2029-06-19', '2029-06-19', JUNETEENTH],
      ['2029-07-04', '2029-07-04', INDEPENDENCE],
      ['2029-09-03', '2029-09-03', LABOR],
      ['2029-10-08', '2029-10-08', INDIGENOUS],
      ['2029-11-12', '2029-11-11', VETERANS],
      ['2029-11-22', '2029-11-22', THANKSGIVING],
      ['2029-12-25', '2029-12-25', CHRISTMAS],
    ],
  ],
  [
    // Before DC Emancipation Day (2007) and Juneteenth (2021); Inauguration Day on a Saturday.
    2001,
    [
      ['2001-01-01', '2001-01-01', NEW_YEAR],
      ['2001-01-15', '2001-01-15', MLK],
      ['2001-01-20', '2001-01-20', INAUGURATION],
      ['2001-02-19', '2001-02-19', WASHINGTON],
      ['2001-05-28', '2001-05-28', MEMORIAL],
      ['2001-07-04', '2001-07-04', INDEPENDENCE],
      ['2001-09-03', '2001-09-03', LABOR],
      ['2001-10-08', '2001-10-08', INDIGENOUS],
      ['2001-11-12', '2001-11-11', VETERANS],
      ['2001-11-22', '2001-11-22', THANKSGIVING],
      ['2001-12-25', '2001-12-25', CHRISTMAS],
    ],
  ],
];

describe('dcLegalHolidays', () => {
  it.each(FULL_YEARS)('lists every holiday observed in %i', (year, expected) => {
    expect(rows(dcLegalHolidays(year))).toEqual(expected);
  });

  it.each([
    [2006, false],
    [2007, true],
  ])('DC Emancipation Day is a holiday in %i: %s', (year, expected) => {
    expect(dcLegalHolidays(year).some((holiday) => holiday.name === EMANCIPATION)).toBe(expected);
  });

  it.each([
    [2020, false],
    [2021, true],
  ])('Juneteenth is a holiday in %i: %s', (year, expected) => {
    expect(dcLegalHolidays(year).some((holiday) => holiday.name === JUNETEENTH)).toBe(expected);
  });

  it.each([
    [1977, false],
    [1981, true],
    [1984, false],
    [1985, true],
    [2024, false],
    [2025, true],
    [2026, false],
  ])('Inauguration Day is a holiday in %i: %s', (year, expected) => {
    expect(dcLegalHolidays(year).some((holiday) => holiday.name === INAUGURATION)).toBe(expected);
  });

  it('hands out copies, so a caller cannot change what later calls see', () => {
    const first = dcLegalHolidays(2026);
    first.pop();
    const thanksgiving = first.find((holiday) => holiday.name === THANKSGIVING);
    if (thanksgiving) thanksgiving.date = '2026-01-02';
    expect(rows(dcLegalHolidays(2026))).toEqual(FULL_YEARS.find(([year]) => year === 2026)?.[1]);
  });

  it.each([0, 1582, 9999, 2026.5, Number.NaN])('refuses year %d', (year) => {
    expect(() => dcLegalHolidays(year)).toThrow(
      new RangeError(`DC holidays are computed for years 1583–9998, got ${year}`),
    );
  });

  it.each([
    // The first whole Gregorian year (its New Year's Day, a Saturday, is observed on 31 December 1582),
    // and the last whose next New Year's Day can be written YYYY.
    [1583, '1583-01-17', '1583-12-26'],
    [9998, '9998-01-01', '9998-12-25'],
  ])('computes the first and last supported years, %i', (year, first, last) => {
    const dates = dcLegalHolidays(year).map((holiday) => holiday.date);
    expect([dates.at(0), dates.at(-1)]).toEqual([first, last]);
  });

  describe('properties, 1990–2100', () => {
    const years = fc.integer({ min: 1990, max: 2100 });
    /** One seed: a failure found once is found on every run. */
    const runs = { seed: 6103 };

    // 5 U.S.C. 6103(a) (and D.C. Code §1-612.02(a), which follows it) names these as the nth or last
    // weekday of a month: each is the one such weekday in a seven-day stretch of that month.
    it.each([
      [MLK, 'third Monday in January', '01', 15, 1],
      [WASHINGTON, 'third Monday in February', '02', 15, 1],
      [MEMORIAL, 'last Monday in May', '05', 25, 1],
      [LABOR, 'first Monday in September', '09', 1, 1],
      [INDIGENOUS, 'second Monday in October', '10', 8, 1],
      [THANKSGIVING, 'fourth Thursday in November', '11', 22, 4],
    ])('%s is the %s', (name, _rule, month, firstDay, weekday) => {
      fc.assert(
        fc.property(years, (year) => {
          const holiday = dcLegalHolidays(year).find((h) => h.name === name);
          const day = Number(holiday?.actual.slice(8));
          expect(holiday?.actual.slice(0, 8)).toBe(`${year}-${month}-`);
          expect(day).toBeGreaterThanOrEqual(firstDay);
          expect(day).toBeLessThan(firstDay + 7);
          expect(new Date(`${holiday?.actual}T00:00:00Z`).getUTCDay()).toBe(weekday);
          expect(holiday?.date).toBe(holiday?.actual);
        }),
        runs,
      );
    });

    it('is sorted and lists only days of that year', () => {
      fc.assert(
        fc.property(years, (year) => {
          const dates = dcLegalHolidays(year).map((holiday) => holiday.date);
          expect(dates.every((date) => date.startsWith(`${year}-`))).toBe(true);
          expect(dates).toEqual(dates.toSorted());
        }),
        runs,
      );
    });

    it('observes each holiday on its date, or moves a weekend one by a day as the law says', () => {
      fc.assert(
        fc.property(years, (year) => {
          for (const holiday of dcLegalHolidays(year)) {
            const actualWeekday = dayOfWeek(holiday.actual);
            const expected =
              actualWeekday === 0
                ? 'next day'
                : actualWeekday === 6 && holiday.name !== INAUGURATION
                  ? 'day before'
                  : 'same day';
            const moved = Date.parse(holiday.date) - Date.parse(holiday.actual);
            const seen = moved > 0 ? 'next day' : moved < 0 ? 'day before' : 'same day';
            expect([holiday.name, holiday.actual, seen]).toEqual([holiday.name, holiday.actual, expected]);
            expect(Math.abs(moved)).toBeLessThanOrEqual(86_400_000);
          }
        }),
        runs,
      );
    });

    it('counts each holiday of a year exactly once, wherever it is observed', () => {
      fc.assert(
        fc.property(years, (year) => {
          const observedNearby = [year - 1, year, year + 1].flatMap(dcLegalHolidays);
          const fallingInYear = observedNearby.filter((holiday) => holiday.actual.startsWith(`${year}-`));
          const expected = [
            ...[
              NEW_YEAR,
              MLK,
              WASHINGTON,
              MEMORIAL,
              INDEPENDENCE,
              LABOR,
              INDIGENOUS,
              VETERANS,
              THANKSGIVING,
              CHRISTMAS,
            ],
            ...(year >= 2007 ? [EMANCIPATION] : []),
            ...(year >= 2021 ? [JUNETEENTH] : []),
            ...(year % 4 === 1 ? [INAUGURATION] : []),
          ];
          expect(fallingInYear.map((holiday) => holiday.name).toSorted()).toEqual(expected.toSorted());
        }),
        runs,
      );
    });
  });
});

describe('dcHolidayOn', () => {
  it.each([
    ['2021-12-31', NEW_YEAR, '2022-01-01'],
    ['2026-07-03', INDEPENDENCE, '2026-07-04'],
    ['2021-07-05', INDEPENDENCE, '2021-07-04'],
    ['2016-04-15', EMANCIPATION, '2016-04-16'],
    ['2018-04-16', EMANCIPATION, '2018-04-16'],
    ['2029-01-20', INAUGURATION, '2029-01-20'],
    ['2013-01-21', MLK, '2013-01-21'],
    ['2026-11-26', THANKSGIVING, '2026-11-26'],
  ])('%s is %s (of %s)', (date, name, actual) => {
    expect(dcHolidayOn(date)).toEqual({ name, date, actual });
  });

  it.each([
    ['2026-03-02', 'an ordinary Monday'],
    ['2026-07-04', 'a Saturday holiday is found on the Friday it is observed, not on its date'],
    ['2022-01-01', "New Year's Day 2022 was observed in 2021"],
    ['2029-01-19', 'Inauguration Day on a Saturday is not moved to Friday'],
    ['2026-01-20', 'not an inauguration year'],
    ['2026-11-27', 'the day after Thanksgiving is not a DC holiday'],
    ['2006-04-17', 'DC Emancipation Day counts from 2007'],
    ['2020-06-19', 'Juneteenth counts from 2021'],
  ])('%s has none (%s)', (date) => {
    expect(dcHolidayOn(date)).toBeUndefined();
  });

  it('finds both holidays that share a day', () => {
    expect(dcHolidaysOn('2013-01-21')).toEqual([
      { name: MLK, date: '2013-01-21', actual: '2013-01-21' },
      { name: INAUGURATION, date: '2013-01-21', actual: '2013-01-20' },
    ]);
    expect(dcHolidaysOn('2025-01-20').map((holiday) => holiday.name)).toEqual([MLK, INAUGURATION]);
    expect(dcHolidaysOn('2026-03-02')).toEqual([]);
  });

  it('refuses a date that does not exist', () => {
    expect(() => dcHolidayOn('2026-02-30')).toThrow(
      new RangeError('Not a calendar date in YYYY-MM-DD form: "2026-02-30"'),
    );
  });
});
