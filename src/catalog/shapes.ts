import { UTCDate } from '@date-fns/utc';

/** The data some catalog entries word, and the helpers every locale's entries file writes them with. */

/** A YYYY-MM-DD civil date as a UTC day, whatever the process time zone. */
export function utcDay(isoDate: string): UTCDate {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new UTCDate(year, month - 1, day);
}

export const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** "a, b or c", with the language's own "or". */
export function listJoiner(or: string): (items: readonly string[]) => string {
  return (items) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
}

/** What was read off a photo or PDF of the notice, said back for the person to confirm. */
export type ReadSummary = {
  noticeCode?: string;
  noticeDate?: string;
  taxYear?: number;
  amountDue?: number;
  payBy?: string;
  otherDeadlines: { label: string; date: string }[];
  unsure: ('noticeCode' | 'noticeDate' | 'amountDue')[];
};
