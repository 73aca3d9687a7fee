import { ActionTypes, type Activity, type TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { say } from './guidance.ts';
import { parseCommand, type Command } from './parsing/parse-command.ts';
import { conventionsOf, foldText, type Conventions } from './parsing/conventions.ts';
import { turnLocale, turnMessages } from './turn-locale.ts';
import { languageAsked } from './language-switch.ts';

/** Answers from vetted passages: a question typed where an answer was expected, or a letter we can't identify. */
export type QuestionAnswerer = {
  answer(context: TurnContext, question: string): Promise<void>;
  /** The verification steps and the scam screen, when no notice can be identified. */
  unknownNotice(context: TurnContext): Promise<void>;
};

const QUESTION_START =
  /^(what|what's|whats|how|why|when|where|who|which|can|could|should|would|will|is|are|am|do|does|did|if|explain|tell me)\b/i;

/**
 * A question inside an unpunctuated message ("i got a cp14 what does it mean i cant pay it all"): a
 * question word with its verb ("what does", "how much", "what's"), or a verb before I/we/they ("can i",
 * "should we", "will they"). Words that also start statements ("is", "if", "when") are not enough here.
 */
const QUESTION_INSIDE =
  /\b(?:(?:what|how|why|where|who)\s+(?:do|does|did|is|are|was|can|could|should|would|will|happens?|much|long|many|soon)|what'?s|how'?s|why'?s)\b|\b(?:can|could|should|would|will|do|does|did|am|are)\s+(?:i|we|they|the irs)\s+[a-z]/i;

/*
 * The same in Spanish, read on folded text ("qué" as "que", "cuánto" as "cuanto"): a message that opens
 * with a question word or with "puedo", "me pueden", "quiero"; or, inside, a question word with its verb
 * ("qué hago", "cuánto cuesta") or a modal before a verb ("puedo pagar", "me van a embargar"), unless it is
 * denied ("no puedo pagarlo todo" states what the agreement question asks, as "I can't pay it all" does).
 * "Es" and "hay" open statements as often as questions, so they count only with "?" or "¿".
 */
const SPANISH_QUESTION_START =
  /^(?:que|como|cuanto|cuanta|cuantos|cuantas|cuando|donde|por que|quien|quienes|cual|cuales|puedo|podemos|podria|pueden|puede|se puede|debo|tengo que|me (?:la |lo |las |los )?(?:pueden|puede|podrian|van a|va a)|quiero|quisiera|necesito)\b/;
const SPANISH_QUESTION_INSIDE =
  /\b(?:que|como|cuanto|cuando|donde|quien|cual)\s+(?:hago|hacer|puedo|debo|pasa|pasara|es|son|significa|tengo|tiempo|cuesta)\b|(?<!\bno )\b(?:puedo|puede|pueden|podria|debo|tengo que|me van a|me va a)\s+[a-z]/;

/**
 * Statements that are questions: "I lost my job and can't pay anything" asks for the hardship options,
 * "they say I owe for 2023 but I paid it" asks what to do when you already paid. Without a question of
 * its own, the statement is asked as it was written.
 */
const STATEMENT_QUESTIONS: readonly (readonly [RegExp, string | undefined])[] = [
  [
    /\b(?:can'?t|cannot|can not|unable to)\s+pay\s+(?:anything|any of it|at all|a (?:dime|cent|penny))|\blost my job\b|\bno (?:income|money) (?:at all|coming in)\b/i,
    'I cannot pay anything right now',
  ],
  [
    /\b(?:i|we)\s+(?:already\s+)?paid\s+(?:it|that|this|them|the (?:balance|bill|amount))\b|\balready paid\b/i,
    'what if I already paid',
  ],
  // A form on the notice that is not the person's asks how to dispute it; the message itself finds that.
  // ("that income is not mine" alone answers the agreement question, and the result covers disputing.)
  [
    /\b(?:1099|w-?2)(?:-[a-z]+)?s?\b[^.?!]{0,30}\b(?:is(?:n['’]?t| not)|was(?:n['’]?t| not)|are(?:n['’]?t| not)|not) mine\b|\bnever (?:got|received|earned|had|made)\b[^.?!]{0,30}\b(?:1099|w-?2)\b/i,
    undefined,
  ],
  // The same statements in Spanish (folded), asked as written: retrieval reads them in Spanish.
  [
    /\bno (?:puedo|podemos) pagar (?:nada|ni un (?:centavo|peso|dolar))\b|\bperdi (?:mi|el) (?:trabajo|empleo)\b|\bno tengo (?:ingresos|dinero)\b/,
    undefined,
  ],
  [/\bya (?:lo |la )?(?:pague|pagamos|hice el pago)\b/, undefined],
  [
    /\b(?:1099|w-?2)(?:-[a-z]+)?s?\b[^.?!]{0,30}\bno (?:es|son|era) (?:mio|mios|mia)\b|\bnunca (?:recibi|gane|tuve)\b[^.?!]{0,30}\b(?:1099|w-?2)\b/,
    undefined,
  ],
];

/** The question a message asks, if any: the message itself, or the question its statement stands for. */
export function questionIn(text: string): string | undefined {
  const trimmed = text.trim();
  const opens = (clause: string) =>
    QUESTION_START.test(clause) || SPANISH_QUESTION_START.test(foldText(clause).replace(/^¿\s*/, ''));
  if (trimmed.endsWith('?') || trimmed.startsWith('¿') || opens(trimmed)) return trimmed;
  // A story with the question at the end, unpunctuated: "i never filed 2021, what do i do".
  const lastClause = trimmed.split(/[,;.!]\s*/).at(-1) ?? '';
  if (lastClause !== trimmed && opens(lastClause)) return trimmed;
  if (QUESTION_INSIDE.test(trimmed) || SPANISH_QUESTION_INSIDE.test(foldText(trimmed))) return trimmed;
  return statementQuestion(trimmed);
}

function statementQuestion(text: string): string | undefined {
  const folded = foldText(text);
  const found = STATEMENT_QUESTIONS.find(([pattern]) => pattern.test(folded));
  return found && (found[1] ?? text);
}

/** A question to the person, with its choices as buttons (numbered replies on SMS). */
export function ask(text: string, buttons?: readonly string[]): Partial<Activity> {
  const message = say(text);
  if (!buttons) return message;
  const actions = buttons.map((title) => ({ type: ActionTypes.ImBack, title, value: title }));
  return { ...message, suggestedActions: { to: [], actions } };
}

/** A prompt that can tell an answer from anything else (see ParsedPrompt). */
export type AnswerPrompt = Dialog & { accepts(text: string, conventions: Conventions): boolean };

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
    if (languageAsked(text)) return this.restate(innerDc);
    const command = parseCommand(text);
    const handled = await this.interrupt(innerDc, command);
    if (handled) return handled;
    if (command === 'help') {
      await innerDc.context.sendActivity(say(turnMessages(innerDc.context).dialog.help));
      return this.reprompt(innerDc);
    }
    const prompt = this.parsedPrompts.get(innerDc.activeDialog?.id ?? '');
    const question = prompt ? questionIn(text) : undefined;
    if (prompt && question !== undefined) {
      // A question is answered where it is asked; when the same message also answers, both are taken.
      await this.answerer.answer(innerDc.context, question);
      if (!prompt.accepts(text, conventionsOf(turnLocale(innerDc.context)))) {
        return this.asksAgainAfterAnswer(prompt.id) ? this.reprompt(innerDc) : Dialog.EndOfTurn;
      }
    }
    return super.onContinueDialog(innerDc);
  }

  /**
   * Whether the prompt is asked again under the answer to a question typed while it waits (it still
   * waits either way): yes for a question the conversation needs answered to go on.
   */
  protected asksAgainAfterAnswer(_promptId: string): boolean {
    return true;
  }

  /** Asks the pending question again in the conversation's new language, keeping what was answered. */
  protected restate(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.reprompt(innerDc);
  }

  protected async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }
}
