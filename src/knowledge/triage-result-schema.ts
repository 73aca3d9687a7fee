import { z } from 'zod';
import type { DeadlineNeed, DeadlineNote, DeadlineStatus } from './deadlines/deadline-engine.ts';
import { ConfidenceSchema, IsoDateSchema, SourceSchema } from './facts-schema.ts';
import { DeadlineIdSchema, StageSchema, UrgencySchema } from './notices/notice-schema.ts';
import { OPTION_CATALOG } from './options/option-catalog.ts';
import type { TriageResult } from './triage.ts';
import { CHECKLIST_ITEMS } from './checklist/checklist.ts';
import { WARNING_IDS, type WarningSeverity } from './warnings/warnings.ts';

/**
 * One of a union's strings, listed as the keys of a record typed by the union: a value added to the union
 * does not compile until it is listed here too, so the schema and the type cannot drift apart.
 */
function oneOf<T extends string>(values: Readonly<Record<T, unknown>>) {
  return z.custom<T>((value) => typeof value === 'string' && Object.hasOwn(values, value));
}

const DEADLINE_STATUSES: Record<DeadlineStatus, true> = { open: true, 'may-have-passed': true, passed: true };
const DEADLINE_NEEDS: Record<DeadlineNeed, true> = {
  amountDue: true,
  addressOutsideUS: true,
  lienFilingDate: true,
  printedDate: true,
};
const DEADLINE_NOTES: Record<DeadlineNote, true> = {
  'printed-date-governs': true,
  'printed-date-used': true,
  'printed-date-unexpected': true,
  'lien-earliest-date': true,
  'lien-from-filing-date': true,
  'abroad-unknown': true,
  'start-unconfirmed': true,
  'rollover-best-understanding': true,
  'abroad-unconfirmed': true,
};
const WARNING_SEVERITIES: Record<WarningSeverity, true> = { info: true, warning: true, urgent: true };

const DeadlineSchema = z.strictObject({
  id: DeadlineIdSchema,
  label: z.string(),
  protects: z.string(),
  ifMissed: z.string(),
  basis: z.string(),
  sourceUrl: z.string(),
  confidence: ConfidenceSchema,
  passageIds: z.array(z.string()),
  date: IsoDateSchema,
  latestDate: IsoDateSchema.optional(),
  daysLeft: z.number().int(),
  status: oneOf(DEADLINE_STATUSES),
  passed: z.boolean(),
  printed: z.boolean(),
  estimate: z.boolean(),
  computedDate: IsoDateSchema.optional(),
  rolledFrom: IsoDateSchema.optional(),
  rolloverReasons: z.array(z.string()),
  notes: z.array(oneOf(DEADLINE_NOTES)),
});

/**
 * The triage function's result as data, for where it crosses a seam as plain values (a message's
 * `channelData`). `satisfies` keeps it to the type: a field the type needs and the schema lacks, or one
 * of another type, fails to compile; a field the schema does not know is refused when parsed (strict),
 * so a field added to the type fails every test that shows a result until it is added here.
 */
export const TriageResultSchema = z.strictObject({
  notice: z.strictObject({
    code: z.string(),
    title: z.string(),
    stage: StageSchema,
    urgency: UrgencySchema,
    meaning: z.string(),
    appealRights: z.string(),
    nextIfIgnored: z.string(),
    sources: z.array(SourceSchema),
  }),
  noticeDate: IsoDateSchema,
  asOf: IsoDateSchema,
  deadlines: z.array(DeadlineSchema),
  needs: z.array(oneOf(DEADLINE_NEEDS)),
  options: z.array(
    z.strictObject({ id: oneOf(OPTION_CATALOG), title: z.string(), passageIds: z.array(z.string()) }),
  ),
  checklist: z.array(z.strictObject({ id: oneOf(CHECKLIST_ITEMS), item: z.string() })),
  warnings: z.array(
    z.strictObject({
      id: z.enum(WARNING_IDS),
      severity: oneOf(WARNING_SEVERITIES),
      message: z.string(),
      passageIds: z.array(z.string()),
      deadlineId: DeadlineIdSchema.optional(),
    }),
  ),
}) satisfies z.ZodType<TriageResult>;
