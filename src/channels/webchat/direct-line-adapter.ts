import type { Activity, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { ChannelLogIds } from '../channel.ts';
import { CollectingAdapter, type TurnLogic } from '../collecting-adapter.ts';

export type { TurnLogic };

/** Activity types that never reach a Direct Line client. */
const HIDDEN_TYPES = ['trace', 'delay', 'invokeResponse'];

/**
 * The Bot Framework adapter behind the local Direct Line: replies are collected during the turn and
 * queued for the client's next poll (see CollectingAdapter); the Direct Line token is checked before.
 */
export class DirectLineAdapter extends CollectingAdapter {
  constructor(logger: Logger, logIds: Pick<ChannelLogIds, 'hashConversation'>) {
    super({
      logger,
      logIds,
      hiddenTypes: HIDDEN_TYPES,
      refusals: {
        outsideTurn: 'DirectLineAdapter can only reply within a turn: the client collects replies by polling',
        update: 'DirectLineAdapter does not update sent activities',
        delete: 'DirectLineAdapter does not delete sent activities',
      },
    });
  }

  /** Runs one turn for an incoming activity and returns what the bot sent during it, in order. */
  process(activity: Partial<Activity>, logic: TurnLogic): Promise<Partial<Activity>[]> {
    return this.collect(activity, logic);
  }

  /** Proactive messages are not supported: nothing polls a conversation outside a turn's reply. */
  override continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: TurnLogic,
  ): Promise<void> {
    return Promise.reject(new Error('DirectLineAdapter does not support proactive messages'));
  }
}
