import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredIntake } from '../../../src/intake/intake-store.ts';
import { startReceiver, WEBHOOK_SECRET, type Receiver } from '../../intake/intake-fixtures.ts';
import { ExpectRepliesClient, type BotReply } from '../../support/direct-client.ts';
import { cp14ToConsent } from '../../support/server-transcripts.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

/*
 * The firm's receiver is down, over the real product: the person is told the truth (saved, on its way),
 * staff see the delivery dead and send it again, and a deletion of a dead intake reaches the firm.
 */

const STAFF_TOKEN = 'staff-token-0123456789abcdef0123456789';
const FIRM = 'Example Tax Partners';
let receiver: Receiver;
let app: TestApp;
let answer = 500;

beforeAll(async () => {
  receiver = await startReceiver({ behaviour: () => ({ status: answer }) });
  app = await startTestApp({
    today: '2026-03-10',
    start: true,
    env: {
      INTAKE_WEBHOOK_URL: receiver.url,
      INTAKE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      INTAKE_DISPATCH_INTERVAL_MS: '50',
      INTAKE_MAX_ATTEMPTS: '1',
      STAFF_API_TOKEN: STAFF_TOKEN,
      FIRM_NAME: FIRM,
    },
  });
});
afterAll(async () => {
  await app.close();
  await receiver.close();
});

const texts = (replies: BotReply[]) => replies.map((r) => r.text ?? '').join('\n');
const staff = (path: string, init: RequestInit = {}) =>
  fetch(`${app.url}${path}`, { ...init, headers: { authorization: `Bearer ${STAFF_TOKEN}` } });

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function intake(id: string): Promise<StoredIntake> {
  return (await (await staff(`/api/intakes/${id}`)).json()) as StoredIntake;
}

/** A conversation to its consent; returns the consent reply and the intake id staff see for it. */
async function consented(
  name: string,
  email: string,
): Promise<{ client: ExpectRepliesClient; reply: string; id: string }> {
  const client = new ExpectRepliesClient(app.url);
  const before = new Set(receiver.requests.map((r) => r.intakeId));
  for (const text of cp14ToConsent({ name, contact: email })) await client.send(text);
  const reply = texts(await client.send('yes'));
  await until(() => receiver.requests.some((r) => !before.has(r.intakeId)));
  const id = receiver.requests.find((r) => !before.has(r.intakeId))?.intakeId ?? '';
  return { client, reply, id };
}

describe('a firm whose receiver is down', () => {
  it('tells the person the truth, shows the delivery dead, and sends it again on request', async () => {
    answer = 500;
    const { reply, id } = await consented('Ada Dead', 'ada.dead@example.com');
    // Changed (issue 15): "I've sent your case" was said before the firm had anything.
    expect(reply).toMatch(
      new RegExp(
        `Your request is saved and will reach ${FIRM}\\. Your reference is \\*\\*${id.slice(0, 8)}\\*\\*`,
      ),
    );
    expect(reply).not.toMatch(/\bsent\b/i);
    await until(async () => (await intake(id)).delivery.state === 'dead');
    expect((await intake(id)).intake.status).toBe('dead');

    answer = 200;
    const resend = await staff(`/api/intakes/${id}/redeliver`, { method: 'POST' });
    expect(resend.status).toBe(202);
    await until(async () => (await intake(id)).delivery.state === 'delivered');
    expect([...receiver.accepted.values()].map((b) => [b.event, b.intake.id])).toContainEqual([
      'intake.created',
      id,
    ]);
  });

  it('tells the firm when a dead intake is deleted: its failed attempts carried the details', async () => {
    answer = 500;
    const { client, id } = await consented('Bo Gone', 'bo.gone@example.com');
    await until(async () => (await intake(id)).delivery.state === 'dead');

    answer = 200;
    expect(texts(await client.send('delete my data'))).toMatch(
      /the firm is told to delete any copy it received/,
    );
    await until(() =>
      [...receiver.accepted.values()].some((b) => b.event === 'intake.deleted' && b.intake.id === id),
    );
    const deleted = [...receiver.accepted.values()].find(
      (b) => b.event === 'intake.deleted' && b.intake.id === id,
    );
    expect(deleted?.intake).toMatchObject({ status: 'deleted', contact: null, description: null });
    expect(JSON.stringify(deleted)).not.toContain('bo.gone@example.com');
    expect((await intake(id)).intake).toMatchObject({ status: 'deleted', contact: null });
  });
});
