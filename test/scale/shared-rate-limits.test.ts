import { randomUUID } from 'node:crypto';
import { createClient } from '@keyv/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT_PREFIX } from '../../src/http/redis-rate-limit-store.ts';
import { hashConversationId } from '../../src/http/request-logging.ts';
import { ExpectRepliesClient } from '../support/direct-client.ts';
import { conversationStateKey } from '../support/server-transcripts.ts';
import { hasService, serviceUrls } from '../support/services.ts';
import { killServerProcess, startServerProcess, type ServerProcess } from './server-process.ts';

const PER_CLIENT = 6;
const PER_CONVERSATION = 4;
const READY_TIMEOUT_MS = 15_000;
/** This run's hash key: its bucket keys differ from any other run's on the shared Redis. */
const HASH_KEY = randomUUID().repeat(2);

type Answer = { status: number; retryAfter: string | null; body: string };

async function answer(response: Response): Promise<Answer> {
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: await response.text(),
  };
}

/** One person's message, as the load balancer forwards it: the person's address appended to the header. */
async function message(baseUrl: string, conversationId: string, clientAddress: string): Promise<Answer> {
  const response = await new ExpectRepliesClient(baseUrl, conversationId).post(
    { type: 'message', text: 'hello' },
    { 'x-forwarded-for': clientAddress },
  );
  return answer(response);
}

async function triage(baseUrl: string, clientAddress: string): Promise<Answer> {
  const response = await fetch(`${baseUrl}/api/triage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress },
    body: JSON.stringify({ noticeCode: 'CP14', noticeDate: '2026-03-02' }),
  });
  return answer(response);
}

async function untilReady(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while ((await fetch(`${url}/readyz`)).status !== 200) {
    if (Date.now() > deadline) throw new Error(`${url} never became ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!(await hasService('redis')))('rate limits shared by two instances through Redis', () => {
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  const conversationIds: string[] = [];
  const redis = createClient({ url: serviceUrls.redis });
  const bucketKey = (scope: 'client' | 'conversation', id: string) =>
    `${DEFAULT_RATE_LIMIT_PREFIX}${scope}:${hashConversationId(HASH_KEY, `${scope}:${id}`)}`;
  const instances = () => [a?.url ?? '', b?.url ?? ''];

  beforeAll(async () => {
    const env = {
      REDIS_URL: serviceUrls.redis,
      INTAKE_SQLITE_PATH: ':memory:',
      LOG_LEVEL: 'warn',
      LOG_HASH_KEY: HASH_KEY,
      TRUST_PROXY_HOPS: '1',
      RATE_LIMIT_PER_MINUTE: String(PER_CLIENT),
      CONVERSATION_RATE_LIMIT_PER_MINUTE: String(PER_CONVERSATION),
    };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    await Promise.all(instances().map(untilReady));
    await redis.connect();
  }, 90_000);

  afterAll(async () => {
    await Promise.all([killServerProcess(a), killServerProcess(b)]);
    // Bucket keys expire within a minute by themselves; conversation state would stay for 30 days.
    const keys = conversationIds.flatMap((id) => [conversationStateKey(id), bucketKey('conversation', id)]);
    if (keys.length > 0) await redis.del(keys);
    await redis.close();
  });

  it("holds a conversation's limit when its turns alternate between the instances", async () => {
    const conversationId = `rate-${randomUUID()}`;
    conversationIds.push(conversationId);
    const answers: Answer[] = [];
    for (let turn = 0; turn <= PER_CONVERSATION; turn += 1) {
      // A fresh address for each turn: only the conversation's bucket can refuse.
      answers.push(await message(instances()[turn % 2] ?? '', conversationId, `198.51.100.${turn + 1}`));
    }
    expect(answers.map((x) => x.status)).toEqual([200, 200, 200, 200, 429]);
    const refused = answers.at(-1);
    // A token comes back every 15 s (less the time the turns took).
    expect(Number(refused?.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused?.retryAfter)).toBeLessThanOrEqual(15);
    expect(JSON.parse(refused?.body ?? '{}')).toEqual({ error: 'rate_limited' });
    // The other instance knows too; another conversation is untouched.
    expect((await message(instances()[1] ?? '', conversationId, '198.51.100.50')).status).toBe(429);
    const other = `rate-${randomUUID()}`;
    conversationIds.push(other);
    expect((await message(instances()[0] ?? '', other, '198.51.100.51')).status).toBe(200);
  });

  it("holds a client's limit across the instances", async () => {
    const answers: Answer[] = [];
    for (let i = 0; i <= PER_CLIENT; i += 1)
      answers.push(await triage(instances()[i % 2] ?? '', '203.0.113.60'));
    expect(answers.map((x) => x.status)).toEqual([200, 200, 200, 200, 200, 200, 429]);
    expect(Number(answers.at(-1)?.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(answers.at(-1)?.retryAfter)).toBeLessThanOrEqual(10);
    expect((await triage(instances()[0] ?? '', '203.0.113.60')).status).toBe(429);
    // Another person behind the same load balancer has a budget of their own.
    expect((await triage(instances()[1] ?? '', '203.0.113.61')).status).toBe(200);
  });

  it('keeps the buckets under hashed, expiring keys', async () => {
    const conversationId = `rate-${randomUUID()}`;
    conversationIds.push(conversationId);
    expect((await message(instances()[0] ?? '', conversationId, '203.0.113.70')).status).toBe(200);
    for (const key of [bucketKey('conversation', conversationId), bucketKey('client', '203.0.113.70')]) {
      expect(key).not.toContain(conversationId);
      expect(key).not.toContain('203.0.113.70');
      const ttl = await redis.pTTL(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    }
    const everyBucket = await redis.keys(`${DEFAULT_RATE_LIMIT_PREFIX}*`);
    const raw = [...conversationIds, '198.51.100.', '203.0.113.'];
    expect(everyBucket.filter((key) => raw.some((text) => key.includes(text)))).toEqual([]);
  });
});
