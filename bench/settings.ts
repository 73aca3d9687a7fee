import { z } from 'zod';

/** The backends the state-backed scenarios run on, in this order. */
const BACKENDS = ['memory', 'sqlite', 'redis'] as const;
export type Backend = (typeof BACKENDS)[number];

export const BENCH_MODES = ['scenarios', 'memory', 'soak'] as const;

/** Fixed "today" of the bot server, so the triage result (and its check) never depends on the calendar. */
export const BENCH_TODAY = '2026-03-10';

const seconds = z.coerce.number().positive().max(600);

/** Everything a bench run can be told through the environment, checked once at start. */
const BenchSettingsSchema = z.object({
  BENCH_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(20),
  BENCH_WARMUP_S: seconds.default(3),
  BENCH_DURATION_S: seconds.default(10),
  BENCH_BACKENDS: z
    .string()
    .default(BACKENDS.join(','))
    .transform((list) => list.split(',').map((name) => name.trim()))
    .pipe(z.array(z.enum(BACKENDS)).min(1)),
  /**
   * The paced scenario's pause between a reply and a conversation's next message: a person reading and
   * typing. One second is quicker than anyone answers "What date is printed on the notice?".
   */
  BENCH_THINK_MS: z.coerce.number().int().positive().max(60_000).default(1000),
  /** The paced scenario's measured window: longer than the others, as paced turns come slower. */
  BENCH_PACED_S: seconds.default(30),
  BENCH_REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  BENCH_RESULTS_PATH: z.string().min(1).default('bench/results/latest.json'),
  /** A directory: every server then runs with --cpu-prof and leaves its profile there, named after the scenario. */
  BENCH_CPU_PROF_DIR: z.string().min(1).optional(),
  /**
   * What to run: `scenarios` (the default table), `memory` (state and process memory per live
   * conversation) and `soak` (a long steady run); the last two are opt-in because they take minutes.
   */
  BENCH_MODES: z
    .string()
    .default('scenarios')
    .transform((list) => list.split(',').map((name) => name.trim()))
    .pipe(z.array(z.enum(BENCH_MODES)).min(1)),
  /** Live conversations the memory mode creates through the API on each backend. */
  BENCH_MEMORY_CONVERSATIONS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** Turns of each of those conversations (the script's first ones). */
  BENCH_MEMORY_TURNS: z.coerce.number().int().min(1).max(6).default(2),
  /** Soak length; the issue asks for 10 minutes. */
  BENCH_SOAK_S: z.coerce.number().positive().max(86_400).default(600),
  /** Memory and p99 are sampled this often during the soak. */
  BENCH_SOAK_SAMPLE_S: z.coerce.number().positive().max(3_600).default(30),
  /** The soak's steady total rate, in turns per second, spread over BENCH_CONCURRENCY conversations. */
  BENCH_SOAK_RATE: z.coerce.number().positive().max(100_000).default(100),
  BENCH_SOAK_BACKEND: z.enum(BACKENDS).default('sqlite'),
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
