import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { Keyv } from 'keyv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IN_MEMORY_SQLITE, NodeSqliteStore } from '../../src/storage/node-sqlite-store.ts';

const SHORT_TTL_MS = 60;
const PAST_SHORT_TTL_MS = 200;

describe('NodeSqliteStore', () => {
  let directory: string;
  let path: string;
  const opened: NodeSqliteStore[] = [];

  const open = (at = path): NodeSqliteStore => {
    const store = new NodeSqliteStore({ path: at });
    opened.push(store);
    return store;
  };

  /** Looks at the file with a separate connection, as another process would. */
  const inspect = <T>(query: (db: DatabaseSync) => T): T => {
    const db = new DatabaseSync(path);
    try {
      return query(db);
    } finally {
      db.close();
    }
  };

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'node-sqlite-store-'));
    path = join(directory, 'nested', 'deeper', 'state.sqlite');
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.disconnect()));
    rmSync(directory, { recursive: true, force: true });
  });

  it('creates the parent directory on first use, not before, and uses WAL', async () => {
    const store = open();
    expect(existsSync(join(directory, 'nested'))).toBe(false);
    await store.set('k', '"v"');
    expect(existsSync(path)).toBe(true);
    expect(inspect((db) => db.prepare('PRAGMA journal_mode').get())).toEqual({ journal_mode: 'wal' });
  });

  it('gets, sets, checks and deletes single keys', async () => {
    const store = open();
    expect(await store.get('k')).toBeUndefined();
    expect(await store.has('k')).toBe(false);
    expect(await store.set('k', 'first')).toBe(true);
    await store.set('k', 'second');
    expect(await store.get('k')).toBe('second');
    expect(await store.has('k')).toBe(true);
    expect(await store.delete('k')).toBe(true);
    expect(await store.delete('k')).toBe(false);
    expect(await store.get('k')).toBeUndefined();
  });

  it('gets, checks and deletes many keys in order', async () => {
    const store = open();
    await store.set('a', 'A');
    await store.set('c', 'C');
    expect(await store.getMany(['a', 'b', 'c'])).toEqual(['A', undefined, 'C']);
    expect(await store.hasMany(['a', 'b', 'c'])).toEqual([true, false, true]);
    expect(await store.deleteMany(['a', 'b'])).toBe(true);
    expect(await store.deleteMany(['a', 'b'])).toBe(false);
    expect(await store.getMany(['a', 'c'])).toEqual([undefined, 'C']);
  });

  it('treats expired rows as absent and purges them when the file is opened again', async () => {
    const store = open();
    await store.set('short', 'gone soon', SHORT_TTL_MS);
    await store.set('long', 'stays');
    expect(await store.get('short')).toBe('gone soon');
    await sleep(PAST_SHORT_TTL_MS);
    expect(await store.get('short')).toBeUndefined();
    expect(await store.has('short')).toBe(false);
    expect(await store.delete('short')).toBe(false);
    await store.set('expiring', 'gone soon', SHORT_TTL_MS);
    await store.disconnect();
    await sleep(PAST_SHORT_TTL_MS);

    expect(await open().get('long')).toBe('stays');
    expect(inspect((db) => db.prepare('SELECT key FROM keyv').all())).toEqual([{ key: 'long' }]);
  });

  it('keeps data across a close and reopen of the same file', async () => {
    const first = open();
    await first.set('kept', 'value');
    await first.disconnect();
    expect(await open().get('kept')).toBe('value');
  });

  it('clears only its own namespace, even when namespaces look like LIKE patterns', async () => {
    const mine = new Keyv({ store: open(), namespace: 'ns_1' });
    const other = new Keyv({ store: open(), namespace: 'nsX1' });
    await mine.set('shared-key', 'mine');
    await other.set('shared-key', 'other');
    expect(await mine.get('shared-key')).toBe('mine');
    await mine.clear();
    expect(await mine.get('shared-key')).toBeUndefined();
    expect(await other.get('shared-key')).toBe('other');
  });

  it('clears everything when it has no namespace', async () => {
    const store = open();
    await store.set('ns:a', 'A');
    await store.set('b', 'B');
    await store.clear();
    expect(await store.getMany(['ns:a', 'b'])).toEqual([undefined, undefined]);
  });

  it('serves keyv, including its TTL', async () => {
    const keyv = new Keyv({ store: open(), namespace: 'app' });
    await keyv.set('object', { nested: { list: [1, 2] } });
    await keyv.set('brief', 'soon gone', SHORT_TTL_MS);
    expect(await keyv.get('object')).toEqual({ nested: { list: [1, 2] } });
    expect(await keyv.get(['object', 'missing'])).toEqual([{ nested: { list: [1, 2] } }, undefined]);
    await sleep(PAST_SHORT_TTL_MS);
    expect(await keyv.get('brief')).toBeUndefined();
    expect(await keyv.delete('object')).toBe(true);
    expect(await keyv.has('object')).toBe(false);
  });

  it('works in memory without touching the disk', async () => {
    const store = open(IN_MEMORY_SQLITE);
    await store.set('k', 'v');
    expect(await store.get('k')).toBe('v');
    expect(existsSync(join(directory, 'nested'))).toBe(false);
  });

  it('refuses values that keyv did not serialize, and any use after disconnect', async () => {
    const store = open();
    await expect(store.set('k', { not: 'text' })).rejects.toThrow(TypeError);
    await store.disconnect();
    await expect(store.get('k')).rejects.toThrow(/closed/);
  });
});
