import { z } from 'zod';

/** Milliseconds; null when nothing was measured. */
const Ms = z.number().nonnegative().nullable();

export const LatencySummarySchema = z.object({
  count: z.number().int().nonnegative(),
  meanMs: Ms,
  p50Ms: Ms,
  p90Ms: Ms,
  p99Ms: Ms,
  maxMs: Ms,
});
export type LatencySummary = z.infer<typeof LatencySummarySchema>;

/** Nearest-rank percentile of an ascending array: the smallest value with at least p% of values at or below it. */
export function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? null;
}

/** Summary of every measured request timing (in milliseconds); the input is not modified. */
export function summarizeLatencies(latenciesMs: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(latenciesMs).sort();
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count: sorted.length,
    meanMs: sorted.length === 0 ? null : total / sorted.length,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? null,
  };
}
