import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, startBotConnector, type BotConnector } from '../../support/bot-connector-server.ts';
import { hasService } from '../../support/services.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { NOTICE_PAGES } from '../../reading/support/notice-pages.ts';
import { LT11_PRINTED } from '../../reading/support/printed-variants.ts';
import { FixtureRenderer } from '../../reading/support/rendered-fixtures.ts';
import { until as untilWithin } from '../../support/until.ts';

/** How long a wait below may take. */
const UNTIL_TIMEOUT_MS = 20_000;
const until = <T>(what: () => T, done: (value: T) => boolean) => untilWithin(what, done, UNTIL_TIMEOUT_MS);

/*
 * A notice sent in a Teams personal chat, as Teams sends it, to the whole product over POST /api/messages
 * with the bot's own app registration: each activity signed by the channel (a JWT botbuilder checks
 * against the channel's published keys), the replies sent through the Bot Connector with the bot's token
 * from MSAL. A pasted photo is on the Teams service (the local connector), which answers only that token;
 * a file sent with the attach button is on OneDrive (a local file host), behind a pre-authorised URL.
 */

const TODAY = '2026-11-20';
const APP_ID = randomUUID();
const TENANT = '6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b2c';
const CP14_READ =
  'I read a CP14 dated November 16, 2026 for tax year 2025, $2,418.77 due by December 7, 2026: is that right?';
const FROM_THERE = "I can't open a file from there";
const NOT_THIS_TYPE = 'I can read a photo (JPEG or PNG) or a PDF of the notice.';

type FileHost = {
  url: (path: string) => string;
  /** The Authorization of every request it was sent. */
  seen: (string | undefined)[];
  close(): Promise<void>;
};

async function fileHost(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<FileHost> {
  const seen: (string | undefined)[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers.authorization);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    seen,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe.skipIf(!(await hasService('chromium')))('a notice sent in a Teams personal chat', () => {
  let connector: BotConnector;
  let oneDrive: FileHost;
  let elsewhere: FileHost;
  let app: TestApp;
  let cp14Png: Buffer;
  let lt11Pdf: Buffer;

  beforeAll(async () => {
    const renderer = new FixtureRenderer();
    cp14Png = await renderer.render(NOTICE_PAGES[0]!, 'png');
    lt11Pdf = await renderer.render(LT11_PRINTED, 'pdf');
    await renderer.close();
    connector = await startBotConnector();
    // OneDrive's download URL carries its own authorisation: it wants no token, and must never get one.
    oneDrive = await fileHost((req, res) => {
      if (req.url === '/personal/notice.pdf') {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end(lt11Pdf);
      } else if (req.url === '/personal/huge.pdf') {
        // Says it is 11 MB: refused on the header, before its body is read.
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(11 * 1024 * 1024) });
        res.write(Buffer.alloc(1024));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    elsewhere = await fileHost((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(cp14Png);
    });
    app = await startTestApp({
      today: TODAY,
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'bot-secret-for-the-teams-files-test',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT,
        TEAMS_FILE_HOSTS: '127.0.0.1',
        // Another channel's hosts are not Teams': a Teams file on one of them is refused.
        NOTICE_ATTACHMENT_HOSTS: 'localhost',
        NOTICE_ATTACHMENT_ALLOW_PRIVATE: 'true',
        NOTICE_READ_TIMEOUT_MS: '60000',
      },
      identity: {
        tokenNetwork: connector.tokenNetwork,
        channelOpenIdMetadataUrl: connector.channelOpenIdMetadataUrl,
      },
    });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await oneDrive?.close();
    await elsewhere?.close();
    await connector?.close();
  });

  /** One person's personal chat with the bot, as Teams carries it. */
  function personalChat() {
    const conversationId = `a:${randomUUID()}`;
    const texts = () =>
      connector.posted
        .filter((p) => p.conversationId === conversationId && p.activity.type === 'message')
        .map((p) => String(p.activity.text));
    async function send(text: string, attachments?: unknown[]): Promise<string[]> {
      const before = texts().length;
      const response = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: connector.channelAuthorization(APP_ID),
        },
        body: JSON.stringify({
          type: 'message',
          id: randomUUID(),
          channelId: 'msteams',
          serviceUrl: connector.serviceUrl,
          timestamp: new Date().toISOString(),
          conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
          from: { id: `29:${randomUUID()}`, aadObjectId: randomUUID() },
          recipient: { id: `28:${APP_ID}`, name: 'Notice Navigator' },
          channelData: { tenant: { id: TENANT } },
          locale: 'en-US',
          text,
          ...(attachments ? { attachments } : {}),
        }),
      });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      // A turn's replies are posted before its response; a file's, after "Reading your notice…", up to the
      // question it asks (what was read, or the pending question again).
      if (!attachments) return texts().slice(before);
      return until(
        () => texts().slice(before),
        (sent) => sent.at(-1)?.includes('?') === true,
      );
    }
    return { send };
  }

  /** A photo pasted into the message: the image on the Teams service, and the message's HTML beside it. */
  function pastedPhoto(contentUrl: string, contentType = 'image/*') {
    return [
      { contentType, contentUrl },
      {
        contentType: 'text/html',
        content: `<p><img src="${contentUrl}" itemtype="http://schema.skype.com/AMSImage"></p>`,
      },
    ];
  }

  /** A file sent with the attach button: the card with OneDrive's pre-authorised download URL. */
  function attachedFile(downloadUrl: string, fileType: string) {
    return [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        name: `notice.${fileType}`,
        content: { downloadUrl, uniqueId: randomUUID(), fileType },
      },
    ];
  }

  it('reads a pasted photo from the Teams service with the bot’s token, and reaches the result without typing the code, date or amount', async () => {
    const id = `0-eus-d1-${randomUUID().replaceAll('-', '')}`;
    connector.attachments.set(id, { type: 'image/png', bytes: cp14Png });
    const chat = personalChat();
    const read = await chat.send(
      '',
      pastedPhoto(`${connector.serviceUrl}v3/attachments/${id}/views/original`),
    );
    expect(read).toEqual(['Reading your notice…', CP14_READ]);
    // The photo was fetched once, with the token the bot got from its tenant's token endpoint.
    expect(connector.attachmentRequests.filter((r) => r.id === id)).toEqual([
      { id, authorization: `Bearer ${BOT_TOKEN}` },
    ]);
    const asked = connector.tokenRequests.at(-1);
    expect(asked?.tenant).toBe(TENANT);
    expect(asked?.form.get('client_id')).toBe(APP_ID);
    expect(asked?.form.get('scope')).toBe('https://api.botframework.com/.default');

    expect((await chat.send('yes')).at(-1)).toContain('Do you agree');
    expect((await chat.send('yes')).at(-1)).toContain('Could you pay the full balance now?');
    const result = (await chat.send('yes')).join('\n');
    expect(result).toMatch(/^\*\*Monday, December 7, 2026\*\*: open/);
    expect(result).not.toMatch(/notice code|What date|How much/);
  }, 180_000);

  it('reads a PDF sent with the attach button from OneDrive without a token, and puts the printed hearing date on the result', async () => {
    const chat = personalChat();
    const before = oneDrive.seen.length;
    const read = await chat.send('', attachedFile(oneDrive.url('/personal/notice.pdf'), 'pdf'));
    expect(read.at(-1)).toContain('last date to request a hearing December 4, 2026');
    // OneDrive got the request, and no token with it.
    expect(oneDrive.seen.slice(before)).toEqual([undefined]);
    await chat.send('yes');
    const result = (await chat.send('no')).join('\n');
    // Printed December 4; the rules, from the letter's date, would give November 30.
    expect(result).toMatch(/^\*\*Friday, December 4, 2026\*\*: open, 14 days left/);
    expect(result).not.toContain('Monday, November 30, 2026');
  }, 180_000);

  it.each([
    [
      'a file on a host Teams files do not come from (another channel’s host)',
      () => attachedFile(oneDrive.url('/personal/notice.pdf').replace('127.0.0.1', 'localhost'), 'pdf'),
      FROM_THERE,
    ],
    ['a Word file', () => attachedFile(oneDrive.url('/personal/notice.docx'), 'docx'), NOT_THIS_TYPE],
    [
      'a pasted GIF',
      () => pastedPhoto(`${connector.serviceUrl}v3/attachments/gif/views/original`, 'image/gif'),
      NOT_THIS_TYPE,
    ],
  ])(
    'refuses %s in words, fetching nothing, and asks for the code',
    async (_name, attachments, words) => {
      const chat = personalChat();
      await chat.send('hello');
      const fetched = [oneDrive.seen.length, connector.attachmentRequests.length];
      const replies = await chat.send('', attachments());
      expect(replies.join('\n')).toContain(words);
      expect(replies.at(-1)).toContain('What is the notice code?');
      expect([oneDrive.seen.length, connector.attachmentRequests.length]).toEqual(fetched);
    },
    60_000,
  );

  it('refuses a file over 10 MB by its size, in words', async () => {
    const chat = personalChat();
    await chat.send('hello');
    const replies = await chat.send('', attachedFile(oneDrive.url('/personal/huge.pdf'), 'pdf'));
    expect(replies.join('\n')).toContain(
      'That file is over 10 MB. A photo of the first page of the notice is enough.',
    );
    expect(replies.at(-1)).toContain('What is the notice code?');
  }, 60_000);

  it('sends the bot’s token only to the Teams service the message came from: a photo elsewhere gets none', async () => {
    const chat = personalChat();
    const before = elsewhere.seen.length;
    const read = await chat.send('', pastedPhoto(elsewhere.url('/v3/attachments/x/views/original')));
    expect(elsewhere.seen.slice(before)).toEqual([undefined]);
    expect(read.at(-1)).toBe(CP14_READ);
  }, 180_000);
});
