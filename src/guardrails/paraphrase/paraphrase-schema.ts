import { z } from 'zod';
import { LOCALES } from '../../catalog/locale.ts';

/** Longest paraphrase accepted; a reply far longer than its passages is not a rewrite. */
const MAX_PARAPHRASE_CHARS = 6000;

const ParaphraseStyleSchema = z.enum(['plain']);
export type ParaphraseStyle = z.infer<typeof ParaphraseStyleSchema>;

const PassageRefSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  text: z.string().min(1),
});
export type PassageRef = z.infer<typeof PassageRefSchema>;

export const ParaphraseRequestSchema = z.object({
  passages: z.array(PassageRefSchema),
  /** The case's deterministic facts (deadline dates, days left, amounts), free of personal data. */
  caseFacts: z.array(z.string()),
  /** Facts the paraphrase must keep, e.g. each deadline date. */
  requiredFacts: z.array(z.string()),
  style: ParaphraseStyleSchema,
  /** The language the passages are written in, and the rewrite must be: English when absent. */
  language: z.enum(LOCALES).optional(),
});
export type ParaphraseRequest = z.infer<typeof ParaphraseRequestSchema>;

/** What the model must return (the structured output), checked again on arrival. */
export const ParaphraseOutputSchema = z.strictObject({
  paraphrase: z.string().trim().min(1).max(MAX_PARAPHRASE_CHARS),
  /** The model's own estimate of the US school grade of its text; logged, never trusted. */
  readingGrade: z.number().int().min(1).max(20).nullable(),
});

/**
 * The same shape as JSON Schema for the strict structured output. Written out rather than generated so the
 * wire contract is visible and stays within the subset strict mode accepts (every property required,
 * no additional properties).
 */
export const PARAPHRASE_JSON_SCHEMA = {
  name: 'paraphrase',
  strict: true,
  schema: {
    type: 'object',
    properties: {
      paraphrase: { type: 'string', description: 'The passages rewritten in plain, kind words.' },
      readingGrade: {
        type: ['integer', 'null'],
        description: 'Estimated US school grade needed to read the paraphrase.',
      },
    },
    required: ['paraphrase', 'readingGrade'],
    additionalProperties: false,
  },
} as const;

/** The part of a Chat Completions response the paraphraser reads; anything else is a malformed response. */
export const ChatCompletionReplySchema = z.object({
  choices: z
    .array(
      z.object({
        finish_reason: z.string().nullable().optional(),
        message: z.object({
          content: z.string().nullable().optional(),
          refusal: z.string().nullable().optional(),
        }),
      }),
    )
    .min(1),
});
