import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exchangeDirectLineSecret } from '../../../src/channels/webchat/direct-line-token-exchange.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

const SECRET = 'direct-line-secret-never-in-the-browser';

type Seen = { method?: string; url?: string; authorization?: string; body: string };
type Answer = { status: number; body: string };

/** Azure's token endpoint, as far as the bot uses it: POST /v3/directline/tokens/generate. */
class FakeDirectLine {
  readonly seen: Seen[] = [];
  answer: Answer = { status: 200, body: '' };
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void readBody(req).then((body) => {
        this.seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body });
        res.writeHead(this.answer.status, { 'content-type': 'application/json' });
        res.end(this.answer.body);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  succeed(): void {
    this.answer = {
      status: 200,
      body: JSON.stringify({ conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 }),
    };
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

let fake: FakeDirectLine;
let endpoint: string;
let app: TestApp;

beforeAll(async () => {
  fake = new FakeDirectLine();
  endpoint = await fake.start();
  app = await startTestApp({
    today: '2026-03-10',
    env: { DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: endpoint },
  });
});
afterAll(async () => {
  await app.close();
  await fake.close();
});
beforeEach(() => {
  fake.seen.length = 0;
  fake.succeed();
});

const requestToken = () => fetch(`${app.url}/api/directline/token`, { method: 'POST' });

describe('POST /api/directline/token with a Direct Line secret', () => {
  it('exchanges the secret for a conversation token; only the token reaches the browser', async () => {
    const response = await requestToken();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      conversationId: 'azure-conv-1',
      token: 'azure-token-1',
      expires_in: 3600,
      userId: expect.stringMatching(/^dl_[\w-]+$/),
    });
    expect(JSON.stringify(body)).not.toContain(SECRET);
    expect(fake.seen).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: '/v3/directline/tokens/generate',
        authorization: `Bearer ${SECRET}`,
      }),
    ]);
    expect(JSON.parse(fake.seen[0]?.body ?? '')).toEqual({ user: { id: body.userId } });
  });

  it.each([
    [500, '{"error":{"code":"ServiceError","message":"internal"}}'],
    [503, 'upstream overloaded'],
    [403, `{"error":{"message":"bad secret ${SECRET}"}}`],
    [200, 'not json'],
    [200, '{"token":"t"}'],
  ])('answers 502 with a safe body when Direct Line answers %i %s', async (status, body) => {
    fake.answer = { status, body };
    const response = await requestToken();
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: 'token_unavailable' });
    expect(text).not.toContain(SECRET);
  });

  it('points the page at Azure: its domain, websockets, and the connect-src of the policy', async () => {
    const response = await fetch(`${app.url}/`);
    const html = await response.text();
    expect(html).toContain(`data-domain="${endpoint}/v3/directline"`);
    expect(html).toContain('data-web-socket="true"');
    expect(html).not.toContain(SECRET);
    const host = new URL(endpoint).host;
    expect(response.headers.get('content-security-policy')).toContain(
      `connect-src 'self' blob: ${endpoint} ws://${host}`,
    );
  });

  it('does not serve the local Direct Line', async () => {
    const response = await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST' });
    expect(response.status).toBe(404);
  });
});

describe('exchangeDirectLineSecret', () => {
  it('reports an unreachable endpoint', async () => {
    const closed = new FakeDirectLine();
    const url = await closed.start();
    await closed.close();
    expect(await exchangeDirectLineSecret({ secret: SECRET, endpoint: url })).toEqual({
      ok: false,
      code: 'upstream_unreachable',
    });
  });

  it('gives up after its timeout', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const outcome = await exchangeDirectLineSecret({ secret: SECRET, endpoint: url, timeoutMs: 200 });
    silent.closeAllConnections();
    silent.close();
    expect(outcome).toEqual({ ok: false, code: 'upstream_unreachable' });
  });

  it('reports the status of a refusal', async () => {
    fake.answer = { status: 401, body: '' };
    expect(await exchangeDirectLineSecret({ secret: SECRET, endpoint })).toEqual({
      ok: false,
      code: 'upstream_status',
      status: 401,
    });
  });
});
