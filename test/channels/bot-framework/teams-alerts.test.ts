import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeApp, type Composed } from '../../../src/bot/compose.ts';
import { loadConfig } from '../../../src/config.ts';
import { logLinesInto } from '../../support/test-app.ts';
import { createLogger } from '../../../src/logger.ts';
import { AdaptiveCardSchema } from '../../../src/render/adaptive-card.ts';
import { startReceiver, WEBHOOK_SECRET, type Receiver } from '../../intake/intake-fixtures.ts';
import {
  startBotConnector,
  type BotConnector,
  type PostedActivity,
} from '../../support/bot-connector-server.ts';
import { ExpectRepliesClient } from '../../support/direct-client.ts';
import { cp14ToConsent } from '../../support/server-transcripts.ts';

/*
 * The firm's Teams alerts over the real product: the app is added to a channel of the firm's tenant (a
 * Teams-shaped conversationUpdate over /api/messages), a person completes an intake, and the card
 * arrives at a local Bot Connector; a delivery that dies sends its own card; the kept channel survives
 * a restart; the channel answering 404 turns alerts off. No log line holds the person's details.
 */

const TENANT = '6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b2c';
const OTHER_TENANT = '11111111-2222-3333-4444-555555555555';
const CHANNEL = '19:general-7a1b@thread.tacv2';
const BOT = { id: '28:notice-navigator-bot', name: 'Notice Navigator' };
const PERSON = { name: 'Marisol Quintero', email: 'marisol.quintero@example.com' };
const PUBLIC = 'https://desk.example.org';

type Line = Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'teams-alerts-'));
const lines: Line[] = [];
let connector: BotConnector;
let receiver: Receiver;
let app: Composed;
let url: string;

async function startApp(): Promise<void> {
  const loaded = loadConfig({
    NODE_ENV: 'test',
    STATE_SQLITE_PATH: join(dir, 'state.sqlite'),
    INTAKE_SQLITE_PATH: join(dir, 'intakes.sqlite'),
    TEAMS_ALERT_TENANT_ID: TENANT,
    PUBLIC_BASE_URL: PUBLIC,
    INTAKE_WEBHOOK_URL: receiver.url,
    INTAKE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    INTAKE_DISPATCH_INTERVAL_MS: '50',
    INTAKE_MAX_ATTEMPTS: '1',
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  app = composeApp(loaded.config, createLogger('info', logLinesInto(lines)), () => '2026-03-10');
  app.start();
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  url = `http://127.0.0.1:${app.server.address().port}`;
}

let receiverStatus = 200;
beforeAll(async () => {
  connector = await startBotConnector();
  receiver = await startReceiver({ behaviour: () => ({ status: receiverStatus }) });
  await startApp();
});
afterAll(async () => {
  await app.close();
  await receiver.close();
  await connector.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An activity as Teams sends it for a team's channel. */
function teamsActivity(activity: Record<string, unknown>, tenant = TENANT): Record<string, unknown> {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: '29:installer', name: 'Firm Admin', aadObjectId: randomUUID() },
    recipient: BOT,
    conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: tenant },
    channelData: { tenant: { id: tenant }, team: { id: CHANNEL }, eventType: 'teamMemberAdded' },
    ...activity,
  };
}

async function postTeams(activity: Record<string, unknown>): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
}

async function until<T>(find: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const cardOf = (posted: PostedActivity) => {
  const attachments = posted.activity.attachments as { contentType: string; content: unknown }[];
  return AdaptiveCardSchema.parse(attachments[0]?.content);
};
const cardText = (posted: PostedActivity) => JSON.stringify(cardOf(posted));

async function completeIntake(): Promise<string> {
  const client = new ExpectRepliesClient(url);
  for (const text of cp14ToConsent({ name: PERSON.name, contact: PERSON.email })) await client.send(text);
  const reply = (await client.send('yes')).map((r) => r.text ?? '').join('\n');
  const reference = /\*\*([A-Za-z0-9_-]{8})\*\*/.exec(reply)?.[1];
  if (!reference) throw new Error(`no reference in: ${reply}`);
  return reference;
}

describe('Teams alerts for the firm', () => {
  it('keeps no channel from another tenant, and tells it so', async () => {
    const response = await postTeams(
      teamsActivity({ type: 'conversationUpdate', membersAdded: [BOT] }, OTHER_TENANT),
    );
    expect(response.status).toBe(200);
    const said = await until(() => connector.posted.find((p) => p.conversationId === CHANNEL));
    expect(said.activity.text).toMatch(/only in the firm’s own Teams/);
    connector.posted.length = 0;
  });

  it('is turned on by adding the app to a channel, and says so there', async () => {
    const response = await postTeams(teamsActivity({ type: 'conversationUpdate', membersAdded: [BOT] }));
    expect(response.status).toBe(200);
    const said = await until(() => connector.posted.find((p) => p.conversationId === CHANNEL));
    expect(said.activity.text).toMatch(/New intakes and failed deliveries will be posted here/);
    connector.posted.length = 0;
  });

  it('answers a message in the channel with "open me in a personal chat", running no triage', async () => {
    await postTeams(teamsActivity({ type: 'message', text: '<at>Notice Navigator</at> CP14' }));
    const said = await until(() => connector.posted.find((p) => p.conversationId === CHANNEL));
    expect(said.activity.text).toMatch(/I only talk in a personal chat/);
    connector.posted.length = 0;
  });

  it('posts a card for a new intake: reference, notice, urgency, deadline in words, the desk link; no name', async () => {
    const reference = await completeIntake();
    const posted = await until(() =>
      connector.posted.find((p) => cardText(p).includes(`New intake ${reference}`)),
    );
    expect(posted.conversationId).toBe(CHANNEL);
    const card = cardOf(posted);
    const text = card.body.map((block) => ('text' in block ? block.text : '')).join('\n');
    expect(text).toContain('CP14 · ');
    expect(text).toMatch(/Nearest deadline: \w+day, March \d+, 2026 \(\d+ days left\)/);
    expect(card.actions).toEqual([
      expect.objectContaining({
        type: 'Action.OpenUrl',
        url: expect.stringMatching(`^${PUBLIC}/staff/intakes/${reference}`),
      }),
    ]);
    expect(JSON.stringify(posted.activity)).not.toMatch(/Marisol|Quintero|marisol\.quintero/i);
  });

  it('posts its own card for a delivery that died', async () => {
    receiverStatus = 500;
    const reference = await completeIntake();
    const posted = await until(() =>
      connector.posted.find((p) => cardText(p).includes(`Delivery failed: intake ${reference}`)),
    );
    expect(cardText(posted)).toMatch(/did not accept this intake after every retry/);
    receiverStatus = 200;
  });

  it('still posts to the channel after a restart: the reference is kept in the state store', async () => {
    await app.close();
    await startApp();
    const reference = await completeIntake();
    await until(() => connector.posted.find((p) => cardText(p).includes(`New intake ${reference}`)));
  });

  it('turns alerts off when the channel is gone (404), and the next intake is not posted', async () => {
    connector.plan.push({ status: 404 });
    await completeIntake();
    await until(() => lines.find((line) => line.msg === 'teams alert channel is gone: alerts are off'));
    const before = connector.attempts.length;
    await completeIntake();
    await until(() => lines.filter((line) => line.msg === 'teams alert not posted: alerts are off').at(0));
    expect(connector.attempts.length).toBe(before);
    // The failure is the alert's own: the adapter's turn-error reply never reached the channel.
    expect(lines.some((line) => line.msg === 'turn failed')).toBe(false);
  });

  it('writes none of the person’s details, nor the channel’s id, in any log line', () => {
    const all = JSON.stringify(lines);
    expect(lines.length).toBeGreaterThan(20);
    for (const secret of [PERSON.name, PERSON.email, 'Quintero', CHANNEL, 'Firm Admin'])
      expect(all).not.toContain(secret);
  });
});
