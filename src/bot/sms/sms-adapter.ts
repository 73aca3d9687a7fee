import { randomUUID } from 'node:crypto';
import {
  BotAdapter,
  MessageFactory,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { Logger } from 'pino';
import { copy } from '../../dialogs/copy.ts';
import { guidance } from '../../dialogs/guidance.ts';
import { SMS_CHANNEL_ID } from './sms-store.ts';

/** The bot's turn handler, e.g. `(context) => bot.run(context)`. */
export type TurnLogic = (context: TurnContext) => Promise<void>;

/** One inbound text, with the numbers already replaced by their hashed ids. */
export type InboundSmsActivity = {
  messageSid: string;
  conversationId: string;
  botId: string;
  text: string;
  serviceUrl: string;
  timestamp: Date;
};

/** Where the replies of the turn in progress are collected; absent outside a webhook turn. */
const OUTBOX = Symbol('sms-outbox');

/** Activity types that only make sense on a live connection; SMS has nothing to show for them. */
const SILENT_TYPES = new Set(['typing', 'delay', 'trace', 'endOfConversation', 'event', 'invokeResponse']);

/**
 * The Bot Framework adapter for Twilio SMS. It extends BotAdapter rather than CloudAdapterBase: SMS
 * replies travel back in the webhook's HTTP response (TwiML), so CloudAdapterBase's Bot Framework
 * token checks and connector client have nothing to do here, while BotAdapter gives exactly the
 * middleware pipeline and TurnContext the bot runs on.
 */
export class SmsAdapter extends BotAdapter {
  constructor(logger: Logger) {
    super();
    this.onTurnError = async (context, error) => {
      logger.error(
        { err: error, channel: SMS_CHANNEL_ID, conversation: context.activity.conversation?.id },
        'turn failed',
      );
      await context.sendActivity({
        ...MessageFactory.text(copy.turnError),
        channelData: { guidance: guidance('error') },
      });
    };
  }

  /** Runs one turn for an inbound text and returns every activity the bot sent during it, untouched. */
  async processInbound(inbound: InboundSmsActivity, logic: TurnLogic): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, toActivity(inbound));
    const outbox: Partial<Activity>[] = [];
    context.turnState.set(OUTBOX, outbox);
    await this.runMiddleware(context, logic);
    return outbox;
  }

  override sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const outbox = context.turnState.get<Partial<Activity>[] | undefined>(OUTBOX);
    if (!outbox) {
      return Promise.reject(
        new Error(
          'SmsAdapter can only reply within the webhook of an inbound text: the number is kept only hashed, so there is nowhere else to send',
        ),
      );
    }
    return Promise.resolve(
      activities.map((activity) => {
        if (!SILENT_TYPES.has(activity.type ?? 'message')) outbox.push(activity);
        return { id: randomUUID() };
      }),
    );
  }

  override updateActivity(): Promise<void> {
    return Promise.reject(new Error('SmsAdapter cannot update a text message: SMS has no edits'));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error('SmsAdapter cannot delete a text message: SMS has no deletion'));
  }

  /**
   * Runs the logic on the referenced conversation. Anything it sends fails with a clear error:
   * a proactive text would need the phone number, which this channel never keeps.
   */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: TurnLogic,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: 'event', name: 'continueConversation' },
      reference,
      true,
    );
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}

function toActivity(inbound: InboundSmsActivity): Partial<Activity> {
  return {
    type: 'message',
    id: inbound.messageSid,
    channelId: SMS_CHANNEL_ID,
    serviceUrl: inbound.serviceUrl,
    timestamp: inbound.timestamp,
    conversation: { id: inbound.conversationId, isGroup: false, name: '', conversationType: 'personal' },
    from: { id: inbound.conversationId, name: '', role: 'user' },
    recipient: { id: inbound.botId, name: 'Notice Navigator', role: 'bot' },
    text: inbound.text,
    textFormat: 'plain',
    locale: 'en-US',
    channelData: { messageSid: inbound.messageSid },
  };
}
