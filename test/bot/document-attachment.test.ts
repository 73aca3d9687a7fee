import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { hasService } from '../support/services.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { blankPng, pdfWithPages } from '../reading/support/hostile-files.ts';
import { NOTICE_PAGES } from '../reading/support/notice-pages.ts';
import { CP3219A_PRINTED, LT11_PRINTED } from '../reading/support/printed-variants.ts';
import { FixtureRenderer } from '../reading/support/rendered-fixtures.ts';

const TODAY = '2026-11-20';
const STAFF_TOKEN = 'staff-token-0123456789abcdef0123456789';
const CP14 = NOTICE_PAGES[0]!;

/** What the result's cards say, as their JSON. */
function cardsOf(replies: BotReply[]): string {
  return JSON.stringify(replies.flatMap((reply) => reply.attachments ?? []));
}

function dataUrl(type: string, bytes: Uint8Array): string {
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** A stand-in for a channel's file host (Direct Line, Teams, Twilio) on loopback, counting its downloads. */
async function fileHost(files: Record<string, { type: string; bytes: Uint8Array }>) {
  let downloads = 0;
  const server: Server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    downloads += 1;
    if (!file) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type });
    res.end(file.bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    downloads: () => downloads,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.skipIf(!(await hasService('chromium')))(
  'a photo or PDF of the notice sent in the conversation',
  () => {
    let app: TestApp;
    let cp14Pdf: Buffer;
    let lt11Pdf: Buffer;
    let cp3219aPdf: Buffer;
    let host: Awaited<ReturnType<typeof fileHost>>;
    beforeAll(async () => {
      const renderer = new FixtureRenderer();
      cp14Pdf = await renderer.render(CP14, 'pdf');
      lt11Pdf = await renderer.render(LT11_PRINTED, 'pdf');
      cp3219aPdf = await renderer.render(CP3219A_PRINTED, 'pdf');
      await renderer.close();
      host = await fileHost({
        '/notice.pdf': { type: 'application/pdf', bytes: cp14Pdf },
        '/blank.png': { type: 'image/png', bytes: blankPng(600, 400) },
      });
      app = await startTestApp({
        today: TODAY,
        env: {
          STAFF_API_TOKEN: STAFF_TOKEN,
          NOTICE_ATTACHMENT_HOSTS: '127.0.0.1',
          NOTICE_ATTACHMENT_ALLOW_PRIVATE: 'true',
          NOTICE_READ_TIMEOUT_MS: '60000',
        },
      });
    }, 120_000);
    afterAll(async () => {
      await app?.close();
      await host?.close();
    });

    it('reads a data: URL PDF, confirms what it read, and reaches the result without typing the code, date or amount', async () => {
      const chat = new ExpectRepliesClient(app.url);
      const [confirm] = await chat.send('', {
        attachments: [
          {
            contentType: 'application/pdf',
            contentUrl: dataUrl('application/pdf', cp14Pdf),
            name: 'notice.pdf',
          },
        ],
      });
      expect(confirm?.text).toBe(
        'I read a CP14 dated November 16, 2026 for tax year 2025, $2,418.77 due by December 7, 2026: is that right?',
      );
      const afterYes = await chat.send('yes');
      expect(afterYes.at(-1)?.text).toContain('Do you agree');
      const afterAgree = await chat.send('yes');
      expect(afterAgree.at(-1)?.text).toContain('Could you pay the full balance now?');
      const result = await chat.send('yes');
      const text = result.map((r) => r.text).join('\n');
      // The date comes first in the text; the card beside it names the notice.
      expect(text).toMatch(/^\*\*Monday, December 7, 2026\*\*: open/);
      expect(cardsOf(result)).toContain('CP14');
      expect(text).not.toContain('What is the amount due');

      // The consultation request says the facts came from the document.
      for (const answer of [
        'Book a consultation',
        'Sam Lee',
        'sam@example.com',
        'any time',
        'skip',
        'all',
        'yes',
      ])
        await chat.send(answer);
      const staff = await fetch(`${app.url}/api/intakes`, {
        headers: { authorization: `Bearer ${STAFF_TOKEN}` },
      });
      const { intakes } = (await staff.json()) as {
        intakes: { intake: { notice: Record<string, unknown> } }[];
      };
      expect(intakes.map((i) => i.intake.notice)).toContainEqual({
        code: 'CP14',
        title: expect.any(String),
        date: '2026-11-16',
        amountDue: 2418.77,
        readFromDocument: true,
      });
    }, 120_000);

    it("puts a final notice's printed hearing date on the hearing, never its pay-by date", async () => {
      const chat = new ExpectRepliesClient(app.url);
      const [confirm] = await chat.send('', {
        attachments: [{ contentType: 'application/pdf', contentUrl: dataUrl('application/pdf', lt11Pdf) }],
      });
      expect(confirm?.text).toContain('last date to request a hearing December 4, 2026');
      await chat.send('yes');
      const result = (await chat.send('no')).map((r) => r.text).join('\n');
      expect(result).toMatch(
        /^\*\*Friday, December 4, 2026\*\*: open, 14 days left\n+Ask for a Collection Due Process hearing/,
      );
      expect(result).not.toContain('Monday, November 30, 2026');
      expect(result).not.toMatch(/November 24, 2026\*\*/);
      // Asked for nothing the letter printed.
      expect(result).not.toMatch(/What date does it show/);
    }, 120_000);

    it("puts a notice of deficiency's printed petition date on the Tax Court deadline", async () => {
      const chat = new ExpectRepliesClient(app.url);
      const [confirm] = await chat.send('', {
        attachments: [{ contentType: 'application/pdf', contentUrl: dataUrl('application/pdf', cp3219aPdf) }],
      });
      expect(confirm?.text).toMatch(/^I read a CP3219A dated October 26, 2026/);
      await chat.send('yes');
      // The printed petition date wins, so where the notice was addressed is not asked (issue 12).
      const result = (await chat.send('no')).map((r) => r.text).join('\n');
      expect(result).not.toMatch(/outside the United States/);
      expect(result).toMatch(
        /^\*\*Wednesday, January 27, 2027\*\*: open, 68 days left\n+File a petition with the U\.S\. Tax Court/,
      );
      expect(result).not.toContain('Monday, January 25, 2027');
    }, 120_000);

    it('reads a file the channel hosts (contentUrl), and a Teams file card', async () => {
      const chat = new ExpectRepliesClient(app.url);
      const [confirm] = await chat.send('', {
        attachments: [{ contentType: 'application/pdf', contentUrl: host.url('/notice.pdf') }],
      });
      expect(confirm?.text).toMatch(/^I read a CP14 dated November 16, 2026/);

      const teams = new ExpectRepliesClient(app.url);
      const [teamsConfirm] = await teams.send('', {
        attachments: [
          {
            contentType: 'application/vnd.microsoft.teams.file.download.info',
            name: 'notice.pdf',
            content: { downloadUrl: host.url('/notice.pdf'), uniqueId: 'x', fileType: 'pdf' },
          },
        ],
      });
      expect(teamsConfirm?.text).toMatch(/^I read a CP14/);
    }, 120_000);

    it('takes "no" for an answer and goes through it by typing', async () => {
      const chat = new ExpectRepliesClient(app.url);
      await chat.send('', {
        attachments: [{ contentType: 'application/pdf', contentUrl: dataUrl('application/pdf', cp14Pdf) }],
      });
      const replies = await chat.send('no');
      expect(replies.map((r) => r.text)).toEqual([
        "No problem, let's go through it by typing.",
        expect.stringContaining('What is the notice code?'),
      ]);
    }, 60_000);

    /** Sends the CP14 PDF and returns the conversation, at "is that right?". */
    async function readCp14(): Promise<ExpectRepliesClient> {
      const chat = new ExpectRepliesClient(app.url);
      const [confirm] = await chat.send('', {
        attachments: [{ contentType: 'application/pdf', contentUrl: dataUrl('application/pdf', cp14Pdf) }],
      });
      expect(confirm?.text).toMatch(/^I read a CP14 dated November 16, 2026/);
      return chat;
    }

    it('takes a fixed date in words and keeps the code, the amount and the printed date it read', async () => {
      const chat = await readCp14();
      const fixed = (await chat.send('the date is actually November 18')).map((r) => r.text);
      expect(fixed[0]).toBe('Changed: dated November 18, 2026.');
      // Asked for neither the code, the date nor the amount: the next question is the first one unread.
      expect(fixed.at(-1)).toContain('Do you agree');
      expect((await chat.send('yes')).at(-1)?.text).toContain('Could you pay the full balance now?');
      const replies = await chat.send('yes');
      // The printed pay-by date stands; the rules, from the fixed date, would give December 9.
      expect(replies.map((r) => r.text).join('\n')).toMatch(/^\*\*Monday, December 7, 2026\*\*: open/);
      expect(cardsOf(replies)).toContain(
        'is not what the rules give for this notice (Wednesday, December 9, 2026)',
      );
    }, 60_000);

    it('takes a fixed notice code ("a CP501 not CP14") and keeps the date and the amount', async () => {
      const chat = await readCp14();
      const fixed = (await chat.send("it's a CP501 not CP14")).map((r) => r.text);
      expect(fixed[0]).toBe('Changed: CP501.');
      expect(fixed.at(-1)).toContain('Do you agree');
      expect((await chat.send('yes')).at(-1)?.text).toContain('Could you pay the full balance now?');
      const replies = await chat.send('yes');
      expect(cardsOf(replies)).toContain('CP501');
      expect(replies.map((r) => r.text).join('\n')).not.toMatch(/What date|How much/);
    }, 60_000);

    it('asks again, saying a fix is welcome, when the answer is neither yes, no nor a fix', async () => {
      const chat = await readCp14();
      const replies = (await chat.send('hmm maybe')).map((r) => r.text);
      expect(replies[0]).toContain('tell me what to fix, like *the date is November 20*');
    }, 60_000);

    it('says a page without a notice is not one, and keeps the typed path open', async () => {
      const chat = new ExpectRepliesClient(app.url);
      await chat.send('hello');
      const replies = await chat.send('', {
        attachments: [{ contentType: 'image/png', contentUrl: host.url('/blank.png') }],
      });
      expect(replies[0]?.text).toContain("couldn't find an IRS notice code");
      expect(replies.at(-1)?.text).toContain('What is the notice code?');
    }, 60_000);

    it('reads a short PDF sent as a data: URL', async () => {
      const chat = new ExpectRepliesClient(app.url);
      const [confirm] = await chat.send('', {
        attachments: [
          { contentType: 'application/pdf', contentUrl: dataUrl('application/pdf', pdfWithPages(1)) },
        ],
      });
      expect(confirm?.text).toBe('I read a CP14 dated November 16, 2026: is that right?');
    }, 60_000);
  },
);

describe('attachments from addresses the bot must not fetch', () => {
  let app: TestApp;
  let host: Awaited<ReturnType<typeof fileHost>>;
  beforeAll(async () => {
    host = await fileHost({ '/notice.pdf': { type: 'application/pdf', bytes: pdfWithPages(1) } });
    app = await startTestApp({
      today: TODAY,
      env: { NOTICE_ATTACHMENT_HOSTS: '127.0.0.1 *.sharepoint.com' },
    });
  });
  afterAll(async () => {
    await app.close();
    await host.close();
  });

  it.each([
    ['loopback, even when its host is listed', () => host.url('/notice.pdf')],
    ['a host not on the list', () => 'https://files.example.com/notice.pdf'],
    ['a listed host over plain http', () => 'http://contoso.sharepoint.com/notice.pdf'],
    ['not a URL', () => 'notice.pdf'],
  ])('refuses %s', async (_name, url) => {
    const chat = new ExpectRepliesClient(app.url);
    const replies = await chat.send('', {
      attachments: [{ contentType: 'application/pdf', contentUrl: url() }],
    });
    expect(replies[0]?.text).toContain("I can't open a file from there");
    expect(host.downloads()).toBe(0);
  });
});
