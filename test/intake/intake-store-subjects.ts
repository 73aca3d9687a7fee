import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { IntakeStore } from '../../src/intake/intake-store.ts';
import { PostgresIntakeStore } from '../../src/intake/postgres-intake-store.ts';
import { SqliteIntakeStore } from '../../src/intake/sqlite-intake-store.ts';
import { serviceUrls } from '../support/services.ts';

/**
 * One backing database (a temp SQLite file, or a fresh PostgreSQL schema) that tests open stores on:
 * several at once (two dispatchers) or one after another (a restart).
 */
export type StoreSubject = {
  name: 'sqlite' | 'postgres';
  /** A new store instance over the same data, as a second process or a restarted one would have. */
  open(): IntakeStore;
  /** Closes every store opened here and removes the data. */
  dispose(): Promise<void>;
};

/** The SQLite subject also names its file, for tests that read the bytes on disk. */
export function sqliteSubject(): StoreSubject & { path: string } {
  const directory = mkdtempSync(join(tmpdir(), 'intake-store-'));
  const path = join(directory, 'data', 'intakes.sqlite');
  const opened: IntakeStore[] = [];
  return {
    name: 'sqlite',
    path,
    open: () => {
      const store = new SqliteIntakeStore({ path });
      opened.push(store);
      return store;
    },
    dispose: async () => {
      await Promise.all(opened.map((store) => store.close()));
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export function postgresSubject(): StoreSubject {
  const schema = `intake_test_${randomBytes(6).toString('hex')}`;
  const opened: IntakeStore[] = [];
  return {
    name: 'postgres',
    open: () => {
      const store = new PostgresIntakeStore({ connectionString: serviceUrls.postgres, schema });
      opened.push(store);
      return store;
    },
    dispose: async () => {
      await Promise.all(opened.map((store) => store.close()));
      const client = new pg.Client({ connectionString: serviceUrls.postgres });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}
