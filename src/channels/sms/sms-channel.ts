import type { Activity, Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { ChannelLogIds } from '../channel.ts';
import { guidanceOf } from '../../dialogs/guidance.ts';
import { SmsAdapter, type TurnLogic } from './sms-adapter.ts';
import { pickedChoice, resolveChoiceReply } from './sms-choices.ts';
import { messages } from '../../catalog/catalog.ts';
import { DEFAULT_LOCALE, supportedLocale, type Locale } from '../../catalog/locale.ts';
import { hashPhoneNumber } from './sms-identity.ts';
import { helpLocale, isMoreRequest, smsKeyword } from './sms-keywords.ts';
import { firstPage, renderForSms } from './sms-render.ts';
import { SmsStore, type SmsSession } from './sms-store.ts';
import type { TwilioSmsWebhook } from './sms-webhook.ts';
import { KeyedQueue } from '../../storage/keyed-queue.ts';

/** A redelivery of the same MessageSid within this window is answered without a second turn. */
export const DUPLICATE_WINDOW_MS = 5 * 60 * 1000;
/** Message ids remembered per number; a person does not send more within the window. */
const MAX_RECENT_MESSAGES = 50;

export type SmsChannelDeps = {
  /** The bot's turn, e.g. `(context) => bot.run(context)`. */
  logic: TurnLogic;
  storage: Storage;
  logger: Logger;
  logIds: Pick<ChannelLogIds, 'hashConversation'>;
  /** Key of the phone-number hash. */
  hashSecret: string;
  /** Recorded as the activities' serviceUrl: the public webhook URL. */
  serviceUrl: string;
  now?: () => number;
};

export type SmsOutcome =
  'turn' | 'more' | 'details' | 'duplicate' | 'opted-out' | 'stopped' | 'opted-in' | 'help';

export type SmsHandled = {
  outcome: SmsOutcome;
  /** The bodies to send back, in order; empty to send nothing. */
  messages: string[];
  /** The bot's activities of this turn as it sent them, reply trace included. */
  activities: Partial<Activity>[];
};

/**
 * One inbound text end to end: carrier keywords, opt-out, duplicates, numbered choices, the bot's
 * turn, and the replies as SMS text. Turns of one number run one at a time.
 */
export class SmsChannel {
  readonly #deps: SmsChannelDeps;
  readonly #adapter: SmsAdapter;
  readonly #store: SmsStore;
  readonly #turns = new KeyedQueue();
  readonly #now: () => number;

  constructor(deps: SmsChannelDeps) {
    this.#deps = deps;
    this.#adapter = new SmsAdapter(deps.logger, deps.logIds);
    this.#store = new SmsStore(deps.storage);
    this.#now = deps.now ?? Date.now;
  }

  get adapter(): SmsAdapter {
    return this.#adapter;
  }

  async handle(webhook: TwilioSmsWebhook): Promise<SmsHandled> {
    const conversationId = hashPhoneNumber(webhook.From, this.#deps.hashSecret);
    const handled = await this.#turns.run(conversationId, () => this.#handle(webhook, conversationId));
    this.#deps.logger.info(
      {
        channel: 'sms',
        conversation: conversationId,
        outcome: handled.outcome,
        messages: handled.messages.length,
        routes: handled.activities.map((a) => guidanceOf(a)?.route),
      },
      'sms handled',
    );
    return handled;
  }

  async #handle(webhook: TwilioSmsWebhook, conversationId: string): Promise<SmsHandled> {
    const now = this.#now();
    const optedOut = await this.#store.isOptedOut(conversationId);
    const keyword = smsKeyword(webhook.Body, optedOut);
    if (keyword === 'opt-out') {
      await this.#store.optOut(conversationId, now);
      // Twilio sends the carrier's opt-out confirmation itself; anything from us would be blocked.
      return { outcome: 'stopped', messages: [], activities: [] };
    }
    if (optedOut && keyword !== 'opt-in') {
      await this.#store.markOptedOut(conversationId, now);
      return { outcome: 'opted-out', messages: [], activities: [] };
    }

    const session = await this.#store.session(conversationId);
    // AYUDA asks for Spanish; otherwise the language the conversation's last replies were in.
    const locale = helpLocale(webhook.Body) ?? session?.locale ?? DEFAULT_LOCALE;
    const words = messages(locale).sms;
    const recent = (session?.recentMessages ?? []).filter((m) => now - m.at < DUPLICATE_WINDOW_MS);
    if (recent.some((m) => m.sid === webhook.MessageSid)) {
      return { outcome: 'duplicate', messages: [], activities: [] };
    }
    const remember = (kept: Pick<SmsSession, 'choices' | 'pending'>, spoken: Locale = locale) =>
      this.#store.saveSession(conversationId, {
        ...kept,
        locale: spoken,
        recentMessages: [...recent, { sid: webhook.MessageSid, at: now }].slice(-MAX_RECENT_MESSAGES),
      });
    // The question asked before stays open, with its choices and any texts still waiting for MORE.
    const kept = { choices: session?.choices ?? [], pending: session?.pending ?? [] };

    if (keyword === 'opt-in' || keyword === 'help') {
      if (keyword === 'opt-in') await this.#store.optIn(conversationId);
      await remember(kept);
      const text = keyword === 'opt-in' ? words.welcomeBack : words.help(messages(locale).disclaimer.short);
      return { outcome: keyword === 'opt-in' ? 'opted-in' : 'help', messages: [text], activities: [] };
    }
    if (kept.pending.length > 0 && isMoreRequest(webhook.Body)) {
      const page = firstPage(kept.pending, locale);
      await remember({ choices: kept.choices, pending: page.rest });
      return { outcome: 'more', messages: page.send, activities: [] };
    }
    // A part of the result the person asked for: sent from what the result left, with no turn, so the
    // menu stays open and the conversation stays where it was.
    const details = pickedChoice(webhook.Body, kept.choices)?.texts;
    if (details) {
      const page = firstPage(details, locale);
      await remember({ choices: kept.choices, pending: page.rest });
      return { outcome: 'details', messages: page.send, activities: [] };
    }

    const activities = await this.#adapter.processInbound(
      {
        messageSid: webhook.MessageSid,
        conversationId,
        botId: hashPhoneNumber(webhook.To, this.#deps.hashSecret),
        text: resolveChoiceReply(webhook.Body, kept.choices),
        locale,
        media:
          (webhook.NumMedia ?? 0) > 0 && webhook.MediaUrl0
            ? { url: webhook.MediaUrl0, contentType: webhook.MediaContentType0 ?? '' }
            : undefined,
        serviceUrl: this.#deps.serviceUrl,
        timestamp: new Date(now),
      },
      this.#deps.logic,
    );
    // The replies say which language the conversation is now in (the person may have switched).
    const replyTag = activities.find((a) => a.locale !== undefined)?.locale;
    const spoken = replyTag === undefined ? locale : supportedLocale(replyTag);
    const intro = messages(spoken).sms.firstContact;
    const rendered = renderForSms(activities, spoken, session ? {} : { intro });
    const page = firstPage(rendered.messages, spoken);
    await remember({ choices: rendered.choices, pending: page.rest }, spoken);
    return { outcome: 'turn', messages: page.send, activities };
  }
}
