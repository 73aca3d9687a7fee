import type { Activity, ConversationState, ResourceResponse, Storage, TurnContext } from 'botbuilder';
import { ETagConflictError } from './keyv-storage.ts';
import { noteStoreFailure } from './store-outage.ts';

/** The first attempt, plus one retry on fresh state: two turns of one conversation rarely collide twice. */
const MAX_ATTEMPTS = 2;

/**
 * The eTag a conversation's first save carries: it matches no stored item (real eTags are UUIDs, or
 * MemoryStorage's counters), so under the eTag rules every Storage follows it writes only where nothing
 * is stored yet. Without it a first save would overwrite, and two first turns racing on two instances
 * would silently lose one.
 */
export const CREATE_ONLY_ETAG = '+new';

export type SavedTurnOutcome = 'saved' | 'retried' | 'conflict';

export type SavedTurnOptions = {
  state: ConversationState;
  /** The storage behind `state`, written directly: BotState.saveChanges always writes with eTag `*`. */
  storage: Storage;
  /** The turn's logic; called again, on freshly loaded state, after an eTag conflict. */
  attempt: () => Promise<void>;
  /** Sent, instead of any reply, when the retry conflicts as well. */
  conflictReply: () => Partial<Activity>;
};

/**
 * Runs a turn so that what the user is told always matches what was saved. The state is written with
 * the eTag it was read with (botbuilder's own saveChanges overwrites whatever is stored, so a turn
 * that raced another would silently undo it). The replies are held until that write succeeds; when
 * it loses the eTag race (another instance saved a turn
 * of the same conversation since this one read it), the held replies are dropped and the turn runs
 * again on the state as it now is. A second loss sends `conflictReply` (asking for the message again)
 * rather than overwriting the other turn. Any other failure drops the held replies and propagates,
 * so the adapter's error reply is the only one sent and the last good state stays in place.
 *
 * Register this after any `onSendActivities` handler that decorates replies: held replies are released
 * through the rest of the chain, in order, once the state is saved.
 */
export async function runSavedTurn(
  context: TurnContext,
  options: SavedTurnOptions,
): Promise<SavedTurnOutcome> {
  let held: (() => Promise<ResourceResponse[]>)[] | undefined;
  context.onSendActivities(async (_context, activities, next) => {
    if (!held) return next();
    held.push(next);
    // Nothing in the bot uses the ids of its own replies; the real ones exist only once released.
    return activities.map(() => ({ id: '' }));
  });
  for (let attempt = 1; ; attempt += 1) {
    held = [];
    try {
      const before = snapshot(await storeCall(() => options.state.load(context, attempt > 1)));
      await options.attempt();
      await storeCall(() => saveIfChanged(context, options, before));
    } catch (error) {
      held = undefined;
      if (!isETagConflict(error)) throw error;
      if (attempt < MAX_ATTEMPTS) continue;
      await context.sendActivity(options.conflictReply());
      return 'conflict';
    }
    const ready = held;
    held = undefined;
    for (const release of ready) await release();
    return attempt === 1 ? 'saved' : 'retried';
  }
}

/** A state store call whose failure (other than an eTag conflict) marks the request as a store outage. */
async function storeCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isETagConflict(error)) noteStoreFailure();
    throw error;
  }
}

/**
 * Writes the turn's state, carrying the eTag it was read with (the create-only one when nothing was
 * stored), unless the turn left it as it was (or deleted it).
 */
async function saveIfChanged(context: TurnContext, options: SavedTurnOptions, before: string): Promise<void> {
  const current: unknown = options.state.get(context);
  const key = options.state.getStorageKey(context);
  if (current === undefined || current === null || typeof current !== 'object' || key === undefined) return;
  if (snapshot(current) === before) return;
  const { eTag } = current as { eTag?: unknown };
  const item = typeof eTag === 'string' && eTag !== '' ? current : { ...current, eTag: CREATE_ONLY_ETAG };
  await options.storage.write({ [key]: item });
}

/** The state without its eTag, as botbuilder compares it. */
function snapshot(state: unknown): string {
  return JSON.stringify({ ...(state as Record<string, unknown>), eTag: undefined });
}

/** Ours, or the message botbuilder's own storages use for the same condition. */
export function isETagConflict(error: unknown): boolean {
  return (
    error instanceof ETagConflictError || (error instanceof Error && /eTag conflict/i.test(error.message))
  );
}
