import { z } from 'zod';
import type { PassageClaims } from './claims.ts';
import { IsoDateSchema, SourceSchema } from '../facts-schema.ts';

/** Kebab-case, so ids read well in traces and URLs. */
const PASSAGE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MIN_PASSAGE_WORDS = 40;
export const MAX_PASSAGE_WORDS = 140;

/**
 * A passage may rest on confirmed (C) or partly confirmed (P) facts only: an unconfirmed (U) fact is
 * never stated, the passage points to the figure printed on the notice instead.
 */
const PassageConfidenceSchema = z.enum(['C', 'P']);

export const PassageSchema = z.object({
  id: z.string().regex(PASSAGE_ID_PATTERN, 'id must be kebab-case'),
  /** Bumped whenever the text changes, so cached paraphrases of an older text are not reused. */
  version: z.number().int().positive(),
  title: z.string().min(3),
  topics: z.array(z.string().min(2)).min(1),
  /** Plain sentences for a worried reader; the word range is enforced by the passage check. */
  text: z.string().min(1),
  sources: z.array(SourceSchema).min(1),
  /** Every number, amount, percentage, date, form, notice code, phone number and URL the text states, as written there. */
  facts: z.array(z.string().min(1)),
  reviewedBy: z.string().min(3),
  reviewedOn: IsoDateSchema,
  confidence: PassageConfidenceSchema,
});
export type Passage = z.infer<typeof PassageSchema>;

export type KnowledgeBase = {
  readonly passages: readonly Passage[];
  readonly byId: ReadonlyMap<string, Passage>;
  /** Each passage's reviewed claims, by passage id (see claims.ts). */
  readonly claims: ReadonlyMap<string, PassageClaims>;
};
