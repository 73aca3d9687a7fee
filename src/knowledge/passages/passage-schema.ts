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

/**
 * A passage written again in another language, for a reader of that language: the same id and the same
 * facts as the English passage it twins (numbers, amounts, dates, forms, codes, phone numbers and URLs
 * written as in English), its own title, text and sources. The twin check (passage-check.ts) holds it to
 * the English passage's facts and version.
 */
export const PassageTwinSchema = z.object({
  id: z.string().regex(PASSAGE_ID_PATTERN, 'id must be kebab-case'),
  /** The version of the English passage this twin says again: a newer English text needs the twin redone. */
  twinOf: z.number().int().positive(),
  title: z.string().min(3),
  text: z.string().min(1),
  /**
   * Vetted pages in the twin's language (irs.gov/es), read for what they support: cited before the English
   * passage's sources, which still stand. Absent where the library holds no such page.
   */
  sources: z.array(SourceSchema).min(1).optional(),
  /** Every fact the twin's text states, as written there; the same facts as the English passage. */
  facts: z.array(z.string().min(1)),
  reviewedBy: z.string().min(3),
  reviewedOn: IsoDateSchema,
});
export type PassageTwin = z.infer<typeof PassageTwinSchema>;

/**
 * The language the vetted passages are written and reviewed in (the one locale literal outside the
 * catalog): every other language reads their twins, and falls back to these.
 */
export const PASSAGE_LANGUAGE = 'en';

/** Another language's words run longer than English ones: Spanish about a fifth more. */
export const MAX_TWIN_WORDS = 175;

export type KnowledgeBase = {
  readonly passages: readonly Passage[];
  readonly byId: ReadonlyMap<string, Passage>;
  /** Each passage's reviewed claims, by passage id (see claims.ts). */
  readonly claims: ReadonlyMap<string, PassageClaims>;
  /** Each language's twins (see PassageTwinSchema), by language and then by passage id. */
  readonly twins: ReadonlyMap<string, ReadonlyMap<string, PassageTwin>>;
};
