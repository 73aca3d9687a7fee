import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, WEBHOOK_SECRET, type Receiver } from '../../intake/intake-fixtures.ts';
import { ExpectRepliesClient, type BotReply } from '../../support/direct-client.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

const STAFF_TOKEN = 'staff-token-0123456789abcdef0123456789';
let receiver: Receiver;
let app: TestApp;

beforeAll(async () => {
  receiver = await startReceiver();
  app = await startTestApp({
    today: '2026-03-10',
    start: true,
    env: {
      INTAKE_WEBHOOK_URL: receiver.url,
      INTAKE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      INTAKE_DISPATCH_INTERVAL_MS: '50',
      STAFF_API_TOKEN: STAFF_TOKEN,
      PUBLIC_BASE_URL: 'https://bot.example.test',
      FIRM_NAME: 'Example Tax Partners',
    },
  });
});
afterAll(async () => {
  await app.close();
  await receiver.close();
});

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const local = (url: string) => url.replace('https://bot.example.test', app.url);
const texts = (replies: BotReply[]) => replies.map((r) => r.text ?? '').join('\n');

describe('a conversation that ends in an intake, over HTTP', () => {
  it('delivers the signed case to the firm, serves the case links, and deletes on request', async () => {
    const client = new ExpectRepliesClient(app.url);
    for (const text of ['CP14', '3/2/2026', 'yes', '$1,200']) await client.send(text);
    const result = await client.send('no');
    // On a card channel the printable summary is a button of the result's card.
    const summaryUrl = /https:\/\/bot\.example\.test\/cases\/[\w-]{24}(?=")/.exec(
      JSON.stringify(result),
    )?.[0];
    expect(summaryUrl).toBeDefined();

    const page = await fetch(local(summaryUrl ?? ''));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(await page.text()).toContain('Monday, March 23, 2026');

    const ics = await fetch(local(`${summaryUrl ?? ''}/deadlines.ics`));
    expect(ics.headers.get('content-type')).toMatch(/text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('dtstart')))).toEqual(['2026-03-23']);

    for (const text of ['Book a consultation', 'Sam Lee', 'sam@example.com', 'any time', 'skip', 'all']) {
      await client.send(text);
    }
    expect(texts(await client.send('yes'))).toMatch(
      /Your request is saved and will reach Example Tax Partners/,
    );
    await until(() => receiver.accepted.size === 1);
    const [delivered] = [...receiver.accepted.values()];
    expect(delivered?.event).toBe('intake.created');
    expect(delivered?.intake.notice.code).toBe('CP14');
    expect(receiver.requests.every((r) => r.verified)).toBe(true);

    const staff = await fetch(`${app.url}/api/intakes?status=delivered`, {
      headers: { authorization: `Bearer ${STAFF_TOKEN}` },
    });
    expect(staff.status).toBe(200);
    const listed = (await staff.json()) as { intakes: { intake: { id: string } }[] };
    expect(listed.intakes.map((i) => i.intake.id)).toEqual([delivered?.intake.id]);
    expect((await fetch(`${app.url}/api/intakes`)).status).toBe(401);

    expect(texts(await client.send('delete my data'))).toMatch(/deleted this conversation/);
    await until(() => [...receiver.accepted.values()].some((b) => b.event === 'intake.deleted'));
    expect((await fetch(local(summaryUrl ?? ''))).status).toBe(404);
  });
});
