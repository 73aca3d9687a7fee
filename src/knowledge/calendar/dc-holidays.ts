import type { IsoDate } from '../facts-schema.ts';
import { addCalendarDays, compareIsoDates, dayOfWeek, isValidIsoDate } from './civil-date.ts';

/**
 * Legal holidays of the District of Columbia, the "legal holiday" of IRC 7503: D.C. Code §1-612.02
 * (https://code.dccouncil.gov/us/dc/council/code/sections/1-612.02).
 *
 * Out of scope: IRC 7503 also counts a Statewide legal holiday of the State where an IRS office
 * sits, for acts performed at that office (e.g. Patriots' Day in Maine and Massachusetts). It
 * depends on which office the act is performed at, which the engine is never told. Leaving those
 * days out can only make a computed date earlier than the law allows, never later: the safe side.
 *
 * The table states the current list and applies it to every year except where `fromYear` says
 * otherwise. Older changes to the federal list (the Monday holidays of 1971, MLK Day from 1986,
 * Veterans Day in October 1971–1977) are not modelled: the engine dates recent notices.
 */

export type DcHoliday = {
  name: string;
  /** The day it is observed (the day off). */
  date: IsoDate;
  /** The calendar date of the holiday itself. */
  actual: IsoDate;
};

const SUNDAY = 0;
const MONDAY = 1;
const THURSDAY = 4;
const SATURDAY = 6;
const DAYS_PER_WEEK = 7;

type HolidayDateRule =
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number }
  | { readonly kind: 'nth-weekday'; readonly month: number; readonly weekday: number; readonly nth: number }
  | { readonly kind: 'last-weekday'; readonly month: number; readonly weekday: number };

/**
 * How a holiday falling on a weekend is observed. `saturday-to-friday`: Saturday → the Friday
 * before, Sunday → the Monday after (D.C. Code §1-612.02(b)(1)). `sunday-only`: Saturday stays,
 * Sunday → Monday (Inauguration Day, §1-612.02(c) and the exception in §28-2701).
 */
type WeekendObservance = 'saturday-to-friday' | 'sunday-only';

export type DcHolidayRule = {
  readonly name: string;
  readonly date: HolidayDateRule;
  /** Absent: `saturday-to-friday`, the general rule. Holidays on a fixed weekday never need one. */
  readonly weekend?: WeekendObservance;
  /** First year the holiday exists; absent: every year. */
  readonly fromYear?: number;
  /** Only every `everyYears` years counted from `fromYear`. */
  readonly everyYears?: number;
};

const DC_HOLIDAY_RULES: readonly DcHolidayRule[] = [
  { name: "New Year's Day", date: { kind: 'fixed', month: 1, day: 1 } },
  {
    name: "Dr. Martin Luther King Jr.'s Birthday",
    date: { kind: 'nth-weekday', month: 1, weekday: MONDAY, nth: 3 },
  },
  {
    name: "Washington's Birthday",
    date: { kind: 'nth-weekday', month: 2, weekday: MONDAY, nth: 3 },
  },
  // April 16, a DC legal holiday under D.C. Code §1-612.02(a); kept from 2007 as the fact review found.
  {
    name: 'DC Emancipation Day',
    date: { kind: 'fixed', month: 4, day: 16 },
    fromYear: 2007,
  },
  {
    name: 'Memorial Day',
    date: { kind: 'last-weekday', month: 5, weekday: MONDAY },
  },
  // From 2021: it became a federal holiday on 17 June 2021 (first observed Friday 18 June) and the
  // DC Council took it up that year (Juneteenth Day Amendment Act of 2021). The effective date of
  // D.C. Code §1-612.02(a)(4A) was not confirmed: 2021 is the best understanding, kept here where it
  // is easy to correct.
  {
    name: 'Juneteenth',
    date: { kind: 'fixed', month: 6, day: 19 },
    fromYear: 2021,
  },
  { name: 'Independence Day', date: { kind: 'fixed', month: 7, day: 4 } },
  {
    name: 'Labor Day',
    date: { kind: 'nth-weekday', month: 9, weekday: MONDAY, nth: 1 },
  },
  // Columbus Day in the federal list (5 U.S.C. 6103).
  {
    name: "Indigenous Peoples' Day",
    date: { kind: 'nth-weekday', month: 10, weekday: MONDAY, nth: 2 },
  },
  { name: 'Veterans Day', date: { kind: 'fixed', month: 11, day: 11 } },
  {
    name: 'Thanksgiving Day',
    date: { kind: 'nth-weekday', month: 11, weekday: THURSDAY, nth: 4 },
  },
  { name: 'Christmas Day', date: { kind: 'fixed', month: 12, day: 25 } },
  {
    name: 'Inauguration Day',
    date: { kind: 'fixed', month: 1, day: 20 },
    weekend: 'sunday-only',
    fromYear: 1981,
    everyYears: 4,
  },
];

/**
 * Years whose holidays are computed. Before 1583 the Gregorian calendar was not in civil use, and
 * a year's list also looks at the next year (New Year's Day), which must be writable as YYYY.
 */
const FIRST_SUPPORTED_YEAR = 1583;
const LAST_SUPPORTED_YEAR = 9998;

/**
 * A date of a supported year (or its neighbours, 1582–9999: four digits). Not checked here: every date
 * built from the table goes through `dayOfWeek` or `addCalendarDays`, which refuse one that does not exist.
 */
function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysUntilWeekday(from: number, to: number): number {
  return (to - from + DAYS_PER_WEEK) % DAYS_PER_WEEK;
}

function nthWeekday(year: number, month: number, weekday: number, nth: number): IsoDate {
  const first = isoDate(year, month, 1);
  const firstMatch = daysUntilWeekday(dayOfWeek(first), weekday);
  return addCalendarDays(first, firstMatch + (nth - 1) * DAYS_PER_WEEK);
}

function actualDate(rule: HolidayDateRule, year: number): IsoDate {
  switch (rule.kind) {
    case 'fixed':
      return isoDate(year, rule.month, rule.day);
    case 'nth-weekday':
      return nthWeekday(year, rule.month, rule.weekday, rule.nth);
    case 'last-weekday': {
      // Every month has four of each weekday, and a fifth when one falls after the 28th.
      const fourth = nthWeekday(year, rule.month, rule.weekday, 4);
      const fifth = addCalendarDays(fourth, DAYS_PER_WEEK);
      return Number(fifth.slice(5, 7)) === rule.month ? fifth : fourth;
    }
  }
}

/** Sunday → the Monday after; Saturday → the Friday before, unless the holiday is `sunday-only`. */
function observedDate(actual: IsoDate, weekend: WeekendObservance | undefined): IsoDate {
  const weekday = dayOfWeek(actual);
  if (weekday === SUNDAY) return addCalendarDays(actual, 1);
  if (weekday === SATURDAY && weekend !== 'sunday-only') return addCalendarDays(actual, -1);
  return actual;
}

function appliesIn(rule: DcHolidayRule, year: number): boolean {
  if (year < (rule.fromYear ?? year)) return false;
  return rule.everyYears === undefined || (year - (rule.fromYear ?? 0)) % rule.everyYears === 0;
}

/** The holidays whose calendar date falls in `year`, with the day each is observed. */
function holidaysFallingIn(year: number): DcHoliday[] {
  return DC_HOLIDAY_RULES.filter((rule) => appliesIn(rule, year)).map((rule) => {
    const actual = actualDate(rule.date, year);
    return { name: rule.name, date: observedDate(actual, rule.weekend), actual };
  });
}

function computeObservedIn(year: number): readonly DcHoliday[] {
  if (!Number.isSafeInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(
      `DC holidays are computed for years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}, got ${year}`,
    );
  }
  const prefix = `${year}-`;
  // Observance can cross a year end (New Year's Day on a Saturday is observed on 31 December).
  const candidates = [year - 1, year, year + 1].flatMap(holidaysFallingIn);
  const observed = candidates.filter((holiday) => holiday.date.startsWith(prefix));
  // Stable sort: holidays observed the same day keep the table's order.
  return Object.freeze(observed.sort((a, b) => compareIsoDates(a.date, b.date)).map((h) => Object.freeze(h)));
}

// Memo of a pure function: entries are frozen and callers get copies, so nothing shared can change.
const observedByYear = new Map<number, readonly DcHoliday[]>();

function observedIn(year: number): readonly DcHoliday[] {
  const cached = observedByYear.get(year);
  // Stryker disable next-line ConditionalExpression: a memo; computing again gives the same frozen list.
  if (cached) return cached;
  const computed = computeObservedIn(year);
  // Stryker disable next-line all: a memo; without it every call computes the same list again.
  observedByYear.set(year, computed);
  return computed;
}

/** Every DC legal holiday observed (a day off) in calendar year `year`, sorted by that day. */
export function dcLegalHolidays(year: number): DcHoliday[] {
  return observedIn(year).map((holiday) => ({ ...holiday }));
}

/** All holidays observed on `date` (two can share a day: Inauguration Day and MLK Day in 2025). */
export function dcHolidaysOn(date: IsoDate): DcHoliday[] {
  if (!isValidIsoDate(date))
    throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${JSON.stringify(date)}`);
  return observedIn(Number(date.slice(0, 4)))
    .filter((holiday) => holiday.date === date)
    .map((holiday) => ({ ...holiday }));
}

/**
 * The holiday observed on `date`, if any; the first in table order when two share the day.
 * A holiday is found on the day it is observed, not on a weekend date it was moved away from.
 */
export function dcHolidayOn(date: IsoDate): DcHoliday | undefined {
  return dcHolidaysOn(date)[0];
}
