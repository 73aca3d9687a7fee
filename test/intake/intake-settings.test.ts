import { describe, expect, it } from 'vitest';
import { backoffFrom, IntakeEnvSchema } from '../../src/intake/intake-settings.ts';

const SECRET = 'x'.repeat(32);

describe('IntakeEnvSchema', () => {
  it('defaults to the SQLite file, no webhook and a closed staff API', () => {
    const env = IntakeEnvSchema.parse({});
    expect(env.INTAKE_SQLITE_PATH).toBe('./data/intakes.sqlite');
    expect([env.DATABASE_URL, env.INTAKE_WEBHOOK_URL, env.STAFF_API_TOKEN]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(backoffFrom(env)).toEqual({ baseMs: 30_000, capMs: 3_600_000, maxAttempts: 16 });
  });

  it.each([
    [{ INTAKE_WEBHOOK_URL: 'https://firm.example/hooks' }, 'INTAKE_WEBHOOK_SECRET'],
    [{ INTAKE_WEBHOOK_URL: 'ftp://firm.example/hooks', INTAKE_WEBHOOK_SECRET: SECRET }, 'INTAKE_WEBHOOK_URL'],
    [{ INTAKE_WEBHOOK_SECRET: 'short' }, 'INTAKE_WEBHOOK_SECRET'],
    [{ STAFF_API_TOKEN: 'short' }, 'STAFF_API_TOKEN'],
    [{ DATABASE_URL: 'mysql://db/intakes' }, 'DATABASE_URL'],
    [{ INTAKE_RETRY_BASE_MS: '5000', INTAKE_RETRY_CAP_MS: '1000' }, 'INTAKE_RETRY_CAP_MS'],
    [{ INTAKE_MAX_ATTEMPTS: '0' }, 'INTAKE_MAX_ATTEMPTS'],
  ])('refuses %j, naming %s', (env, variable) => {
    const parsed = IntakeEnvSchema.safeParse(env);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(variable);
  });

  it('accepts a complete configuration and reads numbers from text', () => {
    const env = IntakeEnvSchema.parse({
      DATABASE_URL: 'postgres://app@db:5432/intakes',
      INTAKE_WEBHOOK_URL: 'https://firm.example/hooks',
      INTAKE_WEBHOOK_SECRET: SECRET,
      STAFF_API_TOKEN: SECRET,
      INTAKE_MAX_ATTEMPTS: '5',
    });
    expect(env.INTAKE_MAX_ATTEMPTS).toBe(5);
  });
});
