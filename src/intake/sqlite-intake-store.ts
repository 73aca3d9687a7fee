import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { z } from 'zod';
import { newIntakeId, scrubIntake, type IntakeRecord } from './intake-schema.ts';
import {
  DEFAULT_LEASE_MS,
  groupNotes,
  HandlingStateSchema,
  newIntakeRecord,
  DeliveryStateSchema,
  IntakeEventSchema,
  newToken,
  reachedTheFirm,
  readRecord,
  storedIntake,
  REFERENCE_CHARS,
  searchTerms,
  recordWithoutStatus,
  STORE_SCHEMA_VERSION,
  truncateError,
  webhookBody,
  type Claim,
  type CreateOutcome,
  type DeadLetter,
  type DeletionOutcome,
  type DeliveryState,
  type HandlingChange,
  type IntakeEvent,
  type IntakeListQuery,
  type IntakeNote,
  type IntakeStore,
  type OutboxEvent,
  type OutboxMessage,
  type OutboxStats,
  type RedeliveryOutcome,
  type RetryPlan,
  type StoredIntake,
} from './intake-store.ts';

/*
 * The embedded default: intakes and their outbox in one SQLite file, through Node's built-in driver (no
 * native addon). Every transaction is synchronous from BEGIN IMMEDIATE to COMMIT, so it holds SQLite's
 * single write lock for microseconds and never across an await: two dispatchers on the same file take
 * turns, and a claim is exclusive.
 */

export const IN_MEMORY_SQLITE = ':memory:';

/** How long a write waits for another connection's lock before failing. */
const BUSY_TIMEOUT_MS = 5_000;

/** The tables as schema version 1 created them; MIGRATIONS take them to STORE_SCHEMA_VERSION. */
export const VERSION_1_TABLES = `
CREATE TABLE IF NOT EXISTS intake_schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS intakes (
  id TEXT PRIMARY KEY,
  created_ms INTEGER NOT NULL,
  urgency TEXT NOT NULL,
  status TEXT NOT NULL,
  record TEXT NOT NULL,
  last_event TEXT NOT NULL,
  delivery_state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  last_attempt_ms INTEGER,
  delivered_ms INTEGER
);
CREATE INDEX IF NOT EXISTS intakes_created ON intakes (created_ms);
CREATE TABLE IF NOT EXISTS intake_outbox (
  id TEXT PRIMARY KEY,
  intake_id TEXT NOT NULL,
  event TEXT NOT NULL,
  body TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_ms INTEGER NOT NULL,
  lease_until_ms INTEGER,
  claim_token TEXT,
  last_error TEXT,
  created_ms INTEGER NOT NULL,
  delivered_ms INTEGER
);
CREATE INDEX IF NOT EXISTS intake_outbox_due ON intake_outbox (state, next_attempt_ms);
CREATE INDEX IF NOT EXISTS intake_outbox_intake ON intake_outbox (intake_id);
`;

/** The statements that take the tables from the version before each key to that version. */
const MIGRATIONS: Readonly<Record<number, string>> = {
  2: `
ALTER TABLE intakes ADD COLUMN handling TEXT NOT NULL DEFAULT 'new';
ALTER TABLE intakes ADD COLUMN handling_by TEXT;
ALTER TABLE intakes ADD COLUMN handling_ms INTEGER;
CREATE TABLE intake_notes (
  id TEXT PRIMARY KEY,
  intake_id TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  author TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX intake_notes_intake ON intake_notes (intake_id, created_ms);
`,
};

const IntakeRowSchema = z.object({
  id: z.string(),
  status: z.string(),
  record: z.string(),
  last_event: IntakeEventSchema,
  delivery_state: DeliveryStateSchema,
  attempts: z.number(),
  last_error: z.string().nullable(),
  last_attempt_ms: z.number().nullable(),
  delivered_ms: z.number().nullable(),
  handling: HandlingStateSchema,
  handling_by: z.string().nullable(),
  handling_ms: z.number().nullable(),
});
type IntakeRow = z.infer<typeof IntakeRowSchema>;

const DueRowSchema = z.object({
  id: z.string(),
  intake_id: z.string(),
  event: IntakeEventSchema,
  body: z.string(),
  attempts: z.number(),
});

const OutboxRowSchema = z.object({ intake_id: z.string(), event: IntakeEventSchema });

const CountRowSchema = z.object({ state: DeliveryStateSchema, n: z.number() });

const NoteRowSchema = z.object({
  intake_id: z.string(),
  id: z.string(),
  created_ms: z.number(),
  author: z.string(),
  body: z.string(),
});

const INTAKE_COLUMNS =
  'id, status, record, last_event, delivery_state, attempts, last_error, last_attempt_ms, delivered_ms, ' +
  'handling, handling_by, handling_ms';

export type SqliteIntakeStoreOptions = { path: string };

export class SqliteIntakeStore implements IntakeStore {
  readonly #path: string;
  #db: DatabaseSync | undefined;
  #closed = false;

  constructor(options: SqliteIntakeStoreOptions) {
    this.#path = options.path;
  }

  create(record: IntakeRecord): Promise<CreateOutcome> {
    return settle(() => {
      const valid = newIntakeRecord(record);
      const createdMs = Date.parse(valid.createdAt);
      return this.#transaction((db): CreateOutcome => {
        const inserted = db
          .prepare(
            `INSERT INTO intakes (id, created_ms, urgency, status, record, last_event, delivery_state, attempts)
             VALUES (?, ?, ?, ?, ?, 'intake.created', 'pending', 0)
             ON CONFLICT (id) DO NOTHING`,
          )
          .run(valid.id, createdMs, valid.urgency, valid.status, JSON.stringify(recordWithoutStatus(valid)));
        if (inserted.changes === 0) return { ok: false, code: 'duplicate_id' };
        insertEvent(db, valid.id, 'intake.created', webhookBody('intake.created', valid), createdMs);
        return { ok: true };
      });
    });
  }

  get(id: string): Promise<StoredIntake | undefined> {
    return settle(() => {
      const row = this.#connection().prepare(`SELECT ${INTAKE_COLUMNS} FROM intakes WHERE id = ?`).get(id);
      return row === undefined ? undefined : this.#withNotes([row])[0];
    });
  }

  list(query: IntakeListQuery): Promise<StoredIntake[]> {
    return settle(() => {
      const where: string[] = [];
      const params: SQLInputValue[] = [];
      if (query.since) {
        where.push('created_ms >= ?');
        params.push(query.since.getTime());
      }
      if (query.urgency) {
        where.push('urgency = ?');
        params.push(query.urgency);
      }
      if (query.status) {
        where.push('status = ?');
        params.push(query.status);
      }
      if (query.delivery) {
        where.push('delivery_state = ?');
        params.push(query.delivery);
      }
      if (query.handling) {
        where.push('handling = ?');
        params.push(query.handling);
      }
      if (query.q) {
        const terms = searchTerms(query.q);
        const fields = [
          "lower(json_extract(record, '$.contact.name')) LIKE ? ESCAPE '\\'",
          "lower(json_extract(record, '$.contact.email')) LIKE ? ESCAPE '\\'",
          'substr(id, 1, length(?)) = ?',
        ];
        params.push(terms.text, terms.text, terms.prefix, terms.prefix);
        if (terms.digits) {
          fields.push("json_extract(record, '$.contact.mobile') LIKE ?");
          params.push(terms.digits);
        }
        where.push(`(${fields.join(' OR ')})`);
      }
      if (query.cursor) {
        where.push('(created_ms < ? OR (created_ms = ? AND id > ?))');
        params.push(query.cursor.createdMs, query.cursor.createdMs, query.cursor.id);
      }
      const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const rows = this.#connection()
        .prepare(`SELECT ${INTAKE_COLUMNS} FROM intakes ${filter} ORDER BY created_ms DESC, id LIMIT ?`)
        .all(...params, query.limit);
      return this.#withNotes(rows);
    });
  }

  findByReference(reference: string): Promise<StoredIntake[]> {
    return settle(() =>
      this.#withNotes(
        this.#connection()
          .prepare(
            `SELECT ${INTAKE_COLUMNS} FROM intakes WHERE substr(id, 1, ?) = ? ORDER BY created_ms DESC, id`,
          )
          .all(REFERENCE_CHARS, reference),
      ),
    );
  }

  updateHandling(id: string, change: HandlingChange): Promise<StoredIntake | undefined> {
    return settle(() => {
      const found = this.#transaction((db) => {
        if (db.prepare('SELECT id FROM intakes WHERE id = ?').get(id) === undefined) return false;
        const atMs = change.at.getTime();
        if (change.handling !== undefined) {
          db.prepare(
            'UPDATE intakes SET handling = ?, handling_by = ?, handling_ms = ? WHERE id = ? AND handling <> ?',
          ).run(change.handling, change.by, atMs, id, change.handling);
        }
        if (change.note !== undefined) {
          db.prepare(
            'INSERT INTO intake_notes (id, intake_id, created_ms, author, body) VALUES (?, ?, ?, ?, ?)',
          ).run(newIntakeId(), id, atMs, change.by, change.note);
        }
        return true;
      });
      if (!found) return undefined;
      const row = this.#connection().prepare(`SELECT ${INTAKE_COLUMNS} FROM intakes WHERE id = ?`).get(id);
      return row === undefined ? undefined : this.#withNotes([row])[0];
    });
  }

  claimDue(now: Date, limit: number, leaseMs = DEFAULT_LEASE_MS): Promise<OutboxMessage[]> {
    return settle(() =>
      this.#transaction((db) => {
        const nowMs = now.getTime();
        const due = db
          .prepare(
            `SELECT id, intake_id, event, body, attempts FROM intake_outbox
             WHERE state = 'pending' AND next_attempt_ms <= ? AND (lease_until_ms IS NULL OR lease_until_ms <= ?)
             ORDER BY next_attempt_ms, created_ms LIMIT ?`,
          )
          .all(nowMs, nowMs, limit)
          .map((row) => DueRowSchema.parse(row));
        const lease = db.prepare('UPDATE intake_outbox SET lease_until_ms = ?, claim_token = ? WHERE id = ?');
        return due.map((row) => {
          const claimToken = newToken();
          lease.run(nowMs + leaseMs, claimToken, row.id);
          return {
            eventId: row.id,
            intakeId: row.intake_id,
            event: row.event,
            body: row.body,
            attempts: row.attempts,
            claimToken,
          };
        });
      }),
    );
  }

  markDelivered(claim: Claim, attempts: number, at: Date): Promise<boolean> {
    // No claim-token check: a 2xx is the truth, whoever holds the lease now.
    return settle(() =>
      this.#transaction((db) => {
        const changed = db
          .prepare(
            `UPDATE intake_outbox SET state = 'delivered', attempts = ?, delivered_ms = ?, last_error = NULL,
               lease_until_ms = NULL, claim_token = NULL
             WHERE id = ? AND state <> 'delivered'`,
          )
          .run(attempts, at.getTime(), claim.eventId).changes;
        if (Number(changed) === 0) return false;
        updateIntakeDelivery(db, claim.eventId, 'delivered', {
          attempts,
          lastError: null,
          at: at.getTime(),
          deliveredAt: at.getTime(),
        });
        return true;
      }),
    );
  }

  scheduleRetry(claim: Claim, plan: RetryPlan): Promise<boolean> {
    return settle(() =>
      this.#transaction((db) => {
        const lastError = truncateError(plan.lastError);
        const changed = db
          .prepare(
            `UPDATE intake_outbox SET attempts = ?, next_attempt_ms = ?, last_error = ?, lease_until_ms = NULL,
               claim_token = NULL
             WHERE id = ? AND claim_token = ? AND state = 'pending'`,
          )
          .run(plan.attempts, plan.nextAt.getTime(), lastError, claim.eventId, claim.claimToken).changes;
        if (Number(changed) === 0) return false;
        updateIntakeDelivery(db, claim.eventId, 'pending', {
          attempts: plan.attempts,
          lastError,
          at: plan.at.getTime(),
          deliveredAt: null,
        });
        return true;
      }),
    );
  }

  markDead(claim: Claim, failure: DeadLetter): Promise<boolean> {
    return settle(() =>
      this.#transaction((db) => {
        const lastError = truncateError(failure.lastError);
        const changed = db
          .prepare(
            `UPDATE intake_outbox SET state = 'dead', attempts = ?, last_error = ?, lease_until_ms = NULL,
               claim_token = NULL
             WHERE id = ? AND claim_token = ? AND state = 'pending'`,
          )
          .run(failure.attempts, lastError, claim.eventId, claim.claimToken).changes;
        if (Number(changed) === 0) return false;
        updateIntakeDelivery(db, claim.eventId, 'dead', {
          attempts: failure.attempts,
          lastError,
          at: failure.at.getTime(),
          deliveredAt: null,
        });
        return true;
      }),
    );
  }

  deadEvents(limit: number): Promise<OutboxEvent[]> {
    return settle(() =>
      this.#connection()
        .prepare(
          `SELECT id, intake_id, event, body, attempts FROM intake_outbox WHERE state = 'dead'
           ORDER BY created_ms, id LIMIT ?`,
        )
        .all(limit)
        .map((row) => {
          const { id, intake_id: intakeId, event, body, attempts } = DueRowSchema.parse(row);
          return { eventId: id, intakeId, event, body, attempts };
        }),
    );
  }

  redeliver(id: string, now: Date): Promise<RedeliveryOutcome> {
    return settle(() =>
      this.#transaction((db): RedeliveryOutcome => {
        const found = db.prepare(`SELECT ${INTAKE_COLUMNS} FROM intakes WHERE id = ?`).get(id);
        if (found === undefined) return { ok: false, code: 'not_found' };
        if (IntakeRowSchema.parse(found).delivery_state !== 'dead') return { ok: false, code: 'not_dead' };
        db.prepare(
          `UPDATE intake_outbox SET state = 'pending', attempts = 0, next_attempt_ms = ?, lease_until_ms = NULL,
             claim_token = NULL
           WHERE intake_id = ? AND state = 'dead'`,
        ).run(now.getTime(), id);
        db.prepare(
          `UPDATE intakes SET delivery_state = 'pending',
             status = CASE WHEN last_event = 'intake.created' THEN 'pending' ELSE status END
           WHERE id = ?`,
        ).run(id);
        return { ok: true };
      }),
    );
  }

  deleteForPerson(id: string, now: Date): Promise<DeletionOutcome> {
    return settle(() => {
      const outcome = this.#transaction((db): DeletionOutcome => {
        const found = db.prepare(`SELECT ${INTAKE_COLUMNS} FROM intakes WHERE id = ?`).get(id);
        if (found === undefined) return { ok: false, code: 'not_found' };
        const row = IntakeRowSchema.parse(found);
        if (row.status === 'deleted') return { ok: true, outcome: 'already-deleted' };
        const nowMs = now.getTime();
        const inFlightUntil = db
          .prepare(
            `SELECT MAX(lease_until_ms) AS until FROM intake_outbox
             WHERE intake_id = ? AND state = 'pending' AND lease_until_ms > ?`,
          )
          .get(id, nowMs);
        const leaseEnd = z.object({ until: z.number().nullable() }).parse(inFlightUntil).until;
        // Removing the events also cancels an attempt in flight: its later retry or dead-mark finds nothing.
        db.prepare('DELETE FROM intake_outbox WHERE intake_id = ?').run(id);
        db.prepare('DELETE FROM intake_notes WHERE intake_id = ?').run(id);
        if (!reachedTheFirm(row) && leaseEnd === null) {
          db.prepare('DELETE FROM intakes WHERE id = ?').run(id);
          return { ok: true, outcome: 'removed' };
        }
        // The firm has it (or may, if that attempt succeeds): keep the case facts, drop the person's
        // details, and tell the firm, after any attempt in flight has had its chance to land first.
        const scrubbed = scrubIntake(readRecord(row.record, row.status), now);
        const eventId = insertEvent(
          db,
          id,
          'intake.deleted',
          webhookBody('intake.deleted', scrubbed),
          Math.max(nowMs, leaseEnd ?? nowMs),
        );
        db.prepare(
          `UPDATE intakes SET status = 'deleted', record = ?, last_event = 'intake.deleted',
             delivery_state = 'pending', attempts = 0, last_error = NULL, last_attempt_ms = NULL, delivered_ms = NULL
           WHERE id = ?`,
        ).run(JSON.stringify(recordWithoutStatus(scrubbed)), id);
        return { ok: true, outcome: 'scrubbed', eventId };
      });
      // secure_delete zeroed the removed bytes in the pages written to the WAL; the checkpoint puts those
      // pages into the database file and empties the WAL, which still held the old ones.
      if (outcome.ok && outcome.outcome !== 'already-deleted') this.#checkpoint();
      return outcome;
    });
  }

  outboxStats(): Promise<OutboxStats> {
    return settle(() => {
      const stats: OutboxStats = { pending: 0, delivered: 0, dead: 0 };
      const rows = this.#connection()
        .prepare('SELECT state, COUNT(*) AS n FROM intake_outbox GROUP BY state')
        .all();
      for (const row of rows) {
        const { state, n } = CountRowSchema.parse(row);
        stats[state] = n;
      }
      return stats;
    });
  }

  close(): Promise<void> {
    return settle(() => {
      this.#closed = true;
      this.#db?.close();
      this.#db = undefined;
    });
  }

  /** Rows as stored intakes, with their notes read in one query. */
  #withNotes(rows: readonly unknown[]): StoredIntake[] {
    const intakes = rows.map((row) => IntakeRowSchema.parse(row));
    if (intakes.length === 0) return [];
    const notes = groupNotes(
      this.#connection()
        .prepare(
          `SELECT intake_id, id, created_ms, author, body FROM intake_notes
           WHERE intake_id IN (SELECT value FROM json_each(?)) ORDER BY created_ms, id`,
        )
        .all(JSON.stringify(intakes.map((row) => row.id)))
        .map((row) => {
          const note = NoteRowSchema.parse(row);
          return {
            intakeId: note.intake_id,
            id: note.id,
            at: new Date(note.created_ms).toISOString(),
            by: note.author,
            text: note.body,
          };
        }),
    );
    return intakes.map((row) => toStoredIntake(row, notes.get(row.id) ?? []));
  }

  #checkpoint(): void {
    this.#connection().exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }

  #transaction<T>(work: (db: DatabaseSync) => T): T {
    const db = this.#connection();
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work(db);
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }

  #connection(): DatabaseSync {
    if (this.#closed) throw new Error('SqliteIntakeStore is closed');
    this.#db ??= openDatabase(this.#path);
    return this.#db;
  }
}

function openDatabase(path: string): DatabaseSync {
  if (path !== IN_MEMORY_SQLITE) mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS });
  db.exec('PRAGMA journal_mode = WAL');
  // Deleted rows (a person's name and email after "delete my data") are overwritten, not left in free pages.
  db.exec('PRAGMA secure_delete = ON');
  // FULL: a committed intake survives a power cut too, not only a crash of the process.
  db.exec('PRAGMA synchronous = FULL');
  db.exec('BEGIN IMMEDIATE');
  try {
    // A new file gets version 1's tables and then every migration, as an old file does.
    db.exec(VERSION_1_TABLES);
    const row = db.prepare('SELECT version FROM intake_schema_version').get();
    if (row === undefined) db.prepare('INSERT INTO intake_schema_version (version) VALUES (1)').run();
    const stored = row === undefined ? 1 : z.object({ version: z.number() }).parse(row).version;
    if (stored > STORE_SCHEMA_VERSION) {
      throw new Error('the intake database was written by a newer version of Notice Navigator');
    }
    for (let version = stored + 1; version <= STORE_SCHEMA_VERSION; version++) {
      const migration = MIGRATIONS[version];
      if (migration === undefined) throw new Error(`no migration to intake schema version ${version}`);
      db.exec(migration);
      db.prepare('UPDATE intake_schema_version SET version = ?').run(version);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    db.close();
    throw error;
  }
  return db;
}

function insertEvent(
  db: DatabaseSync,
  intakeId: string,
  event: IntakeEvent,
  body: string,
  dueMs: number,
): string {
  const eventId = newIntakeId();
  db.prepare(
    `INSERT INTO intake_outbox (id, intake_id, event, body, state, attempts, next_attempt_ms, created_ms)
     VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)`,
  ).run(eventId, intakeId, event, body, dueMs, dueMs);
  return eventId;
}

type DeliveryUpdate = { attempts: number; lastError: string | null; at: number; deliveredAt: number | null };

/** Mirrors an event's progress on its intake; a created event also moves the intake's status. */
function updateIntakeDelivery(
  db: DatabaseSync,
  eventId: string,
  state: DeliveryState,
  update: DeliveryUpdate,
): void {
  const event = OutboxRowSchema.parse(
    db.prepare('SELECT intake_id, event FROM intake_outbox WHERE id = ?').get(eventId),
  );
  const status = event.event === 'intake.created' && state !== 'pending' ? state : null;
  db.prepare(
    `UPDATE intakes SET delivery_state = ?, attempts = ?, last_error = ?, last_attempt_ms = ?, delivered_ms = ?,
       status = COALESCE(?, status)
     WHERE id = ? AND last_event = ?`,
  ).run(
    state,
    update.attempts,
    update.lastError,
    update.at,
    update.deliveredAt,
    status,
    event.intake_id,
    event.event,
  );
}

function toStoredIntake(row: IntakeRow, notes: IntakeNote[]): StoredIntake {
  const times = {
    lastAttemptAt: isoOrNull(row.last_attempt_ms),
    deliveredAt: isoOrNull(row.delivered_ms),
    handledAt: isoOrNull(row.handling_ms),
  };
  return storedIntake(row, times, notes);
}

function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** Runs synchronous database work as a promise, so a throw becomes a rejection. */
function settle<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve) => {
    resolve(work());
  });
}
