import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/http/app.ts';
import { sendRaw } from './support/abuse-process.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const SMS_ENV = {
  TWILIO_AUTH_TOKEN: 'twilio-auth-token-for-the-limit-test',
  SMS_PUBLIC_URL: 'https://navigator.example.com/api/sms',
  SMS_HASH_SECRET: 'hash-secret-for-the-body-limit-test-0123456789',
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ today: '2026-03-10', env: { ...SMS_ENV, STAFF_API_TOKEN: 'x'.repeat(40) } });
});
afterAll(async () => {
  await app.close();
});

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

const ROUTES: [method: string, path: string, contentType: string][] = [
  ['POST', '/api/messages', JSON_TYPE],
  ['POST', '/api/triage', JSON_TYPE],
  ['POST', '/api/sms', FORM_TYPE],
  ['POST', '/api/directline/token', JSON_TYPE],
  ['POST', '/v3/directline/conversations', JSON_TYPE],
  ['POST', '/v3/directline/conversations/abc/activities', JSON_TYPE],
  ['POST', '/v3/directline/tokens/refresh', JSON_TYPE],
  ['GET', '/api/intakes', JSON_TYPE],
  ['GET', '/healthz', JSON_TYPE],
  ['GET', '/cases/abc', JSON_TYPE],
];

function bodyOf(bytes: number, contentType: string): Buffer {
  const filler = (n: number) => 'a'.repeat(n);
  const text = contentType === FORM_TYPE ? `Body=${filler(bytes - 5)}` : `{"t":"${filler(bytes - 8)}"}`;
  return Buffer.from(text, 'utf8');
}

describe(`every route refuses a body over ${MAX_BODY_BYTES} bytes`, () => {
  it.each(ROUTES)('%s %s: 413 with the fixed error body', async (method, path, contentType) => {
    const response = await sendRaw(app.url, {
      method,
      path,
      headers: { 'content-type': contentType },
      body: bodyOf(MAX_BODY_BYTES + 1, contentType),
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({ error: 'payload_too_large' });
  });

  it('accepts a body just under the limit (the limit is the boundary, not below it)', async () => {
    const response = await sendRaw(app.url, {
      method: 'POST',
      path: '/api/triage',
      headers: { 'content-type': JSON_TYPE },
      body: bodyOf(MAX_BODY_BYTES, JSON_TYPE),
    });
    // Read and refused for its content (an unknown field), not for its size.
    expect(response.status).toBe(400);
  });
});
