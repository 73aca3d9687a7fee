import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../catalog/locale.ts';
import { MAX_SMS_CHOICES, SmsChoiceSchema, type SmsChoice } from './sms-choices.ts';

export const SMS_CHANNEL_ID = 'sms';

const RecentMessageSchema = z.object({ sid: z.string(), at: z.number() });

/** What the channel remembers between texts, beside the bot's own state; never a phone number. */
const SmsSessionSchema = z.looseObject({
  choices: z.array(SmsChoiceSchema).max(MAX_SMS_CHOICES).catch([]),
  recentMessages: z.array(RecentMessageSchema).catch([]),
  pending: z.array(z.string()).catch([]),
  locale: z.enum(LOCALES).optional().catch(undefined),
});
export type SmsSession = {
  /** The numbered choices last offered. */
  choices: SmsChoice[];
  /** MessageSids handled lately, to answer a redelivery without a second turn. */
  recentMessages: z.infer<typeof RecentMessageSchema>[];
  /** Texts of the last answer still waiting for MORE. */
  pending: string[];
  /** The language the conversation's last replies were in: the channel's own texts (MORE, HELP) follow it. */
  locale?: Locale | undefined;
};

const OptOutSchema = z.looseObject({ optedOutAt: z.number() });

const sessionKey = (conversationId: string) => `sms-channel/sessions/${conversationId}`;
const optOutKey = (conversationId: string) => `sms-channel/opt-outs/${conversationId}`;

/** The keys botbuilder's ConversationState and UserState (default namespace) use for this number. */
function botStateKeys(conversationId: string): string[] {
  return [`${SMS_CHANNEL_ID}/conversations/${conversationId}/`, `${SMS_CHANNEL_ID}/users/${conversationId}/`];
}

/** Overwrites whatever is stored: turns of one number are serialised by the channel. */
const OVERWRITE = '*';

/** The SMS channel's records in the bot's storage, keyed by the hashed number only. */
export class SmsStore {
  readonly #storage: Storage;

  constructor(storage: Storage) {
    this.#storage = storage;
  }

  async session(conversationId: string): Promise<SmsSession | undefined> {
    const key = sessionKey(conversationId);
    const items = await this.#storage.read([key]);
    const parsed = SmsSessionSchema.safeParse(items[key]);
    if (!parsed.success) return undefined;
    const { choices, recentMessages, pending, locale } = parsed.data;
    return { choices, recentMessages, pending, locale };
  }

  async saveSession(conversationId: string, session: SmsSession): Promise<void> {
    await this.#storage.write({ [sessionKey(conversationId)]: { ...session, eTag: OVERWRITE } });
  }

  async isOptedOut(conversationId: string): Promise<boolean> {
    const key = optOutKey(conversationId);
    const items = await this.#storage.read([key]);
    return OptOutSchema.safeParse(items[key]).success;
  }

  /** STOP: everything the conversation stored goes; only the flag that keeps the number silent stays. */
  async optOut(conversationId: string, at: number): Promise<void> {
    await this.#storage.delete([...botStateKeys(conversationId), sessionKey(conversationId)]);
    await this.markOptedOut(conversationId, at);
  }

  /** Written again on every text from an opted-out number: each write restarts the storage's time to live. */
  async markOptedOut(conversationId: string, at: number): Promise<void> {
    await this.#storage.write({ [optOutKey(conversationId)]: { optedOutAt: at, eTag: OVERWRITE } });
  }

  async optIn(conversationId: string): Promise<void> {
    await this.#storage.delete([optOutKey(conversationId)]);
  }
}
