import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '../../../src/catalog/catalog.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../../../src/render/adaptive-card.ts';
import { startBotConnector, type BotConnector } from '../../support/bot-connector-server.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

/*
 * The person-facing bot in Teams, over the Bot Framework protocol as Teams speaks it: activities POSTed to
 * /api/messages, the bot's replies sent to a local Bot Connector at the activity's serviceUrl. Installing
 * the app for oneself welcomes; a group chat is told to open a personal chat; a card button pressed as a
 * Universal Actions invoke is answered and runs as the message it sends.
 */

const TENANT = '6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b2c';
const BOT = { id: '28:notice-navigator-bot', name: 'Notice Navigator' };
const PERSON = { id: '29:person-1', name: 'Ana', aadObjectId: randomUUID() };
const en = messages('en');
const NOTICE_CODE_QUESTION = 'What is the notice code?';

let app: TestApp;
let connector: BotConnector;

beforeAll(async () => {
  connector = await startBotConnector();
  app = await startTestApp({ today: '2026-03-10' });
});
afterAll(async () => {
  await app.close();
  await connector.close();
});
beforeEach(() => {
  connector.posted.length = 0;
});

/** An activity as Teams sends it; a personal chat unless `conversation` says otherwise. */
function teams(conversationId: string, activity: Record<string, unknown>): Record<string, unknown> {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'en-US',
    from: PERSON,
    recipient: BOT,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...activity,
  };
}

function post(activity: Record<string, unknown>): Promise<Response> {
  return fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
}

/** The texts the bot sent to the conversation so far (the connector has them once the request is answered). */
function said(conversationId: string): string[] {
  return connector.posted
    .filter((p) => p.conversationId === conversationId && p.activity.type === 'message')
    .map((p) => (typeof p.activity.text === 'string' ? p.activity.text : ''));
}

async function say(conversationId: string, text: string): Promise<void> {
  const response = await post(teams(conversationId, { type: 'message', text }));
  expect(response.status).toBe(200);
}

describe('Teams, personal scope', () => {
  it('welcomes with the disclaimer and the first question when the app is installed', async () => {
    const chat = `a:personal-${randomUUID()}`;
    const response = await post(
      teams(chat, {
        type: 'conversationUpdate',
        membersAdded: [{ id: BOT.id }],
        channelData: { tenant: { id: TENANT }, eventType: 'teamMemberAdded' },
      }),
    );
    expect(response.status).toBe(200);
    const texts = said(chat).join('\n');
    expect(texts).toContain(en.dialog.welcome.split('. ')[0]);
    expect(texts).toContain(NOTICE_CODE_QUESTION);
    expect(said(chat).filter((t) => t.includes(NOTICE_CODE_QUESTION))).toHaveLength(1);

    // The conversation has begun: the first answer is the notice code.
    await say(chat, 'CP14');
    expect(said(chat).at(-1)).toContain('What date is printed on the notice?');
  });

  it('runs a card button pressed as an adaptiveCard/action invoke, and answers the invoke 200', async () => {
    const chat = `a:personal-${randomUUID()}`;
    for (const text of ['CP14', '3/2/2026', 'Yes', '1200', 'Yes']) await say(chat, text);
    const result = connector.posted.find(
      (p) => p.conversationId === chat && (p.activity.channelData as { triage?: unknown })?.triage,
    );
    const card = (result?.activity.attachments as { contentType: string; content: unknown }[])[0];
    expect(card?.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    const button = (
      card?.content as { actions: { type: string; title: string; data?: unknown }[] }
    ).actions.find((a) => a.type === 'Action.Submit');
    expect(button?.title).toBe(en.card.restart);
    connector.posted.length = 0;

    const response = await post(
      teams(chat, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'restart', data: button?.data } },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: en.card.restartCommand,
    });
    expect(said(chat).join('\n')).toContain(NOTICE_CODE_QUESTION);
  });

  it('answers an invoke it has no button for 200, with the question still open', async () => {
    const chat = `a:personal-${randomUUID()}`;
    await say(chat, 'CP14');
    connector.posted.length = 0;
    const response = await post(
      teams(chat, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Submit', data: { something: 'else' } } },
      }),
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { statusCode: number }).statusCode).toBe(200);
    expect(said(chat).join('\n')).toContain('What date is printed on the notice?');
  });
});

describe('Teams, group chat', () => {
  it('answers "open me in a personal chat" and runs no triage', async () => {
    const chat = `19:group-${randomUUID()}@thread.v2`;
    const response = await post(
      teams(chat, {
        type: 'message',
        text: '<at>Notice Navigator</at> CP14',
        conversation: { id: chat, conversationType: 'groupChat', isGroup: true, tenantId: TENANT },
      }),
    );
    expect(response.status).toBe(200);
    expect(said(chat)).toEqual([en.dialog.personalOnly]);
  });
});
