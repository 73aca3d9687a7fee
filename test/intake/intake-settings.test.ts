import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backoffFrom, createIntakeStore, IntakeEnvSchema } from '../../src/intake/intake-settings.ts';
import { PostgresIntakeStore } from '../../src/intake/postgres-intake-store.ts';
import { SqliteIntakeStore } from '../../src/intake/sqlite-intake-store.ts';

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

describe('createIntakeStore', () => {
  it('picks PostgreSQL when DATABASE_URL is set, else the SQLite file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'intake-settings-'));
    try {
      const sqlite = createIntakeStore({
        INTAKE_SQLITE_PATH: join(directory, 'i.sqlite'),
        DATABASE_URL: undefined,
      });
      expect(sqlite.backend).toBe('sqlite');
      expect(sqlite.store).toBeInstanceOf(SqliteIntakeStore);
      await sqlite.store.close();
      const postgres = createIntakeStore({
        INTAKE_SQLITE_PATH: join(directory, 'i.sqlite'),
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      });
      expect(postgres.backend).toBe('postgres');
      expect(postgres.store).toBeInstanceOf(PostgresIntakeStore);
      await postgres.store.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
