import { randomUUID } from 'node:crypto';
import { BotAdapter, MessageFactory, TurnContext, type Activity, type ResourceResponse } from 'botbuilder';
import type { Logger } from 'pino';
import { messages } from '../catalog/catalog.ts';
import { spokenLocale } from '../dialogs/turn-locale.ts';
import { guidance } from '../dialogs/guidance.ts';
import { logTurnFailure, useTurnLogger, type ChannelLogIds } from './channel.ts';

/** The bot's turn handler, e.g. `(context) => bot.run(context)`. */
export type TurnLogic = (context: TurnContext) => Promise<void>;

/** Why an adapter refuses what its channel cannot do; each says so in the channel's own terms. */
export type CollectingAdapterRefusals = { outsideTurn: string; update: string; delete: string };

/** Where the replies of the turn in progress are collected; absent outside such a turn. */
const OUTBOX = Symbol('outbox');

/**
 * A BotAdapter for channels whose replies travel back with the request that started the turn (SMS
 * TwiML, the local Direct Line's poll queue): it collects what the bot sends during the turn instead of
 * calling a connector, so there is no Bot Framework token to check and no connector client to build.
 */
export abstract class CollectingAdapter extends BotAdapter {
  readonly #hiddenTypes: ReadonlySet<string>;
  readonly #refusals: CollectingAdapterRefusals;
  readonly #logger: Logger;
  readonly #logIds: Pick<ChannelLogIds, 'hashConversation'>;

  protected constructor(options: {
    logger: Logger;
    logIds: Pick<ChannelLogIds, 'hashConversation'>;
    /** Activity types the channel has nothing to show for; they are acknowledged and dropped. */
    hiddenTypes: readonly string[];
    refusals: CollectingAdapterRefusals;
  }) {
    super();
    this.#hiddenTypes = new Set(options.hiddenTypes);
    this.#refusals = options.refusals;
    this.#logger = options.logger;
    this.#logIds = options.logIds;
    this.onTurnError = async (context, error) => {
      logTurnFailure(context, error, options.logger);
      await context.sendActivity({
        ...MessageFactory.text(messages(spokenLocale(context)).dialog.turnError),
        channelData: { guidance: guidance('error') },
      });
    };
  }

  /** Runs one turn for an incoming activity and returns what the bot sent during it, in order. */
  protected async collect(activity: Partial<Activity>, logic: TurnLogic): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, activity);
    const outbox: Partial<Activity>[] = [];
    context.turnState.set(OUTBOX, outbox);
    const conversationId = activity.conversation?.id;
    if (conversationId) {
      useTurnLogger(
        context,
        this.#logger.child({ conversation: this.#logIds.hashConversation(conversationId) }),
      );
    }
    await this.runMiddleware(context, logic);
    return outbox;
  }

  override sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const outbox = context.turnState.get<Partial<Activity>[] | undefined>(OUTBOX);
    if (!outbox) return Promise.reject(new Error(this.#refusals.outsideTurn));
    return Promise.resolve(
      activities.map((activity) => {
        if (!this.#hiddenTypes.has(activity.type ?? 'message')) outbox.push(activity);
        return { id: randomUUID() };
      }),
    );
  }

  override updateActivity(): Promise<void> {
    return Promise.reject(new Error(this.#refusals.update));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error(this.#refusals.delete));
  }
}
