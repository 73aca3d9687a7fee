import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type KeyvRedis from '@keyv/redis';
import { MemoryStorage } from 'botbuilder';
import type { Keyv } from 'keyv';
import { createStateKeyv, type StorageSettings } from '../../src/storage/create-storage.ts';
import { KeyvStorage } from '../../src/storage/keyv-storage.ts';
import type { NodeSqliteStore } from '../../src/storage/node-sqlite-store.ts';
import { serviceUrls } from '../support/services.ts';
import type { StorageSubject } from './storage-conformance.ts';

/** Long enough never to expire during a test. */
export const TEST_TTL_MS = 60 * 60 * 1000;

/** One id per test run, so parallel or leftover runs never share Redis keys. */
const RUN_ID = randomUUID();
let redisNamespaces = 0;

export type KeyvSubject = StorageSubject & {
  storage: KeyvStorage;
  /** The keyv instance currently behind `storage`. */
  keyv: Keyv;
  /** Puts text straight into the backing store under a storage key, bypassing keyv's serialization. */
  putRaw(key: string, text: string): Promise<void>;
};

export type KeyvBackendName = 'memory' | 'sqlite' | 'redis';

export function openMemoryStorageSubject(): Promise<StorageSubject> {
  const memory: Record<string, string> = {};
  const subject: StorageSubject = {
    storage: new MemoryStorage(memory),
    reopen: () => {
      subject.storage = new MemoryStorage(memory);
      return Promise.resolve();
    },
    dispose: () => Promise.resolve(),
  };
  return Promise.resolve(subject);
}

export function openKeyvSubject(backend: KeyvBackendName, ttlMs = TEST_TTL_MS): Promise<KeyvSubject> {
  switch (backend) {
    case 'memory':
      return Promise.resolve(openKeyvMemorySubject(ttlMs));
    case 'sqlite':
      return Promise.resolve(openSqliteSubject(ttlMs));
    case 'redis':
      return Promise.resolve(openRedisSubject(ttlMs));
  }
}

/** Reopening keeps the same keyv (and its Map): a new storage instance over the same data. */
function openKeyvMemorySubject(ttlMs: number): KeyvSubject {
  const namespace = 'memory-test';
  const { keyv } = createStateKeyv({ ttlMs, namespace });
  const subject: KeyvSubject = {
    keyv,
    storage: new KeyvStorage({ keyv, ttlMs }),
    reopen: () => {
      subject.storage = new KeyvStorage({ keyv, ttlMs });
      return Promise.resolve();
    },
    putRaw: async (key, text) => {
      (keyv.store as Map<string, string>).set(`${namespace}:${key}`, text);
      await Promise.resolve();
    },
    dispose: () => keyv.disconnect(),
  };
  return subject;
}

/** Reopening closes the database and opens the same file again, as a restart would. */
function openSqliteSubject(ttlMs: number): KeyvSubject {
  const directory = mkdtempSync(join(tmpdir(), 'keyv-storage-'));
  const settings: StorageSettings = {
    ttlMs,
    sqlitePath: join(directory, 'not-yet-created', 'state.sqlite'),
    namespace: 'sqlite-test',
  };
  return reopenableSubject(
    settings,
    async (keyv, key, text) => {
      await (keyv.store as NodeSqliteStore).set(`${settings.namespace}:${key}`, text);
    },
    () => rmSync(directory, { recursive: true, force: true }),
  );
}

/** A unique namespace per subject, cleared when it is disposed. */
function openRedisSubject(ttlMs: number): KeyvSubject {
  redisNamespaces += 1;
  const settings: StorageSettings = {
    ttlMs,
    redisUrl: serviceUrls.redis,
    namespace: `notice-navigator-test-${RUN_ID}-${redisNamespaces}`,
  };
  return reopenableSubject(
    settings,
    async (keyv, key, text) => {
      // The Redis adapter adds its own namespace prefix.
      await (keyv.store as KeyvRedis<string>).set(key, text);
    },
    () => undefined,
    (keyv) => keyv.clear(),
  );
}

function reopenableSubject(
  settings: StorageSettings,
  putRaw: (keyv: Keyv, key: string, text: string) => Promise<void>,
  removeFiles: () => void,
  clearData: (keyv: Keyv) => Promise<void> = () => Promise.resolve(),
): KeyvSubject {
  const open = () => {
    const { keyv } = createStateKeyv(settings);
    return { keyv, storage: new KeyvStorage({ keyv, ttlMs: settings.ttlMs }) };
  };
  const subject: KeyvSubject = {
    ...open(),
    reopen: async () => {
      await subject.keyv.disconnect();
      Object.assign(subject, open());
    },
    putRaw: (key, text) => putRaw(subject.keyv, key, text),
    dispose: async () => {
      await clearData(subject.keyv);
      await subject.keyv.disconnect();
      removeFiles();
    },
  };
  return subject;
}
