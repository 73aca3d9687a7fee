import { UTCDate } from '@date-fns/utc';
// Per-function entry points: the date-fns barrel loads hundreds of modules (seconds at start-up).
import { addDays } from 'date-fns/addDays';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { formatISO } from 'date-fns/formatISO';
import { getDay } from 'date-fns/getDay';
import { IsoDateSchema, type IsoDate } from '../facts-schema.ts';

/**
 * Civil (calendar) dates as `YYYY-MM-DD` strings. Every computation goes through UTCDate, whose
 * getters and setters are UTC, so the process time zone can never shift a day.
 *
 * Invalid input (not a real date, a fractional amount, a result outside years 0000–9999) is a
 * caller's bug: validate at the boundary with `isValidIsoDate` or `IsoDateSchema`. These
 * functions throw a RangeError for it rather than return a wrong date.
 */

const MIN_YEAR = 0;
const MAX_YEAR = 9999;

/** True only for a real calendar date written `YYYY-MM-DD` (`2026-02-30` is false). */
export function isValidIsoDate(text: string): text is IsoDate {
  return IsoDateSchema.safeParse(text).success;
}

function assertIsoDate(date: string): void {
  if (!isValidIsoDate(date))
    throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${JSON.stringify(date)}`);
}

/**
 * "Thursday, December 3, 2026": a civil date as people read it, never `2026-12-03`, for the knowledge
 * base's own English sentences (warnings). The catalog, which imports only knowledge types, has its own.
 */
export function civilDateInWords(date: IsoDate): string {
  return format(toUtcDate(date), 'EEEE, MMMM d, yyyy');
}

function toUtcDate(date: IsoDate): UTCDate {
  assertIsoDate(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new UTCDate(0);
  // setFullYear rather than the (y, m, d) constructor: Date.UTC maps years 0–99 to 1900–1999.
  utc.setFullYear(year, month - 1, day);
  return utc;
}

function toIsoDate(date: UTCDate): IsoDate {
  const year = date.getFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Date outside years ${MIN_YEAR}–${MAX_YEAR} cannot be written YYYY-MM-DD`);
  }
  return formatISO(date, { representation: 'date' });
}

function assertWholeNumber(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`${what} must be a whole number, got ${amount}`);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  assertWholeNumber(days, 'days');
  return toIsoDate(addDays(toUtcDate(date), days));
}

/** `date` plus `years` years; February 29 becomes February 28 in a year that has none. */
export function addCalendarYears(date: IsoDate, years: number): IsoDate {
  assertWholeNumber(years, 'years');
  return toIsoDate(addYears(toUtcDate(date), years));
}

/** `to` minus `from` in calendar days: negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toUtcDate(to), toUtcDate(from));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return getDay(toUtcDate(date));
}

/** Negative, zero or positive as `a` is before, on or after `b`; usable with Array.prototype.sort. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  assertIsoDate(a);
  assertIsoDate(b);
  // Valid fixed-width YYYY-MM-DD strings sort chronologically.
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
