import { z } from 'zod';
import { IsoDateSchema } from '../knowledge/facts-schema.ts';
import { DeadlineIdSchema } from '../knowledge/notices/notice-schema.ts';

/** How sure a reading is, 0 to 1. A field below `CONFIDENT` is asked, never assumed. */
const ConfidenceScoreSchema = z.number().min(0).max(1);
export const CONFIDENT = 0.8;

const PrintedDeadlineSchema = z.object({
  id: DeadlineIdSchema,
  /** The label as the notice prints it, e.g. "Last date to request a hearing". */
  label: z.string().min(1),
  date: IsoDateSchema,
});
export type PrintedDeadline = z.infer<typeof PrintedDeadlineSchema>;

/**
 * What was read from a notice (the body of POST /api/notice/read, in the README). A field that could not be read is absent. There is
 * deliberately no place for the taxpayer id, name or address: extraction never produces them.
 */
export const NoticeReadingSchema = z.strictObject({
  noticeCode: z.string().min(2).optional(),
  noticeDate: IsoDateSchema.optional(),
  taxYear: z.number().int().min(1990).max(2100).optional(),
  amountDue: z.number().nonnegative().optional(),
  printedDeadlines: z.array(PrintedDeadlineSchema),
  confidence: z.strictObject({
    noticeCode: ConfidenceScoreSchema.optional(),
    noticeDate: ConfidenceScoreSchema.optional(),
    taxYear: ConfidenceScoreSchema.optional(),
    amountDue: ConfidenceScoreSchema.optional(),
    /** By deadline id. */
    printedDeadlines: z.partialRecord(DeadlineIdSchema, ConfidenceScoreSchema),
  }),
});
export type NoticeReading = z.infer<typeof NoticeReadingSchema>;
