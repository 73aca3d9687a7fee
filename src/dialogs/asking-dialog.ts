import { ActionTypes, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { copy } from './copy.ts';
import { guidance } from './guidance.ts';
import { parseCommand, type Command } from './parsing/parse-command.ts';

/** Answers from vetted passages: a question typed where an answer was expected, or a letter we can't identify. */
export type QuestionAnswerer = {
  answer(context: TurnContext, question: string): Promise<void>;
  /** The verification steps and the scam screen, when no notice can be identified. */
  unknownNotice(context: TurnContext): Promise<void>;
};

const QUESTION_START =
  /^(what|what's|whats|how|why|when|where|who|which|can|could|should|would|will|is|are|am|do|does|did|if|explain|tell me)\b/i;

/** A message that reads as a question rather than an answer. */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.endsWith('?') || QUESTION_START.test(trimmed);
}

/** A question to the person, with its choices as buttons (numbered replies on SMS). */
export function ask(text: string, buttons?: readonly string[]): Partial<Activity> {
  const message = say(text);
  if (!buttons) return message;
  const actions = buttons.map((title) => ({ type: ActionTypes.ImBack, title, value: title }));
  return { ...message, suggestedActions: { to: [], actions } };
}

/** A plain conversational message (no guidance, no disclaimer). */
export function say(text: string): Partial<Activity> {
  return { ...MessageFactory.text(text), channelData: { guidance: guidance('prompt') } };
}

/** A prompt that can tell an answer from anything else (see ParsedPrompt). */
export type AnswerPrompt = Dialog & { accepts(text: string): boolean };

/**
 * A dialog of questions. Help and typed questions interrupt any of its prompts; the prompt is then asked
 * again, so nothing typed is lost. Subclasses add their own commands through `interrupt`.
 */
export abstract class AskingDialog extends ComponentDialog {
  protected readonly answerer: QuestionAnswerer;
  private readonly parsedPrompts = new Map<string, AnswerPrompt>();

  protected constructor(dialogId: string, answerer: QuestionAnswerer) {
    super(dialogId);
    this.answerer = answerer;
  }

  protected addPrompt(prompt: AnswerPrompt): void {
    this.parsedPrompts.set(prompt.id, prompt);
    this.addDialog(prompt);
  }

  /** A subclass's own commands; undefined lets the turn go on. */
  protected interrupt(
    _innerDc: DialogContext,
    _command: Command | undefined,
  ): Promise<DialogTurnResult | undefined> {
    return Promise.resolve(undefined);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const text = innerDc.context.activity.text ?? '';
    const command = parseCommand(text);
    const handled = await this.interrupt(innerDc, command);
    if (handled) return handled;
    if (command === 'help') {
      await innerDc.context.sendActivity(say(copy.help));
      return this.reprompt(innerDc);
    }
    const prompt = this.parsedPrompts.get(innerDc.activeDialog?.id ?? '');
    if (prompt && !prompt.accepts(text) && looksLikeQuestion(text)) {
      await this.answerer.answer(innerDc.context, text);
      return this.reprompt(innerDc);
    }
    return super.onContinueDialog(innerDc);
  }

  protected async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }
}
