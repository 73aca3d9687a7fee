import {
  ActivityHandler,
  ActivityTypes,
  type InvokeResponse,
  BotAdapter,
  ConversationState,
  MessageFactory,
  TurnContext,
  type Activity,
  type StatePropertyAccessor,
  type ResourceResponse,
  type Storage,
} from 'botbuilder';
import type { ClaimsIdentity } from 'botframework-connector';
import { z } from 'zod';
import type { Logger } from 'pino';
import { guidance, say } from '../dialogs/guidance.ts';
import { ConversationRunner, type MainDialogDeps } from '../dialogs/main-dialog.ts';
import { parseCommand } from '../dialogs/parsing/parse-command.ts';
import type { PrivacyActions } from './privacy.ts';
import { scamWarningMessage } from './question-answerer.ts';
import { traceReply } from './reply-trace.ts';
import { welcomeActivity } from './welcome.ts';
import { runRails, type InputRail, type RailReply } from '../guardrails/verdict.ts';
import { runSavedTurn } from '../storage/saved-turn.ts';
import { fileCredential, refusedFile, type FileCredential } from '../channels/channel.ts';
import { pressedButtonText } from '../render/adaptive-card.ts';
import { readableAttachment, type AttachmentResult, type FileRef } from './attachment-reader.ts';
import { messages } from '../catalog/catalog.ts';
import { isLocale, supportedLocale, type Locale } from '../catalog/locale.ts';
import { languageAsked } from '../dialogs/language-switch.ts';
import { setTurnLocale, turnLocale, turnMessages } from '../dialogs/turn-locale.ts';

/** An `adaptiveCard/action` invoke's value: the pressed button's data is in its action. */
const InvokeActionSchema = z.object({ action: z.object({ data: z.unknown() }) });

export type NoticeBotDeps = MainDialogDeps & {
  storage: Storage;
  logger: Logger;
  /** The input rails in their declared order (rail-order.ts); each verdict carries its own reply. */
  inputRails: readonly InputRail[];
  privacy: PrivacyActions;
  /** Reads a photo or PDF of the notice sent as an attachment; without it attachments are ignored. */
  documents?: Documents | undefined;
};

type Documents = {
  read(file: FileRef, channelId: string, credential?: FileCredential): Promise<AttachmentResult>;
};

/**
 * The bot: greets, runs the input rails, hands the turn to the conversation, and makes sure every
 * message it sends carries the reply trace and, where it gives guidance, the disclaimer.
 */
export class NoticeBot extends ActivityHandler {
  private readonly conversationState: ConversationState;
  /** The language the person chose in words; without one, the channel's language is the conversation's. */
  private readonly chosenLocale: StatePropertyAccessor<Locale | undefined>;
  private readonly runner: ConversationRunner;
  private readonly deps: NoticeBotDeps;
  /**
   * Conversations whose file is being read on this instance (one file at a time per conversation), with
   * the messages the person sent meanwhile: kept in memory only, and answered once the reading is told.
   */
  private readonly reading = new Map<string, Partial<Activity>[]>();

  constructor(deps: NoticeBotDeps) {
    super();
    this.deps = deps;
    this.conversationState = new ConversationState(deps.storage);
    this.chosenLocale = this.conversationState.createProperty<Locale | undefined>('locale');
    this.runner = new ConversationRunner(this.conversationState, deps, (error) =>
      // Where and which fields only: the values may be personal.
      deps.logger.warn({ where: error.where, fields: error.fields }, 'dialog state unreadable, started over'),
    );

    this.onMembersAdded(async (context, next) => {
      const { activity } = context;
      const joined = (activity.membersAdded ?? []).filter((m) => m.id !== activity.recipient.id);
      if (joined.length > 0 || isPersonalTeamsInstall(activity)) {
        await context.sendActivity(welcomeActivity(turnLocale(context)));
        await this.runner.begin(context);
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    // The turn a finished reading continues the conversation with (see readLater).
    this.onEvent(async (context, next) => {
      const result = context.turnState.get<AttachmentResult | undefined>(READ_RESULT);
      if (result) await this.tellReading(context, result);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    // The channel's language until the saved state says the person chose another; every word of the
    // turn is looked up in the language of the moment it is sent (a switch takes effect at once).
    setTurnLocale(context, supportedLocale(context.activity.locale));
    context.onSendActivities(async (_ctx, activities, next): Promise<ResourceResponse[]> => {
      for (const activity of activities)
        traceReply(activity, context.activity.channelId, turnLocale(context));
      return next();
    });
    // Saved only when the turn succeeds: a failed turn leaves the last good state in place. Replies go
    // out once the state is saved; a turn that raced another instance runs again (see runSavedTurn).
    const outcome = await runSavedTurn(context, {
      state: this.conversationState,
      storage: this.deps.storage,
      attempt: async () => {
        const chosen = await this.chosenLocale.get(context);
        if (isLocale(chosen)) setTurnLocale(context, chosen);
        await super.run(context);
      },
      conflictReply: () => ({
        ...MessageFactory.text(turnMessages(context).dialog.turnConflict),
        channelData: { guidance: guidance('error') },
      }),
    });
    if (outcome !== 'saved')
      this.deps.logger.info({ outcome }, 'turn crossed another turn of its conversation');
  }

  /**
   * A card button pressed in a client that hands over its data instead of its text (Universal Actions'
   * `adaptiveCard/action`): run as the message the button sends, and answered 200 in every case, with
   * the pending question again when the data is not one of this bot's buttons.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const invoked = InvokeActionSchema.safeParse(context.activity.value);
    const text = pressedButtonText(invoked.success ? invoked.data.action.data : undefined);
    const { activity } = context;
    // The conversation's prompts read messages only; the turn stays an invoke for its response.
    activity.type = ActivityTypes.Message;
    try {
      if (text) {
        activity.text = text;
        await this.handleMessage(context);
      } else {
        await this.runner.reprompt(context);
      }
    } finally {
      activity.type = ActivityTypes.Invoke;
    }
    // Universal Actions' message response: its value is the text shown, here what the button said.
    return {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text ?? '' },
    };
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const pressed = context.activity.text?.trim() ? undefined : pressedButtonText(context.activity.value);
    if (pressed) context.activity.text = pressed;
    const refused = refusedFile(context.activity.attachments);
    if (refused) {
      await this.tellReading(context, { ok: false, code: refused });
      return;
    }
    const held = this.reading.get(context.activity.conversation.id);
    const { documents } = this.deps;
    const file = documents && readableAttachment(context.activity.attachments);
    if (held && !file) {
      // Answered once the reading is told, so the answer follows the question the reading asks.
      held.push({ ...context.activity });
      await context.sendActivity(say(turnMessages(context).dialog.reading.heldUntilRead));
      return;
    }
    if (documents && file) {
      await this.readDocument(context, documents, file);
      return;
    }
    TurnContext.removeRecipientMention(context.activity);
    const checked = await runRails(this.deps.inputRails, {
      text: context.activity.text ?? '',
      locale: turnLocale(context),
    });
    if (checked.block && checked.blockedBy) {
      // Only the rail and its code are logged: a blocked text may not have been redacted yet.
      this.deps.logger.info(
        { rail: checked.blockedBy.rail, code: checked.blockedBy.code },
        'input rail blocked',
      );
      if (checked.block.scamSignals)
        await this.runner.rememberScamSignals(context, checked.block.scamSignals);
      await context.sendActivity(railReplyActivity(checked.block.reply, turnLocale(context)));
      await this.runner.reprompt(context);
      return;
    }
    if (checked.text !== context.activity.text) {
      // From here on, nothing sees what the rails removed: not the dialog, the state, the logs or a model.
      context.activity.text = checked.text;
      for (const verdict of Object.values(checked.verdicts)) {
        if (verdict.action === 'rewrite' && verdict.note)
          await context.sendActivity(railReplyActivity(verdict.note, turnLocale(context)));
      }
    }
    const asked = languageAsked(checked.text);
    if (asked) {
      await this.switchLanguage(context, asked);
      return;
    }
    if (parseCommand(checked.text) === 'delete-my-data') {
      await this.deleteMyData(context);
      return;
    }
    await this.runner.continue(context);
  }

  /**
   * Reads the notice from a photo or PDF and confirms what was read. Where the channel can send later,
   * the turn ends at once with "Reading your notice…" and the reading continues the conversation when it
   * is done (a read takes seconds); otherwise (SMS, a caller that wants every reply in the response) the
   * turn waits for it. Only which fields were read is logged.
   */
  private async readDocument(context: TurnContext, documents: Documents, file: FileRef): Promise<void> {
    const key = context.activity.conversation.id;
    // Taken from the turn now, for a read that may outlive it: the channel's credential for its files.
    const { channelId } = context.activity;
    const credential = fileCredential(context);
    const read = () => documents.read(file, channelId, credential);
    if (this.reading.has(key)) {
      await context.sendActivity(say(turnMessages(context).dialog.reading.oneAtATime));
      return;
    }
    if (canContinueLater(context)) {
      this.reading.set(key, []);
      await context.sendActivity(say(turnMessages(context).dialog.reading.reading));
      void this.readLater(context, read);
      return;
    }
    this.reading.set(key, []);
    try {
      await context.sendActivity({ type: 'typing' });
      await this.tellReading(context, await read());
    } finally {
      this.reading.delete(key);
    }
  }

  /**
   * Reads the file outside the turn that brought it, then continues the conversation with what was read,
   * then with each message the person sent meanwhile, in order. Only the reference, the channel's identity
   * and the file itself (in memory) outlive the turn.
   */
  private async readLater(context: TurnContext, read: () => Promise<AttachmentResult>): Promise<void> {
    const { adapter, activity } = context;
    const key = activity.conversation.id;
    const reference = TurnContext.getConversationReference(activity);
    const identity = context.turnState.get<ClaimsIdentity>(adapter.BotIdentityKey);
    const continueWith = (request: Partial<Activity>, state?: AttachmentResult) =>
      adapter.continueConversationAsync(identity, reference, async (later) => {
        Object.assign(later.activity, request);
        if (state) later.turnState.set(READ_RESULT, state);
        await this.run(later);
      });
    const logger = this.deps.logger;
    try {
      const result = await read().catch((error: unknown) => {
        logger.error({ err: error }, 'document reading failed');
        return { ok: false, code: 'unreadable' } as const;
      });
      await continueWith({ locale: activity.locale }, result);
    } catch (error) {
      logger.error({ err: error, channel: activity.channelId }, 'reading could not be told');
    }
    // From here on the person's messages are answered as they come; those that waited, in their order.
    const held = this.reading.get(key) ?? [];
    this.reading.delete(key);
    for (const message of held) {
      await continueWith(message).catch((error: unknown) => {
        logger.error({ err: error, channel: activity.channelId }, 'held message could not be answered');
      });
    }
  }

  /** What was read, to be confirmed; or why nothing was, and the pending question again (the typed path). */
  private async tellReading(context: TurnContext, result: AttachmentResult): Promise<void> {
    if (result.ok) {
      this.deps.logger.info(
        { fields: Object.keys(result.reading.confidence) },
        'notice read from a document',
      );
      await this.runner.beginWithReading(context, result.reading);
      return;
    }
    this.deps.logger.info({ code: result.code }, 'document not read');
    const words = turnMessages(context);
    const text =
      result.code === 'fetch_refused' || result.code === 'fetch_failed'
        ? words.dialog.reading.fetchRefused
        : words.dialog.reading.failed(words.readFailure[result.code]);
    await context.sendActivity(say(text));
    await this.runner.reprompt(context);
  }

  /** Speaks `locale` from now on, in this conversation; the pending question is asked again in it. */
  private async switchLanguage(context: TurnContext, locale: Locale): Promise<void> {
    await this.chosenLocale.set(context, locale);
    setTurnLocale(context, locale);
    await context.sendActivity(say(messages(locale).language.changed));
    await this.runner.restate(context);
  }

  /** Removes the conversation state, the case links and the intakes of this conversation, then confirms. */
  private async deleteMyData(context: TurnContext): Promise<void> {
    const memory = await this.runner.remembered(context);
    const intakes = await this.deps.privacy.deleteIntakes(memory.intakeIds);
    await this.deps.privacy.deleteCases(memory.caseTokens);
    await this.conversationState.delete(context);
    this.deps.logger.info(
      { intakes, cases: memory.caseTokens.length },
      'conversation data deleted on request',
    );
    await context.sendActivity({
      ...MessageFactory.text(turnMessages(context).dialog.deleted(intakes)),
      channelData: { guidance: guidance('prompt') },
    });
  }
}

/**
 * Teams tells the bot it was installed for one person by adding the bot alone to the personal chat (the
 * person is never listed as added): the moment for the welcome and disclaimer, before any question. Other
 * channels add the person, and the bot's own addition is not a second welcome there.
 */
function isPersonalTeamsInstall(activity: Activity): boolean {
  return (
    activity.channelId === 'msteams' &&
    activity.conversation.conversationType === 'personal' &&
    (activity.membersAdded ?? []).some((m) => m.id === activity.recipient.id)
  );
}

/** Where the turn that tells a reading finds it: in memory, never in the conversation state. */
const READ_RESULT = Symbol('read result');

/**
 * Whether the bot may answer this conversation after the turn has ended: its adapter implements
 * continuing a conversation (Bot Framework's connector, the local Direct Line's queue), and the caller
 * did not ask for every reply in the response (`expectReplies`).
 */
function canContinueLater(context: TurnContext): boolean {
  return (
    context.adapter.continueConversationAsync !== BotAdapter.prototype.continueConversationAsync &&
    context.activity.deliveryMode !== 'expectReplies'
  );
}

/** What a rail tells the person, as a message: its own words, or its vetted passages with their sources. */
function railReplyActivity(reply: RailReply, locale: Locale): Partial<Activity> {
  if (reply.route === 'scam-warning') return scamWarningMessage(locale, reply.passageIds);
  return { ...MessageFactory.text(reply.text), channelData: { guidance: guidance(reply.route) } };
}
