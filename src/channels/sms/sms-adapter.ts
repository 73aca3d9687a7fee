import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { ChannelLogIds } from '../channel.ts';
import { CollectingAdapter, type TurnLogic } from '../collecting-adapter.ts';
import { LOCALE_TAGS, type Locale } from '../../catalog/locale.ts';
import { SMS_CHANNEL_ID } from './sms-store.ts';

export type { TurnLogic };
/** One inbound text, with the numbers already replaced by their hashed ids. */
export type InboundSmsActivity = {
  messageSid: string;
  conversationId: string;
  botId: string;
  text: string;
  /** The language the channel keeps for this number. */
  locale: Locale;
  /** The first file of an MMS (a photo of the notice), where Twilio keeps it. */
  media?: { url: string; contentType: string } | undefined;
  serviceUrl: string;
  timestamp: Date;
};

/** Activity types that only make sense on a live connection; SMS has nothing to show for them. */
const SILENT_TYPES = ['typing', 'delay', 'trace', 'endOfConversation', 'event', 'invokeResponse'];

/**
 * The Bot Framework adapter for Twilio SMS: replies travel back in the webhook's HTTP response (TwiML),
 * so it collects them during the turn (see CollectingAdapter).
 */
export class SmsAdapter extends CollectingAdapter {
  constructor(logger: Logger, logIds: Pick<ChannelLogIds, 'hashConversation'>) {
    super({
      logger,
      logIds,
      hiddenTypes: SILENT_TYPES,
      refusals: {
        outsideTurn:
          'SmsAdapter can only reply within the webhook of an inbound text: the number is kept only hashed, so there is nowhere else to send',
        update: 'SmsAdapter cannot update a text message: SMS has no edits',
        delete: 'SmsAdapter cannot delete a text message: SMS has no deletion',
      },
    });
  }

  /** Runs one turn for an inbound text and returns every activity the bot sent during it, untouched. */
  processInbound(inbound: InboundSmsActivity, logic: TurnLogic): Promise<Partial<Activity>[]> {
    return this.collect(toActivity(inbound), logic);
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
    ...(inbound.media
      ? { attachments: [{ contentType: inbound.media.contentType, contentUrl: inbound.media.url }] }
      : {}),
    locale: LOCALE_TAGS[inbound.locale],
    channelData: { messageSid: inbound.messageSid },
  };
}
