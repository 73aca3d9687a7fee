import { z } from 'zod';

/**
 * C: confirmed in a primary source (irs.gov, taxpayeradvocate.irs.gov, the IRC, Treasury regulations, the
 * IRM); P: partly confirmed, or only by secondary sources quoting the IRS; U: unconfirmed, never stated
 * as fact (the product points to what the notice prints instead).
 */
export const ConfidenceSchema = z.enum(['C', 'P', 'U']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const SourceSchema = z.object({
  url: z.url(),
  /** The claim this source supports, in a few words. */
  supports: z.string().min(3),
});
export type Source = z.infer<typeof SourceSchema>;

/** A civil date, `YYYY-MM-DD`, with no time zone: notice dates and deadlines are calendar days. */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;
