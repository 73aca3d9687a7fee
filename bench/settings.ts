import { z } from 'zod';

/** The backends the state-backed scenarios run on, in this order. */
export const BACKENDS = ['memory', 'sqlite', 'redis'] as const;
export type Backend = (typeof BACKENDS)[number];

/** Fixed "today" of the bot server, so the triage result (and its check) never depends on the calendar. */
export const BENCH_TODAY = '2026-03-10';

const seconds = z.coerce.number().positive().max(600);

/** Everything a bench run can be told through the environment, checked once at start. */
export const BenchSettingsSchema = z.object({
  BENCH_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(20),
  BENCH_WARMUP_S: seconds.default(3),
  BENCH_DURATION_S: seconds.default(10),
  BENCH_BACKENDS: z
    .string()
    .default(BACKENDS.join(','))
    .transform((list) => list.split(',').map((name) => name.trim()))
    .pipe(z.array(z.enum(BACKENDS)).min(1)),
  BENCH_REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  BENCH_RESULTS_PATH: z.string().min(1).default('bench/results/latest.json'),
  /** A directory: every server then runs with --cpu-prof and leaves its profile there, named after the scenario. */
  BENCH_CPU_PROF_DIR: z.string().min(1).optional(),
});
export type BenchSettings = z.infer<typeof BenchSettingsSchema>;

export type SettingsResult = { ok: true; settings: BenchSettings } | { ok: false; errors: string[] };

export function loadBenchSettings(env: Record<string, string | undefined>): SettingsResult {
  const parsed = BenchSettingsSchema.safeParse(env);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
  };
}
