import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { KeyvStoreAdapter, StoredData } from 'keyv';
import { z } from 'zod';

/*
 * A keyv store over Node's built-in SQLite. Not @keyv/sqlite: that pulls in the native sqlite3
 * addon (a minutes-long source build here, tied to one Node ABI), while Node 24 ships SQLite.
 *
 * keyv hands this store keys already prefixed with `<namespace>:` and values already serialized
 * (with their own expiry inside); the `expires` column lets SQL skip and purge expired rows.
 */

export const IN_MEMORY_SQLITE = ':memory:';

const TABLE = 'keyv';
/** How long a write waits for another connection's lock before failing. */
const BUSY_TIMEOUT_MS = 5_000;
/** Expired rows are purged on open and then every so many writes, so abandoned conversations do not pile up. */
const PURGE_EVERY_WRITES = 500;

const ValueRowSchema = z.object({ value: z.string() });

export type NodeSqliteStoreOptions = {
  /** A file path (its directory is created on first use) or `:memory:`. */
  path: string;
};

type Statements = {
  get: StatementSync;
  set: StatementSync;
  delete: StatementSync;
  clearAll: StatementSync;
  clearNamespace: StatementSync;
  purgeExpired: StatementSync;
};

export class NodeSqliteStore extends EventEmitter implements KeyvStoreAdapter {
  /** keyv reads `dialect` and `url` to decide what an adapter supports. */
  readonly opts: { dialect: 'sqlite'; url: string };
  /** Set by keyv; rows of other namespaces in the same file are left alone by `clear()`. */
  namespace?: string | undefined;

  readonly #path: string;
  #open: { db: DatabaseSync; statements: Statements } | undefined;
  #closed = false;
  #writesSincePurge = 0;

  constructor(options: NodeSqliteStoreOptions) {
    super();
    this.#path = options.path;
    this.opts = { dialect: 'sqlite', url: `sqlite://${options.path}` };
  }

  get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    return settle(() => this.#getLive(key) as StoredData<Value> | undefined);
  }

  getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    return settle(() => keys.map((key) => this.#getLive(key) as StoredData<Value | undefined>));
  }

  has(key: string): Promise<boolean> {
    return settle(() => this.#getLive(key) !== undefined);
  }

  hasMany(keys: string[]): Promise<boolean[]> {
    return settle(() => keys.map((key) => this.#getLive(key) !== undefined));
  }

  set(key: string, value: unknown, ttl?: number): Promise<boolean> {
    return settle(() => {
      if (typeof value !== 'string') {
        throw new TypeError('NodeSqliteStore stores serialized text; keep keyv serialization on.');
      }
      const expires = typeof ttl === 'number' && ttl > 0 ? Date.now() + ttl : null;
      this.#statements().set.run(key, value, expires);
      this.#purgeNowAndThen();
      return true;
    });
  }

  delete(key: string): Promise<boolean> {
    return settle(() => this.#deleteOne(key));
  }

  deleteMany(keys: string[]): Promise<boolean> {
    return settle(() => this.#inTransaction(() => keys.map((key) => this.#deleteOne(key)).some(Boolean)));
  }

  clear(): Promise<void> {
    return settle(() => {
      const { clearAll, clearNamespace } = this.#statements();
      if (this.namespace === undefined || this.namespace === '') {
        clearAll.run();
        return;
      }
      const prefix = `${this.namespace}:`;
      // substr, not LIKE: a namespace may contain `%` or `_`.
      clearNamespace.run(prefix.length, prefix);
    });
  }

  /** Deletes every expired row; returns how many went. */
  purgeExpired(): number {
    return Number(this.#statements().purgeExpired.run(Date.now()).changes);
  }

  disconnect(): Promise<void> {
    return settle(() => {
      this.#closed = true;
      this.#open?.db.close();
      this.#open = undefined;
    });
  }

  #getLive(key: string): string | undefined {
    const row = this.#statements().get.get(key, Date.now());
    if (row === undefined) return undefined;
    const parsed = ValueRowSchema.safeParse(row);
    return parsed.success ? parsed.data.value : undefined;
  }

  #deleteOne(key: string): boolean {
    const wasLive = this.#getLive(key) !== undefined;
    this.#statements().delete.run(key);
    return wasLive;
  }

  #inTransaction<T>(work: () => T): T {
    const { db } = this.#connection();
    db.exec('BEGIN');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }

  #purgeNowAndThen(): void {
    this.#writesSincePurge += 1;
    if (this.#writesSincePurge < PURGE_EVERY_WRITES) return;
    this.#writesSincePurge = 0;
    this.purgeExpired();
  }

  #statements(): Statements {
    return this.#connection().statements;
  }

  #connection(): { db: DatabaseSync; statements: Statements } {
    if (this.#closed) throw new Error('NodeSqliteStore is closed');
    this.#open ??= openDatabase(this.#path);
    return this.#open;
  }
}

function openDatabase(path: string): { db: DatabaseSync; statements: Statements } {
  if (path !== IN_MEMORY_SQLITE) mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS });
  // WAL lets reads run alongside a write; NORMAL sync is durable across crashes of the process
  // (only a power cut can lose the last commits), which is fine for conversation state.
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  // A conversation's earlier states (a name and email typed for the firm) are overwritten when the state
  // moves on or expires, not left in free pages of the file.
  db.exec('PRAGMA secure_delete = ON');
  db.exec(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires INTEGER NULL)`,
  );
  db.exec(`CREATE INDEX IF NOT EXISTS ${TABLE}_expires ON ${TABLE} (expires)`);
  const statements: Statements = {
    get: db.prepare(`SELECT value FROM ${TABLE} WHERE key = ? AND (expires IS NULL OR expires > ?)`),
    set: db.prepare(
      `INSERT INTO ${TABLE} (key, value, expires) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires = excluded.expires`,
    ),
    delete: db.prepare(`DELETE FROM ${TABLE} WHERE key = ?`),
    clearAll: db.prepare(`DELETE FROM ${TABLE}`),
    clearNamespace: db.prepare(`DELETE FROM ${TABLE} WHERE substr(key, 1, ?) = ?`),
    purgeExpired: db.prepare(`DELETE FROM ${TABLE} WHERE expires IS NOT NULL AND expires <= ?`),
  };
  statements.purgeExpired.run(Date.now());
  return { db, statements };
}

/** Runs synchronous database work as a promise, so a throw becomes a rejection as keyv expects. */
function settle<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve) => {
    resolve(work());
  });
}
