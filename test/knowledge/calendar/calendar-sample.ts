import {
  addCalendarDays,
  addCalendarYears,
  dayOfWeek,
  daysBetween,
} from '../../../src/knowledge/calendar/civil-date.ts';
import { dcLegalHolidays } from '../../../src/knowledge/calendar/dc-holidays.ts';
import { addBusinessDays, rollForward } from '../../../src/knowledge/calendar/irs-business-days.ts';

const FIRST = '1990-01-01';
const LAST = '2100-12-31';
/** Every 11th day: 11 and 7 share no factor, so each date lands on every weekday in turn. */
const STEP_DAYS = 11;

/**
 * The calendar's answers for dates from 1990 to 2100, as JSON. Run in processes with different
 * TZ values, it must come out identical: nothing may depend on the process time zone.
 */
export function calendarSample(): string {
  const rows: unknown[] = [];
  for (let date = FIRST; date <= LAST; date = addCalendarDays(date, STEP_DAYS)) {
    rows.push([
      date,
      dayOfWeek(date),
      daysBetween(FIRST, date),
      addCalendarDays(date, 21),
      addCalendarYears(date, 1),
      rollForward(date),
      addBusinessDays(date, 10),
    ]);
  }
  for (let year = 1990; year <= 2100; year += 1) rows.push(dcLegalHolidays(year));
  return JSON.stringify(rows);
}
