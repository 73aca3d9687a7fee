import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const APP_ID = '00000000-1111-2222-3333-444444444444';
const TENANT_ID = '99999999-8888-7777-6666-555555555555';
const STAFF_TOKEN = 'staff-token-for-the-auth-test-0123456789';
const CONVERSATION_ID = 'auth-test-conversation-7f3a';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const SECONDS = 1000;
/** A well-formed Bot Framework-looking token that expired an hour ago, with a signature nobody made. */
const expiredToken = [
  base64url({ alg: 'RS256', typ: 'JWT', kid: 'not-a-real-key' }),
  base64url({
    iss: 'https://api.botframework.com',
    aud: APP_ID,
    serviceurl: 'https://smba.trafficmanager.net/amer/',
    nbf: Math.floor(Date.now() / SECONDS) - 7200,
    exp: Math.floor(Date.now() / SECONDS) - 3600,
  }),
  Buffer.from('forged-signature').toString('base64url'),
].join('.');

const dir = mkdtempSync(join(tmpdir(), 'notice-navigator-auth-'));
const statePath = join(dir, 'state.sqlite');
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({
    today: '2026-03-10',
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'app-password-for-the-auth-test',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT_ID,
      STATE_SQLITE_PATH: statePath,
      STAFF_API_TOKEN: STAFF_TOKEN,
    },
  });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

function postActivity(authorization: string | undefined): Promise<Response> {
  return fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({
      type: 'message',
      text: 'CP14',
      id: 'auth-activity-1',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      conversation: { id: CONVERSATION_ID },
      from: { id: 'user-1' },
      recipient: { id: `28:${APP_ID}` },
      deliveryMode: 'expectReplies',
    }),
  });
}

describe('with MicrosoftAppId set, /api/messages needs a valid Bot Framework token', () => {
  it.each([
    ['no Authorization header', undefined],
    ['an empty bearer', 'Bearer '],
    ['a garbage token', 'Bearer garbage.garbage.garbage'],
    ['a token that is not a JWT', 'Bearer abcdef'],
    ['another scheme', `Basic ${Buffer.from('user:pass').toString('base64')}`],
    ['an expired, forged token', `Bearer ${expiredToken}`],
  ])('refuses %s with 401 and a fixed body', async (_name, authorization) => {
    const response = await postActivity(authorization);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'unauthorized' });
  });

  it('never ran the bot for those requests: the conversation left no state', () => {
    const bytes = existsSync(statePath) ? readFileSync(statePath) : Buffer.alloc(0);
    expect(bytes.includes(CONVERSATION_ID)).toBe(false);
  });
});

describe('the other doors', () => {
  it('staff endpoints refuse a missing or wrong token', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${STAFF_TOKEN}x`]) {
      const response = await fetch(`${app.url}/api/intakes`, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status).toBe(401);
    }
    const allowed = await fetch(`${app.url}/api/intakes`, {
      headers: { authorization: `Bearer ${STAFF_TOKEN}` },
    });
    expect(allowed.status).toBe(200);
  });
});
