import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/chat-browser.ts';
import { hasService } from '../../support/services.ts';
import { TcpProxy } from '../../support/tcp-proxy.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

/*
 * The official Direct Line client, botframework-directlinejs (the one Web Chat bundles), in Chromium
 * against the local Direct Line: with its default options (WebSocket streaming) and with polling, a CP14
 * triage completes, survives a page reload (resumed with the conversation id and watermark the page
 * kept), and, streaming, survives the connection being cut. The browser reaches the app through a TCP
 * proxy the test can cut.
 */

const TIMEOUT_MS = 90_000;
const STEP_MS = 30_000;
const DIRECT_LINE_JS = readFileSync('node_modules/botframework-directlinejs/dist/directline.js', 'utf8');
/**
 * What a site's page would do: ask the bot's endpoint for a token (an empty POST), start Direct Line JS
 * with it, and keep what arrives. Run in a page of the app's own origin (its /healthz), as the chat page
 * is, so requests and the stream are same-origin.
 */
function harness(): void {
  type Window = Record<string, unknown> & { DirectLine: { DirectLine: new (o: unknown) => unknown } };
  type Client = {
    activity$: { subscribe(next: (a: unknown) => void): void };
    postActivity(a: unknown): { subscribe(next: (id: string) => void, error: (e: unknown) => void): void };
  };
  const scope = globalThis as unknown as Window & { location: { origin: string } };
  const seen: unknown[] = [];
  scope.seen = seen;
  scope.connect = async (options: Record<string, unknown>) => {
    const token =
      options.token ??
      ((await (await fetch('/api/directline/token', { method: 'POST' })).json()) as { token: string }).token;
    const dl = new scope.DirectLine.DirectLine({
      domain: `${scope.location.origin}/v3/directline`,
      ...options,
      token,
    }) as Client;
    scope.dl = dl;
    dl.activity$.subscribe((activity) => seen.push(activity));
  };
  scope.say = (text: string) =>
    new Promise((resolve, reject) => {
      (scope.dl as Client)
        .postActivity({ type: 'message', from: { id: 'person' }, text, locale: 'en-US' })
        .subscribe(resolve, reject);
    });
}

type Seen = { id: string; type: string; text?: string; replyToId?: string; from: { role?: string } };
type Kept = { conversationId: string; token: string; watermark: string };

describe.skipIf(!(await hasService('chromium')))('the official Direct Line client in Chromium', () => {
  let app: TestApp;
  let proxy: TcpProxy;
  let base: string;
  let browser: Browser;
  let page: Page;
  /** Stream URLs the page opened, and its polls for activities. */
  let sockets: string[];
  let polls: number;

  beforeAll(async () => {
    app = await startTestApp({ today: '2026-03-10' });
    proxy = await TcpProxy.start({ host: '127.0.0.1', port: Number(new URL(app.url).port) });
    base = `http://127.0.0.1:${proxy.port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await app?.close();
  });

  beforeEach(async () => {
    const context = await browser.newContext();
    page = await context.newPage();
    page.setDefaultTimeout(STEP_MS);
    sockets = [];
    polls = 0;
    page.on('websocket', (socket) => sockets.push(socket.url()));
    page.on('request', (request) => {
      if (request.method() === 'GET' && /\/activities\?watermark=/.test(request.url())) polls++;
    });
  });
  afterEach(async () => {
    await page?.context().close();
  });

  /** Loads the page (again: a reload) and starts the client with `options`. */
  async function open(options: Record<string, unknown> = {}): Promise<void> {
    await page.goto(`${base}/healthz`);
    await page.evaluate(DIRECT_LINE_JS);
    await page.evaluate(harness);
    await page.evaluate(
      (o) => (globalThis as unknown as { connect(o: unknown): Promise<void> }).connect(o),
      options,
    );
  }

  const seen = (): Promise<Seen[]> => page.evaluate(() => (globalThis as unknown as { seen: Seen[] }).seen);

  /** What the page would keep to come back: the conversation, its token and the watermark so far. */
  const kept = (): Promise<Kept> =>
    page.evaluate(() => {
      const { dl } = globalThis as unknown as { dl: Kept };
      return { conversationId: dl.conversationId, token: dl.token, watermark: dl.watermark };
    });

  async function botSaid(replyToId: string): Promise<string> {
    await page.waitForFunction(
      (id) => (globalThis as unknown as { seen: Seen[] }).seen.some((a) => a.replyToId === id),
      replyToId,
    );
    return (await seen())
      .filter((a) => a.replyToId === replyToId && a.from.role === 'bot' && a.type === 'message')
      .map((a) => a.text ?? '')
      .join('\n');
  }

  /** Sends a message as the person and returns what the bot answered to it. */
  async function turn(text: string): Promise<string> {
    const id = await page.evaluate(
      (t) => (globalThis as unknown as { say(t: string): Promise<string> }).say(t),
      text,
    );
    return botSaid(id);
  }

  async function welcomed(): Promise<void> {
    await page.waitForFunction(() =>
      (globalThis as unknown as { seen: Seen[] }).seen.some((a) =>
        a.text?.includes('What is the notice code?'),
      ),
    );
  }

  function ids(activities: readonly Seen[]): string[] {
    return activities.map((a) => a.id);
  }

  it.each([
    ['WebSocket streaming (the default)', {}],
    ['polling (webSocket: false)', { webSocket: false }],
  ])(
    'completes a CP14 triage with %s, resumed after a page reload',
    async (_mode, options) => {
      const streaming = !('webSocket' in options);
      await open(options);
      await welcomed();
      expect(await turn('CP14')).toContain('What date is printed on the notice?');
      expect(await turn('3/2/2026')).not.toBe('');
      const before = await seen();
      const { conversationId, token, watermark } = await kept();
      expect(Number(watermark)).toBe(before.length);

      // The page goes away; a message it sent last is answered while it is gone.
      await page.goto('about:blank');
      const sentMeanwhile = await fetch(`${base}/v3/directline/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'Yes', from: { id: 'person' } }),
      });
      const { id: meanwhileId } = (await sentMeanwhile.json()) as { id: string };

      await open({ ...options, conversationId, token, watermark });
      expect(await botSaid(meanwhileId)).toMatch(/how much|amount|balance/i);
      const resumed = await seen();
      // Only what came after the watermark: the echo of the message sent meanwhile first, nothing twice.
      expect(resumed[0]?.id).toBe(meanwhileId);
      expect(ids(resumed).filter((id) => ids(before).includes(id))).toEqual([]);

      expect(await turn('1200')).not.toBe('');
      const result = await turn('Yes');
      expect(result).toContain('Monday, March 23, 2026');
      const all = await seen();
      expect(new Set(ids(all)).size).toBe(all.length);

      if (streaming) {
        // A stream for the start and one for the resume, each starting after its watermark; no polling.
        expect(sockets).toHaveLength(2);
        expect(sockets.every((url) => url.startsWith(`ws://127.0.0.1:${proxy.port}/v3/directline/`))).toBe(
          true,
        );
        expect(new URL(sockets[1]!).searchParams.get('watermark')).toBe(watermark);
        expect(polls).toBe(0);
      } else {
        expect(sockets).toEqual([]);
        expect(polls).toBeGreaterThan(0);
      }
    },
    TIMEOUT_MS,
  );

  it(
    'reconnects a stream the network cut, from its watermark, and carries on',
    async () => {
      // Direct Line JS waits 3 to 15 s (3 s + random × 12 s) before it reconnects: the shortest here.
      await page.addInitScript(() => {
        Math.random = () => 0;
      });
      await open();
      await welcomed();
      const { watermark } = await kept();
      proxy.cut();
      await expect.poll(() => sockets.length, { timeout: STEP_MS }).toBe(2);
      expect(new URL(sockets[1]!).searchParams.get('watermark')).toBe(watermark);
      expect(await turn('CP14')).toContain('What date is printed on the notice?');
      const all = await seen();
      expect(new Set(ids(all)).size).toBe(all.length);
      expect(polls).toBe(0);
    },
    TIMEOUT_MS,
  );
});
