import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeApp, type Composed } from '../../src/bot/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { logLinesInto } from '../support/test-app.ts';
import { createLogger } from '../../src/logger.ts';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { cp14ToConsent } from '../support/server-transcripts.ts';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../support/fake-openai-server.ts';
import { freePort } from '../scale/server-process.ts';

/*
 * The failure paths a conversation with a person's details can meet: the intake store down at the
 * consent (the turn fails with the details in its dialog state), the firm's receiver down (every
 * delivery fails until the event is dead, and the probe keeps failing) and the paraphrase model down
 * (it answers 500). The log names the request and the hashed conversation, says what failed and where,
 * and holds nothing the person typed; the store files hold no typed SSN, and only the intake holds the
 * contact details the firm is to get.
 */

type Line = Record<string, unknown>;

const PERSON = {
  name: 'Marisol Quintero',
  email: 'marisol.quintero@example.com',
  mobile: '(202) 555-0148',
  ssn: '123-45-6780',
};
const CONVERSATION = `conv-raw-${Date.now()}-f00d`;

/** Everything the person typed that must not be logged, in the shapes a log could carry it. */
const TYPED = [
  PERSON.name,
  'Marisol',
  'Quintero',
  PERSON.email,
  PERSON.mobile,
  '555-0148',
  '5550148',
  PERSON.ssn,
  '123456780',
];

describe('a turn that fails after the person gave their details', () => {
  const dir = mkdtempSync(join(tmpdir(), 'failure-logs-'));
  const lines: Line[] = [];
  let app: Composed;
  let url: string;

  beforeAll(async () => {
    // A file where the intake database's folder should be: every write to the store fails.
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const loaded = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      STATE_SQLITE_PATH: ':memory:',
      INTAKE_SQLITE_PATH: join(blocker, 'intakes.sqlite'),
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('; '));
    app = composeApp(loaded.config, createLogger('info', logLinesInto(lines)), () => '2026-03-10');
    await new Promise<void>((resolve) => {
      app.server.listen(0, '127.0.0.1', () => {
        resolve();
      });
    });
    url = `http://127.0.0.1:${app.server.address().port}`;
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs the request id, the hashed conversation and the error, and none of the person’s words', async () => {
    const client = new ExpectRepliesClient(url, CONVERSATION);
    const steps = cp14ToConsent({
      name: PERSON.name,
      contact: `${PERSON.email} ${PERSON.mobile}`,
      method: 'email',
      description: `My SSN is ${PERSON.ssn} and I already paid part of it`,
    });
    let last: BotReply[] = [];
    for (const text of steps) last = await client.send(text);
    expect(last.map((r) => r.text).join('\n')).toMatch(/May I send your case summary/);

    const response = await client.post({ type: 'message', text: 'yes' });
    expect(response.status).toBe(503);
    const reqId = response.headers.get('x-request-id');

    const failed = lines.find((line) => line.msg === 'turn failed');
    const request = lines.find((line) => line.msg === 'request' && line.reqId === reqId);
    expect(request?.conversation).toMatch(/^[\w-]{16}$/);
    expect(failed).toMatchObject({
      level: 50,
      reqId,
      conversation: request?.conversation,
      channel: 'emulator',
      activityType: 'message',
      err: { type: 'DialogContextError', cause: { type: 'Error', code: expect.any(String) as string } },
    });
    expect(Object.keys(failed?.err ?? {}).sort()).toEqual(['cause', 'message', 'stack', 'type']);
    // The store's own error line names the same request.
    expect(lines.find((line) => line.msg === 'intake could not be stored')).toMatchObject({
      reqId,
      level: 50,
    });

    const everything = JSON.stringify(lines);
    for (const secret of [...TYPED, CONVERSATION]) expect(everything).not.toContain(secret);
  });
});

describe('a conversation whose receiver and model are down', () => {
  const dir = mkdtempSync(join(tmpdir(), 'failure-paths-'));
  const conversation = `conv-raw-${Date.now()}-beef`;
  const lines: Line[] = [];
  let app: Composed;
  let url: string;
  let model: FakeOpenAIServer;

  beforeAll(async () => {
    model = await startFakeOpenAIServer({ behaviour: 'http500' });
    // Nothing listens there: every delivery is refused, and so is every probe.
    const receiverPort = await freePort();
    const loaded = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'debug',
      STATE_SQLITE_PATH: join(dir, 'state.sqlite'),
      INTAKE_SQLITE_PATH: join(dir, 'intakes.sqlite'),
      OPENAI_API_KEY: 'sk-failure-paths',
      OPENAI_BASE_URL: model.baseURL,
      OPENAI_TIMEOUT_MS: '2000',
      INTAKE_WEBHOOK_URL: `http://127.0.0.1:${receiverPort}/hooks/intake`,
      INTAKE_WEBHOOK_SECRET: 'failure-paths-webhook-secret-0123456789abcdef',
      INTAKE_DISPATCH_INTERVAL_MS: '20',
      INTAKE_RETRY_BASE_MS: '10',
      INTAKE_RETRY_CAP_MS: '20',
      INTAKE_MAX_ATTEMPTS: '2',
      INTAKE_PROBE_INTERVAL_MS: '50',
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('; '));
    app = composeApp(loaded.config, createLogger('debug', logLinesInto(lines)), () => '2026-03-10');
    app.start();
    await new Promise<void>((resolve) => {
      app.server.listen(0, '127.0.0.1', () => {
        resolve();
      });
    });
    url = `http://127.0.0.1:${app.server.address().port}`;
  });
  afterAll(async () => {
    await model.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs every failure without the person’s words, and keeps no typed SSN in any store file', async () => {
    const client = new ExpectRepliesClient(url, conversation);
    const steps = cp14ToConsent({
      name: PERSON.name,
      contact: `${PERSON.email} ${PERSON.mobile}`,
      method: 'email',
      description: `My SSN is ${PERSON.ssn} and I already paid part of it`,
    });
    // A free question after the result: the model is asked, fails, and the vetted text is shown.
    const question = `Can I get a payment plan? my ssn is ${PERSON.ssn}`;
    const withQuestion = [...steps.slice(0, 5), question, ...steps.slice(5), 'yes'];
    for (const text of withQuestion) await client.send(text);
    expect(model.requestCount).toBeGreaterThan(0);

    const seen = (message: string) => lines.some((line) => line.msg === message);
    for (let waited = 0; waited < 10_000; waited += 50) {
      if (
        seen('intake outbox: gave up, event is dead') &&
        seen('intake outbox: receiver still refuses dead events')
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await app.close();

    // Each failure path was taken and logged.
    for (const message of [
      'intake outbox: will retry',
      'intake outbox: gave up, event is dead',
      'intake outbox: receiver still refuses dead events',
    ]) {
      expect(seen(message), message).toBe(true);
    }
    expect(lines.some((line) => /paraphras/i.test(String(line.msg)) && Number(line.level) >= 40)).toBe(true);

    const log = JSON.stringify(lines);
    for (const secret of [...TYPED, conversation]) expect(log, secret).not.toContain(secret);
    // What reached the model: the vetted passages, never the person's words.
    const sentToModel = JSON.stringify(model.requests.map((r) => r.rawBody));
    for (const secret of TYPED) expect(sentToModel, secret).not.toContain(secret);

    const files = readdirSync(dir);
    expect(files).toEqual(expect.arrayContaining(['state.sqlite', 'intakes.sqlite']));
    for (const file of files) {
      const bytes = readFileSync(join(dir, file)).toString('latin1');
      for (const ssn of [PERSON.ssn, '123456780']) expect(bytes, `${file}: ${ssn}`).not.toContain(ssn);
      if (file.startsWith('state.sqlite')) {
        for (const secret of TYPED) expect(bytes, `${file}: ${secret}`).not.toContain(secret);
      }
    }
    // The intake (and only it) holds the contact details the firm is to get: the scan read real data.
    expect(readFileSync(join(dir, 'intakes.sqlite')).toString('latin1')).toContain(PERSON.email);
  }, 60_000);
});
