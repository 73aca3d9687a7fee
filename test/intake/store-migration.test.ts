import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntakeRecord } from '../../src/intake/intake-schema.ts';
import {
  STORE_SCHEMA_VERSION,
  recordWithoutStatus,
  type IntakeStore,
} from '../../src/intake/intake-store.ts';
import { PostgresIntakeStore, postgresVersion1Tables } from '../../src/intake/postgres-intake-store.ts';
import { SqliteIntakeStore, VERSION_1_TABLES } from '../../src/intake/sqlite-intake-store.ts';
import { serviceUrls } from '../support/services.ts';
import { sampleRecord, START } from './intake-fixtures.ts';

/*
 * A database written by the release before handling and notes (store schema 1, intake schema 1): its
 * tables, a stored intake whose deadlines carry the frozen `daysLeft` and no `locale`, and its queued
 * event. Opening it with today's store upgrades it in place, and nothing stored is lost or changed.
 */

const record = sampleRecord(START);
const withoutLocale: Omit<IntakeRecord, 'status'> = recordWithoutStatus(record);
delete withoutLocale.locale;
const version1Record = {
  ...withoutLocale,
  schemaVersion: 1,
  deadlines: record.deadlines.map((deadline) => ({ ...deadline, daysLeft: 9 })),
};
const version1Body = JSON.stringify({
  event: 'intake.created',
  intake: { ...version1Record, status: 'pending' },
});
const EVENT_ID = 'Ev1AAAAAAAAAAAAAAAAAAAAA';

/** Today's reading of the version 1 record: the same case, without the stale count. */
const expectedIntake: IntakeRecord = { ...withoutLocale, status: 'pending' };

async function checkUpgraded(store: IntakeStore): Promise<void> {
  const stored = await store.get(record.id);
  expect(stored?.intake).toEqual(expectedIntake);
  expect(stored?.intake.schemaVersion).toBe(2);
  expect(stored?.handling).toEqual({ state: 'new', changedBy: null, changedAt: null });
  expect(stored?.notes).toEqual([]);
  // The queued event goes out exactly as it was signed for: its body is not rewritten.
  const [event] = await store.claimDue(START, 10);
  expect(event).toMatchObject({ eventId: EVENT_ID, body: version1Body });
  const updated = await store.updateHandling(record.id, {
    handling: 'contacted',
    note: 'Called back',
    by: 'ana@firm.example',
    at: START,
  });
  expect(updated?.handling.state).toBe('contacted');
  expect(updated?.notes.map((note) => note.text)).toEqual(['Called back']);
  expect((await store.list({ handling: 'contacted', limit: 10 })).map((row) => row.intake.id)).toEqual([
    record.id,
  ]);
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('an intake database from store schema version 1', () => {
  it('SQLite: upgrades in place on open, keeping the intake and its queued event', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'intake-migration-'));
    const path = join(directory, 'intakes.sqlite');
    const old = new DatabaseSync(path);
    old.exec(VERSION_1_TABLES);
    old.exec('INSERT INTO intake_schema_version (version) VALUES (1)');
    old
      .prepare(
        `INSERT INTO intakes (id, created_ms, urgency, status, record, last_event, delivery_state, attempts)
         VALUES (?, ?, ?, 'pending', ?, 'intake.created', 'pending', 0)`,
      )
      .run(record.id, START.getTime(), record.urgency, JSON.stringify(version1Record));
    old
      .prepare(
        `INSERT INTO intake_outbox (id, intake_id, event, body, state, attempts, next_attempt_ms, created_ms)
         VALUES (?, ?, 'intake.created', ?, 'pending', 0, ?, ?)`,
      )
      .run(EVENT_ID, record.id, version1Body, START.getTime(), START.getTime());
    old.close();
    const store = new SqliteIntakeStore({ path });
    cleanups.push(async () => {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    });

    await checkUpgraded(store);
    const check = new DatabaseSync(path, { readOnly: true });
    expect(check.prepare('SELECT version FROM intake_schema_version').all()).toEqual([
      { version: STORE_SCHEMA_VERSION },
    ]);
    check.close();
    // Opened again, an upgraded file is left as it is.
    const reopened = new SqliteIntakeStore({ path });
    expect((await reopened.get(record.id))?.handling.state).toBe('contacted');
    await reopened.close();
  });

  it('PostgreSQL: upgrades in place on first use, keeping the intake and its queued event', async () => {
    const schema = `intake_migration_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: serviceUrls.postgres });
    await client.connect();
    cleanups.push(async () => {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    });
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(postgresVersion1Tables(schema));
    await client.query(`INSERT INTO "${schema}".intake_schema_version (version) VALUES (1)`);
    await client.query(
      `INSERT INTO "${schema}".intakes (id, created_at, urgency, status, record, last_event, delivery_state, attempts)
       VALUES ($1, $2, $3, 'pending', $4::jsonb, 'intake.created', 'pending', 0)`,
      [record.id, START, record.urgency, JSON.stringify(version1Record)],
    );
    await client.query(
      `INSERT INTO "${schema}".intake_outbox (id, intake_id, event, body, state, attempts, next_attempt_at, created_at)
       VALUES ($1, $2, 'intake.created', $3, 'pending', 0, $4, $4)`,
      [EVENT_ID, record.id, version1Body, START],
    );
    // Two instances starting at once: one migrates, the other waits for it and finds it done.
    const first = new PostgresIntakeStore({ connectionString: serviceUrls.postgres, schema });
    const second = new PostgresIntakeStore({ connectionString: serviceUrls.postgres, schema });
    cleanups.unshift(async () => {
      await first.close();
      await second.close();
    });
    const [statsA, statsB] = await Promise.all([first.outboxStats(), second.outboxStats()]);
    expect(statsA).toEqual(statsB);

    await checkUpgraded(first);
    const { rows } = await client.query(`SELECT version FROM "${schema}".intake_schema_version`);
    expect(rows).toEqual([{ version: STORE_SCHEMA_VERSION }]);
    expect((await second.get(record.id))?.notes).toHaveLength(1);
  });
});
