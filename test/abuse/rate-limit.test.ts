import { describe, expect, it } from 'vitest';
import { createTokenBuckets, RATE_LIMITED_BODY } from '../../src/http/rate-limit.ts';
import { sendRaw } from './support/abuse-process.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const TODAY = '2026-03-10';
const TRIAGE_BODY = Buffer.from(JSON.stringify({ noticeCode: 'CP14', noticeDate: '2026-03-02' }));

describe('createTokenBuckets', () => {
  it('allows a burst of perMinute, then refuses with the seconds until the next token', () => {
    let now = 0;
    const buckets = createTokenBuckets(6, () => now);
    const first = Array.from({ length: 6 }, () => buckets.take('a'));
    expect(first.every((decision) => decision.ok)).toBe(true);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    // Another key has its own bucket.
    expect(buckets.take('b')).toEqual({ ok: true });
    now += 4_000;
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 6 });
    now += 6_000;
    expect(buckets.take('a')).toEqual({ ok: true });
    expect(buckets.take('a')).toMatchObject({ ok: false });
  });

  it('is unlimited at 0 and keeps no keys', () => {
    const buckets = createTokenBuckets(0);
    for (let i = 0; i < 1000; i += 1) expect(buckets.take(`k${i}`).ok).toBe(true);
    expect(buckets.size()).toBe(0);
  });

  it('forgets keys whose buckets have refilled, so memory is bounded by active clients', () => {
    let now = 0;
    const buckets = createTokenBuckets(60, () => now);
    for (let i = 0; i < 999; i += 1) buckets.take(`old-${i}`);
    expect(buckets.size()).toBe(999);
    now += 60_000;
    buckets.take('new');
    expect(buckets.size()).toBe(1);
  });
});

async function withApp(env: Record<string, string>, run: (app: TestApp) => Promise<void>): Promise<void> {
  const app = await startTestApp({ today: TODAY, env });
  try {
    await run(app);
  } finally {
    await app.close();
  }
}

const triageFrom = (app: TestApp, localAddress: string) =>
  sendRaw(app.url, {
    method: 'POST',
    path: '/api/triage',
    headers: { 'content-type': 'application/json' },
    body: TRIAGE_BODY,
    localAddress,
  });

function activity(conversationId: string, text: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      type: 'message',
      text,
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9/unused',
      conversation: { id: conversationId },
      from: { id: 'user-1' },
      recipient: { id: 'bot' },
      deliveryMode: 'expectReplies',
    }),
  );
}

const message = (app: TestApp, conversationId: string, localAddress = '127.0.0.1') =>
  sendRaw(app.url, {
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    body: activity(conversationId, 'hello'),
    localAddress,
  });

describe('rate limits over HTTP', () => {
  it('answers 429 with Retry-After and a fixed body past the per-client limit; another client is unaffected', async () => {
    await withApp({ RATE_LIMIT_PER_MINUTE: '5' }, async (app) => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await triageFrom(app, '127.0.0.1')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);

      const refused = await triageFrom(app, '127.0.0.1');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(12);
      expect(JSON.parse(refused.body)).toEqual(RATE_LIMITED_BODY);

      expect((await triageFrom(app, '127.0.0.2')).status).toBe(200);
      const health = await sendRaw(app.url, {
        method: 'GET',
        path: '/healthz',
        headers: {},
        localAddress: '127.0.0.1',
      });
      expect(health.status).toBe(200);
    });
  });

  it('limits one conversation on /api/messages without touching another', async () => {
    await withApp({ CONVERSATION_RATE_LIMIT_PER_MINUTE: '3' }, async (app) => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await message(app, 'conversation-a')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      // The same conversation from another address is still the same conversation.
      const elsewhere = await message(app, 'conversation-a', '127.0.0.3');
      expect(elsewhere.status).toBe(429);
      expect(elsewhere.headers['retry-after']).toBe('20');
      expect((await message(app, 'conversation-b')).status).toBe(200);
    });
  });

  it('is on by default and off at 0', async () => {
    await withApp({ CONVERSATION_RATE_LIMIT_PER_MINUTE: '0' }, async (app) => {
      const statuses = new Set<number>();
      for (let i = 0; i < 80; i += 1) statuses.add((await message(app, 'chatty')).status);
      expect([...statuses]).toEqual([200]);
    });
    await withApp({}, async (app) => {
      const statuses = new Set<number>();
      for (let i = 0; i < 90; i += 1) statuses.add((await message(app, 'chatty')).status);
      expect([...statuses]).toEqual([200, 429]);
    });
  });
});

describe('the per-client limit behind a proxy (TRUST_PROXY_HOPS)', () => {
  /** Every request comes from the proxy's address; the proxy appends the address it saw to the header. */
  const throughProxy = (app: TestApp, forwardedFor?: string) =>
    sendRaw(app.url, {
      method: 'POST',
      path: '/api/triage',
      headers: {
        'content-type': 'application/json',
        ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }),
      },
      body: TRIAGE_BODY,
      localAddress: '127.0.0.9',
    });
  const statusesOf = async (count: number, send: () => Promise<{ status: number }>) => {
    const statuses: number[] = [];
    for (let i = 0; i < count; i += 1) statuses.push((await send()).status);
    return statuses;
  };

  it('gives two people behind one proxy address budgets of their own', async () => {
    await withApp({ RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY_HOPS: '1' }, async (app) => {
      expect(await statusesOf(4, () => throughProxy(app, '198.51.100.7'))).toEqual([200, 200, 200, 429]);
      expect(await statusesOf(3, () => throughProxy(app, '198.51.100.8'))).toEqual([200, 200, 200]);
      // A request that did not come through the proxy counts on the socket's address, apart from both.
      expect((await throughProxy(app)).status).toBe(200);
    });
  });

  it('does not sell a fresh budget for a spoofed left-most entry', async () => {
    await withApp({ RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY_HOPS: '1' }, async (app) => {
      expect(await statusesOf(3, () => throughProxy(app, '198.51.100.7'))).toEqual([200, 200, 200]);
      // The client wrote "203.0.113.x", the proxy appended the address it really came from.
      let attempt = 0;
      const spoofed = await statusesOf(3, () => {
        attempt += 1;
        return throughProxy(app, `203.0.113.${attempt}, 198.51.100.7`);
      });
      expect(spoofed).toEqual([429, 429, 429]);
    });
  });

  it('ignores the header entirely without TRUST_PROXY_HOPS: everyone behind the proxy is one client', async () => {
    await withApp({ RATE_LIMIT_PER_MINUTE: '3' }, async (app) => {
      expect(await statusesOf(2, () => throughProxy(app, '198.51.100.7'))).toEqual([200, 200]);
      expect(await statusesOf(2, () => throughProxy(app, '198.51.100.8'))).toEqual([200, 429]);
    });
  });

  it('refuses a TRUST_PROXY_HOPS that is not a small whole number', async () => {
    for (const value of ['-1', '1.5', 'two', '11']) {
      await expect(startTestApp({ today: TODAY, env: { TRUST_PROXY_HOPS: value } })).rejects.toThrow(
        /TRUST_PROXY_HOPS/,
      );
    }
  });
});
