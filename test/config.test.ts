import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { sendBySms, sendByWebChat } from './support/channel-senders.ts';
import { killServerProcess, startServerProcess, type ServerProcess } from './scale/server-process.ts';

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const SMS_PUBLIC_URL = 'https://navigator.example.com/api/sms';
const SMS_AUTH_TOKEN = 'twilio-auth-token-for-the-config-test';
const APP_ID = '00000000-1111-2222-3333-444444444444';
const TENANT = '99999999-8888-7777-6666-555555555555';

function errorsOf(env: Record<string, string>): string[] {
  const loaded = loadConfig({ STATE_SQLITE_PATH: ':memory:', INTAKE_SQLITE_PATH: ':memory:', ...env });
  return loaded.ok ? [] : loaded.errors;
}

describe('configuration checks', () => {
  it.each([
    ['OPENAI_BASE_URL without a key', { OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }, 'OPENAI_BASE_URL'],
    [
      "Azure's Direct Line in production without an app id",
      { NODE_ENV: 'production', DIRECT_LINE_SECRET: 'direct-line-secret' },
      'DIRECT_LINE_SECRET',
    ],
    [
      'Teams alerts in production without an app id',
      { NODE_ENV: 'production', TEAMS_ALERT_TENANT_ID: TENANT },
      'TEAMS_ALERT_TENANT_ID',
    ],
  ])('refuses %s, naming the variable', (_name, env, variable) => {
    expect(errorsOf(env)).toEqual([expect.stringMatching(new RegExp(`^${variable}: `))]);
  });

  it.each([
    ['production without an app id (web and SMS only)', { NODE_ENV: 'production' }],
    ['OPENAI_BASE_URL with a key', { OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_API_KEY: 'any' }],
    [
      "production with an app id and Azure's Direct Line",
      {
        NODE_ENV: 'production',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'app-password',
        MicrosoftAppTenantId: TENANT,
        DIRECT_LINE_SECRET: 'direct-line-secret',
        TEAMS_ALERT_TENANT_ID: TENANT,
      },
    ],
  ])('accepts %s', (_name, env) => {
    expect(errorsOf(env)).toEqual([]);
  });

  it('stops `node src/server.ts` with a message naming OPENAI_BASE_URL when it has no key', async () => {
    const started = run(process.execPath, ['src/server.ts'], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
        PORT: '0',
        // Were it to start after all, it would write nowhere and be stopped by the timeout.
        STATE_SQLITE_PATH: ':memory:',
        INTAKE_SQLITE_PATH: ':memory:',
      },
      timeout: 20_000,
    });
    await expect(started).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/Configuration error:\n\s+OPENAI_BASE_URL: needs OPENAI_API_KEY/),
    });
  }, 30_000);
});

describe('a production deployment without MicrosoftAppId (`node src/server.ts`)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'notice-navigator-config-'));
  let server: ServerProcess | undefined;
  let url = '';
  beforeAll(async () => {
    server = await startServerProcess({
      NODE_ENV: 'production',
      STATE_SQLITE_PATH: join(dir, 'state.sqlite'),
      INTAKE_SQLITE_PATH: join(dir, 'intakes.sqlite'),
      TWILIO_AUTH_TOKEN: SMS_AUTH_TOKEN,
      SMS_PUBLIC_URL,
      SMS_HASH_SECRET: 'hash-secret-for-the-config-test-0123456789',
    });
    url = server.url;
  }, 90_000);
  afterAll(async () => {
    await killServerProcess(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts with /api/messages switched off, and says so', async () => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'CP14',
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9/',
        conversation: { id: 'config-test' },
        from: { id: 'user-1' },
        recipient: { id: 'bot' },
      }),
    });
    expect(response.status).toBe(404);
    expect(server?.output()).toMatch(/no MicrosoftAppId in production: \/api\/messages is off/);
  });

  it('answers on the web page through its own Direct Line', async () => {
    expect((await fetch(`${url}/`)).status).toBe(200);
    expect(await sendByWebChat(url, 'CP2000', /What date is printed/)).toEqual(
      expect.arrayContaining([expect.stringMatching(/What date is printed/)]),
    );
  });

  it('answers by SMS', async () => {
    const replies = await sendBySms(url, 'CP2000', { authToken: SMS_AUTH_TOKEN, publicUrl: SMS_PUBLIC_URL });
    expect(replies.join('\n')).toMatch(/What date is printed/);
  });
});
