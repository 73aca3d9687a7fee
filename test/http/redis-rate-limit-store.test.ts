import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createClient } from '@keyv/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRedisRateLimitStore,
  type RedisRateLimitStore,
} from '../../src/http/redis-rate-limit-store.ts';
import { createLogger } from '../../src/logger.ts';
import { freePort } from '../scale/server-process.ts';
import { hasService, serviceUrls } from '../support/services.ts';

const MINUTE_MS = 60_000;

/** A logger whose JSON lines the test can read. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) {
        if (line !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { logger: createLogger('info', destination), lines };
}

describe.skipIf(!(await hasService('redis')))('Redis rate-limit store', () => {
  // This run's own prefix and hash key, so runs sharing the Redis never draw on each other's buckets.
  const prefix = `test-rate-limit-${randomUUID()}:`;
  const hashKey = randomUUID().repeat(2);
  const stores: RedisRateLimitStore[] = [];
  const redis = createClient({ url: serviceUrls.redis });
  const open = () => {
    const store = createRedisRateLimitStore({
      redisUrl: serviceUrls.redis,
      hashKey,
      prefix,
      logger: capturedLogger().logger,
    });
    stores.push(store);
    return store;
  };
  const ourKeys = () => redis.keys(`${prefix}*`);

  beforeAll(async () => {
    await redis.connect();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    const keys = await ourKeys();
    if (keys.length > 0) await redis.del(keys);
    await redis.close();
  });

  it('gives a burst of perMinute, then refuses with the seconds until the next token, on every instance alike', async () => {
    const [a, b] = [open(), open()];
    const check = { scope: 'conversation' as const, id: `conversation-${randomUUID()}`, perMinute: 4 };
    const decisions = [];
    // Two instances taking turns share one bucket: without Redis each would grant all four.
    for (let i = 0; i < 5; i += 1) decisions.push(await (i % 2 === 0 ? a : b).take([check]));
    expect(decisions.slice(0, 4)).toEqual(Array.from({ length: 4 }, () => ({ ok: true })));
    expect(decisions[4]).toEqual({ ok: false, retryAfterSeconds: 15 });
    // Another conversation, and the same id in another scope, have buckets of their own.
    expect(await a.take([{ ...check, id: `conversation-${randomUUID()}` }])).toEqual({ ok: true });
    expect(await b.take([{ ...check, scope: 'client' }])).toEqual({ ok: true });
  });

  it('stops at the first empty bucket, keeping the token the ones before it gave', async () => {
    const store = open();
    const client = { scope: 'client' as const, id: '198.51.100.7', perMinute: 10 };
    const conversation = { scope: 'conversation' as const, id: `c-${randomUUID()}`, perMinute: 1 };
    expect(await store.take([client, conversation])).toEqual({ ok: true });
    expect(await store.take([client, conversation])).toEqual({ ok: false, retryAfterSeconds: 60 });
    // The client gave a token both times: 8 of 10 are left, then it is empty.
    const rest = [];
    for (let i = 0; i < 9; i += 1) rest.push((await store.take([client])).ok);
    expect(rest).toEqual([true, true, true, true, true, true, true, true, false]);
  });

  it('names keys by a keyed hash, never the address or conversation id, and lets them expire within the window', async () => {
    const store = open();
    const address = '203.0.113.45';
    const conversationId = `private-${randomUUID()}`;
    await store.take([
      { scope: 'client', id: address, perMinute: 30 },
      { scope: 'conversation', id: conversationId, perMinute: 3 },
    ]);
    const keys = await ourKeys();
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const key of keys) {
      expect(key).toMatch(new RegExp(`^${prefix}(client|conversation):[\\w-]{16}$`));
      expect(key).not.toContain(address);
      expect(key).not.toContain(conversationId);
      const ttl = await redis.pTTL(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(MINUTE_MS);
    }
    // One token taken of 30 comes back in 2 s, one of 3 in 20 s: that is how long each key lives.
    const ttls = (await Promise.all(keys.map((key) => redis.pTTL(key)))).sort((x, y) => x - y);
    expect(ttls.some((ttl) => ttl > 1_000 && ttl <= 2_000)).toBe(true);
    expect(ttls.some((ttl) => ttl > 19_000 && ttl <= 20_000)).toBe(true);
  });

  it('uses the same key names on every instance with the same hash key, and others with another', async () => {
    const check = { scope: 'client' as const, id: '192.0.2.1', perMinute: 2 };
    const other = createRedisRateLimitStore({
      redisUrl: serviceUrls.redis,
      hashKey: randomUUID().repeat(2),
      prefix,
      logger: capturedLogger().logger,
    });
    stores.push(other);
    const [a, b] = [open(), open()];
    expect((await a.take([check])).ok).toBe(true);
    expect((await b.take([check])).ok).toBe(true);
    expect((await a.take([check])).ok).toBe(false);
    expect((await other.take([check])).ok).toBe(true);
  });
});

describe('Redis rate-limit store without a Redis', () => {
  it('counts in this instance at once, and warns once, not once per request', async () => {
    const { logger, lines } = capturedLogger();
    // A port nothing listens on: every connection attempt is refused.
    const store = createRedisRateLimitStore({ redisUrl: `redis://127.0.0.1:${await freePort()}`, logger });
    try {
      const durations: number[] = [];
      const decisions: unknown[] = [];
      for (let i = 0; i < 20; i += 1) {
        const started = performance.now();
        decisions.push(await store.take([{ scope: 'client', id: '198.51.100.1', perMinute: 5 }]));
        durations.push(performance.now() - started);
      }
      // The local buckets: the budget of 5, then refusals until a token comes back.
      expect(decisions.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => ({ ok: true })));
      expect(decisions.slice(5)).toEqual(
        Array.from({ length: 15 }, () => ({ ok: false, retryAfterSeconds: 12 })),
      );
      expect(Math.max(...durations)).toBeLessThan(1_000);
      const warnings = lines.filter((line) => String(line.msg).startsWith('rate limits per instance'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.level).toBe(40);
    } finally {
      await store.close();
    }
  });
});
