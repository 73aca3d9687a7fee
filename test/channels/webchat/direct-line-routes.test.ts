import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../../../src/render/adaptive-card.ts';
import { DEFAULT_MAX_QUEUED_ACTIVITIES } from '../../../src/channels/webchat/direct-line-store.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { botTexts, DirectLineClient, type DlPage } from './direct-line-client.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ today: '2026-03-10' });
});
afterAll(async () => {
  await app.close();
});

describe('local Direct Line: a whole conversation', () => {
  it('greets on start, echoes each message and queues the replies, with a card on the result', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    const welcome = await client.poll();
    expect(botTexts(welcome).join('\n')).toContain('What is the notice code?');

    const echoId = await client.say('CP14', 'abc-123');
    const [echo, ...replies] = await client.poll();
    expect(echo).toMatchObject({
      id: echoId,
      type: 'message',
      text: 'CP14',
      from: { role: 'user' },
      channelData: { clientActivityID: 'abc-123' },
    });
    expect(replies.every((r) => r.replyToId === echoId && r.from.role === 'bot')).toBe(true);

    for (const text of ['3/2/2026', 'Yes', '1200', 'Yes']) await client.say(text);
    const result = (await client.poll()).find((a) => a.channelData?.triage);
    expect(result?.text).toContain('Monday, March 23, 2026');
    expect(result?.attachments?.[0]?.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    expect(result?.channelData?.guidance).toMatchObject({ route: 'triage', disclaimer: true });

    // A client other than Web Chat posts a card button's data as it is, with no text.
    const card = result?.attachments?.[0]?.content as { actions: { type: string; data?: unknown }[] };
    const button = card.actions.find((a) => a.type === 'Action.Submit');
    expect(button?.data).toBeDefined();
    const response = await client.post({ type: 'message', from: { id: 'r_user' }, value: button?.data });
    expect(response.status).toBe(200);
    expect(botTexts(await client.poll()).join('\n')).toContain('What is the notice code?');
  });

  it('starting the same conversation again does not greet twice', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    const again = await client.request('POST', '/v3/directline/conversations');
    expect(again.status).toBe(201);
    expect(((await again.json()) as { conversationId: string }).conversationId).toBe(client.conversationId);
    expect(botTexts(await client.poll()).filter((t) => t.includes('What is the notice code?'))).toHaveLength(
      1,
    );
  });

  it('starts a conversation without a token and hands one back', async () => {
    const response = await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { conversationId: string; token: string; expires_in: number };
    expect(body.expires_in).toBeGreaterThan(0);
    const client = new DirectLineClient(app.url);
    client.conversationId = body.conversationId;
    client.token = body.token;
    expect(botTexts(await client.poll()).length).toBeGreaterThan(0);
  });
});

describe('local Direct Line: watermarks', () => {
  it('returns only what came after the watermark, and the watermark to use next', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    const first = (await (await client.get('')).json()) as DlPage;
    expect(first.activities.length).toBeGreaterThan(0);
    const again = (await (await client.get(first.watermark)).json()) as DlPage;
    expect(again).toEqual({ activities: [], watermark: first.watermark });

    await client.say('CP14');
    const next = (await (await client.get(first.watermark)).json()) as DlPage;
    expect(next.activities[0]?.text).toBe('CP14');
    expect(Number(next.watermark)).toBe(Number(first.watermark) + next.activities.length);
    // An old watermark reads again what a client missed (after a failed poll, for instance).
    const replay = (await (await client.get('0')).json()) as DlPage;
    expect(replay.activities.map((a) => a.id)).toEqual(
      [...first.activities, ...next.activities].map((a) => a.id),
    );
  });

  it(`keeps at most ${DEFAULT_MAX_QUEUED_ACTIVITIES} activities per conversation, the newest`, async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    for (let i = 0; i < 30; i++) await client.say('help', `help-${i}`);
    const page = (await (await client.get('')).json()) as DlPage;
    expect(page.activities).toHaveLength(DEFAULT_MAX_QUEUED_ACTIVITIES);
    expect(Number(page.watermark)).toBeGreaterThan(DEFAULT_MAX_QUEUED_ACTIVITIES);
    expect(page.activities.at(-1)?.id.endsWith(page.watermark.padStart(7, '0'))).toBe(true);
    expect(page.activities.some((a) => a.channelData?.clientActivityID === 'help-29')).toBe(true);
    expect(page.activities.some((a) => a.channelData?.clientActivityID === 'help-0')).toBe(false);
  });
});

describe('local Direct Line: tokens', () => {
  it('refuses a request without a token (401) and one with a forged or altered token (403)', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    expect((await client.get('', client.conversationId, '')).status).toBe(401);
    const [payload, signature] = client.token.split('.');
    const altered = `${payload}x.${signature}`;
    expect((await client.get('', client.conversationId, altered)).status).toBe(403);
    expect((await client.get('', client.conversationId, 'not-a-token')).status).toBe(403);
    expect((await client.post({ type: 'message', text: 'hi' }, client.conversationId, altered)).status).toBe(
      403,
    );
  });

  it("refuses a token for another conversation: one person cannot read or write another's chat", async () => {
    const alice = new DirectLineClient(app.url);
    const mallory = new DirectLineClient(app.url);
    await alice.start();
    await mallory.start();
    const read = await mallory.get('', alice.conversationId, mallory.token);
    expect(read.status).toBe(403);
    expect(await read.json()).toEqual({ error: 'forbidden' });
    const write = await mallory.post({ type: 'message', text: 'CP14' }, alice.conversationId, mallory.token);
    expect(write.status).toBe(403);
    expect((await alice.poll()).some((a) => a.text === 'CP14')).toBe(false);
  });

  it('refreshes a token for the same conversation', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    const response = await client.request('POST', '/v3/directline/tokens/refresh');
    expect(response.status).toBe(200);
    const refreshed = (await response.json()) as { conversationId: string; token: string };
    expect(refreshed.conversationId).toBe(client.conversationId);
    expect((await client.get('', client.conversationId, refreshed.token)).status).toBe(200);
  });

  it('answers 404 for a conversation that was never started', async () => {
    const minted = await fetch(`${app.url}/api/directline/token`, { method: 'POST' });
    const { conversationId, token } = (await minted.json()) as { conversationId: string; token: string };
    const client = new DirectLineClient(app.url);
    expect((await client.get('', conversationId, token)).status).toBe(404);
    expect((await client.post({ type: 'message', text: 'hi' }, conversationId, token)).status).toBe(404);
  });
});

/** The status a WebSocket handshake to `url` gets: 101 when the stream opens. */
function handshakeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url.replace(/^ws/, 'http'), {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': Buffer.alloc(16, 7).toString('base64'),
      },
    });
    req.on('upgrade', (response, socket) => {
      socket.destroy();
      resolve(response.statusCode ?? 0);
    });
    req.on('response', (response) => resolve(response.statusCode ?? 0));
    req.on('error', reject);
    req.end();
  });
}

type Started = { conversationId: string; token: string; streamUrl: string };

describe('local Direct Line: streams and resume', () => {
  it('streams the queue from the stream URL, which only its own short-lived stream token opens', async () => {
    const client = new DirectLineClient(app.url);
    const started = (await client.start()) as unknown as Started;
    const streamUrl = new URL(started.streamUrl);
    expect(streamUrl.protocol).toBe('ws:');
    expect(streamUrl.pathname).toBe(`/v3/directline/conversations/${client.conversationId}/stream`);
    const streamToken = streamUrl.searchParams.get('t') ?? '';

    const socket = new WebSocket(started.streamUrl);
    const sets: DlPage[] = [];
    socket.onmessage = (message) => sets.push(JSON.parse(String(message.data)) as DlPage);
    await expect.poll(() => sets.length).toBe(1);
    expect(botTexts(sets[0]!.activities).join('\n')).toContain('What is the notice code?');
    await client.say('CP14');
    await expect.poll(() => sets.flatMap((set) => set.activities).some((a) => a.replyToId)).toBe(true);
    expect(sets.at(-1)?.watermark).toBe(String(sets.flatMap((set) => set.activities).length));
    socket.close();

    // In a URL, where a proxy may log it: it is no bearer token, and a bearer token opens no stream.
    expect((await client.get('', client.conversationId, streamToken)).status).toBe(403);
    const withBearer = new URL(started.streamUrl);
    withBearer.searchParams.set('t', client.token);
    expect(await handshakeStatus(withBearer.href)).toBe(403);
    const without = new URL(started.streamUrl);
    without.searchParams.delete('t');
    expect(await handshakeStatus(without.href)).toBe(401);
    expect(await handshakeStatus(started.streamUrl)).toBe(101);
  });

  it("opens no one else's stream", async () => {
    const alice = (await new DirectLineClient(app.url).start()) as unknown as Started;
    const mallory = (await new DirectLineClient(app.url).start()) as unknown as Started;
    const crossed = new URL(mallory.streamUrl);
    crossed.pathname = `/v3/directline/conversations/${alice.conversationId}/stream`;
    expect(await handshakeStatus(crossed.href)).toBe(403);
  });

  it('resumes a conversation: its stream URL starts after the watermark given', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    await client.say('CP14');
    const { watermark } = (await (await client.get('')).json()) as DlPage;
    const response = await client.request(
      'GET',
      `/v3/directline/conversations/${client.conversationId}?watermark=${watermark}`,
    );
    expect(response.status).toBe(200);
    const resumed = (await response.json()) as Started;
    expect(resumed).toMatchObject({ conversationId: client.conversationId, token: client.token });
    expect(new URL(resumed.streamUrl).searchParams.get('watermark')).toBe(watermark);

    const socket = new WebSocket(resumed.streamUrl);
    const sets: DlPage[] = [];
    socket.onmessage = (message) => sets.push(JSON.parse(String(message.data)) as DlPage);
    await new Promise((resolve) => (socket.onopen = resolve));
    const echoId = await client.say('3/2/2026');
    await expect
      .poll(() => sets.flatMap((set) => set.activities).some((a) => a.replyToId === echoId))
      .toBe(true);
    expect(sets.flatMap((set) => set.activities)[0]?.id).toBe(echoId);
    socket.close();
  });

  it("refuses to resume a conversation that is not the token's (403) or was never started (404)", async () => {
    const alice = new DirectLineClient(app.url);
    const mallory = new DirectLineClient(app.url);
    await alice.start();
    await mallory.start();
    const path = `/v3/directline/conversations/${alice.conversationId}?watermark=`;
    expect((await mallory.request('GET', path)).status).toBe(403);
    expect((await alice.request('GET', path, undefined, '')).status).toBe(401);
    expect((await alice.request('GET', `${path}abc`)).status).toBe(400);
    const minted = (await (await fetch(`${app.url}/api/directline/token`, { method: 'POST' })).json()) as {
      conversationId: string;
      token: string;
    };
    const never = await alice.request(
      'GET',
      `/v3/directline/conversations/${minted.conversationId}`,
      undefined,
      minted.token,
    );
    expect(never.status).toBe(404);
  });

  it('closes a stream whose client sends more than a keep-alive (1009), and the conversation streams again', async () => {
    const client = new DirectLineClient(app.url);
    const started = (await client.start()) as unknown as Started;
    const socket = new WebSocket(started.streamUrl);
    await new Promise((resolve) => (socket.onopen = resolve));
    const closed = new Promise<number>((resolve) => (socket.onclose = (event) => resolve(event.code)));
    socket.send('x'.repeat(5000));
    expect(await closed).toBe(1009);
    expect(await handshakeStatus(started.streamUrl)).toBe(101);
  });
});

describe('local Direct Line: a stream on one instance, the turn on another', () => {
  const dir = mkdtempSync(join(tmpdir(), 'direct-line-streams-'));
  const env = { STATE_SQLITE_PATH: join(dir, 'state.sqlite'), WEBCHAT_TOKEN_KEY: 'k'.repeat(32) };
  let other: TestApp;
  let shared: TestApp;
  beforeAll(async () => {
    shared = await startTestApp({ today: '2026-03-10', env });
    other = await startTestApp({ today: '2026-03-10', env });
  });
  afterAll(async () => {
    await other.close();
    await shared.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers a reply another instance queued to the stream open here', async () => {
    const here = new DirectLineClient(shared.url);
    const started = (await here.start()) as unknown as Started;
    const socket = new WebSocket(started.streamUrl);
    const sets: DlPage[] = [];
    socket.onmessage = (message) => sets.push(JSON.parse(String(message.data)) as DlPage);
    await expect.poll(() => sets.length).toBe(1);

    const there = new DirectLineClient(other.url);
    there.conversationId = here.conversationId;
    there.token = here.token;
    const echoId = await there.say('CP14');
    await expect
      .poll(() => botTexts(sets.flatMap((set) => set.activities).filter((a) => a.replyToId === echoId)), {
        timeout: 5000,
      })
      .toEqual([expect.stringContaining('What date is printed on the notice?')]);
    socket.close();
  });
});

describe('local Direct Line: bad input', () => {
  let client: DirectLineClient;
  beforeAll(async () => {
    client = new DirectLineClient(app.url);
    await client.start();
  });

  it.each([
    ['no type', { text: 'hi' }, 'type'],
    ['an unknown type', { type: 'invoke', text: 'hi' }, 'type'],
    ['a text that is not a string', { type: 'message', text: 42 }, 'text'],
    ['a text that is far too long', { type: 'message', text: 'x'.repeat(20_001) }, 'text'],
    ['a file upload', { type: 'message', attachments: [{ contentType: 'image/png' }] }, 'attachments'],
  ])('refuses %s with 400 and the field at fault', async (_name, activity, path) => {
    const response = await client.post(activity);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toBe('invalid_request');
    expect(body.issues.map((i) => i.path)).toContain(path);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await client.request(
      'POST',
      `/v3/directline/conversations/${client.conversationId}/activities`,
      '{oops',
    );
    expect(response.status).toBe(400);
  });

  it.each(['abc', '-1', '1.5'])('refuses the watermark %s', async (watermark) => {
    const response = await client.get(watermark);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe('watermark');
  });

  it('echoes a typing activity without running a turn', async () => {
    client.watermark = '';
    await client.poll();
    const response = await client.post({ type: 'typing', from: { id: 'x' } });
    expect(response.status).toBe(200);
    expect((await client.poll()).map((a) => a.type)).toEqual(['typing']);
  });
});
