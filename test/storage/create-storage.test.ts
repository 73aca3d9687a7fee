import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createStateKeyv,
  createStorage,
  type StorageBackend,
  type StorageSettings,
} from '../../src/storage/create-storage.ts';
import { hasService, serviceUrls } from '../support/services.ts';
import { readItem } from './storage-conformance.ts';

const TTL_MS = 60_000;
/** Nothing listens on port 1, so a connection is refused at once. */
const UNREACHABLE_REDIS_URL = 'redis://127.0.0.1:1';

describe('createStorage', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'create-storage-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it.each<[string, Omit<StorageSettings, 'ttlMs'>, StorageBackend]>([
    [
      'Redis over SQLite when both are set',
      { redisUrl: UNREACHABLE_REDIS_URL, sqlitePath: 'x.sqlite' },
      'redis',
    ],
    ['SQLite when only a path is set', { sqlitePath: 'x.sqlite' }, 'sqlite'],
    ['SQLite when the Redis URL is empty', { redisUrl: '', sqlitePath: 'x.sqlite' }, 'sqlite'],
    ['memory when neither is set', {}, 'memory'],
  ])('picks %s', async (_, settings, backend) => {
    const sqlitePath = settings.sqlitePath && join(directory, settings.sqlitePath);
    const created = createStorage({ ...settings, ...(sqlitePath ? { sqlitePath } : {}), ttlMs: TTL_MS });
    expect(created.backend).toBe(backend);
    await created.close();
  });

  it('keeps SQLite state, eTags included, across a restart on the same file', async () => {
    const sqlitePath = join(directory, 'data', 'state.sqlite');
    const before = createStorage({ sqlitePath, ttlMs: TTL_MS });
    await before.storage.write({ conversation: { step: 2 } });
    const written = await readItem(before.storage, 'conversation');
    await before.close();
    expect(existsSync(sqlitePath)).toBe(true);

    const after = createStorage({ sqlitePath, ttlMs: TTL_MS });
    expect(await readItem(after.storage, 'conversation')).toEqual(written);
    await after.close();
  });

  it('applies the TTL it is given', async () => {
    const SHORT_TTL_MS = 100;
    const { storage, close } = createStorage({ ttlMs: SHORT_TTL_MS });
    await storage.write({ conversation: { step: 1 } });
    await new Promise((resolve) => setTimeout(resolve, SHORT_TTL_MS * 3));
    expect(await storage.read(['conversation'])).toEqual({});
    await close();
  });

  it('surfaces a failing store instead of reading it as empty', async () => {
    const { storage, close } = createStorage({ sqlitePath: join(directory, 'state.sqlite'), ttlMs: TTL_MS });
    await storage.write({ conversation: { step: 1 } });
    await close();
    await expect(storage.read(['conversation'])).rejects.toThrow(/closed/);
    await expect(storage.write({ conversation: { step: 2 } })).rejects.toThrow(/closed/);
  });

  it('surfaces an unreachable Redis instead of reading it as empty', async () => {
    const { storage, close } = createStorage({ redisUrl: UNREACHABLE_REDIS_URL, ttlMs: TTL_MS });
    await expect(storage.read(['conversation'])).rejects.toThrow(
      /not connected|failed to connect|did not answer within/,
    );
    await close();
  });
});

describe.skipIf(!(await hasService('redis')))('createStorage on Redis', () => {
  const namespaces = [`nn-create-storage-${randomUUID()}`, `nn-create-storage-${randomUUID()}`];
  const settingsFor = (namespace: string): StorageSettings => ({
    redisUrl: serviceUrls.redis,
    namespace,
    ttlMs: TTL_MS,
  });

  afterEach(async () => {
    for (const namespace of namespaces) {
      const { keyv } = createStateKeyv(settingsFor(namespace));
      await keyv.clear();
      await keyv.disconnect();
    }
  });

  it('shares state between instances on one namespace and keeps namespaces apart', async () => {
    const [mine = '', theirs = ''] = namespaces;
    const first = createStorage(settingsFor(mine));
    const second = createStorage(settingsFor(mine));
    const other = createStorage(settingsFor(theirs));
    await first.storage.write({ conversation: { step: 3 } });
    expect(await readItem(second.storage, 'conversation')).toMatchObject({ step: 3 });
    expect(await other.storage.read(['conversation'])).toEqual({});
    await Promise.all([first.close(), second.close(), other.close()]);
  });
});
