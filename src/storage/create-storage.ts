import KeyvRedis, { createKeyv as createRedisKeyv, defaultReconnectStrategy } from '@keyv/redis';
import { Keyv } from 'keyv';
import { KeyvStorage } from './keyv-storage.ts';
import { NodeSqliteStore } from './node-sqlite-store.ts';
import { redisCompareAndSet } from './redis-compare-and-set.ts';

/** redisUrl wins; else sqlitePath; else memory. */
export type StorageSettings = {
  redisUrl?: string;
  sqlitePath?: string;
  ttlMs: number;
  /** Keeps this app's keys apart from others in the same Redis or file (tests use unique ones). */
  namespace?: string;
};

export type StorageBackend = 'redis' | 'sqlite' | 'memory';

export type CreatedStorage = {
  storage: KeyvStorage;
  backend: StorageBackend;
  close: () => Promise<void>;
  /** Resolves when the store answers a cheap read; rejects (or times out, for Redis) when it cannot. */
  ping: () => Promise<void>;
};

/** A key never written: reading it is the cheapest round trip every backend supports. */
const PING_KEY = 'readiness-ping';

const DEFAULT_STORAGE_NAMESPACE = 'notice-navigator';

/** Fail a turn rather than hang it when Redis cannot be reached. */
const REDIS_CONNECT_TIMEOUT_MS = 5_000;
/** Longest a single Redis command (queued while reconnecting, or sent) may take before the turn fails. */
const REDIS_COMMAND_TIMEOUT_MS = 2_000;

export function createStorage(settings: StorageSettings): CreatedStorage {
  const { keyv, backend } = createStateKeyv(settings);
  const atomicWrite = keyv.store instanceof KeyvRedis ? redisCompareAndSet(keyv.store) : undefined;
  return {
    storage: new KeyvStorage({
      keyv,
      ttlMs: settings.ttlMs,
      atomicWrite,
      // The client's command timeout only covers commands not yet sent; one sent to a Redis that has
      // stopped answering (frozen, or a network partition the socket has not noticed) waits forever.
      timeoutMs: backend === 'redis' ? REDIS_COMMAND_TIMEOUT_MS : undefined,
    }),
    backend,
    close: () => keyv.disconnect(),
    ping: async () => {
      await keyv.get(PING_KEY);
    },
  };
}

/**
 * The keyv instance behind `createStorage`, exposed for tests and tools that need the raw store.
 * Every backend throws on store errors: keyv would otherwise read a failed lookup as "no state"
 * and let the next write silently replace the conversation.
 */
export function createStateKeyv(settings: StorageSettings): { keyv: Keyv; backend: StorageBackend } {
  const namespace = settings.namespace ?? DEFAULT_STORAGE_NAMESPACE;
  if (settings.redisUrl) {
    // While Redis is away the client queues commands and keeps reconnecting; the command timeout
    // bounds that wait, so a turn answers "try again" instead of hanging until Redis returns.
    const client = {
      url: settings.redisUrl,
      commandOptions: { timeout: REDIS_COMMAND_TIMEOUT_MS },
      socket: { reconnectStrategy: defaultReconnectStrategy, connectTimeout: REDIS_CONNECT_TIMEOUT_MS },
    };
    const keyv = createRedisKeyv(client, {
      namespace,
      throwOnErrors: true,
      connectionTimeout: REDIS_CONNECT_TIMEOUT_MS,
    });
    keyv.serialize = PLAIN_JSON.serialize;
    keyv.deserialize = PLAIN_JSON.deserialize;
    return { keyv, backend: 'redis' };
  }
  if (settings.sqlitePath) {
    const store = new NodeSqliteStore({ path: settings.sqlitePath });
    return { keyv: new Keyv({ store, namespace, throwOnErrors: true, ...PLAIN_JSON }), backend: 'sqlite' };
  }
  return { keyv: new Keyv({ namespace, throwOnErrors: true, ...PLAIN_JSON }), backend: 'memory' };
}

/**
 * State is plain JSON (botbuilder's items are), so keyv's default serializer, which also encodes
 * Buffers and BigInts, is several times slower for nothing (the largest cost in the benchmark's profile).
 */
const PLAIN_JSON = {
  serialize: (data: unknown) => JSON.stringify(data),
  deserialize: <Value>(data: string) => JSON.parse(data) as { value?: Value; expires?: number },
};
