import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { freePort } from '../scale/server-process.ts';

const RECOVERY_TIMEOUT_MS = 15_000;
const POLL_MS = 100;

type Readiness = { status: string; failed: string[]; checks: Record<string, string> };

/** A throwaway redis-server this test can stop and start, without persistence. */
class ControlledRedis {
  readonly port: number;
  #child: ChildProcess | undefined;

  constructor(port: number) {
    this.port = port;
  }

  async start(): Promise<void> {
    this.#child = spawn('redis-server', ['--port', String(this.port), '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await waitFor(() => accepts(this.port));
  }

  async stop(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A whole triage on the app; the result's text, which carries the case links. */
async function completeTriage(url: string): Promise<string> {
  const client = new ExpectRepliesClient(url);
  let replies: BotReply[] = [];
  for (const text of ['CP14', '3/2/2026', 'yes', '$1,200', 'no']) replies = await client.send(text);
  return replies.map((reply) => reply.text ?? '').join('\n');
}

async function readiness(url: string): Promise<{ status: number; body: Readiness }> {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as Readiness };
}

const redisAvailable = await new Promise<boolean>((resolve) => {
  const probe = spawn('redis-server', ['--version'], { stdio: 'ignore' });
  probe.once('error', () => resolve(false));
  probe.once('exit', (code) => resolve(code === 0));
});

describe.skipIf(!redisAvailable)('Redis going away and coming back', () => {
  let redis: ControlledRedis;
  let app: TestApp;

  beforeAll(async () => {
    redis = new ControlledRedis(await freePort());
    await redis.start();
    app = await startTestApp({ today: '2026-03-10', env: { REDIS_URL: `redis://127.0.0.1:${redis.port}` } });
  });
  afterAll(async () => {
    await app.close();
    await redis.stop();
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
    await redis.stop();

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

    await redis.start();
    await waitFor(async () => (await readiness(app.url)).status === 200);
    // The throwaway Redis kept nothing, so the conversation starts again; what matters is a normal turn.
    const fresh = new ExpectRepliesClient(app.url);
    expect((await fresh.send('hello')).at(-1)?.text).toMatch(/notice code/i);
    expect((await fresh.send('CP14')).at(-1)?.text).toMatch(/What date/);
  }, 30_000);
});
