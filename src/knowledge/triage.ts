import { z } from 'zod';
import { compareIsoDates } from './calendar/civil-date.ts';
import { computeDeadlines, type Deadline, type DeadlineNeed } from './deadlines/deadline-engine.ts';
import { buildChecklist, type ChecklistItem } from './checklist/checklist.ts';
import { IsoDateSchema, type IsoDate, type Source } from './facts-schema.ts';
import { noticeCatalog, type NoticeCatalog } from './notices/notice-catalog.ts';
import { lookupNotice } from './notices/notice-code.ts';
import type { Notice, Stage, Urgency } from './notices/notice-schema.ts';
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
  })
  .strict();
export type TriageRequest = z.infer<typeof TriageRequestSchema>;

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
  | { ok: false; code: 'date_in_future'; noticeDate: IsoDate; asOf: IsoDate };

/**
 * The one triage function behind both the dialog and the API: notice, deadlines, options, checklist
 * and warnings from the request and "today". Pure: no clock, no I/O.
 */
export function triage(
  request: TriageRequest,
  today: IsoDate,
  catalog: NoticeCatalog = noticeCatalog,
): TriageOutcome {
  const asOf = request.asOf ?? today;
  const lookup = lookupNotice(request.noticeCode, catalog);
  if (!lookup.ok) return { ok: false, code: 'unknown_notice', suggestions: lookup.suggestions };
  if (compareIsoDates(request.noticeDate, asOf) > 0) {
    return { ok: false, code: 'date_in_future', noticeDate: request.noticeDate, asOf };
  }
  const { notice } = lookup;
  const { deadlines, needs } = computeDeadlines({
    notice,
    noticeDate: request.noticeDate,
    today: asOf,
    amountDue: request.amountDue,
    addressOutsideUS: request.addressOutsideUS,
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
        scamSignals: request.scamSignals,
      }),
    },
  };
}

/** The extra questions that change this notice's result; the dialog asks only these. */
export type FollowUp = 'amountDue' | 'addressOutsideUS' | 'canPayInFull';

export type FollowUpAnswers = {
  agrees?: Agreement | undefined;
  amountDue?: number | undefined;
  addressOutsideUS?: boolean | undefined;
  canPayInFull?: boolean | undefined;
};

export function followUpQuestions(notice: Notice, answers: FollowUpAnswers): FollowUp[] {
  const pays = owesMoney(notice, answers.agrees);
  const questions: FollowUp[] = [];
  // The amount dates the interest-free window and decides which payment plans fit.
  if (answers.amountDue === undefined && (notice.noticeAndDemand || pays)) questions.push('amountDue');
  if (answers.addressOutsideUS === undefined && notice.deadlines.some((d) => d.id === 'tax-court-petition')) {
    questions.push('addressOutsideUS');
  }
  if (answers.canPayInFull === undefined && pays) questions.push('canPayInFull');
  return questions;
}
