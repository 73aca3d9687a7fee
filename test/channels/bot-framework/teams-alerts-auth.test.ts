import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../../src/channels/bot-framework/bot-adapter.ts';
import { ALERT_TARGET_KEY, TeamsAlerts } from '../../../src/channels/bot-framework/teams-alerts.ts';
import type { IntakeAlert } from '../../../src/intake/intake-alerts.ts';
import { createLogger } from '../../../src/logger.ts';
import { createStorage, type CreatedStorage } from '../../../src/storage/create-storage.ts';
import { startBotConnector, type BotConnector } from '../../support/bot-connector-server.ts';
import { logLinesInto } from '../../support/test-app.ts';

/*
 * A Teams alert as production sends it: the bot's app id and password, its token from MSAL (the real
 * client, at the local token endpoint), the card through botbuilder's connector client to a local Bot
 * Connector. Each failure a firm meets: a refused secret, throttling with Retry-After, a channel that
 * keeps failing, a conversation that is gone.
 */

const TENANT = '6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b2c';
const PASSWORD = 'bot-secret-never-logged-0123';
const CONVERSATION = '19:alerts-7a1b@thread.tacv2';
const ALERT: IntakeAlert = {
  kind: 'new',
  reference: 'Ab3dE6gH',
  noticeCode: 'CP14',
  urgency: 'high',
  nearestDeadline: { date: '2026-03-23', daysLeft: 13 },
  link: 'https://desk.example.org/staff/intakes/Ab3dE6gH0123',
};

type Line = Record<string, unknown>;
let connector: BotConnector;
let state: CreatedStorage;
const lines: Line[] = [];

beforeAll(async () => {
  connector = await startBotConnector();
});
afterEach(async () => {
  await state.close();
  connector.plan.length = 0;
  connector.refuseToken = false;
});
afterAll(async () => {
  await connector.close();
});

/** Alerts for a bot of its own (MSAL's token cache is per app id), with the channel already chosen. */
async function alertsFor(appType: 'SingleTenant' | 'MultiTenant'): Promise<TeamsAlerts> {
  const appId = randomUUID();
  const logger = createLogger('info', logLinesInto(lines));
  const adapter = createAdapter(
    {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: PASSWORD,
      MicrosoftAppType: appType,
      MicrosoftAppTenantId: TENANT,
    },
    logger,
    { tokenNetwork: connector.tokenNetwork },
  );
  state = createStorage({ sqlitePath: ':memory:', ttlMs: 60_000 });
  await state.storage.write({
    [ALERT_TARGET_KEY]: {
      state: 'on',
      since: '2026-03-10T12:00:00.000Z',
      reference: {
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        conversation: {
          id: CONVERSATION,
          name: '',
          conversationType: 'channel',
          isGroup: true,
          tenantId: TENANT,
        },
        bot: { id: `28:${appId}`, name: 'Notice Navigator' },
      },
    },
  });
  return new TeamsAlerts({
    adapter,
    appId,
    storage: state.storage,
    tenantId: TENANT,
    now: () => new Date(),
    logger,
  });
}

describe('a Teams alert with the bot’s credentials', () => {
  it.each([
    ['SingleTenant', TENANT],
    ['MultiTenant', 'botframework.com'],
  ] as const)(
    '%s: gets its token from the tenant’s endpoint and posts the card with it',
    async (type, tenant) => {
      const alerts = await alertsFor(type);
      const before = connector.posted.length;
      await alerts.post(ALERT);
      const posted = connector.posted.slice(before);
      expect(posted).toHaveLength(1);
      expect(posted[0]?.conversationId).toBe(CONVERSATION);
      expect(posted[0]?.authorization).toBe('Bearer bot-token-1');
      const asked = connector.tokenRequests.at(-1);
      expect(asked?.tenant).toBe(tenant);
      expect(asked?.form.get('grant_type')).toBe('client_credentials');
      expect(asked?.form.get('scope')).toBe('https://api.botframework.com/.default');
    },
  );

  it('refused token (401 invalid_client): nothing posted, the channel kept, the failure logged without the secret', async () => {
    const alerts = await alertsFor('SingleTenant');
    connector.refuseToken = true;
    const before = connector.attempts.length;
    await alerts.post(ALERT);
    expect(connector.attempts.length).toBe(before);
    expect(lines.at(-1)).toMatchObject({ msg: 'teams alert not posted', failure: 'token-refused' });
    expect(await alerts.status()).toMatchObject({ state: 'on' });
    expect(JSON.stringify(lines)).not.toContain(PASSWORD);
  });

  it('429 with Retry-After: the connector client waits as told, then the card arrives', async () => {
    const alerts = await alertsFor('SingleTenant');
    connector.plan.push({ status: 429, retryAfter: '1' });
    const before = connector.attempts.length;
    await alerts.post(ALERT);
    const tries = connector.attempts.slice(before);
    expect(tries).toHaveLength(2);
    expect((tries[1]?.at ?? 0) - (tries[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(connector.posted.at(-1)).toBe(tries[1]);
  });

  it('a 503 that passes is retried; one that lasts is logged, and the channel kept', async () => {
    const alerts = await alertsFor('SingleTenant');
    connector.plan.push({ status: 503 });
    let before = connector.posted.length;
    await alerts.post(ALERT);
    expect(connector.posted.length).toBe(before + 1);

    connector.plan.push(...Array.from({ length: 10 }, () => ({ status: 503 })));
    before = connector.posted.length;
    await alerts.post(ALERT);
    expect(connector.posted.length).toBe(before);
    expect(lines.at(-1)).toMatchObject({
      msg: 'teams alert not posted',
      failure: 'unavailable',
      status: 503,
    });
    expect(await alerts.status()).toMatchObject({ state: 'on' });
  }, 20_000);

  it('403 (the bot was removed or blocked): the reference is dropped and the desk shows alerts off', async () => {
    const alerts = await alertsFor('SingleTenant');
    connector.plan.push({ status: 403 });
    await alerts.post(ALERT);
    expect(await alerts.status()).toMatchObject({ state: 'off', reason: 'gone' });
    const before = connector.attempts.length;
    await alerts.post(ALERT);
    expect(connector.attempts.length).toBe(before);
  });
});
