import { z } from 'zod';
import type { BackoffPolicy } from './outbox-dispatcher.ts';
import {
  DEFAULT_BACKOFF,
  DEFAULT_INTERVAL_MS,
  DEFAULT_PROBE_INTERVAL_MS,
  DEFAULT_TIMEOUT_MS,
} from './outbox-dispatcher.ts';

/*
 * The intake settings, as a zod shape over the environment that src/config.ts merges into EnvSchema. It
 * loads no database driver: the CLI reads the config too (the store factory is create-intake-store.ts).
 */

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const DEFAULT_INTAKE_SQLITE_PATH = './data/intakes.sqlite';

/** Secrets shorter than this are guessable; 32 characters of a password manager's output is plenty. */
const MIN_SECRET_CHARS = 32;

export const IntakeEnvShape = {
  /** PostgreSQL for intakes (and several instances); unset: the SQLite file below. */
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  INTAKE_SQLITE_PATH: z.string().default(DEFAULT_INTAKE_SQLITE_PATH),
  /** The firm's receiver; unset: intakes are stored and shown to staff but not pushed anywhere. */
  INTAKE_WEBHOOK_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  INTAKE_WEBHOOK_SECRET: optionalText.pipe(z.string().min(MIN_SECRET_CHARS).optional()),
  INTAKE_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(DEFAULT_TIMEOUT_MS),
  INTAKE_RETRY_BASE_MS: z.coerce.number().int().min(1).default(DEFAULT_BACKOFF.baseMs),
  INTAKE_RETRY_CAP_MS: z.coerce.number().int().min(1).default(DEFAULT_BACKOFF.capMs),
  INTAKE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(DEFAULT_BACKOFF.maxAttempts),
  INTAKE_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(10).default(DEFAULT_INTERVAL_MS),
  /** How often a dead delivery is sent again to learn whether the receiver answers (then all are re-queued). */
  INTAKE_PROBE_INTERVAL_MS: z.coerce.number().int().min(10).default(DEFAULT_PROBE_INTERVAL_MS),
  /** Staff API bearer token; unset: the staff API refuses every request. */
  STAFF_API_TOKEN: optionalText.pipe(z.string().min(MIN_SECRET_CHARS).optional()),
};

const IntakeEnvObject = z.object(IntakeEnvShape);

/** Checks across intake settings; the app's config runs it over the merged environment too. */
export function refineIntakeEnv(env: z.infer<typeof IntakeEnvObject>, ctx: z.RefinementCtx): void {
  if (env.INTAKE_WEBHOOK_URL && !env.INTAKE_WEBHOOK_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['INTAKE_WEBHOOK_SECRET'],
      message: 'is required with INTAKE_WEBHOOK_URL: the firm verifies every delivery with it',
    });
  }
  if (env.INTAKE_RETRY_CAP_MS < env.INTAKE_RETRY_BASE_MS) {
    ctx.addIssue({
      code: 'custom',
      path: ['INTAKE_RETRY_CAP_MS'],
      message: 'must be at least INTAKE_RETRY_BASE_MS',
    });
  }
}

export const IntakeEnvSchema = IntakeEnvObject.superRefine(refineIntakeEnv);
export type IntakeEnv = z.infer<typeof IntakeEnvSchema>;

export function backoffFrom(env: IntakeEnv): BackoffPolicy {
  return {
    baseMs: env.INTAKE_RETRY_BASE_MS,
    capMs: env.INTAKE_RETRY_CAP_MS,
    maxAttempts: env.INTAKE_MAX_ATTEMPTS,
  };
}
