import { randomUUID } from 'node:crypto';
import { createClient } from '@keyv/redis';
import { describe, expect, it } from 'vitest';
import { ETagConflictError } from '../../src/storage/keyv-storage.ts';
import { createStorage, type CreatedStorage } from '../../src/storage/create-storage.ts';
import { hasService, serviceUrls } from '../support/services.ts';

const WRITERS = 20;
const TTL_MS = 60_000;

/** Separate storages (separate Redis connections), as separate instances would have. */
function instances(namespace: string, count: number): CreatedStorage[] {
  return Array.from({ length: count }, () =>
    createStorage({ redisUrl: serviceUrls.redis, ttlMs: TTL_MS, namespace }),
  );
}

describe.skipIf(!(await hasService('redis')))('the Redis compare-and-set behind KeyvStorage', () => {
  it('lets exactly one of many instances win a write with the same old eTag', async () => {
    const namespace = `cas-test-${randomUUID()}`;
    const stores = instances(namespace, WRITERS);
    try {
      const [first] = stores;
      if (!first) throw new Error('no store');
      await first.storage.write({ conversation: { turn: 0 } });
      const read = await first.storage.read(['conversation']);
      const eTag = (read.conversation as { eTag: string }).eTag;
      const outcomes = await Promise.allSettled(
        stores.map((store, index) => store.storage.write({ conversation: { turn: index + 1, eTag } })),
      );
      const won = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index + 1] : []));
      expect(won).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(ETagConflictError);
      }
      const after = await stores[WRITERS - 1]?.storage.read(['conversation']);
      expect(after?.conversation).toMatchObject({ turn: won[0] });
      expect((after?.conversation as { eTag: string }).eTag).not.toBe(eTag);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('writes under the namespace prefix with the TTL, and overwrites without an eTag or with "*"', async () => {
    const namespace = `cas-test-${randomUUID()}`;
    const [store] = instances(namespace, 1);
    const redis = createClient({ url: serviceUrls.redis });
    await redis.connect();
    try {
      if (!store) throw new Error('no store');
      await store.storage.write({ item: { n: 1 } });
      const ttl = await redis.pTTL(`${namespace}::item`);
      expect(ttl).toBeGreaterThan(TTL_MS - 5_000);
      expect(ttl).toBeLessThanOrEqual(TTL_MS);
      await store.storage.write({ item: { n: 2, eTag: '*' } });
      await store.storage.write({ item: { n: 3 } });
      await expect(store.storage.write({ item: { n: 4, eTag: 'stale' } })).rejects.toBeInstanceOf(
        ETagConflictError,
      );
      expect((await store.storage.read(['item'])).item).toMatchObject({ n: 3 });
      // A stored value that is not our envelope counts as absent, as KeyvStorage's own read treats it.
      await redis.set(`${namespace}::item`, 'not json');
      await store.storage.write({ item: { n: 5, eTag: 'stale' } });
      expect((await store.storage.read(['item'])).item).toMatchObject({ n: 5 });
    } finally {
      await redis.del(`${namespace}::item`);
      await redis.close();
      await store?.close();
    }
  });
});
