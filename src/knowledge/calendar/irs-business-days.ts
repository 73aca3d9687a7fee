import type { IsoDate } from '../facts-schema.ts';
import { addCalendarDays, dayOfWeek, isValidIsoDate } from './civil-date.ts';
import { dcHolidaysOn, type DcHoliday } from './dc-holidays.ts';

/**
 * IRC 7503 (https://www.law.cornell.edu/uscode/text/26/7503): a last day on a Saturday, Sunday or DC
 * legal holiday moves to the next day that is none of those. Business days (the 10 business days of IRC
 * 6601(e)(3)) skip the same days: the best understanding, not confirmed.
 */

export type Rollover = {
  date: IsoDate;
  /** The input date, present only when it was moved. */
  rolledFrom?: IsoDate;
  /**
   * Why each skipped day was skipped, in order: 'Saturday', 'Sunday', or the holiday's name,
   * with ' (observed)' when it is observed away from its date, e.g. 'DC Emancipation Day (observed)'.
   * Two holidays on one day are joined with ' and '; a weekend day is named as such even when it
   * is also a holiday (Inauguration Day on a Saturday).
   */
  skipped: string[];
};

const WEEKEND_DAY_NAMES: ReadonlyMap<number, string> = new Map([
  [0, 'Sunday'],
  [6, 'Saturday'],
]);

function holidayLabel(holiday: DcHoliday): string {
  return holiday.date === holiday.actual ? holiday.name : `${holiday.name} (observed)`;
}

/** Why `date` is not an IRS business day, or undefined when it is one. */
function closedBecause(date: IsoDate): string | undefined {
  const weekend = WEEKEND_DAY_NAMES.get(dayOfWeek(date));
  if (weekend !== undefined) return weekend;
  const holidays = dcHolidaysOn(date);
  return holidays.length === 0 ? undefined : holidays.map(holidayLabel).join(' and ');
}

/** Not a Saturday or Sunday and not the observed day of a DC legal holiday. */
export function isIrsBusinessDay(date: IsoDate): boolean {
  return closedBecause(date) === undefined;
}

/** IRC 7503: a last day that is not a business day moves to the next one; a business day stays. */
export function rollForward(date: IsoDate): Rollover {
  const skipped: string[] = [];
  let current = date;
  for (let reason = closedBecause(current); reason !== undefined; reason = closedBecause(current)) {
    skipped.push(reason);
    current = addCalendarDays(current, 1);
  }
  return skipped.length === 0 ? { date, skipped } : { date: current, rolledFrom: date, skipped };
}

/**
 * The `days`-th IRS business day after `date` (`date` itself never counts, whatever it is).
 * `days` = 0 returns `date` unchanged. Counting backwards is not needed by any rule: a negative
 * or fractional `days` is a bug and throws.
 */
export function addBusinessDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`days must be a whole number of zero or more, got ${days}`);
  }
  if (!isValidIsoDate(date))
    throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${JSON.stringify(date)}`);
  let current = date;
  for (let counted = 0; counted < days;) {
    current = addCalendarDays(current, 1);
    if (isIrsBusinessDay(current)) counted += 1;
  }
  return current;
}
