import type { Activity, ConversationReference } from 'botbuilder';
import type { ClaimsIdentity } from 'botframework-connector';
import type { Logger } from 'pino';
import type { ChannelLogIds } from '../channel.ts';
import { CollectingAdapter, type TurnLogic } from '../collecting-adapter.ts';

export type { TurnLogic };

/** Activity types that never reach a Direct Line client. */
const HIDDEN_TYPES = ['trace', 'delay', 'invokeResponse'];

/** Runs a turn of the referenced conversation outside a request, queuing its replies for the next poll. */
export type ContinueTurn = (conversationId: string, logic: TurnLogic) => Promise<void>;

/**
 * The Bot Framework adapter behind the local Direct Line: replies are collected during the turn and
 * queued for the client's next poll (see CollectingAdapter); the Direct Line token is checked before.
 */
export class DirectLineAdapter extends CollectingAdapter {
  readonly #continueTurn: ContinueTurn;

  constructor(logger: Logger, logIds: Pick<ChannelLogIds, 'hashConversation'>, continueTurn: ContinueTurn) {
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
    this.#continueTurn = continueTurn;
  }

  /** Runs one turn for an incoming activity and returns what the bot sent during it, in order. */
  process(activity: Partial<Activity>, logic: TurnLogic): Promise<Partial<Activity>[]> {
    return this.collect(activity, logic);
  }

  /**
   * A turn the bot starts itself (a notice read after the turn that brought it): run like any other, its
   * replies queued for the next poll. The identity is Bot Framework's; Direct Line's token was checked
   * when the conversation's last activity came in.
   */
  override continueConversationAsync(
    _identity: string | ClaimsIdentity,
    reference: Partial<ConversationReference>,
    logicOrAudience: TurnLogic | string,
    maybeLogic?: TurnLogic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    const conversationId = reference.conversation?.id;
    if (!logic || !conversationId) return Promise.reject(new Error('a conversation and a turn are required'));
    return this.#continueTurn(conversationId, logic);
  }

  /** The older form, which names no identity; the bot uses continueConversationAsync. */
  override continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: TurnLogic,
  ): Promise<void> {
    return Promise.reject(
      new Error('DirectLineAdapter continues conversations with continueConversationAsync'),
    );
  }
}
