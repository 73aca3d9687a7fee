/** The reply trace every message carries in `channelData.guidance` (a public contract, in the README). */
export type GuidanceRoute = 'prompt' | 'triage' | 'answer' | 'refusal' | 'scam-warning' | 'intake' | 'error';
export type Guidance = {
  route: GuidanceRoute;
  passageIds: string[];
  disclaimer: boolean;
  paraphrased: boolean;
};

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
