import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfWithPages } from '../../reading/support/hostile-files.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { until as untilWithin } from '../../support/until.ts';

/** How long a wait below may take. */
const UNTIL_TIMEOUT_MS = 60_000;
const until = <T>(what: () => T, done: (value: T) => boolean) => untilWithin(what, done, UNTIL_TIMEOUT_MS);

const PDF = pdfWithPages(1);
const READ = 'I read a CP14 dated November 16, 2026: is that right?';

type Sent = { conversationId: string; type: string; text?: string; replyToId?: string };

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The channel's side of the Bot Framework protocol: the connector's send-to-conversation and
 * reply-to-activity calls, recording what the bot sent. Teams and Azure's Direct Line answer the same way.
 */
async function connectorServer() {
  const sent: Sent[] = [];
  const server = createServer((req, res) => {
    void bodyOf(req).then((body) => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        res.writeHead(404);
        res.end();
        return;
      }
      const activity = JSON.parse(body) as Omit<Sent, 'conversationId'>;
      sent.push({ ...activity, conversationId: decodeURIComponent(match[1]!) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: randomUUID() }));
    });
  });
  const url = await listen(server);
  return {
    url,
    texts: (conversationId: string) =>
      sent.filter((a) => a.conversationId === conversationId && a.type === 'message').map((a) => a.text),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A channel's file host that holds the file until the test lets it go: a read that takes as long as the test wants. */
async function slowFileHost() {
  let release: () => void = () => undefined;
  let released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((_req, res) => {
    void released.then(() => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(PDF);
    });
  });
  const url = await listen(server);
  return {
    url: `${url}/notice.pdf`,
    release: () => release(),
    hold: () => {
      released = new Promise<void>((resolve) => (release = resolve));
    },
    close: () => {
      release();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let app: TestApp;
let connector: Awaited<ReturnType<typeof connectorServer>>;
let files: Awaited<ReturnType<typeof slowFileHost>>;

beforeAll(async () => {
  connector = await connectorServer();
  files = await slowFileHost();
  app = await startTestApp({
    today: '2026-11-20',
    env: {
      TEAMS_FILE_HOSTS: '127.0.0.1',
      NOTICE_ATTACHMENT_ALLOW_PRIVATE: 'true',
      NOTICE_READ_TIMEOUT_MS: '60000',
    },
  });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await files?.close();
  await connector?.close();
});

/** Posts an activity as a channel does: the bot's replies go to the connector at `serviceUrl`. */
async function post(conversationId: string, activity: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: connector.url,
      timestamp: new Date().toISOString(),
      conversation: { id: conversationId, conversationType: 'personal' },
      from: { id: '29:person', name: 'Person' },
      recipient: { id: '28:bot', name: 'Notice Navigator' },
      locale: 'en-US',
      ...activity,
    }),
  });
  await response.arrayBuffer();
  return response.status;
}

const pdfAttachment = () => ({
  attachments: [{ contentType: 'application/pdf', contentUrl: files.url, name: 'notice.pdf' }],
});

describe('a slow read on a Bot Framework channel (Teams, Azure Direct Line) does not hold the turn', () => {
  it('answers "Reading your notice…" at once and sends what it read later, through the connector', async () => {
    const conversation = `a:${randomUUID()}`;
    files.hold();
    // The file host has not answered yet, so the turn can only have ended without the reading.
    expect(await post(conversation, { type: 'message', text: '', ...pdfAttachment() })).toBe(200);
    expect(connector.texts(conversation)).toEqual(['Reading your notice…']);
    files.release();
    const texts = await until(
      () => connector.texts(conversation),
      (t) => t.length >= 2,
    );
    expect(texts).toEqual(['Reading your notice…', READ]);
    // The reading is in the conversation's state: the next message answers its question.
    expect(await post(conversation, { type: 'message', text: 'yes' })).toBe(200);
    expect(connector.texts(conversation).at(-1)).toMatch(/Do you agree/);
  }, 90_000);

  it('tells a message sent during the read to wait, and answers it after the reading, in order', async () => {
    const conversation = `a:${randomUUID()}`;
    files.hold();
    expect(await post(conversation, { type: 'message', text: '', ...pdfAttachment() })).toBe(200);
    expect(await post(conversation, { type: 'message', text: 'yes' })).toBe(200);
    expect(await post(conversation, { type: 'message', text: '', ...pdfAttachment() })).toBe(200);
    expect(connector.texts(conversation)).toEqual([
      'Reading your notice…',
      "I'm still reading your notice. I'll answer this message as soon as I'm done.",
      "I'm still reading the file you sent. One file at a time, please.",
    ]);
    files.release();
    const texts = await until(
      () => connector.texts(conversation),
      (t) => t.length >= 5,
    );
    // The "yes" sent while reading confirms what was read: the conversation goes on to the next question.
    expect(texts.slice(3)).toEqual([READ, expect.stringMatching(/Do you agree/)]);
  }, 90_000);
});
