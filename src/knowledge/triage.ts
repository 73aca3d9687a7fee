import { z } from 'zod';
import { addCalendarYears, compareIsoDates, isValidIsoDate } from './calendar/civil-date.ts';
import { addBusinessDays } from './calendar/irs-business-days.ts';
import { computeDeadlines, type Deadline, type DeadlineNeed } from './deadlines/deadline-engine.ts';
import { LIEN_NOTICE_BUSINESS_DAYS, PRINTED_DATE_MAX_YEARS } from './deadlines/deadline-rules.ts';
import { buildChecklist, type ChecklistItem } from './checklist/checklist.ts';
import { IsoDateSchema, type IsoDate, type Source } from './facts-schema.ts';
import { noticeCatalog, type NoticeCatalog } from './notices/notice-catalog.ts';
import { lookupNotice } from './notices/notice-code.ts';
import {
  DeadlineIdSchema,
  type DeadlineId,
  type Notice,
  type Stage,
  type Urgency,
} from './notices/notice-schema.ts';
import { chooseOptions, owesMoney, type Agreement, type Option } from './options/options-engine.ts';
import { buildWarnings, SCAM_SIGNALS, type Warning } from './warnings/warnings.ts';

/** The largest balance the engine accepts; anything above is a typo, not a tax bill. */
export const MAX_AMOUNT_DUE = 1_000_000_000;

export const TriageRequestSchema = z
  .object({
    noticeCode: z.string().trim().min(1, 'enter the code printed on the notice, e.g. CP14').max(60),
    noticeDate: IsoDateSchema,
    agrees: z.enum(['yes', 'no', 'unsure']).optional(),
    amountDue: z.number().nonnegative().max(MAX_AMOUNT_DUE).optional(),
    addressOutsideUS: z.boolean().optional(),
    canPayInFull: z.boolean().optional(),
    scamSignals: z.array(z.enum(SCAM_SIGNALS)).max(SCAM_SIGNALS.length).optional(),
    asOf: IsoDateSchema.optional(),
    /** Dates printed on the notice, by deadline id: each replaces the computed one. */
    printed: z.partialRecord(DeadlineIdSchema, IsoDateSchema).optional(),
    /** Letter 3172: the day the lien was filed, which starts the hearing window (IRC 6320). */
    lienFilingDate: IsoDateSchema.optional(),
  })
  .strict()
  .superRefine((request, context) => {
    // Field formats are checked above; dates that are not dates were reported there already.
    if (!isValidIsoDate(request.noticeDate)) return;
    for (const [id, date] of Object.entries(request.printed ?? {})) {
      if (!isValidIsoDate(date)) continue;
      const problem = printedDateProblem(request.noticeDate, date);
      if (problem) context.addIssue({ code: 'custom', path: ['printed', id], message: problem });
    }
    if (request.lienFilingDate !== undefined && isValidIsoDate(request.lienFilingDate)) {
      const problem = lienFilingDateProblem(request.noticeDate, request.lienFilingDate);
      if (problem === 'after_notice') {
        context.addIssue({
          code: 'custom',
          path: ['lienFilingDate'],
          message: `the lien is filed before the letter about it is sent: ${request.lienFilingDate} is after the notice date ${request.noticeDate}`,
        });
      }
    }
  });
export type TriageRequest = z.infer<typeof TriageRequestSchema>;

/** Why a printed date cannot be right, or undefined when it can. */
export function printedDateProblem(noticeDate: IsoDate, printed: IsoDate): string | undefined {
  if (compareIsoDates(printed, noticeDate) < 0) {
    return `a date printed on the notice comes after the notice date (${noticeDate}); ${printed} is before it`;
  }
  const latest = addCalendarYears(noticeDate, PRINTED_DATE_MAX_YEARS);
  if (compareIsoDates(printed, latest) > 0) {
    return `${printed} is more than ${PRINTED_DATE_MAX_YEARS} years after the notice date (${noticeDate}); check the year`;
  }
  return undefined;
}

/**
 * Why a lien filing date cannot go with a lien letter of this date (IRC 6320(a)(2): the letter is sent
 * within 5 business days after the filing), or undefined when it can.
 */
export function lienFilingDateProblem(
  noticeDate: IsoDate,
  lienFilingDate: IsoDate,
): 'after_notice' | 'too_early' | undefined {
  if (compareIsoDates(lienFilingDate, noticeDate) > 0) return 'after_notice';
  if (compareIsoDates(addBusinessDays(lienFilingDate, LIEN_NOTICE_BUSINESS_DAYS), noticeDate) < 0)
    return 'too_early';
  return undefined;
}

export type TriageResult = {
  notice: {
    code: string;
    title: string;
    stage: Stage;
    urgency: Urgency;
    meaning: string;
    appealRights: string;
    nextIfIgnored: string;
    sources: Source[];
  };
  noticeDate: IsoDate;
  asOf: IsoDate;
  deadlines: Deadline[];
  /** Inputs that would date more deadlines (the dialog asks for them; the API reports them). */
  needs: DeadlineNeed[];
  options: Option[];
  checklist: ChecklistItem[];
  warnings: Warning[];
};

export type TriageOutcome =
  | { ok: true; result: TriageResult }
  | { ok: false; code: 'unknown_notice'; suggestions: string[] }
  | { ok: false; code: 'date_in_future'; noticeDate: IsoDate; asOf: IsoDate }
  | { ok: false; code: 'facts_do_not_fit'; issues: FieldIssue[] };

/** A request field that does not fit the notice, named by its path as in the API's 400 answer. */
export type FieldIssue = { path: string; message: string };

/**
 * The one triage function behind both the dialog and the API: notice, deadlines, options, checklist
 * and warnings from the request and "today". Pure: no clock, no I/O.
 */
export function triage(
  request: TriageRequest,
  today: IsoDate,
  catalog: NoticeCatalog = noticeCatalog,
): TriageOutcome {
  const lookup = lookupNotice(request.noticeCode, catalog);
  if (!lookup.ok) return { ok: false, code: 'unknown_notice', suggestions: lookup.suggestions };
  return triageNotice(lookup.notice, request, today);
}

/** The triage's input once the notice is known: the request without its code. */
export type NoticeTriageInput = Omit<TriageRequest, 'noticeCode'>;

/** The triage of a notice already identified (the dialog holds the one the person named). Pure. */
export function triageNotice(
  notice: Notice,
  request: NoticeTriageInput,
  today: IsoDate,
): Exclude<TriageOutcome, { code: 'unknown_notice' }> {
  const asOf = request.asOf ?? today;
  if (compareIsoDates(request.noticeDate, asOf) > 0) {
    return { ok: false, code: 'date_in_future', noticeDate: request.noticeDate, asOf };
  }
  const issues = factsThatDoNotFit(notice, request);
  if (issues.length > 0) return { ok: false, code: 'facts_do_not_fit', issues };
  const { deadlines, needs } = computeDeadlines({
    notice,
    noticeDate: request.noticeDate,
    today: asOf,
    amountDue: request.amountDue,
    addressOutsideUS: request.addressOutsideUS,
    lienFilingDate: request.lienFilingDate,
    printed: request.printed,
  });
  const options = chooseOptions({
    notice,
    agrees: request.agrees,
    amountDue: request.amountDue,
    canPayInFull: request.canPayInFull,
    deadlines,
  });
  return {
    ok: true,
    result: {
      notice: {
        code: notice.code,
        title: notice.title,
        stage: notice.stage,
        urgency: notice.urgency,
        meaning: notice.meaning,
        appealRights: notice.appealRights,
        nextIfIgnored: notice.nextIfIgnored,
        sources: notice.sources,
      },
      noticeDate: request.noticeDate,
      asOf,
      deadlines,
      needs,
      options,
      checklist: buildChecklist(notice, options),
      warnings: buildWarnings({
        notice,
        noticeDate: request.noticeDate,
        today: asOf,
        deadlines,
        needs,
        scamSignals: request.scamSignals,
      }),
    },
  };
}

/** Printed dates and a lien filing date only make sense for the notice that carries them. */
function factsThatDoNotFit(notice: Notice, request: NoticeTriageInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const carried = notice.deadlines.map((deadline) => deadline.id);
  for (const id of Object.keys(request.printed ?? {})) {
    if (!carried.some((own) => own === id)) {
      issues.push({
        path: `printed.${id}`,
        message: `${notice.code} has no ${id} deadline; it carries: ${carried.join(', ') || 'none (go by the notice)'}`,
      });
    }
  }
  if (request.lienFilingDate !== undefined) {
    const lien = notice.deadlines.some((d) => d.id === 'cdp-hearing' && d.trigger === 'lien');
    if (!lien) {
      issues.push({
        path: 'lienFilingDate',
        message: `${notice.code} is not a lien notice; leave lienFilingDate out`,
      });
    } else if (lienFilingDateProblem(request.noticeDate, request.lienFilingDate) === 'too_early') {
      issues.push({
        path: 'lienFilingDate',
        message: `the letter is sent within ${LIEN_NOTICE_BUSINESS_DAYS} business days after the lien is filed, and ${request.lienFilingDate} is earlier than that before ${request.noticeDate}: check the date, or give the date printed on the letter instead`,
      });
    }
  }
  return issues;
}

/** The extra questions that change this notice's result; the dialog asks only these. */
export type FollowUp = 'amountDue' | 'addressOutsideUS' | 'canPayInFull';

export type FollowUpAnswers = {
  agrees?: Agreement | undefined;
  amountDue?: number | undefined;
  addressOutsideUS?: boolean | undefined;
  canPayInFull?: boolean | undefined;
  /** The deadlines whose dates the notice prints (typed or read from it): those need nothing more. */
  printedDeadlines?: readonly DeadlineId[] | undefined;
};

export function followUpQuestions(notice: Notice, answers: FollowUpAnswers): FollowUp[] {
  const pays = owesMoney(notice, answers.agrees);
  const questions: FollowUp[] = [];
  // The amount dates the interest-free window and decides which payment plans fit.
  if (answers.amountDue === undefined && (notice.noticeAndDemand || pays)) questions.push('amountDue');
  // The address only dates the Tax Court window (90 or 150 days); a printed petition date wins over both.
  const petitionComputed =
    notice.deadlines.some((d) => d.id === 'tax-court-petition') &&
    !answers.printedDeadlines?.includes('tax-court-petition');
  if (answers.addressOutsideUS === undefined && petitionComputed) {
    questions.push('addressOutsideUS');
  }
  if (answers.canPayInFull === undefined && pays) questions.push('canPayInFull');
  return questions;
}
