import { z } from 'zod';
import { ConfidenceSchema, SourceSchema } from '../facts-schema.ts';

/** Stable deadline ids (a public contract: the README lists them). */
export const DeadlineIdSchema = z.enum([
  'pay-interest-free',
  'respond',
  'cdp-hearing',
  'equivalent-hearing',
  'tax-court-petition',
  'math-error-abatement',
]);
export type DeadlineId = z.infer<typeof DeadlineIdSchema>;

export const StageSchema = z.enum([
  'balance-due',
  'reminder',
  'intent-to-levy',
  'final-notice-cdp',
  'levy',
  'lien',
  'installment-agreement',
  'annual-reminder',
  'math-error',
  'adjustment',
  'proposed-change',
  'exam',
  'deficiency',
  'penalty-proposal',
  'non-filer',
]);
export type Stage = z.infer<typeof StageSchema>;

export const UrgencySchema = z.enum(['low', 'medium', 'high', 'critical']);
export type Urgency = z.infer<typeof UrgencySchema>;

/**
 * The deadlines a notice carries. The fixed statutory rules (interest-free payment, CDP, equivalent hearing,
 * Tax Court, math-error abatement) live in the deadline engine with their basis and source; a notice only
 * says which apply. `respond` windows differ per notice, so their figures and sources are notice data.
 */
const DeadlineSpecSchema = z.discriminatedUnion('id', [
  z.object({ id: z.literal('pay-interest-free') }),
  z.object({
    id: z.literal('respond'),
    /** Calendar days from the notice date; absent when no IRS source gives a count (go by the printed date). */
    days: z.number().int().positive().optional(),
    /** What the person does by then, e.g. "Reply to the proposed changes". */
    action: z.string().min(3),
    /** What meeting the date protects. */
    protects: z.string().min(3),
    /** What happens, or what is left, when it passes. */
    ifMissed: z.string().min(3),
    basis: z.string().min(3),
    sourceUrl: z.url(),
    confidence: ConfidenceSchema,
  }),
  z.object({
    id: z.literal('cdp-hearing'),
    /** Levy notices count 30 days from their date; lien letters from the end of a 5-business-day period. */
    trigger: z.enum(['levy', 'lien']),
  }),
  z.object({ id: z.literal('equivalent-hearing'), trigger: z.enum(['levy', 'lien']) }),
  z.object({ id: z.literal('tax-court-petition') }),
  z.object({ id: z.literal('math-error-abatement') }),
]);
export type DeadlineSpec = z.infer<typeof DeadlineSpecSchema>;

export const NoticeSchema = z.object({
  /** Canonical code as the IRS prints it: `CP14`, `LT11`, `Letter 1058`. */
  code: z.string().regex(/^(CP\d+[A-Z]?|LT\d+|Letter \d+[A-Z]?)$/),
  /** Canonical keys of other spellings that name the same notice (e.g. `CP621` for `CP521`). */
  aliases: z.array(z.string()).default([]),
  title: z.string().min(3),
  /** What the notice means, in the product's own plain words. */
  meaning: z.string().min(10),
  stage: StageSchema,
  urgency: UrgencySchema,
  /** True for bills that are a notice and demand for payment (IRC 6303): the interest-free window applies. */
  noticeAndDemand: z.boolean(),
  deadlines: z.array(DeadlineSpecSchema),
  appealRights: z.string().min(3),
  nextIfIgnored: z.string().min(3),
  /** How well the entry's sources confirm it (see ConfidenceSchema). */
  confidence: ConfidenceSchema,
  sources: z.array(SourceSchema).min(1),
});
export type Notice = z.infer<typeof NoticeSchema>;
