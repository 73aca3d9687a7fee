import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMIT_TIMEOUT_MS } from '../../src/http/redis-rate-limit-store.ts';
import { ExpectRepliesClient } from '../support/direct-client.ts';
import { canRunRedisServer, PrivateRedis } from '../support/private-redis.ts';
import { killServerProcess, startServerProcess, type ServerProcess } from '../scale/server-process.ts';

const PER_CLIENT = 3;
const PER_CONVERSATION = 2;
const RECOVERY_TIMEOUT_MS = 15_000;
/** A request the limiter let through on a Redis that does not answer took at most its timeout, plus slack. */
const BOUNDED_MS = RATE_LIMIT_TIMEOUT_MS + 500;
const WARNING = 'rate limits per instance';

type Timed = { status: number; ms: number };

async function triage(baseUrl: string, clientAddress: string): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/triage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress },
    body: JSON.stringify({ noticeCode: 'CP14', noticeDate: '2026-03-02' }),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

async function message(baseUrl: string, conversationId: string, clientAddress: string): Promise<Timed> {
  const started = performance.now();
  const response = await new ExpectRepliesClient(baseUrl, conversationId).post(
    { type: 'message', text: 'hello' },
    { 'x-forwarded-for': clientAddress },
  );
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

async function repeat(count: number, send: () => Promise<Timed>): Promise<Timed[]> {
  const answers: Timed[] = [];
  for (let i = 0; i < count; i += 1) answers.push(await send());
  return answers;
}

async function untilReady(url: string): Promise<void> {
  const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
  while ((await fetch(`${url}/readyz`)).status !== 200) {
    if (Date.now() > deadline) throw new Error('the server did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!canRunRedisServer)('rate limits while their Redis is away', () => {
  let redis: PrivateRedis;
  let server: ServerProcess | undefined;
  let url = '';

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    server = await startServerProcess({
      REDIS_URL: redis.url,
      INTAKE_SQLITE_PATH: ':memory:',
      LOG_LEVEL: 'info',
      TRUST_PROXY_HOPS: '1',
      RATE_LIMIT_PER_MINUTE: String(PER_CLIENT),
      CONVERSATION_RATE_LIMIT_PER_MINUTE: String(PER_CONVERSATION),
    });
    url = server.url;
    await untilReady(url);
  }, 60_000);

  afterAll(async () => {
    redis.thaw();
    await killServerProcess(server);
    await redis.kill();
  });

  it('limits while Redis answers', async () => {
    const answers = await repeat(PER_CLIENT + 1, () => triage(url, '198.51.100.1'));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
  });

  it('counts in the instance, quickly, when Redis is killed, and shares the limits again once it is back', async () => {
    await redis.kill();
    // Past every limit: the per-client one on the triage route, the per-conversation one on messages.
    const triages = await repeat(PER_CLIENT * 4, () => triage(url, '198.51.100.2'));
    expect(triages.map((answer) => answer.status)).toEqual(
      Array.from({ length: PER_CLIENT * 4 }, (_, i) => (i < PER_CLIENT ? 200 : 429)),
    );
    const conversationId = `outage-${randomUUID()}`;
    const messages = await repeat(PER_CONVERSATION + 2, () => message(url, conversationId, '198.51.100.3'));
    // The turns themselves fail on the state store (a kind 503) until the instance's own budget is spent.
    expect(messages.map((answer) => answer.status)).toEqual(
      Array.from({ length: PER_CONVERSATION + 2 }, (_, i) => (i < PER_CONVERSATION ? 503 : 429)),
    );
    // The triage route needs no store: all its time is the limiter's. (A turn waits on the state store.)
    const slowest = Math.max(...triages.map((answer) => answer.ms));
    process.stdout.write(`Redis killed: slowest of ${triages.length} triages ${slowest.toFixed(0)} ms\n`);
    expect(slowest).toBeLessThan(BOUNDED_MS);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(503);

    await redis.restart();
    await untilReady(url);
    // The limiter reconnects by itself (it may take a second to stop skipping Redis after the outage).
    const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
    let limited = false;
    for (let attempt = 1; !limited && Date.now() < deadline; attempt += 1) {
      const answers = await repeat(PER_CLIENT + 1, () => triage(url, `198.51.100.${10 + attempt}`));
      limited = answers.at(-1)?.status === 429;
      if (!limited) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(limited).toBe(true);
  }, 30_000);

  it('waits no longer than its short timeout when Redis hangs (connected, answering nothing)', async () => {
    redis.freeze();
    try {
      const answers = await repeat(10, () => triage(url, '198.51.100.40'));
      expect(answers.map((answer) => answer.status)).toEqual(
        Array.from({ length: 10 }, (_, i) => (i < PER_CLIENT ? 200 : 429)),
      );
      const times = answers.map((answer) => answer.ms.toFixed(0)).join(', ');
      process.stdout.write(`Redis frozen: triages took ${times} ms\n`);
      expect(Math.max(...answers.map((answer) => answer.ms))).toBeLessThan(BOUNDED_MS);
    } finally {
      redis.thaw();
    }
  });

  it('stayed up and warned once for the whole outage, not once per request', () => {
    expect(server?.child.exitCode).toBeNull();
    const warnings = (server?.output() ?? '').split('\n').filter((line) => line.includes(WARNING));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0] ?? '{}')).toMatchObject({ level: 40 });
  });
});
