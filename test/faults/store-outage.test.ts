import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { canRunRedisServer, PrivateRedis } from '../support/private-redis.ts';

const RECOVERY_TIMEOUT_MS = 15_000;
/** The state store gives a Redis call 2 s; a turn reads and writes at most a few times. */
const FROZEN_TURN_BOUND_MS = 7_000;
const POLL_MS = 100;

type Readiness = { status: string; failed: string[]; checks: Record<string, string> };

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A whole triage on the app; the result as sent, whose card carries the case links. */
async function completeTriage(url: string): Promise<string> {
  const client = new ExpectRepliesClient(url);
  let replies: BotReply[] = [];
  for (const text of ['CP14', '3/2/2026', 'yes', '$1,200', 'no']) replies = await client.send(text);
  return JSON.stringify(replies);
}

async function readiness(url: string): Promise<{ status: number; body: Readiness }> {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as Readiness };
}

describe.skipIf(!canRunRedisServer)('Redis going away and coming back', () => {
  let redis: PrivateRedis;
  let app: TestApp;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    app = await startTestApp({ today: '2026-03-10', env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await app.close();
    redis.thaw();
    await redis.kill();
  });

  it('is ready with both stores answering', async () => {
    expect(await readiness(app.url)).toEqual({
      status: 200,
      body: { status: 'ready', failed: [], checks: { state: 'ok', intakes: 'ok' } },
    });
    const client = new ExpectRepliesClient(app.url);
    expect((await client.send('hello')).at(-1)?.text).toMatch(/notice code/i);
  });

  it('answers a turn with a kind 503 while Redis is down, reports it on /readyz, and recovers without a restart', async () => {
    const client = new ExpectRepliesClient(app.url);
    await client.send('hello');
    const result = await completeTriage(app.url);
    const casePath = /https?:\/\/[^/\s]+(\/cases\/[\w-]+)\//.exec(result)?.[1];
    expect(casePath).toBeDefined();
    expect((await fetch(`${app.url}${casePath}`)).status).toBe(200);
    await redis.kill();

    const response = await client.post({ type: 'message', text: 'CP14' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const body = (await response.json()) as { activities: BotReply[] };
    const reply = body.activities.find((a) => a.type === 'message');
    expect(reply?.text).toMatch(/something went wrong on my side/i);
    expect(reply?.channelData?.guidance?.route).toBe('error');

    expect(await readiness(app.url)).toMatchObject({
      status: 503,
      body: { status: 'unavailable', failed: ['state'], checks: { state: 'unavailable', intakes: 'ok' } },
    });
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    // A case link asks for patience rather than failing or calling the case expired.
    const casePage = await fetch(`${app.url}${casePath}`);
    expect(casePage.status).toBe(503);
    expect(casePage.headers.get('retry-after')).toBe('5');
    expect(await casePage.text()).toMatch(/try again in a moment/i);

    await redis.restart();
    await waitFor(async () => (await readiness(app.url)).status === 200);
    // The throwaway Redis kept nothing, so the conversation starts again; what matters is a normal turn.
    const fresh = new ExpectRepliesClient(app.url);
    expect((await fresh.send('hello')).at(-1)?.text).toMatch(/notice code/i);
    expect((await fresh.send('CP14')).at(-1)?.text).toMatch(/What date/);
  }, 30_000);

  it('answers a turn with a kind 503 within the store timeout while Redis is frozen, then recovers', async () => {
    const client = new ExpectRepliesClient(app.url);
    await client.send('hello');
    // SIGSTOP: the connection stays open and commands are sent, but nothing ever answers.
    redis.freeze();
    try {
      const started = Date.now();
      const response = await client.post({ type: 'message', text: 'CP14' });
      expect(response.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(FROZEN_TURN_BOUND_MS);
      const body = (await response.json()) as { activities: BotReply[] };
      expect(body.activities.find((a) => a.type === 'message')?.text).toMatch(
        /something went wrong on my side/i,
      );
      expect((await readiness(app.url)).status).toBe(503);
    } finally {
      redis.thaw();
    }
    await waitFor(async () => (await readiness(app.url)).status === 200);
    // The frozen turn asked nothing it must not: the same message now goes through.
    expect((await client.send('CP14')).at(-1)?.text).toMatch(/What date/);
  }, 30_000);
});
