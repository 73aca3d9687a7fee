import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, composeApp } from '../../src/bot/compose.ts';
import { openingMessages } from '../../src/bot/welcome.ts';
import { createStorage } from '../../src/storage/create-storage.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createLogIds } from '../../src/http/request-logging.ts';
import { READING_LIMITS } from '../../src/reading/notice-reader.ts';
import { ExpectRepliesClient } from '../support/direct-client.ts';
import { sendBySms, sendByWebChat } from '../support/channel-senders.ts';

const TODAY = '2026-10-20';
const SMS_PUBLIC_URL = 'https://navigator.example.com/api/sms';
const SMS_AUTH_TOKEN = 'twilio-auth-token-for-the-compose-test';
/** Every channel configured: the Bot Framework endpoint and the local Web Chat need nothing, SMS a Twilio token. */
const ALL_CHANNELS_ENV = {
  TWILIO_AUTH_TOKEN: SMS_AUTH_TOKEN,
  SMS_PUBLIC_URL,
  SMS_HASH_SECRET: 'hash-secret-for-the-compose-test-0123456789',
};
/** The bot's first question once it has a notice code: proof that the turn reached the real bot. */
const ASK_DATE = /What date is printed on the notice/;

function testConfig(env: Record<string, string> = {}): Config {
  const loaded = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    STATE_SQLITE_PATH: ':memory:',
    INTAKE_SQLITE_PATH: ':memory:',
    ...env,
  });
  if (!loaded.ok) throw new Error(`test config: ${loaded.errors.join('; ')}`);
  return loaded.config;
}

type Listening = { url: string; close(): Promise<void> };

async function listen(config: Config): Promise<Listening> {
  const app = composeApp(config, createLogger('silent'), () => TODAY);
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  return { url: `http://127.0.0.1:${app.server.address().port}`, close: () => app.close() };
}

/** One message through each channel as its own clients send it; returns the bot's replies' texts. */
const SEND_THROUGH: Record<string, (url: string, text: string) => Promise<string[]>> = {
  'bot-framework': async (url, text) =>
    (await new ExpectRepliesClient(url).send(text)).map((a) => a.text ?? ''),
  webchat: (url, text) => sendByWebChat(url, text, ASK_DATE),
  sms: (url, text) => sendBySms(url, text, { authToken: SMS_AUTH_TOKEN, publicUrl: SMS_PUBLIC_URL }),
};

describe('composeApp: the composition root', () => {
  describe('with every channel configured', () => {
    let app: Listening;
    beforeAll(async () => {
      app = await listen(testConfig(ALL_CHANNELS_ENV));
    });
    afterAll(async () => {
      await app.close();
    });

    it('builds every channel CHANNELS lists (and this test knows how to reach each)', () => {
      const config = testConfig(ALL_CHANNELS_ENV);
      const storage = createStorage({ ttlMs: 60_000 }).storage;
      const built = CHANNELS.map(
        (create) =>
          create({
            config,
            logger: createLogger('silent'),
            logIds: createLogIds(),
            storage,
            maxFileBytes: READING_LIMITS.maxBytes,
            opening: openingMessages,
          })?.name,
      );
      expect(built.toSorted()).toEqual(Object.keys(SEND_THROUGH).toSorted());
    });

    it.each(Object.keys(SEND_THROUGH))(
      'serves the %s channel: a message reaches the bot and its reply comes back',
      async (name) => {
        const replies = await SEND_THROUGH[name]!(app.url, 'CP2000');
        expect(replies.some((reply) => ASK_DATE.test(reply))).toBe(true);
      },
    );

    it('answers readiness for the stores it opened', async () => {
      const response = await fetch(`${app.url}/readyz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: 'ready',
        checks: { state: 'ok', intakes: 'ok' },
      });
    });
  });

  it('leaves out a channel that is not configured: no SMS route without a Twilio token', async () => {
    const app = await listen(testConfig());
    try {
      const sms = await fetch(`${app.url}/api/sms`, { method: 'POST', body: 'Body=hi' });
      expect(sms.status).toBe(404);
      expect(await SEND_THROUGH['bot-framework']!(app.url, 'CP2000')).toEqual(
        expect.arrayContaining([expect.stringMatching(ASK_DATE)]),
      );
    } finally {
      await app.close();
    }
  });

  it('close() stops serving: a request after it is refused', async () => {
    const app = await listen(testConfig());
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    await app.close();
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
  });
});
