import { z } from 'zod';
import { IsoDateSchema } from '../knowledge/facts-schema.ts';
import { DeadlineIdSchema } from '../knowledge/notices/notice-schema.ts';
import { TriageResultSchema } from '../knowledge/triage-result-schema.ts';
import { AgreementSchema } from './parsing/parse-agreement.ts';
import { PrintedDateSchema, QUESTION_ORDER } from './parsing/read-facts.ts';
import { StepValues } from './dialog-state.ts';

/**
 * What the triage keeps between turns, as schemas: the answers, its steps' options and values, and what
 * it ends with. The dialog reads each back through its schema (see dialog-state.ts), never by a cast.
 */

export const CONFIRM = 'confirm';
export const CORRECTION = 'correction';

/**
 * The dates the deadline engine still needs, asked last: the date the notice prints for the deadline it
 * cannot date (LT16, CP504, Letter 3172's hearing), then, for a lien letter without it, the filing date.
 */
const DateQuestionSchema = z.enum(['printedDate', 'lienFilingDate']);
export type DateQuestion = z.infer<typeof DateQuestionSchema>;

const QuestionSchema = z.enum([
  ...QUESTION_ORDER,
  'describe',
  ...DateQuestionSchema.options,
  CONFIRM,
  CORRECTION,
]);
export type Question = z.infer<typeof QuestionSchema>;

/** What the person has told us so far. Prefilled answers are not asked again (this is how *back* works). */
export const TriageAnswersSchema = z.strictObject({
  /** A code the notice catalog gave (`notice.code`), never the person's own spelling. */
  noticeCode: z.string().optional(),
  noticeDate: IsoDateSchema.optional(),
  agrees: AgreementSchema.optional(),
  alreadyPaid: z.boolean().optional(),
  amountDue: z.number().nonnegative().optional(),
  addressOutsideUS: z.boolean().optional(),
  canPayInFull: z.boolean().optional(),
  taxYear: z.number().int().optional(),
  /** Deadline dates printed on the notice, by the words that labelled them (or their deadline id). */
  printed: z.array(PrintedDateSchema).optional(),
  /** Letter 3172: the day the lien was filed, when the letter's own hearing date is not at hand. */
  lienFilingDate: IsoDateSchema.optional(),
  /** Dates the person said the notice does not show, or that they do not know: never asked again. */
  notShown: z.array(DateQuestionSchema).optional(),
  /** Some answers were read from a photo or PDF of the notice, and the person confirmed them. */
  readFromDocument: z.boolean().optional(),
});
export type TriageAnswers = z.infer<typeof TriageAnswersSchema>;

/** `message`: a first message to read for facts before anything is asked; `confirm`: say back, then ask. */
export const TriageOptionsSchema = z.strictObject({
  answers: TriageAnswersSchema.optional(),
  describe: z.boolean().optional(),
  message: z.string().optional(),
  confirm: z.boolean().optional(),
  /** The person asked to change something at the confirmation: ask what. */
  correct: z.boolean().optional(),
  /** The message gave two dates with nothing to tell which is the notice's: the date question names both. */
  whichDates: z.array(IsoDateSchema).optional(),
});
export type TriageOptions = z.infer<typeof TriageOptionsSchema>;

/**
 * The triage steps' values: the answers so far, the question waiting for its answer and, when that is
 * the printed date, the deadline it is about (so the answer needs no second look at the notice).
 */
export const triageStepValues = new StepValues(
  z.object({
    answers: TriageAnswersSchema,
    asked: QuestionSchema.optional(),
    printedFor: DeadlineIdSchema.optional(),
  }),
  'triage step values',
);

/** The same values as a question leaves them on the stack, read from outside the steps (back, restate). */
export const HeldTriageValuesSchema = z.object({
  values: z.object({ answers: TriageAnswersSchema.optional(), asked: QuestionSchema.optional() }),
});
export type HeldTriageValues = z.infer<typeof HeldTriageValuesSchema>['values'];

export const TriageDialogResultSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('result'), answers: TriageAnswersSchema, result: TriageResultSchema }),
  z.strictObject({ kind: z.literal('unknown-notice') }),
  z.strictObject({ kind: z.literal('too-many-tries'), question: QuestionSchema }),
]);
export type TriageDialogResult = z.infer<typeof TriageDialogResultSchema>;
