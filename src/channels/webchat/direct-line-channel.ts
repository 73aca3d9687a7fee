import { messages } from '../../catalog/catalog.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, supportedLocale } from '../../catalog/locale.ts';
import { randomBytes } from 'node:crypto';
import type { Activity, Storage } from 'botbuilder';
import { refusedFileAttachment, type ChannelLogIds, type RefusedFileCode } from '../channel.ts';
import type { Logger } from 'pino';
import { z } from 'zod';
import { DirectLineAdapter, type TurnLogic } from './direct-line-adapter.ts';
import { DirectLineStore, type ActivitiesPage, type QueuedActivity } from './direct-line-store.ts';
import { KeyedQueue } from '../../storage/keyed-queue.ts';

/** Web Chat talks to the local Direct Line as the Web Chat channel; the bot renders cards for it. */
export const WEBCHAT_CHANNEL_ID = 'webchat';
export const BOT_ACCOUNT = { id: 'notice-navigator', name: 'Notice Navigator', role: 'bot' } as const;

/** The largest message text accepted; the bot's own size rail answers long ones politely below this. */
export const MAX_POSTED_TEXT_CHARS = 20_000;

/** What a client may post: the fields the bot reads are checked, other Bot Framework fields are ignored. */
export const PostedActivitySchema = z.looseObject({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(MAX_POSTED_TEXT_CHARS).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  value: z.unknown().optional(),
  name: z.string().max(200).optional(),
  locale: z.string().max(35).optional(),
  from: z
    .looseObject({ id: z.string().max(200).optional(), name: z.string().max(200).optional() })
    .optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  attachments: z.array(z.unknown()).max(0, 'file uploads are not supported').optional(),
  entities: z
    .array(z.looseObject({ type: z.string().max(200) }))
    .max(20)
    .optional(),
});
export type PostedActivity = z.infer<typeof PostedActivitySchema>;

/**
 * The activity part of an upload (Direct Line 3.0's `upload`): a message whose attachments describe the
 * files sent beside it; what the bot receives is built from the files themselves.
 */
export const UploadedActivitySchema = PostedActivitySchema.extend({
  type: z.literal('message'),
  attachments: z.array(z.unknown()).max(1, 'one file at a time').optional(),
});

/**
 * A file sent with a message: held in memory for its turn, never queued, stored or logged; or, past the
 * size limit, only what it was, its bytes dropped as they came.
 */
export type UploadedFile =
  { contentType: string; bytes: Uint8Array } | { contentType: string; refused: RefusedFileCode };

/** A media type as a `data:` URL may carry it; anything else is sent as bytes of unknown type. */
const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

/** Activity types the bot runs a turn for; anything else is only echoed. */
const TURN_TYPES: ReadonlySet<string> = new Set(['message', 'event']);

export type DirectLineChannelDeps = {
  logic: TurnLogic;
  storage: Storage;
  logger: Logger;
  logIds: Pick<ChannelLogIds, 'hashConversation'>;
  /** Recorded as the activities' serviceUrl: this server's public address. */
  serviceUrl: string;
  maxQueuedActivities?: number;
  now?: () => Date;
};

/** A fresh, unguessable id: conversation ids are the only thing between a person and a stranger's chat. */
export function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}

export function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}

/**
 * The local Direct Line conversation logic: opening a conversation (the bot greets), posting an activity
 * (echoed, then the bot's turn, replies queued) and reading the queue after a watermark. Turns of one
 * conversation run one at a time in this process; the store's eTags guard against other processes.
 */
export class DirectLineChannel {
  readonly #deps: DirectLineChannelDeps;
  readonly #adapter: DirectLineAdapter;
  readonly #store: DirectLineStore;
  readonly #turns = new KeyedQueue();
  readonly #now: () => Date;
  /** Who is told when this instance queues activities in a conversation (its open streams). */
  readonly #watchers = new Map<string, Set<() => void>>();

  constructor(deps: DirectLineChannelDeps) {
    this.#deps = deps;
    this.#adapter = new DirectLineAdapter(deps.logger, deps.logIds, (conversationId, logic) =>
      this.#continue(conversationId, logic),
    );
    this.#store = new DirectLineStore(
      deps.storage,
      deps.maxQueuedActivities === undefined ? {} : { maxQueuedActivities: deps.maxQueuedActivities },
    );
    this.#now = deps.now ?? (() => new Date());
  }

  /**
   * Opens the conversation once: the bot sees the person join and greets them, in the page's language
   * when the token carries it. Later calls do nothing.
   */
  async open(conversationId: string, userId: string, locale?: string): Promise<void> {
    await this.#turns.run(conversationId, async () => {
      const opened = await this.#store.open(conversationId, userId);
      if (!opened) return;
      const replies = await this.#adapter.process(
        {
          ...this.#envelope(conversationId, userId),
          type: 'conversationUpdate',
          membersAdded: [{ id: userId, name: '' }],
          ...(locale === undefined ? {} : { locale }),
        },
        this.#deps.logic,
      );
      await this.#append(conversationId, this.#outgoing(conversationId, userId, replies));
    });
  }

  /**
   * Calls `listener` each time this instance queues activities in the conversation, until the returned
   * function is called. (Activities another instance queues are only seen by reading the queue.)
   */
  watch(conversationId: string, listener: () => void): () => void {
    const listeners = this.#watchers.get(conversationId) ?? new Set();
    listeners.add(listener);
    this.#watchers.set(conversationId, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#watchers.delete(conversationId);
    };
  }

  /**
   * Queues the person's activity (Web Chat waits for this echo), runs the bot's turn, queues its replies,
   * and returns the echo's id. Undefined when the conversation does not exist.
   */
  async post(
    conversationId: string,
    posted: PostedActivity,
    file?: UploadedFile,
  ): Promise<string | undefined> {
    return this.#turns.run(conversationId, async () => {
      const record = await this.#store.read(conversationId);
      if (!record) return undefined;
      const incoming = this.#incoming(conversationId, record.userId, posted);
      // The echo shows that a file was sent, not the file or its name: the queue is kept in storage.
      const type = file && MEDIA_TYPE.test(file.contentType) ? file.contentType : 'application/octet-stream';
      const sent = {
        contentType: type,
        name: messages(supportedLocale(incoming.locale)).webchatPage.sentFile,
      };
      const [echo] = await this.#append(conversationId, [
        file ? { ...incoming, attachments: [sent] } : incoming,
      ]);
      if (!echo) throw new Error('the echo of a posted activity was not queued');
      if (TURN_TYPES.has(posted.type)) {
        const attachments = !file
          ? undefined
          : 'bytes' in file
            ? [{ ...sent, contentUrl: `data:${type};base64,${Buffer.from(file.bytes).toString('base64')}` }]
            : [refusedFileAttachment(file.refused)];
        const replies = await this.#adapter.process(
          { ...incoming, id: echo.id, ...(attachments ? { attachments } : {}) },
          this.#deps.logic,
        );
        await this.#append(conversationId, this.#outgoing(conversationId, record.userId, replies, echo.id));
      }
      this.#deps.logger.info(
        { channel: WEBCHAT_CHANNEL_ID, conversation: conversationId, type: posted.type },
        'direct line activity handled',
      );
      return echo.id;
    });
  }

  /** The activities after the watermark; undefined when the conversation does not exist (or expired). */
  async activities(
    conversationId: string,
    watermark: number | undefined,
  ): Promise<ActivitiesPage | undefined> {
    const record = await this.#store.read(conversationId);
    return record ? this.#store.page(record, watermark) : undefined;
  }

  /**
   * A turn the bot starts in an open conversation (see DirectLineAdapter.continueConversationAsync), in
   * turn with the person's own; its replies are queued like any other. Nothing when the conversation expired.
   */
  async #continue(conversationId: string, logic: TurnLogic): Promise<void> {
    await this.#turns.run(conversationId, async () => {
      const record = await this.#store.read(conversationId);
      if (!record) return;
      const replies = await this.#adapter.process(
        { ...this.#envelope(conversationId, record.userId), type: 'event', name: 'ContinueConversation' },
        logic,
      );
      await this.#append(conversationId, this.#outgoing(conversationId, record.userId, replies));
    });
  }

  async #append(
    conversationId: string,
    activities: readonly Record<string, unknown>[],
  ): Promise<QueuedActivity[]> {
    const queued = await this.#store.append(conversationId, activities);
    for (const listener of this.#watchers.get(conversationId) ?? []) listener();
    return queued;
  }

  #envelope(conversationId: string, userId: string) {
    return {
      channelId: WEBCHAT_CHANNEL_ID,
      serviceUrl: this.#deps.serviceUrl,
      timestamp: this.#now(),
      conversation: { id: conversationId, isGroup: false, name: '', conversationType: 'personal' },
      from: { id: userId, name: '', role: 'user' },
      recipient: { ...BOT_ACCOUNT },
    } satisfies Partial<Activity>;
  }

  /** The activity the bot receives: only checked fields; who sent it comes from the token, not the body. */
  #incoming(conversationId: string, userId: string, posted: PostedActivity): Partial<Activity> {
    const envelope = this.#envelope(conversationId, userId);
    return {
      ...envelope,
      type: posted.type,
      from: { ...envelope.from, name: posted.from?.name ?? '' },
      locale: posted.locale ?? LOCALE_TAGS[DEFAULT_LOCALE],
      ...(posted.text === undefined ? {} : { text: posted.text, textFormat: posted.textFormat ?? 'plain' }),
      ...(posted.value === undefined ? {} : { value: posted.value }),
      ...(posted.name === undefined ? {} : { name: posted.name }),
      ...(posted.channelData ? { channelData: posted.channelData } : {}),
      ...(posted.entities ? { entities: posted.entities } : {}),
    };
  }

  /** The bot's replies as a Direct Line client receives them: from the bot, to the person, timestamped. */
  #outgoing(
    conversationId: string,
    userId: string,
    replies: readonly Partial<Activity>[],
    replyToId?: string,
  ): Record<string, unknown>[] {
    const envelope = this.#envelope(conversationId, userId);
    return replies.map((reply) => ({
      ...reply,
      type: reply.type ?? 'message',
      channelId: WEBCHAT_CHANNEL_ID,
      timestamp: envelope.timestamp.toISOString(),
      conversation: { id: conversationId },
      from: { ...BOT_ACCOUNT },
      recipient: { id: userId, role: 'user' },
      ...(replyToId ? { replyToId } : {}),
    }));
  }
}

export type { QueuedActivity };
