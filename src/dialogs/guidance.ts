import { MessageFactory, type Activity } from 'botbuilder';
import { z } from 'zod';

/** The reply trace every message carries in `channelData.guidance` (a public contract, in the README). */
const GuidanceSchema = z.object({
  route: z.enum(['prompt', 'triage', 'answer', 'refusal', 'scam-warning', 'intake', 'error']),
  passageIds: z.array(z.string()),
  disclaimer: z.boolean(),
  paraphrased: z.boolean(),
});
export type Guidance = z.infer<typeof GuidanceSchema>;
type GuidanceRoute = Guidance['route'];

/** Routes whose messages give guidance and so must carry the professional disclaimer. */
export const GUIDANCE_ROUTES: ReadonlySet<GuidanceRoute> = new Set(['triage', 'answer', 'scam-warning']);

export function guidance(
  route: GuidanceRoute,
  details: { passageIds?: readonly string[]; disclaimer?: boolean; paraphrased?: boolean } = {},
): Guidance {
  return {
    route,
    passageIds: [...new Set(details.passageIds ?? [])],
    disclaimer: details.disclaimer ?? false,
    paraphrased: details.paraphrased ?? false,
  };
}

/** A plain conversational message (no guidance, no disclaimer), traced as a prompt. */
export function say(text: string): Partial<Activity> {
  return { ...MessageFactory.text(text), channelData: { guidance: guidance('prompt') } };
}

/** The reply trace a message carries, read back typed, or undefined when it carries none. */
export function guidanceOf(message: { channelData?: unknown }): Guidance | undefined {
  const data = message.channelData;
  if (typeof data !== 'object' || data === null || !('guidance' in data)) return undefined;
  return GuidanceSchema.parse(data.guidance);
}
