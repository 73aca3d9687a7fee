import { MessageFactory, type TurnContext } from 'botbuilder';
import type { z } from 'zod';
import {
  Prompt,
  type PromptOptions,
  type PromptRecognizerResult,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import type { Messages } from '../../catalog/catalog.ts';
import { conventionsOf, type Conventions } from '../parsing/conventions.ts';
import { readDialogValue } from '../dialog-state.ts';
import { turnLocale, turnMessages } from '../turn-locale.ts';

/** A parser's verdict on one answer: the value, or a fixed failure code the hint table explains. */
export type ParseFailure = { ok: false; code: string; detail?: string[] };
export type ParseOutcome<T> = { ok: true; value: T } | ParseFailure;

/** Three failed answers to one question end the prompt so the dialog can offer a person instead. */
export const MAX_ATTEMPTS = 3;

/** The hint for a failed answer, in the words of the conversation's language. */
type Hint = (failure: ParseFailure, words: Messages['dialog']) => string;
/**
 * Parses an answer; `validations` are the prompt options' own (e.g. how many items a list has), read
 * through the prompt's schema (undefined when the prompt has none, or when the dialog only asks whether
 * a text answers, see `accepts`), and `conventions` those of the conversation's language (how it writes
 * 3/2/2026 or 1200,50).
 */
type Parser<T, V> = (text: string, validations: V | undefined, conventions: Conventions) => ParseOutcome<T>;

/**
 * A prompt that runs a pure parser on the answer. A failed answer is re-asked with a hint specific to
 * why it failed; the third failure ends the prompt with the failure, so no fourth re-prompt is sent.
 */
export class ParsedPrompt<T, V = undefined> extends Prompt<ParseOutcome<T>> {
  private readonly parse: Parser<T, V>;
  /** The schema of the validations the dialog passes with the question; kept in state between turns. */
  private readonly validations: z.ZodType<V> | undefined;
  /**
   * Each turn's answer, read once: botbuilder recognizes an answer twice a turn (as the event bubbles,
   * then to continue), and the dialog takes the value from here, typed, instead of casting `step.result`.
   */
  private readonly answers = new WeakMap<TurnContext, ParseOutcome<T>>();

  constructor(dialogId: string, parse: Parser<T, V>, hint: Hint, validations?: z.ZodType<V>) {
    super(dialogId, (context: PromptValidatorContext<ParseOutcome<T>>) => validate(context, hint));
    this.parse = parse;
    this.validations = validations;
  }

  /** The parser, so the dialog can tell an answer from a question before the prompt sees it. */
  accepts(text: string, conventions: Conventions): boolean {
    return this.parse(text, undefined, conventions).ok;
  }

  /** What this turn's answer was read as, or undefined when the prompt read none in this turn. */
  recognized(context: TurnContext): ParseOutcome<T> | undefined {
    return this.answers.get(context);
  }

  protected async onPrompt(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const prompt = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (prompt) await context.sendActivity(prompt);
  }

  protected onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<ParseOutcome<T>>> {
    const { activity } = context;
    if (activity.type !== 'message') return Promise.resolve({ succeeded: false });
    const value =
      this.answers.get(context) ??
      this.parse(activity.text ?? '', this.validationsOf(options), conventionsOf(turnLocale(context)));
    this.answers.set(context, value);
    return Promise.resolve({ succeeded: true, value });
  }

  private validationsOf(options: PromptOptions): V | undefined {
    if (!this.validations) return undefined;
    return readDialogValue(this.validations, options.validations, `the ${this.id} prompt's validations`);
  }
}

function validate<T>(context: PromptValidatorContext<ParseOutcome<T>>, hint: Hint): Promise<boolean> {
  const outcome = context.recognized.value;
  if (!outcome) return Promise.resolve(false);
  if (outcome.ok || context.attemptCount >= MAX_ATTEMPTS) return Promise.resolve(true);
  const text = hint(outcome, turnMessages(context.context).dialog);
  // Keep the choices of the original question on the hint, so buttons stay under the re-asked question.
  const { prompt } = context.options;
  const suggested = typeof prompt === 'object' ? prompt.suggestedActions : undefined;
  context.options.retryPrompt = {
    ...MessageFactory.text(text),
    ...(suggested ? { suggestedActions: suggested } : {}),
  };
  return Promise.resolve(false);
}
