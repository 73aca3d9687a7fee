import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeApp, type Composed } from '../../src/bot/compose.ts';
import { hashConversationId, requestIdFrom } from '../../src/http/request-logging.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';

type Line = Record<string, unknown>;

/** Every JSON line the logger wrote, through pino's real destination interface. */
function captureLogs(): { lines: Line[]; write(chunk: string): void } {
  const lines: Line[] = [];
  return {
    lines,
    write(chunk: string) {
      for (const text of chunk.split('\n').filter((t) => t.trim() !== ''))
        lines.push(JSON.parse(text) as Line);
    },
  };
}

async function start(
  level: string,
  env: Record<string, string> = {},
): Promise<{ app: Composed; url: string; logs: ReturnType<typeof captureLogs> }> {
  const loaded = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: level,
    STATE_SQLITE_PATH: ':memory:',
    INTAKE_SQLITE_PATH: ':memory:',
    ...env,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const logs = captureLogs();
  const app = composeApp(loaded.config, createLogger(loaded.config.LOG_LEVEL, logs), () => '2026-03-10');
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  return { app, url: `http://127.0.0.1:${app.server.address().port}`, logs };
}

const requestLines = (lines: Line[]) => lines.filter((l) => l.msg === 'request');
const SECRET_CONVERSATION = 'conv-raw-id-7f3e9a';
const MESSAGE_TEXT = 'CP14 my private words';

function activity(conversationId: string, text: string): string {
  return JSON.stringify({
    type: 'message',
    id: 'a1',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/unused',
    conversation: { id: conversationId },
    from: { id: 'u1' },
    recipient: { id: 'b1' },
    deliveryMode: 'expectReplies',
    text,
  });
}

describe('request logs (info level)', () => {
  let server: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    server = await start('info');
  });
  afterAll(() => server.app.close());

  it('logs one line per /api/messages request with a hashed conversation id and no body', async () => {
    const post = () =>
      fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'edge-123' },
        body: activity(SECRET_CONVERSATION, MESSAGE_TEXT),
      });
    const first = await post();
    expect(first.status).toBe(200);
    expect(first.headers.get('x-request-id')).toBe('edge-123');
    await first.text();
    await (await post()).text();

    const lines = requestLines(server.logs.lines).filter((l) => l.route === '/api/messages');
    expect(lines).toHaveLength(2);
    const [line] = lines;
    expect(line).toMatchObject({
      level: 30,
      reqId: 'edge-123',
      method: 'POST',
      route: '/api/messages',
      status: 200,
    });
    expect(typeof line?.durationMs).toBe('number');
    expect(line?.conversation).toMatch(/^[\w-]{16}$/);
    // Same conversation, same hash: logs can follow it without knowing it.
    expect(lines[1]?.conversation).toBe(line?.conversation);
    const everything = JSON.stringify(server.logs.lines);
    expect(everything).not.toContain(SECRET_CONVERSATION);
    expect(everything).not.toContain('private words');
  });

  it('makes a request id when the incoming one is missing or not sane, and echoes it', async () => {
    const cases = [undefined, 'has spaces and "quotes"', 'x'.repeat(500)];
    for (const incoming of cases) {
      const response = await fetch(`${server.url}/api/triage-nonexistent/secret-token-abc`, {
        headers: incoming === undefined ? {} : { 'x-request-id': incoming },
      });
      await response.text();
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const line = requestLines(server.logs.lines).find((l) => l.reqId === id);
      expect(line).toMatchObject({ method: 'GET', route: '(unmatched)', status: 404 });
      expect(line).not.toHaveProperty('conversation');
    }
    expect(JSON.stringify(server.logs.lines)).not.toContain('secret-token-abc');
  });

  it('keeps health probes out of the info log', async () => {
    const response = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'probe-1' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('probe-1');
    await response.text();
    expect(requestLines(server.logs.lines).some((l) => l.reqId === 'probe-1')).toBe(false);
  });
});

describe('request logs (levels from LOG_LEVEL)', () => {
  it.each([
    ['debug', true, true],
    ['info', false, true],
    ['warn', false, false],
  ])('at %s: health probe logged %s, a 404 logged %s', async (level, probeLogged, notFoundLogged) => {
    const server = await start(level);
    try {
      await (await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'probe' } })).text();
      await (await fetch(`${server.url}/nowhere`, { headers: { 'x-request-id': 'lost' } })).text();
      const ids = requestLines(server.logs.lines).map((l) => l.reqId);
      expect(ids.includes('probe')).toBe(probeLogged);
      expect(ids.includes('lost')).toBe(notFoundLogged);
    } finally {
      await server.app.close();
    }
  });
});

describe('conversation hashes across instances (LOG_HASH_KEY)', () => {
  const SHARED_KEY = 'k'.repeat(16) + '-shared-log-hash-key';
  const conversationHash = async (env: Record<string, string>) => {
    const server = await start('info', env);
    try {
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: activity(SECRET_CONVERSATION, 'hello'),
      });
      await response.text();
      return requestLines(server.logs.lines).find((l) => l.route === '/api/messages')?.conversation;
    } finally {
      await server.app.close();
    }
  };

  it('gives one conversation the same hash on every instance sharing the key, and it is the documented HMAC', async () => {
    const first = await conversationHash({ LOG_HASH_KEY: SHARED_KEY });
    const second = await conversationHash({ LOG_HASH_KEY: SHARED_KEY });
    expect(first).toBe(hashConversationId(SHARED_KEY, SECRET_CONVERSATION));
    expect(second).toBe(first);
  });

  it('draws a key per process without it, so two instances disagree', async () => {
    const first = await conversationHash({});
    expect(first).toMatch(/^[\w-]{16}$/);
    expect(await conversationHash({})).not.toBe(first);
  });

  it('refuses a short key at start, naming the variable', () => {
    const loaded = loadConfig({ NODE_ENV: 'test', LOG_HASH_KEY: 'too-short' });
    expect(loaded.ok).toBe(false);
    expect(loaded.ok ? [] : loaded.errors.join('\n')).toMatch(/LOG_HASH_KEY: must be at least 32 characters/);
  });
});

describe('request id and conversation hash', () => {
  it.each([
    ['abc-123', 'abc-123'],
    [['first', 'second'], 'first'],
  ])('keeps a sane incoming id %j', (incoming, expected) => {
    expect(requestIdFrom(incoming)).toBe(expected);
  });

  it.each([undefined, '', 'a b', 'ünïcode', 'x'.repeat(129), 'line\nbreak'])(
    'replaces %j with a UUID',
    (incoming) => {
      expect(requestIdFrom(incoming)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    },
  );

  it('hashes with the key: same key same hash, other key other hash, never the id', () => {
    const a = hashConversationId('key-one', 'conversation-1');
    expect(hashConversationId('key-one', 'conversation-1')).toBe(a);
    expect(hashConversationId('key-two', 'conversation-1')).not.toBe(a);
    expect(hashConversationId('key-one', 'conversation-2')).not.toBe(a);
    expect(a).not.toContain('conversation');
  });
});
