import type { IsoDate } from '../knowledge/facts-schema.ts';
import { lookupNotice } from '../knowledge/notices/notice-code.ts';
import { MAX_AMOUNT_DUE } from '../knowledge/triage.ts';
import { CONFIDENT, type NoticeReading } from '../reading/notice-reading.ts';
import { PRINTED_LABEL_OF } from './parsing/read-facts.ts';
import type { TriageAnswers } from './triage-state.ts';

export type ReadField = 'noticeCode' | 'noticeDate' | 'amountDue';

/**
 * The triage answers a confirmed reading fills: only fields read with confidence and valid as answers (a
 * known code, a date not after today, a plausible amount). The rest is asked as if typed. Printed
 * deadlines keep the id the reader gave them from their own line ("Last date to request a hearing" is
 * the hearing, never a "pay by" date); the triage uses each only for a deadline the notice carries.
 */
export function answersFromReading(reading: NoticeReading, today: IsoDate): TriageAnswers {
  const sure = (field: ReadField) => (reading.confidence[field] ?? 0) >= CONFIDENT;
  const answers: TriageAnswers = {};
  const notice = reading.noticeCode === undefined ? undefined : lookupNotice(reading.noticeCode);
  if (sure('noticeCode') && notice?.ok) answers.noticeCode = notice.notice.code;
  if (sure('noticeDate') && reading.noticeDate !== undefined && reading.noticeDate <= today)
    answers.noticeDate = reading.noticeDate;
  if (sure('amountDue') && reading.amountDue !== undefined && reading.amountDue <= MAX_AMOUNT_DUE)
    answers.amountDue = reading.amountDue;
  const printed = confidentDeadlines(reading).map((d) => ({
    label: PRINTED_LABEL_OF[d.id],
    date: d.date,
    deadline: d.id,
  }));
  if (printed.length > 0) answers.printed = printed;
  return answers;
}

/** The printed deadlines read well enough to use without asking. */
export function confidentDeadlines(reading: NoticeReading): NoticeReading['printedDeadlines'] {
  return reading.printedDeadlines.filter(
    (d) => (reading.confidence.printedDeadlines[d.id] ?? 0) >= CONFIDENT,
  );
}

/** Fields the notice printed but that were not read well enough to use without asking. */
export function unsureFields(reading: NoticeReading, answers: TriageAnswers): ReadField[] {
  return (['noticeCode', 'noticeDate', 'amountDue'] as const).filter(
    (field) => reading[field] !== undefined && answers[field] === undefined,
  );
}
