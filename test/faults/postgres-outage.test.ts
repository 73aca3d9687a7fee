import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, WEBHOOK_SECRET, type Receiver } from '../intake/intake-fixtures.ts';
import { killServerProcess, startServerProcess, type ServerProcess } from '../scale/server-process.ts';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { SERVER_TIME_ZONE, TO_CONSENT } from '../support/server-transcripts.ts';
import { hasService, serviceUrls } from '../support/services.ts';
import { TcpProxy } from '../support/tcp-proxy.ts';

/*
 * PostgreSQL (the intake store) going away while the real server runs: the database itself is never
 * touched; a proxy between the app and it refuses, black-holes or freezes the connections instead.
 */

const RECOVERY_TIMEOUT_MS = 10_000;
const POLL_MS = 100;
const STAFF_TOKEN = 'staff-token-for-the-outage-test-0123456789';
const DISPATCH_INTERVAL_MS = 100;
/** Generous bounds over the store's own timeouts (3 s to connect, 5 s per query). */
const HANG_BOUND_MS = 4_500;
const FROZEN_QUERY_BOUND_MS = 7_000;
type Readiness = { status: string; failed: string[]; checks: Record<string, string> };

const texts = (replies: BotReply[]) => replies.map((r) => r.text ?? '').join('\n');

async function waitFor(condition: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function readiness(url: string): Promise<{ status: number; body: Readiness; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as Readiness, ms: Date.now() - started };
}

/** A conversation over HTTP that has just been asked for consent to send the case to the firm. */
async function atConsent(url: string): Promise<ExpectRepliesClient> {
  const client = new ExpectRepliesClient(url);
  let replies: BotReply[] = [];
  for (const text of TO_CONSENT) replies = await client.send(text);
  expect(texts(replies)).toMatch(/May I send your case summary/);
  return client;
}

/** Consent while the database is out: a kind reply in a 503 with Retry-After, within a bounded time. */
async function consentDuringOutage(client: ExpectRepliesClient): Promise<number> {
  const started = Date.now();
  const response = await client.post({ type: 'message', text: 'yes' });
  const ms = Date.now() - started;
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('5');
  const body = (await response.json()) as { activities: BotReply[] };
  const replies = body.activities.filter((a) => a.type === 'message');
  expect(replies).toHaveLength(1);
  expect(replies[0]?.text).toMatch(/something went wrong on my side.*answers are safe/i);
  expect(replies[0]?.channelData?.guidance?.route).toBe('error');
  return ms;
}

const postgresAvailable = await hasService('postgres');

describe.skipIf(!postgresAvailable)('PostgreSQL going away and coming back', () => {
  const database = `outage_${randomBytes(6).toString('hex')}`;
  let admin: pg.Client;
  let db: Promise<pg.Client> | undefined;
  let proxy: TcpProxy;
  let receiver: Receiver;
  let server: ServerProcess | undefined;
  let url: string;

  /** The rows this conversation left in PostgreSQL, read directly (not through the proxy). */
  async function storedFor(client: ExpectRepliesClient): Promise<{ id: string; state: string }[]> {
    const direct = await (db ??= connectDirect(withDatabase(serviceUrls.postgres, database)));
    const { rows } = await direct.query<{ id: string; state: string }>(
      `SELECT i.id, o.state FROM intakes i JOIN intake_outbox o ON o.intake_id = i.id
       WHERE i.record->'conversation'->>'conversationId' = $1`,
      [client.conversationId],
    );
    return rows;
  }

  /** Dispatch failures the server has logged so far. */
  const dispatchFailures = () =>
    loggedLines().filter((line) => line.msg === 'intake outbox: dispatch failed').length;

  /** Turns that failed to store their intake with exactly this error, as the server logged them. */
  const storeFailuresLogged = (message: string) =>
    loggedLines().filter((line) => line.msg === 'intake could not be stored' && line.err?.message === message)
      .length;

  const loggedLines = () =>
    (server?.output() ?? '')
      .split('\n')
      .slice(0, -1) // the last piece is empty, or a line still being written
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string; err?: { message?: string } });

  /**
   * Opens a few pooled connections at once, so the next turn takes one already open (and frozen with
   * the rest) even while the dispatcher holds another.
   */
  async function warmPool(): Promise<void> {
    await waitFor(async () => {
      const answers = await Promise.all([1, 2, 3].map(() => readiness(url)));
      return answers.every((answer) => answer.status === 200) && proxy.forwarding >= 2;
    });
  }

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: serviceUrls.postgres });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    const target = new URL(serviceUrls.postgres);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    const throughProxy = new URL(withDatabase(serviceUrls.postgres, database));
    throughProxy.hostname = '127.0.0.1';
    throughProxy.port = String(proxy.port);
    receiver = await startReceiver();
    server = await startServerProcess({
      DATABASE_URL: throughProxy.toString(),
      STATE_SQLITE_PATH: ':memory:',
      TIME_ZONE: SERVER_TIME_ZONE,
      LOG_LEVEL: 'info',
      INTAKE_WEBHOOK_URL: receiver.url,
      INTAKE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STAFF_API_TOKEN: STAFF_TOKEN,
      INTAKE_DISPATCH_INTERVAL_MS: String(DISPATCH_INTERVAL_MS),
      INTAKE_RETRY_BASE_MS: '100',
    });
    url = server.url;
  }, 30_000);

  afterAll(async () => {
    await killServerProcess(server);
    await proxy.close();
    await receiver.close();
    await (await db)?.end();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  it('is ready with both stores answering', async () => {
    await waitFor(async () => (await readiness(url)).status === 200);
    const ready = await readiness(url);
    expect(ready.body).toEqual({ status: 'ready', failed: [], checks: { state: 'ok', intakes: 'ok' } });
  });

  it('refused connections: a kind 503 on consent, /readyz names intakes, nothing lost on recovery', async () => {
    const client = await atConsent(url);
    const failuresBefore = dispatchFailures();
    await proxy.refuse();
    const outageStarted = Date.now();

    expect(await readiness(url)).toMatchObject({
      status: 503,
      body: { status: 'unavailable', failed: ['intakes'], checks: { state: 'ok', intakes: 'unavailable' } },
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await consentDuringOutage(client)).toBeLessThan(2_000);
    // The staff API too: a 503 to retry, not a 500.
    const staff = await fetch(`${url}/api/intakes`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } });
    expect(staff.status).toBe(503);
    expect(staff.headers.get('retry-after')).toBe('5');
    expect(await staff.json()).toEqual({ error: 'service_unavailable' });

    // Long enough for a dispatcher polling every 100 ms to have tried 30 times without backing off.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const outageMs = Date.now() - outageStarted;
    const failures = dispatchFailures() - failuresBefore;
    expect(failures).toBeGreaterThan(0);
    expect(failures).toBeLessThanOrEqual(Math.ceil(Math.log2(outageMs / DISPATCH_INTERVAL_MS)) + 2);

    await proxy.restore();
    await waitFor(async () => (await readiness(url)).status === 200);
    // The failed turn kept the dialog at the consent question: the same answer now goes through.
    expect(texts(await client.send('yes'))).toMatch(/Your request is saved and will reach/);
    const stored = await storedFor(client);
    expect(stored).toHaveLength(1);
    // The dispatcher backed off but did not give up: the firm gets the intake once the database is back.
    await waitFor(() => [...receiver.accepted.values()].some((b) => b.intake.id === stored[0]?.id));
    await waitFor(async () => (await storedFor(client))[0]?.state === 'delivered');
  }, 30_000);

  it('connections that hang: /readyz and the turn answer within a bound, then recover', async () => {
    const client = await atConsent(url);
    proxy.blackhole();
    const [ready, turnMs] = await Promise.all([readiness(url), consentDuringOutage(client)]);
    expect(ready).toMatchObject({ status: 503, body: { failed: ['intakes'] } });
    expect(ready.ms).toBeLessThan(HANG_BOUND_MS);
    expect(turnMs).toBeLessThan(HANG_BOUND_MS);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    await proxy.restore();
    await waitFor(async () => (await readiness(url)).status === 200);
    expect(texts(await client.send('yes'))).toMatch(/Your request is saved and will reach/);
    expect(await storedFor(client)).toHaveLength(1);
  }, 30_000);

  it('a connection that goes silent mid-turn, or drops mid-transaction: bounded, no crash', async () => {
    const client = await atConsent(url);
    await warmPool();
    proxy.freeze();
    expect(await consentDuringOutage(client)).toBeLessThan(FROZEN_QUERY_BOUND_MS);
    // The log reaches this process on another pipe than the reply: it may come a moment later.
    await waitFor(() => storeFailuresLogged('Query read timeout') === 1);

    // Again, with the connection dropped while the transaction waits on it: a checked-out connection's
    // error event that nobody listens to would kill the process here.
    await proxy.restore();
    await warmPool();
    proxy.freeze();
    const turn = consentDuringOutage(client);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // the turn is waiting on BEGIN by now
    proxy.cut();
    expect(await turn).toBeLessThan(FROZEN_QUERY_BOUND_MS);
    await waitFor(() => storeFailuresLogged('Connection terminated unexpectedly') === 1);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    await proxy.restore();
    await waitFor(async () => (await readiness(url)).status === 200);
    expect(texts(await client.send('yes'))).toMatch(/Your request is saved and will reach/);
    expect(await storedFor(client)).toHaveLength(1);
    expect(server?.child.exitCode).toBeNull();
    expect(server?.output()).not.toMatch(/uncaught|unhandled/i);
  }, 30_000);
});

async function connectDirect(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return client;
}

function withDatabase(base: string, database: string): string {
  const parsed = new URL(base);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
