import type { Storage, StoreItem } from 'botbuilder';
import { z } from 'zod';

/** Activities kept per conversation; Web Chat polls every second, so it is never this far behind. */
export const DEFAULT_MAX_QUEUED_ACTIVITIES = 50;
/** Attempts at an optimistic write before giving up: another instance wrote the same conversation meanwhile. */
const MAX_WRITE_ATTEMPTS = 5;

/** An activity as the Direct Line client receives it: Bot Framework JSON with a Direct Line id. */
const QueuedActivitySchema = z.looseObject({ id: z.string().min(1), type: z.string().min(1) });
export type QueuedActivity = z.infer<typeof QueuedActivitySchema>;

const ConversationRecordSchema = z.object({
  userId: z.string().min(1),
  /** Set once the conversation was opened (and the bot greeted the person). */
  started: z.boolean(),
  /** Sequence number of the last activity queued; a watermark is one of these. */
  lastSeq: z.number().int().nonnegative(),
  queue: z.array(z.object({ seq: z.number().int().positive(), activity: QueuedActivitySchema })),
});
export type ConversationRecord = z.infer<typeof ConversationRecordSchema>;

export type ActivitiesPage = { activities: QueuedActivity[]; watermark: string };

const recordKey = (conversationId: string) => `webchat-directline/conversations/${conversationId}`;

/** A Direct Line activity id: the conversation and a zero-padded sequence number, as Azure's look. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/**
 * The queued activities of local Direct Line conversations, kept in the bot's Storage so that any
 * instance can answer a poll. Appends are optimistic (eTag) and retried on a conflict.
 */
export class DirectLineStore {
  readonly #storage: Storage;
  readonly #maxQueued: number;

  constructor(storage: Storage, options: { maxQueuedActivities?: number } = {}) {
    this.#storage = storage;
    this.#maxQueued = options.maxQueuedActivities ?? DEFAULT_MAX_QUEUED_ACTIVITIES;
  }

  async read(conversationId: string): Promise<ConversationRecord | undefined> {
    return (await this.#readWithETag(conversationId))?.record;
  }

  /** Creates the conversation if it does not exist yet; returns whether this call opened it. */
  async open(conversationId: string, userId: string): Promise<boolean> {
    let opened = false;
    await this.#update(conversationId, (current) => {
      opened = !current?.started;
      if (current?.started) return current;
      return { userId, started: true, lastSeq: current?.lastSeq ?? 0, queue: current?.queue ?? [] };
    });
    return opened;
  }

  /**
   * Queues activities (the echo of what the person sent, or the bot's replies) and returns them as queued,
   * with their ids. The oldest beyond the bound are dropped.
   */
  async append(
    conversationId: string,
    activities: readonly Record<string, unknown>[],
  ): Promise<QueuedActivity[]> {
    let queued: QueuedActivity[] = [];
    await this.#update(conversationId, (current) => {
      if (!current) throw new Error(`Direct Line conversation ${conversationId} does not exist`);
      queued = activities.map((activity, i) => ({
        ...activity,
        id: activityId(conversationId, current.lastSeq + i + 1),
        type: typeof activity.type === 'string' ? activity.type : 'message',
      }));
      const added = queued.map((activity, i) => ({ seq: current.lastSeq + i + 1, activity }));
      return {
        ...current,
        lastSeq: current.lastSeq + activities.length,
        queue: [...current.queue, ...added].slice(-this.#maxQueued),
      };
    });
    return queued;
  }

  /** The activities after a watermark (all kept ones without one) and the watermark to ask with next. */
  page(record: ConversationRecord, watermark: number | undefined): ActivitiesPage {
    const after = watermark ?? 0;
    return {
      activities: record.queue.filter((q) => q.seq > after).map((q) => q.activity),
      watermark: String(record.lastSeq),
    };
  }

  async #readWithETag(
    conversationId: string,
  ): Promise<{ record: ConversationRecord; eTag: string | undefined } | undefined> {
    const key = recordKey(conversationId);
    const items = await this.#storage.read([key]);
    const item = items[key] as StoreItem | undefined;
    const parsed = ConversationRecordSchema.safeParse(item);
    if (!parsed.success) return undefined;
    return { record: parsed.data, eTag: item?.eTag };
  }

  async #update(
    conversationId: string,
    change: (current: ConversationRecord | undefined) => ConversationRecord,
  ): Promise<void> {
    const key = recordKey(conversationId);
    for (let attempt = 1; ; attempt++) {
      const current = await this.#readWithETag(conversationId);
      const next = change(current?.record);
      if (current && next === current.record) return;
      try {
        // A new record is written without an eTag; an existing one only if nobody changed it since the read.
        await this.#storage.write({ [key]: current?.eTag ? { ...next, eTag: current.eTag } : next });
        return;
      } catch (error) {
        if (attempt >= MAX_WRITE_ATTEMPTS || !isETagConflict(error)) throw error;
      }
    }
  }
}

/** botbuilder's storages all report a conflict with this phrase. */
function isETagConflict(error: unknown): boolean {
  return error instanceof Error && /etag conflict/i.test(error.message);
}
