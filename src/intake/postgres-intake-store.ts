import pg from 'pg';
import { z } from 'zod';
import { newIntakeId, scrubIntake, type IntakeRecord } from './intake-schema.ts';
import {
  DEFAULT_LEASE_MS,
  DeliveryStateSchema,
  groupNotes,
  HandlingStateSchema,
  IntakeEventSchema,
  newIntakeRecord,
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
 * The same store over PostgreSQL (DATABASE_URL), for several instances behind a load balancer. Claims
 * use FOR UPDATE SKIP LOCKED and then a lease, so dispatchers on different machines never take the same
 * event, and none holds a row lock during the HTTP call.
 */

export type PostgresIntakeStoreOptions = {
  connectionString: string;
  /** The schema that holds the tables (created when missing); tests use a fresh one per run. */
  schema?: string;
  /** Connections in the pool. */
  maxConnections?: number;
  /** Told about errors of idle pooled connections (a restarted server); they would otherwise crash the process. */
  onIdleError?: (error: Error) => void;
  /** Longest wait for a connection (opening one, or a free one from the pool). */
  connectTimeoutMs?: number;
  /** Longest wait for one statement's answer; the server also stops working on it then. */
  queryTimeoutMs?: number;
};

export const DEFAULT_PG_SCHEMA = 'public';
const DEFAULT_MAX_CONNECTIONS = 5;
/*
 * Without these, a database that stops answering (a partition, a firewall dropping packets) holds a turn,
 * a readiness probe or the dispatcher until the kernel gives up on TCP, minutes later. With them, a hang
 * costs a turn one connect and one statement timeout, well under the 15 s a channel waits for a reply.
 */
export const DEFAULT_PG_CONNECT_TIMEOUT_MS = 3_000;
export const DEFAULT_PG_QUERY_TIMEOUT_MS = 5_000;
/** A transaction left open this long belongs to a client that is gone: the server ends it, freeing its locks. */
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;
/** Serialises schema creation between instances starting at once (any fixed 64-bit number). */
const SCHEMA_LOCK_KEY = 7_346_120_913;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

const IntakeRowSchema = z.object({
  id: z.string(),
  status: z.string(),
  record: z.unknown(),
  last_event: IntakeEventSchema,
  delivery_state: DeliveryStateSchema,
  attempts: z.number(),
  last_error: z.string().nullable(),
  last_attempt_at: z.date().nullable(),
  delivered_at: z.date().nullable(),
  handling: HandlingStateSchema,
  handling_by: z.string().nullable(),
  handling_at: z.date().nullable(),
});
type IntakeRow = z.infer<typeof IntakeRowSchema>;

const DeadRowSchema = z.object({
  id: z.string(),
  intake_id: z.string(),
  event: IntakeEventSchema,
  body: z.string(),
  attempts: z.number(),
});
const ClaimedRowSchema = DeadRowSchema.extend({ next_attempt_at: z.date() });

const OutboxLockRowSchema = z.object({ state: DeliveryStateSchema, lease_until: z.date().nullable() });
const CountRowSchema = z.object({ state: DeliveryStateSchema, n: z.number() });

const NoteRowSchema = z.object({
  intake_id: z.string(),
  id: z.string(),
  created_at: z.date(),
  author: z.string(),
  body: z.string(),
});

const INTAKE_COLUMNS =
  'id, status, record, last_event, delivery_state, attempts, last_error, last_attempt_at, delivered_at, ' +
  'handling, handling_by, handling_at';

type Queryable = Pick<pg.PoolClient, 'query'>;

export class PostgresIntakeStore implements IntakeStore {
  readonly #pool: pg.Pool;
  readonly #schema: string;
  readonly #intakes: string;
  readonly #outbox: string;
  readonly #notes: string;
  #ready: Promise<void> | undefined;
  #closed = false;

  constructor(options: PostgresIntakeStoreOptions) {
    const schema = options.schema ?? DEFAULT_PG_SCHEMA;
    if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`);
    this.#schema = schema;
    this.#intakes = `"${schema}".intakes`;
    this.#outbox = `"${schema}".intake_outbox`;
    this.#notes = `"${schema}".intake_notes`;
    const queryTimeoutMs = options.queryTimeoutMs ?? DEFAULT_PG_QUERY_TIMEOUT_MS;
    this.#pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
      connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_PG_CONNECT_TIMEOUT_MS,
      query_timeout: queryTimeoutMs,
      statement_timeout: queryTimeoutMs,
      idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
      // Finds a peer that vanished without closing (a partition) while the connection sits idle.
      keepAlive: true,
    });
    this.#pool.on('error', options.onIdleError ?? (() => undefined));
    // The pool listens for errors only while a connection is idle: one that dies while checked out
    // (mid-transaction) would emit an unheard 'error' and crash the process. Its query fails anyway.
    this.#pool.on('connect', (client) => {
      client.on('error', () => undefined);
    });
  }

  async create(record: IntakeRecord): Promise<CreateOutcome> {
    const valid = newIntakeRecord(record);
    return this.#transaction(async (client): Promise<CreateOutcome> => {
      // DO NOTHING waits for a concurrent insert of the same id to commit, then inserts nothing.
      const inserted = await client.query(
        `INSERT INTO ${this.#intakes} (id, created_at, urgency, status, record, last_event, delivery_state, attempts)
         VALUES ($1, $2, $3, $4, $5::jsonb, 'intake.created', 'pending', 0)
         ON CONFLICT (id) DO NOTHING`,
        [valid.id, valid.createdAt, valid.urgency, valid.status, JSON.stringify(recordWithoutStatus(valid))],
      );
      if (inserted.rowCount === 0) return { ok: false, code: 'duplicate_id' };
      await this.#insertEvent(
        client,
        valid.id,
        'intake.created',
        webhookBody('intake.created', valid),
        new Date(valid.createdAt),
      );
      return { ok: true };
    });
  }

  async get(id: string): Promise<StoredIntake | undefined> {
    await this.#ensureSchema();
    const { rows } = await this.#pool.query(`SELECT ${INTAKE_COLUMNS} FROM ${this.#intakes} WHERE id = $1`, [
      id,
    ]);
    return (await this.#withNotes(rows))[0];
  }

  async list(query: IntakeListQuery): Promise<StoredIntake[]> {
    await this.#ensureSchema();
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (query.since) add('created_at >= ?', query.since);
    if (query.urgency) add('urgency = ?', query.urgency);
    if (query.status) add('status = ?', query.status);
    if (query.delivery) add('delivery_state = ?', query.delivery);
    if (query.handling) add('handling = ?', query.handling);
    if (query.q) {
      const terms = searchTerms(query.q);
      const at = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      const text = at(terms.text);
      const prefix = at(terms.prefix);
      const fields = [
        `lower(record->'contact'->>'name') LIKE ${text}`,
        `lower(record->'contact'->>'email') LIKE ${text}`,
        `left(id, length(${prefix})) = ${prefix}`,
        ...(terms.digits ? [`record->'contact'->>'mobile' LIKE ${at(terms.digits)}`] : []),
      ];
      where.push(`(${fields.join(' OR ')})`);
    }
    if (query.cursor) {
      const { createdMs, id } = query.cursor;
      params.push(new Date(createdMs), id);
      where.push(
        `(created_at < $${params.length - 1} OR (created_at = $${params.length - 1} AND id > $${params.length}))`,
      );
    }
    params.push(query.limit);
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const { rows } = await this.#pool.query(
      `SELECT ${INTAKE_COLUMNS} FROM ${this.#intakes} ${filter} ORDER BY created_at DESC, id LIMIT $${params.length}`,
      params,
    );
    return this.#withNotes(rows);
  }

  async findByReference(reference: string): Promise<StoredIntake[]> {
    await this.#ensureSchema();
    const { rows } = await this.#pool.query(
      `SELECT ${INTAKE_COLUMNS} FROM ${this.#intakes} WHERE left(id, $1) = $2 ORDER BY created_at DESC, id`,
      [REFERENCE_CHARS, reference],
    );
    return this.#withNotes(rows);
  }

  async updateHandling(id: string, change: HandlingChange): Promise<StoredIntake | undefined> {
    const found = await this.#transaction(async (client) => {
      const { rowCount } = await client.query(`SELECT 1 FROM ${this.#intakes} WHERE id = $1 FOR UPDATE`, [
        id,
      ]);
      if (!rowCount) return false;
      if (change.handling !== undefined) {
        await client.query(
          `UPDATE ${this.#intakes} SET handling = $1, handling_by = $2, handling_at = $3
           WHERE id = $4 AND handling <> $1`,
          [change.handling, change.by, change.at, id],
        );
      }
      if (change.note !== undefined) {
        await client.query(
          `INSERT INTO ${this.#notes} (id, intake_id, created_at, author, body) VALUES ($1, $2, $3, $4, $5)`,
          [newIntakeId(), id, change.at, change.by, change.note],
        );
      }
      return true;
    });
    return found ? this.get(id) : undefined;
  }

  async claimDue(now: Date, limit: number, leaseMs = DEFAULT_LEASE_MS): Promise<OutboxMessage[]> {
    await this.#ensureSchema();
    const claimToken = newToken();
    // One statement: the rows are locked (skipping those another dispatcher is claiming), leased, and
    // released at commit; the lease then keeps every other dispatcher away until it ends.
    const { rows } = await this.#pool.query(
      `WITH due AS (
         SELECT id FROM ${this.#outbox}
         WHERE state = 'pending' AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
         ORDER BY next_attempt_at, created_at
         LIMIT $2
         FOR UPDATE SKIP LOCKED
       )
       UPDATE ${this.#outbox} o SET lease_until = $3, claim_token = $4
       FROM due WHERE o.id = due.id
       RETURNING o.id, o.intake_id, o.event, o.body, o.attempts, o.next_attempt_at`,
      [now, limit, new Date(now.getTime() + leaseMs), claimToken],
    );
    return rows
      .map((row) => ClaimedRowSchema.parse(row))
      .sort((a, b) => a.next_attempt_at.getTime() - b.next_attempt_at.getTime())
      .map((row) => ({
        eventId: row.id,
        intakeId: row.intake_id,
        event: row.event,
        body: row.body,
        attempts: row.attempts,
        claimToken,
      }));
  }

  markDelivered(claim: Claim, attempts: number, at: Date): Promise<boolean> {
    // No claim-token check: a 2xx is the truth, whoever holds the lease now.
    return this.#transaction(async (client) => {
      const { rowCount } = await client.query(
        `UPDATE ${this.#outbox} SET state = 'delivered', attempts = $1, delivered_at = $2, last_error = NULL,
           lease_until = NULL, claim_token = NULL
         WHERE id = $3 AND state <> 'delivered'`,
        [attempts, at, claim.eventId],
      );
      if (!rowCount) return false;
      await this.#updateIntakeDelivery(client, claim.eventId, 'delivered', {
        attempts,
        lastError: null,
        at,
        deliveredAt: at,
      });
      return true;
    });
  }

  scheduleRetry(claim: Claim, plan: RetryPlan): Promise<boolean> {
    return this.#transaction(async (client) => {
      const lastError = truncateError(plan.lastError);
      const { rowCount } = await client.query(
        `UPDATE ${this.#outbox} SET attempts = $1, next_attempt_at = $2, last_error = $3, lease_until = NULL,
           claim_token = NULL
         WHERE id = $4 AND claim_token = $5 AND state = 'pending'`,
        [plan.attempts, plan.nextAt, lastError, claim.eventId, claim.claimToken],
      );
      if (!rowCount) return false;
      await this.#updateIntakeDelivery(client, claim.eventId, 'pending', {
        attempts: plan.attempts,
        lastError,
        at: plan.at,
        deliveredAt: null,
      });
      return true;
    });
  }

  markDead(claim: Claim, failure: DeadLetter): Promise<boolean> {
    return this.#transaction(async (client) => {
      const lastError = truncateError(failure.lastError);
      const { rowCount } = await client.query(
        `UPDATE ${this.#outbox} SET state = 'dead', attempts = $1, last_error = $2, lease_until = NULL,
           claim_token = NULL
         WHERE id = $3 AND claim_token = $4 AND state = 'pending'`,
        [failure.attempts, lastError, claim.eventId, claim.claimToken],
      );
      if (!rowCount) return false;
      await this.#updateIntakeDelivery(client, claim.eventId, 'dead', {
        attempts: failure.attempts,
        lastError,
        at: failure.at,
        deliveredAt: null,
      });
      return true;
    });
  }

  redeliver(id: string, now: Date): Promise<RedeliveryOutcome> {
    return this.#transaction(async (client): Promise<RedeliveryOutcome> => {
      const found = await client.query(
        `SELECT ${INTAKE_COLUMNS} FROM ${this.#intakes} WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (found.rows[0] === undefined) return { ok: false, code: 'not_found' };
      if (IntakeRowSchema.parse(found.rows[0]).delivery_state !== 'dead')
        return { ok: false, code: 'not_dead' };
      await client.query(
        `UPDATE ${this.#outbox} SET state = 'pending', attempts = 0, next_attempt_at = $1, lease_until = NULL,
           claim_token = NULL
         WHERE intake_id = $2 AND state = 'dead'`,
        [now, id],
      );
      await client.query(
        `UPDATE ${this.#intakes} SET delivery_state = 'pending',
           status = CASE WHEN last_event = 'intake.created' THEN 'pending' ELSE status END
         WHERE id = $1`,
        [id],
      );
      return { ok: true };
    });
  }

  deleteForPerson(id: string, now: Date): Promise<DeletionOutcome> {
    return this.#transaction(async (client): Promise<DeletionOutcome> => {
      const found = await client.query(
        `SELECT ${INTAKE_COLUMNS} FROM ${this.#intakes} WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (found.rows[0] === undefined) return { ok: false, code: 'not_found' };
      const row = IntakeRowSchema.parse(found.rows[0]);
      if (row.status === 'deleted') return { ok: true, outcome: 'already-deleted' };
      // Locking the events waits for a claim being committed, so an attempt in flight is always seen.
      const events = await client.query(
        `SELECT state, lease_until FROM ${this.#outbox} WHERE intake_id = $1 FOR UPDATE`,
        [id],
      );
      const leaseEnds = events.rows
        .map((event) => OutboxLockRowSchema.parse(event))
        .filter((event) => event.state === 'pending' && event.lease_until !== null && event.lease_until > now)
        .map((event) => event.lease_until?.getTime() ?? 0);
      const leaseEnd = leaseEnds.length > 0 ? Math.max(...leaseEnds) : undefined;
      // Removing the events also cancels an attempt in flight: its later retry or dead-mark finds nothing.
      await client.query(`DELETE FROM ${this.#outbox} WHERE intake_id = $1`, [id]);
      await client.query(`DELETE FROM ${this.#notes} WHERE intake_id = $1`, [id]);
      if (!reachedTheFirm(row) && leaseEnd === undefined) {
        await client.query(`DELETE FROM ${this.#intakes} WHERE id = $1`, [id]);
        return { ok: true, outcome: 'removed' };
      }
      // The firm has it (or may, if that attempt succeeds): keep the case facts, drop the person's
      // details, and tell the firm, after any attempt in flight has had its chance to land first.
      const scrubbed = scrubIntake(readRecord(row.record, row.status), now);
      const eventId = await this.#insertEvent(
        client,
        id,
        'intake.deleted',
        webhookBody('intake.deleted', scrubbed),
        new Date(Math.max(now.getTime(), leaseEnd ?? 0)),
      );
      await client.query(
        `UPDATE ${this.#intakes} SET status = 'deleted', record = $1::jsonb, last_event = 'intake.deleted',
           delivery_state = 'pending', attempts = 0, last_error = NULL, last_attempt_at = NULL, delivered_at = NULL
         WHERE id = $2`,
        [JSON.stringify(recordWithoutStatus(scrubbed)), id],
      );
      return { ok: true, outcome: 'scrubbed', eventId };
    });
  }

  async deadEvents(limit: number): Promise<OutboxEvent[]> {
    await this.#ensureSchema();
    const { rows } = await this.#pool.query(
      `SELECT id, intake_id, event, body, attempts FROM ${this.#outbox} WHERE state = 'dead'
       ORDER BY created_at, id LIMIT $1`,
      [limit],
    );
    return rows.map((row) => {
      const { id, intake_id: intakeId, event, body, attempts } = DeadRowSchema.parse(row);
      return { eventId: id, intakeId, event, body, attempts };
    });
  }

  async outboxStats(): Promise<OutboxStats> {
    await this.#ensureSchema();
    const { rows } = await this.#pool.query(
      `SELECT state, COUNT(*)::int AS n FROM ${this.#outbox} GROUP BY state`,
    );
    const stats: OutboxStats = { pending: 0, delivered: 0, dead: 0 };
    for (const row of rows) {
      const { state, n } = CountRowSchema.parse(row);
      stats[state] = n;
    }
    return stats;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }

  /** Rows as stored intakes, with their notes read in one query. */
  async #withNotes(rows: readonly unknown[]): Promise<StoredIntake[]> {
    const intakes = rows.map((row) => IntakeRowSchema.parse(row));
    if (intakes.length === 0) return [];
    const found = await this.#pool.query(
      `SELECT intake_id, id, created_at, author, body FROM ${this.#notes}
       WHERE intake_id = ANY($1::text[]) ORDER BY created_at, id`,
      [intakes.map((row) => row.id)],
    );
    const notes = groupNotes(
      found.rows.map((row) => {
        const note = NoteRowSchema.parse(row);
        return {
          intakeId: note.intake_id,
          id: note.id,
          at: note.created_at.toISOString(),
          by: note.author,
          text: note.body,
        };
      }),
    );
    return intakes.map((row) => toStoredIntake(row, notes.get(row.id) ?? []));
  }

  async #insertEvent(
    client: Queryable,
    intakeId: string,
    event: IntakeEvent,
    body: string,
    due: Date,
  ): Promise<string> {
    const eventId = newIntakeId();
    await client.query(
      `INSERT INTO ${this.#outbox} (id, intake_id, event, body, state, attempts, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, 'pending', 0, $5, $5)`,
      [eventId, intakeId, event, body, due],
    );
    return eventId;
  }

  /** Mirrors an event's progress on its intake; a created event also moves the intake's status. */
  async #updateIntakeDelivery(
    client: Queryable,
    eventId: string,
    state: DeliveryState,
    update: { attempts: number; lastError: string | null; at: Date; deliveredAt: Date | null },
  ): Promise<void> {
    await client.query(
      `UPDATE ${this.#intakes} i SET delivery_state = $1, attempts = $2, last_error = $3, last_attempt_at = $4,
         delivered_at = $5,
         status = CASE WHEN o.event = 'intake.created' AND $1 <> 'pending' THEN $1 ELSE i.status END
       FROM ${this.#outbox} o
       WHERE o.id = $6 AND i.id = o.intake_id AND i.last_event = o.event`,
      [state, update.attempts, update.lastError, update.at, update.deliveredAt, eventId],
    );
  }

  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.#ensureSchema();
    return this.#inTransaction(work);
  }

  /**
   * BEGIN, the work, COMMIT. On any failure the connection is discarded rather than rolled back and
   * reused: closing it rolls the transaction back on the server, and a connection whose query timed out
   * may still be waiting for that answer (a ROLLBACK would queue behind it, and so would the next turn).
   */
  async #inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    let failure: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.release(failure);
    }
  }

  #ensureSchema(): Promise<void> {
    this.#ready ??= this.#createSchema().catch((error: unknown) => {
      this.#ready = undefined;
      throw error;
    });
    return this.#ready;
  }

  /**
   * Creates the tables on first use, or brings older ones up to STORE_SCHEMA_VERSION. When they are
   * current no DDL runs at all: even CREATE INDEX IF NOT EXISTS takes a table lock, which would deadlock
   * against another instance's live transactions.
   */
  async #createSchema(): Promise<void> {
    if ((await this.#storedVersion(this.#pool)) === STORE_SCHEMA_VERSION) return;
    await this.#inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${this.#schema}"`);
      // A new schema gets version 1's tables and then every migration, as an old one does.
      await client.query(postgresVersion1Tables(this.#schema));
      const stored = await this.#storedVersion(client);
      if (stored === undefined) {
        await client.query(`INSERT INTO "${this.#schema}".intake_schema_version (version) VALUES (1)`);
      }
      const from = stored ?? 1;
      if (from > STORE_SCHEMA_VERSION) {
        throw new Error('the intake database was written by a newer version of Notice Navigator');
      }
      for (let version = from + 1; version <= STORE_SCHEMA_VERSION; version++) {
        const migration = POSTGRES_MIGRATIONS[version];
        if (migration === undefined) throw new Error(`no migration to intake schema version ${version}`);
        await client.query(migration(this.#schema));
        await client.query(`UPDATE "${this.#schema}".intake_schema_version SET version = $1`, [version]);
      }
    });
  }

  /** The version row, or undefined when the tables are not there yet. */
  async #storedVersion(client: Queryable): Promise<number | undefined> {
    const table = await client.query('SELECT to_regclass($1) IS NOT NULL AS present', [
      `"${this.#schema}".intake_schema_version`,
    ]);
    if (!z.object({ present: z.boolean() }).parse(table.rows[0]).present) return undefined;
    const { rows } = await client.query(`SELECT version FROM "${this.#schema}".intake_schema_version`);
    return rows[0] === undefined ? undefined : z.object({ version: z.number() }).parse(rows[0]).version;
  }
}

/** The tables as schema version 1 created them; POSTGRES_MIGRATIONS take them to STORE_SCHEMA_VERSION. */
export function postgresVersion1Tables(schema: string): string {
  return `
    CREATE TABLE IF NOT EXISTS "${schema}".intake_schema_version (version INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS "${schema}".intakes (
      id TEXT PRIMARY KEY,
      created_at TIMESTAMPTZ NOT NULL,
      urgency TEXT NOT NULL,
      status TEXT NOT NULL,
      record JSONB NOT NULL,
      last_event TEXT NOT NULL,
      delivery_state TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      last_attempt_at TIMESTAMPTZ,
      delivered_at TIMESTAMPTZ
    );
    CREATE INDEX IF NOT EXISTS intakes_created ON "${schema}".intakes (created_at);
    CREATE TABLE IF NOT EXISTS "${schema}".intake_outbox (
      id TEXT PRIMARY KEY,
      intake_id TEXT NOT NULL,
      event TEXT NOT NULL,
      body TEXT NOT NULL,
      state TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at TIMESTAMPTZ NOT NULL,
      lease_until TIMESTAMPTZ,
      claim_token TEXT,
      last_error TEXT,
      created_at TIMESTAMPTZ NOT NULL,
      delivered_at TIMESTAMPTZ
    );
    CREATE INDEX IF NOT EXISTS intake_outbox_due ON "${schema}".intake_outbox (state, next_attempt_at);
    CREATE INDEX IF NOT EXISTS intake_outbox_intake ON "${schema}".intake_outbox (intake_id);
  `;
}

/** The statements that take a schema's tables from the version before each key to that version. */
const POSTGRES_MIGRATIONS: Readonly<Record<number, (schema: string) => string>> = {
  2: (schema) => `
    ALTER TABLE "${schema}".intakes
      ADD COLUMN handling TEXT NOT NULL DEFAULT 'new',
      ADD COLUMN handling_by TEXT,
      ADD COLUMN handling_at TIMESTAMPTZ;
    CREATE TABLE "${schema}".intake_notes (
      id TEXT PRIMARY KEY,
      intake_id TEXT NOT NULL,
      created_at TIMESTAMPTZ NOT NULL,
      author TEXT NOT NULL,
      body TEXT NOT NULL
    );
    CREATE INDEX intake_notes_intake ON "${schema}".intake_notes (intake_id, created_at);
  `,
};

function toStoredIntake(row: IntakeRow, notes: IntakeNote[]): StoredIntake {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  const times = {
    lastAttemptAt: iso(row.last_attempt_at),
    deliveredAt: iso(row.delivered_at),
    handledAt: iso(row.handling_at),
  };
  return storedIntake(row, times, notes);
}
