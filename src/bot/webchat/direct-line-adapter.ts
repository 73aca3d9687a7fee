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

/** The bot's turn handler, e.g. `(context) => bot.run(context)`. */
export type TurnLogic = (context: TurnContext) => Promise<void>;

/** Where the replies of the turn in progress are collected. */
const OUTBOX = Symbol('direct-line-outbox');

/** Activity types that never reach a Direct Line client. */
const HIDDEN_TYPES = new Set(['trace', 'delay', 'invokeResponse']);

/**
 * The Bot Framework adapter behind the local Direct Line. Like the SMS adapter it extends BotAdapter:
 * replies are collected during the turn and queued for the client's next poll, so there is no connector
 * to call and no Bot Framework token to check (the Direct Line token is checked before the turn).
 */
export class DirectLineAdapter extends BotAdapter {
  constructor(logger: Logger) {
    super();
    this.onTurnError = async (context, error) => {
      logger.error(
        { err: error, channel: context.activity.channelId, conversation: context.activity.conversation?.id },
        'turn failed',
      );
      await context.sendActivity({
        ...MessageFactory.text(copy.turnError),
        channelData: { guidance: guidance('error') },
      });
    };
  }

  /** Runs one turn for an incoming activity and returns what the bot sent during it, in order. */
  async process(activity: Partial<Activity>, logic: TurnLogic): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, activity);
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
        new Error('DirectLineAdapter can only reply within a turn: the client collects replies by polling'),
      );
    }
    return Promise.resolve(
      activities.map((activity) => {
        if (!HIDDEN_TYPES.has(activity.type ?? 'message')) outbox.push(activity);
        return { id: randomUUID() };
      }),
    );
  }

  override updateActivity(): Promise<void> {
    return Promise.reject(new Error('DirectLineAdapter does not update sent activities'));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error('DirectLineAdapter does not delete sent activities'));
  }

  /** Proactive messages are not supported: nothing polls a conversation outside a turn's reply. */
  override continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: TurnLogic,
  ): Promise<void> {
    return Promise.reject(new Error('DirectLineAdapter does not support proactive messages'));
  }
}
