import { UTCDate } from '@date-fns/utc';
import type { ChecklistItemId } from '../knowledge/checklist/checklist.ts';
import type { Deadline } from '../knowledge/deadlines/deadline-engine.ts';
import type { DeadlineId } from '../knowledge/notices/notice-schema.ts';
import type { OptionId } from '../knowledge/options/option-catalog.ts';
import type { WarningId } from '../knowledge/warnings/warnings.ts';

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

/** A deadline in words: what to do by then, what it protects, what follows if it is missed. */
export type DeadlineWords = { label: string; protects: string; ifMissed: string };

/** A notice in words: its title and meaning, and its own reply window when it has one. */
export type NoticeWords = { title: string; meaning: string; respond?: DeadlineWords };

/** The warnings about one deadline, worded from it (its label already in the locale's words). */
type DeadlineWarningId =
  'deadline-passed' | 'deadline-may-have-passed' | 'deadline-soon' | 'printed-date-check';

/**
 * The words of what the knowledge base returns by id, in one locale: the notices by code, the statutory
 * deadlines, the options, the documents of the checklist and the warnings. Every fact in them (number,
 * form, code, section, percentage) is the knowledge's own English wording's, checked by a test.
 */
export type KnowledgeWords = {
  notices: Readonly<Record<string, NoticeWords>>;
  deadlines: Readonly<Record<Exclude<DeadlineId, 'respond'>, DeadlineWords>>;
  options: Readonly<Record<OptionId, string>>;
  checklist: Readonly<Record<ChecklistItemId, string>>;
  warnings: Readonly<
    Record<DeadlineWarningId, (deadline: Deadline) => string> &
      Record<Exclude<WarningId, DeadlineWarningId>, string>
  >;
};
