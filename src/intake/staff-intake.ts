import { daysBetween } from '../knowledge/calendar/civil-date.ts';
import type { IsoDate } from '../knowledge/facts-schema.ts';
import type { StoredIntake } from './intake-store.ts';

/**
 * An intake as staff are shown it: as stored, with the calendar days left to each deadline (by deadline
 * id; negative once it is past) counted on the day it is shown. The count is never stored: a stored one
 * would be wrong the next morning.
 */
export type StaffIntake = StoredIntake & { daysLeft: Record<string, number> };

export function forStaff(stored: StoredIntake, today: IsoDate): StaffIntake {
  return {
    ...stored,
    daysLeft: Object.fromEntries(
      stored.intake.deadlines.map((deadline) => [deadline.id, daysBetween(today, deadline.date)]),
    ),
  };
}
