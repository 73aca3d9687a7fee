import type { CloudAdapter, Storage, StoreItem, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { messages } from '../../catalog/catalog.ts';
import { supportedLocale } from '../../catalog/locale.ts';
import { staffWords as w } from '../../catalog/staff.ts';
import { say } from '../../dialogs/guidance.ts';
import type { AlertSink, AlertStatus, IntakeAlert } from '../../intake/intake-alerts.ts';
import { intakeAlertCard } from '../../render/intake-alert-card.ts';
import type { TurnHandler } from '../channel.ts';

/*
 * Teams alerts for the firm's desk. The person-facing conversation is personal only; a channel or group
 * chat is where the firm reads its alerts. When the app is added to one in the firm's tenant, its
 * conversation reference is kept (in the bot's storage: SQLite or Redis, so it survives restarts) and
 * each alert is posted there proactively. The channel answering that the conversation is gone (403/404)
 * drops the reference, and the desk says alerts are off.
 */

/** Where the alert target is kept in the bot's storage, apart from conversation state. */
export const ALERT_TARGET_KEY = 'desk-alerts/target';

const SHARED_TYPES = new Set(['channel', 'groupChat']);

/** Only what continuing the conversation needs: no user, no names, no activity id. */
const ReferenceSchema = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: z.object({
    id: z.string().min(1),
    /** Kept empty: a channel's name is not needed to post to it. */
    name: z.literal(''),
    conversationType: z.enum(['channel', 'groupChat']),
    isGroup: z.boolean(),
    tenantId: z.string().min(1),
  }),
  bot: z.object({ id: z.string().min(1), name: z.string() }),
});

const TargetSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('on'), since: z.string(), reference: ReferenceSchema }),
  z.object({ state: z.literal('off'), reason: z.enum(['removed', 'gone']), at: z.string() }),
]);
type Target = z.infer<typeof TargetSchema>;

export type TeamsAlertsDeps = {
  adapter: CloudAdapter;
  /** The bot's app id ('' in the Emulator's local mode). */
  appId: string;
  storage: Storage;
  /** The firm's Entra tenant: only its channels and chats may receive alerts; none without it. */
  tenantId: string | undefined;
  now: () => Date;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
};

/** Why a post failed: the conversation is gone, or something that may pass (kept, logged). */
type PostFailure = 'gone' | 'token-refused' | 'unauthorized' | 'throttled' | 'unavailable' | 'network';

/** A group conversation (a Teams channel or group chat): not where the person-facing conversation runs. */
export function isSharedConversation(context: TurnContext): boolean {
  const { conversation } = context.activity;
  return conversation.isGroup === true || SHARED_TYPES.has(conversation.conversationType ?? '');
}

function botChange(context: TurnContext): 'added' | 'removed' | undefined {
  const { activity } = context;
  const bot = activity.recipient.id;
  if (activity.type === 'installationUpdate') {
    if (activity.action?.startsWith('add')) return 'added';
    if (activity.action?.startsWith('remove')) return 'removed';
    return undefined;
  }
  if (activity.type !== 'conversationUpdate') return undefined;
  if (activity.membersAdded?.some((member) => member.id === bot)) return 'added';
  if (activity.membersRemoved?.some((member) => member.id === bot)) return 'removed';
  return undefined;
}

function tenantOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = typeof channelData?.tenant?.id === 'string' ? channelData.tenant.id : undefined;
  return context.activity.conversation.tenantId ?? fromChannelData;
}

function failureOf(error: unknown): { failure: PostFailure; status?: number } {
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number') {
    if (status === 403 || status === 404) return { failure: 'gone', status };
    if (status === 401) return { failure: 'unauthorized', status };
    if (status === 429) return { failure: 'throttled', status };
    if (status >= 500) return { failure: 'unavailable', status };
  }
  // MSAL's errors carry an `errorCode` (invalid_client, unauthorized_client…): the token was refused.
  if (typeof (error as { errorCode?: unknown }).errorCode === 'string') return { failure: 'token-refused' };
  return { failure: 'network' };
}

export class TeamsAlerts implements AlertSink {
  readonly #deps: TeamsAlertsDeps;

  constructor(deps: TeamsAlertsDeps) {
    this.#deps = deps;
  }

  /**
   * A turn in a channel or group chat: the app added (kept as the alert target when it is the firm's
   * tenant) or removed; a message gets "open me in a personal chat". Nothing else runs there.
   */
  readonly handler: TurnHandler = {
    run: async (context) => {
      const change = botChange(context);
      if (change === 'added') {
        await this.#added(context);
      } else if (change === 'removed') {
        await this.#removed(context.activity.conversation.id);
      } else if (context.activity.type === 'message') {
        await context.sendActivity(
          say(messages(supportedLocale(context.activity.locale)).dialog.personalOnly),
        );
      }
    },
  };

  async post(alert: IntakeAlert): Promise<void> {
    const stored = await this.#read();
    if (stored?.target.state !== 'on') {
      this.#deps.logger.info({ kind: alert.kind }, 'teams alert not posted: alerts are off');
      return;
    }
    const { reference } = stored.target;
    try {
      // A failure inside the turn would go to the adapter's turn-error handler, which answers the person
      // "something went wrong": kept here instead, so it is handled as the alert's failure.
      let failed: { error: unknown } | undefined;
      await this.#deps.adapter.continueConversationAsync(this.#deps.appId, reference, async (context) => {
        try {
          await context.sendActivity({ type: 'message', attachments: [intakeAlertCard(alert)] });
        } catch (error) {
          failed = { error };
        }
      });
      if (failed) throw failed.error;
      this.#deps.logger.info({ kind: alert.kind }, 'teams alert posted');
    } catch (error) {
      const { failure, status } = failureOf(error);
      if (failure === 'gone') {
        // Only if it is still the target: the app may have been added elsewhere meanwhile.
        await this.#write({ state: 'off', reason: 'gone', at: this.#deps.now().toISOString() }, stored.eTag);
        this.#deps.logger.warn({ kind: alert.kind, status }, 'teams alert channel is gone: alerts are off');
        return;
      }
      // Throttling and 5xx were already retried by the connector client (with Retry-After).
      this.#deps.logger.error({ kind: alert.kind, failure, status }, 'teams alert not posted');
    }
  }

  async status(): Promise<AlertStatus> {
    const target = (await this.#read())?.target;
    if (!target) return { state: 'off', reason: 'not-added' };
    if (target.state === 'off') return { state: 'off', reason: target.reason, at: target.at };
    return { state: 'on', since: target.since, where: target.reference.conversation.conversationType };
  }

  async #added(context: TurnContext): Promise<void> {
    const { activity } = context;
    const conversationType =
      activity.conversation.isGroup && !activity.conversation.conversationType
        ? 'groupChat'
        : activity.conversation.conversationType;
    const reference = ReferenceSchema.safeParse({
      channelId: activity.channelId,
      serviceUrl: activity.serviceUrl,
      conversation: {
        id: activity.conversation.id,
        name: '',
        conversationType,
        isGroup: true,
        tenantId: tenantOf(context),
      },
      bot: { id: activity.recipient.id, name: activity.recipient.name ?? '' },
    });
    if (
      !reference.success ||
      this.#deps.tenantId === undefined ||
      reference.data.conversation.tenantId !== this.#deps.tenantId
    ) {
      this.#deps.logger.info({ firmTenant: false }, 'app added to a conversation that gets no alerts');
      await context.sendActivity(say(w.alerts.notHere));
      return;
    }
    await this.#write({ state: 'on', since: this.#deps.now().toISOString(), reference: reference.data }, '*');
    this.#deps.logger.info({ where: reference.data.conversation.conversationType }, 'teams alerts turned on');
    await context.sendActivity(say(w.alerts.added));
  }

  async #removed(conversationId: string): Promise<void> {
    const stored = await this.#read();
    if (stored?.target.state !== 'on' || stored.target.reference.conversation.id !== conversationId) return;
    await this.#write({ state: 'off', reason: 'removed', at: this.#deps.now().toISOString() }, stored.eTag);
    this.#deps.logger.info('teams alerts turned off: the app was removed');
  }

  async #read(): Promise<{ target: Target; eTag: string | undefined } | undefined> {
    const items = await this.#deps.storage.read([ALERT_TARGET_KEY]);
    const item = items[ALERT_TARGET_KEY] as StoreItem | undefined;
    if (!item) return undefined;
    const target = TargetSchema.safeParse(item);
    return target.success ? { target: target.data, eTag: item.eTag } : undefined;
  }

  /** Written if the stored target is still `eTag` ('*' overwrites); a lost race leaves the newer one. */
  async #write(target: Target, eTag: string | undefined): Promise<void> {
    try {
      await this.#deps.storage.write({ [ALERT_TARGET_KEY]: { ...target, eTag: eTag ?? '*' } });
    } catch (error) {
      if (!(error instanceof Error && /eTag conflict/i.test(error.message))) throw error;
    }
  }
}
