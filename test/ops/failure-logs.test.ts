import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeApp, type Composed } from '../../src/bot/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { logLinesInto } from '../support/test-app.ts';
import { createLogger } from '../../src/logger.ts';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { cp14ToConsent } from '../support/server-transcripts.ts';

/*
 * A turn that fails with the person's details in its dialog state (the intake store is down at the
 * consent): the log names the request and the hashed conversation, says what failed and where, and
 * holds nothing the person typed.
 */

type Line = Record<string, unknown>;

const PERSON = {
  name: 'Marisol Quintero',
  email: 'marisol.quintero@example.com',
  mobile: '(202) 555-0148',
  ssn: '123-45-6780',
};
const CONVERSATION = `conv-raw-${Date.now()}-f00d`;

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
    for (const secret of [
      PERSON.name,
      'Marisol',
      PERSON.email,
      '555-0148',
      '5550148',
      PERSON.ssn,
      '123456780',
      CONVERSATION,
    ]) {
      expect(everything).not.toContain(secret);
    }
  });
});
