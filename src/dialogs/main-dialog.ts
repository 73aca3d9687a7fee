import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogState,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { IsoDate } from '../knowledge/facts-schema.ts';
import { lookupNotice } from '../knowledge/notices/notice-code.ts';
import { copy } from './copy.ts';
import { guidance } from './guidance.ts';
import { parseCommand } from './parsing/parse-command.ts';
import {
  looksLikeQuestion,
  TRIAGE_DIALOG,
  TriageDialog,
  type QuestionAnswerer,
  type TriageAnswers,
} from './triage-dialog.ts';

export const MAIN_DIALOG = 'main';
const MAIN_STEPS = 'main-steps';

export type MainDialogDeps = { today: () => IsoDate; answerer: QuestionAnswerer };

const say = (text: string) => ({
  ...MessageFactory.text(text),
  channelData: { guidance: guidance('prompt') },
});

/**
 * The root of the conversation: runs the triage and owns the commands that leave it (restart, cancel,
 * talk to a person). Later stages (the consultation intake) hang off this dialog.
 */
export class MainDialog extends ComponentDialog {
  constructor(deps: MainDialogDeps) {
    super(MAIN_DIALOG);
    this.addDialog(new TriageDialog(deps));
    this.addDialog(
      new WaterfallDialog(MAIN_STEPS, [
        (step: WaterfallStepContext) => step.beginDialog(TRIAGE_DIALOG, step.options),
        (step: WaterfallStepContext) => step.endDialog(step.result),
      ]),
    );
    this.initialDialogId = MAIN_STEPS;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const command = parseCommand(innerDc.context.activity.text ?? '');
    if (command === 'restart') {
      await innerDc.context.sendActivity(say(copy.restarting));
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(MAIN_STEPS, { answers: {} });
    }
    if (command === 'cancel') {
      await innerDc.context.sendActivity(say(copy.cancelled));
      await innerDc.cancelAllDialogs();
      return { status: DialogTurnStatus.complete };
    }
    if (command === 'human') {
      await innerDc.context.sendActivity(say(copy.human));
      return innerDc.repromptDialog().then(() => ({ status: DialogTurnStatus.waiting }));
    }
    return super.onContinueDialog(innerDc);
  }
}

/** Runs one turn of the conversation over the dialog state, starting the triage when none is active. */
export class ConversationRunner {
  private readonly dialogs: DialogSet;
  private readonly answerer: QuestionAnswerer;

  constructor(dialogState: StatePropertyAccessor<DialogState>, deps: MainDialogDeps) {
    this.dialogs = new DialogSet(dialogState);
    this.dialogs.add(new MainDialog(deps));
    this.answerer = deps.answerer;
  }

  /** Starts a conversation: the first question, after the welcome. */
  async begin(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    await dc.cancelAllDialogs();
    await dc.beginDialog(MAIN_DIALOG, { answers: {} });
  }

  /** Asks the pending question again (after a message the rails stopped); nothing when no dialog runs. */
  async reprompt(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog) await dc.repromptDialog();
  }

  async continue(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog) {
      await dc.continueDialog();
      return;
    }
    const text = context.activity.text ?? '';
    const command = parseCommand(text);
    if (command === 'help') {
      await context.sendActivity(say(copy.help));
      return;
    }
    if (command === 'human') {
      await context.sendActivity(say(copy.human));
      return;
    }
    const notice = lookupNotice(text);
    if (!notice.ok && looksLikeQuestion(text)) {
      await this.answerer.answer(context, text);
      return;
    }
    const answers: TriageAnswers = notice.ok ? { noticeCode: notice.notice.code } : {};
    await dc.beginDialog(MAIN_DIALOG, { answers });
  }
}
