import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExpectRepliesClient, type BotReply } from '../../support/direct-client.ts';
import { startTestApp } from '../../support/test-app.ts';

const TODAY = '2026-03-10';
const dir = mkdtempSync(join(tmpdir(), 'notice-navigator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lastText = (replies: BotReply[]) => replies.at(-1)?.text ?? '';

describe('POST /api/messages (Bot Framework protocol, expectReplies)', () => {
  it('runs a whole conversation over HTTP', async () => {
    const app = await startTestApp({ today: TODAY });
    try {
      const client = new ExpectRepliesClient(app.url);
      expect(lastText(await client.send('hello'))).toMatch(/notice code/i);
      expect(lastText(await client.send('CP14'))).toMatch(/What date/);
      expect(lastText(await client.send('3/2/2026'))).toMatch(/Do you agree/);
      expect(lastText(await client.send('yes'))).toMatch(/How much/);
      expect(lastText(await client.send('$1,200'))).toMatch(/pay the full balance now/);
      const result = await client.send('no');
      expect(result[0]?.text).toMatch(/Monday, March 23, 2026/);
      expect(result[0]?.channelData?.guidance).toMatchObject({ route: 'triage', disclaimer: true });
    } finally {
      await app.close();
    }
  });

  it('continues where it stopped after the server restarts on the same SQLite file', async () => {
    const env = { STATE_SQLITE_PATH: join(dir, 'state.sqlite') };
    const first = await startTestApp({ today: '2026-03-25', env });
    const client = new ExpectRepliesClient(first.url);
    await client.send('LT11');
    expect(lastText(await client.send('3/20/2026'))).toMatch(/Do you agree/);
    await first.close();

    const second = await startTestApp({ today: '2026-04-10', env });
    try {
      const resumed = new ExpectRepliesClient(second.url, client.conversationId);
      const result = await resumed.send('no');
      expect(result[0]?.text).toMatch(/^\*\*Monday, April 20, 2026\*\*: open, 10 days left/);
    } finally {
      await second.close();
    }
  });

  it('answers an activity that is not JSON with a 4xx and a body without internals', async () => {
    const app = await startTestApp({ today: TODAY });
    try {
      const response = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"type": "message", ',
      });
      expect(response.status).toBe(400);
      expect(await response.text()).not.toMatch(/at .*\.(ts|js):\d+/);
    } finally {
      await app.close();
    }
  });
});
