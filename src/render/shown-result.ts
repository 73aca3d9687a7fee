import { z } from 'zod';
import { TriageResultSchema } from '../knowledge/triage-result-schema.ts';
import type { TriageResult } from '../knowledge/triage.ts';

/** Where a person can download the deadlines and print the summary of this result. */
export const CaseLinksSchema = z.object({ calendarUrl: z.url(), summaryUrl: z.url() });
export type CaseLinks = z.infer<typeof CaseLinksSchema>;

/**
 * What a result message shows, as it carries it in `channelData` beside the reply trace: the triage
 * result, and the case's links when the case was kept. The card and the SMS text are rendered from it.
 */
export type ShownResult = { triage: TriageResult; caseLinks?: CaseLinks | undefined };

const ShownResultSchema = z.object({
  triage: TriageResultSchema,
  caseLinks: CaseLinksSchema.optional(),
}) satisfies z.ZodType<ShownResult>;

/** The `channelData` fields of a message that shows this result. */
export function shownResultData({ triage, caseLinks }: ShownResult): ShownResult {
  return { triage, ...(caseLinks ? { caseLinks } : {}) };
}

/**
 * The result a message shows, read back typed, or undefined when it shows none. Every renderer reads it
 * here: a message that carries a result of another shape is a bug, and fails here, naming the field,
 * instead of reaching a renderer cast.
 */
export function shownResult(message: { channelData?: unknown }): ShownResult | undefined {
  const data = message.channelData;
  if (typeof data !== 'object' || data === null || !('triage' in data)) return undefined;
  return ShownResultSchema.parse(data);
}
