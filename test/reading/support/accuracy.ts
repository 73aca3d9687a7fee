import { CONFIDENT, type NoticeReading } from '../../../src/reading/notice-reading.ts';
import type { NoticePage } from './notice-pages.ts';

export const FIELDS = ['noticeCode', 'noticeDate', 'taxYear', 'amountDue', 'deadline'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * How one field came out: right and sure (used as read), right but unsure (asked), wrong but unsure
 * (asked, so harmless), missing (asked), or wrong and sure: the only outcome that misleads a person.
 */
export type Outcome = 'right' | 'right-asked' | 'wrong-asked' | 'missing' | 'wrong-confident';

export function scoreReading(notice: NoticePage, reading: NoticeReading | undefined): Record<Field, Outcome> {
  const expected = notice.expected;
  const deadline = expected.printedDeadlines[0]!;
  const readDeadline = reading?.printedDeadlines.find((d) => d.id === deadline.id);
  return {
    noticeCode: outcome(expected.noticeCode, reading?.noticeCode, reading?.confidence.noticeCode),
    noticeDate: outcome(expected.noticeDate, reading?.noticeDate, reading?.confidence.noticeDate),
    taxYear: outcome(expected.taxYear, reading?.taxYear, reading?.confidence.taxYear),
    amountDue: outcome(expected.amountDue, reading?.amountDue, reading?.confidence.amountDue),
    deadline: outcome(deadline.date, readDeadline?.date, reading?.confidence.printedDeadlines[deadline.id]),
  };
}

function outcome<T>(expected: T, read: T | undefined, confidence: number | undefined): Outcome {
  if (read === undefined) return 'missing';
  const sure = (confidence ?? 0) >= CONFIDENT;
  if (read === expected) return sure ? 'right' : 'right-asked';
  return sure ? 'wrong-confident' : 'wrong-asked';
}

/** Outcomes counted per field over many readings. */
export function tally(scores: readonly Record<Field, Outcome>[]): Record<Field, Record<Outcome, number>> {
  const empty = (): Record<Outcome, number> => ({
    right: 0,
    'right-asked': 0,
    'wrong-asked': 0,
    missing: 0,
    'wrong-confident': 0,
  });
  const counts = Object.fromEntries(FIELDS.map((f) => [f, empty()])) as Record<
    Field,
    Record<Outcome, number>
  >;
  for (const score of scores) for (const field of FIELDS) counts[field][score[field]] += 1;
  return counts;
}
