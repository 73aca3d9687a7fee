import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIntakeStore } from '../../src/intake/create-intake-store.ts';
import { PostgresIntakeStore } from '../../src/intake/postgres-intake-store.ts';
import { SqliteIntakeStore } from '../../src/intake/sqlite-intake-store.ts';

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
