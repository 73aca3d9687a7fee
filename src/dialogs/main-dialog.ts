import type { Activity, ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogContextError,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogState,
  type DialogTurnResult,
  type PromptOptions,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { z } from 'zod';
import type { TriageResult } from '../knowledge/triage.ts';
import type { ScamSignal } from '../knowledge/warnings/warnings.ts';
import { ask, questionIn } from './asking-dialog.ts';
import { say } from './guidance.ts';
import {
  INTAKE_DIALOG,
  IntakeDialog,
  IntakeDialogResultSchema,
  type IntakeDialogOptions,
  type IntakeService,
} from './intake-dialog.ts';
import { parseCommand } from './parsing/parse-command.ts';
import { parseYesNo } from './parsing/parse-yes-no.ts';
import { ParsedPrompt, type ParseOutcome } from './prompts/parsed-prompt.ts';
import { answersFromReading, confidentDeadlines, unsureFields } from './reading-answers.ts';
import { CONFIDENT, NoticeReadingSchema, type NoticeReading } from '../reading/notice-reading.ts';
import { askAgainWith, outcomeSchema, readDialogValue, UnreadableDialogState } from './dialog-state.ts';
import { TRIAGE_DIALOG, TriageDialog, type TriageDialogDeps } from './triage-dialog.ts';
import {
  TriageAnswersSchema,
  TriageDialogResultSchema,
  type TriageAnswers,
  type TriageOptions,
} from './triage-state.ts';
import { filledSlots, readFacts, type Slot } from './parsing/read-facts.ts';
import { conventionsOf, type Conventions } from './parsing/conventions.ts';
import { turnLocale, turnMessages } from './turn-locale.ts';
import { languageAsked } from './language-switch.ts';

export const MAIN_DIALOG = 'main';
const MAIN_STEPS = 'main-steps';
const CONFIRM_READING = 'confirm-reading';

/** The last result and what a person may later ask to delete; kept in conversation state. */
export type ConversationMemory = {
  lastCase?: { triage: TriageResult; answers: TriageAnswers };
  intakeIds: string[];
  caseTokens: string[];
  /** Scam signals the person reported in this conversation; they travel with the intake. */
  scamFlags?: ScamSignal[];
};

/** Shows a result: its messages, and the case token behind its download links (remembered for deletion). */
export type ResultPresenter = {
  present(
    context: TurnContext,
    result: TriageResult,
  ): Promise<{ messages: Partial<Activity>[]; caseToken?: string }>;
};

export type MainDialogDeps = TriageDialogDeps & { intake: IntakeService; presenter: ResultPresenter };

/**
 * `intake: true` skips to the consultation for the remembered case; `reading` (what was read from a photo
 * or PDF of the notice) is confirmed with the person first and then answers what it read with confidence;
 * `message` (a first typed message) is read for every fact it carries.
 */
const MainOptionsSchema = z.strictObject({
  answers: TriageAnswersSchema.optional(),
  intake: z.boolean().optional(),
  reading: NoticeReadingSchema.optional(),
  message: z.string().optional(),
});
type MainOptions = z.infer<typeof MainOptionsSchema>;
/** The main steps as a question inside them leaves them on the stack (botbuilder keeps their options). */
const HeldMainStepsSchema = z.object({ options: MainOptionsSchema });

/** What the person said to a reading: whether it is right, or a message fixing what it read. */
const ReadingAnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('confirmed'), right: z.boolean() }),
  z.strictObject({ kind: z.literal('fix'), text: z.string() }),
]);
type ReadingAnswer = z.infer<typeof ReadingAnswerSchema>;

/** The main steps' options, kept in state from the first step to the last. */
function mainOptions(step: WaterfallStepContext): MainOptions {
  return readDialogValue(MainOptionsSchema, step.options ?? {}, 'the main options');
}

/** The fields a reading fills that a message can fix. */
const FIXABLE_SLOTS: ReadonlySet<Slot> = new Set(['noticeCode', 'noticeDate', 'amountDue', 'taxYear']);

/**
 * The root of the conversation: the triage, its result, then the consultation offer. It owns the commands
 * that leave a step (restart, cancel, talk to a person).
 */
class MainDialog extends ComponentDialog {
  private readonly memory: StatePropertyAccessor<ConversationMemory>;
  private readonly presenter: ResultPresenter;
  private readonly today: MainDialogDeps['today'];

  constructor(deps: MainDialogDeps, memory: StatePropertyAccessor<ConversationMemory>) {
    super(MAIN_DIALOG);
    this.memory = memory;
    this.presenter = deps.presenter;
    this.today = deps.today;
    this.addDialog(
      new ParsedPrompt(
        CONFIRM_READING,
        (text, _validations, conventions) => this.readReadingAnswer(text, conventions),
        (_failure, words) => words.reading.confirmHint,
      ),
    );
    this.addDialog(new TriageDialog(deps));
    this.addDialog(
      new IntakeDialog({
        answerer: deps.answerer,
        intake: deps.intake,
        lookupCase: async (context) => {
          const { lastCase, scamFlags } = await remembered(memory, context);
          return lastCase && { ...lastCase, scamFlags: scamFlags ?? [] };
        },
      }),
    );
    this.addDialog(
      new WaterfallDialog(MAIN_STEPS, [
        this.confirmReading.bind(this),
        this.triage.bind(this),
        this.afterTriage.bind(this),
        this.end.bind(this),
      ]),
    );
    this.initialDialogId = MAIN_STEPS;
  }

  private async confirmReading(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { reading } = mainOptions(step);
    if (!reading) return step.next();
    return step.prompt(CONFIRM_READING, this.readingQuestion(step.context, reading));
  }

  /** "I read a CP14 dated …: is that right?", in the conversation's language. */
  private readingQuestion(context: TurnContext, reading: NoticeReading): PromptOptions {
    const words = turnMessages(context).dialog;
    const answers = answersFromReading(reading, this.today());
    const deadlines = confidentDeadlines(reading);
    // The pay-by date is said with the amount it goes with; without the amount it stands on its own line.
    const payBy =
      answers.amountDue === undefined ? undefined : deadlines.find((d) => d.id === 'pay-interest-free');
    const summary = words.reading.confirm({
      ...answers,
      taxYear:
        reading.taxYear !== undefined && (reading.confidence.taxYear ?? 0) >= CONFIDENT
          ? reading.taxYear
          : undefined,
      payBy: payBy?.date,
      otherDeadlines: deadlines.filter((d) => d !== payBy),
      unsure: unsureFields(reading, answers),
    });
    return { prompt: ask(summary, words.yesNoChoices) };
  }

  /**
   * The answer to "is that right?": a fix to a field it read ("the date is actually November 20", "it's a
   * CP504 not CP503"), which keeps the rest, or else yes or no.
   */
  private readReadingAnswer(text: string, conventions: Conventions): ParseOutcome<ReadingAnswer> {
    const { facts, problems } = readFacts(text, { today: this.today(), conventions });
    const fixes = filledSlots(facts).some((slot) => FIXABLE_SLOTS.has(slot));
    if (fixes || facts.printed || problems.length > 0) return { ok: true, value: { kind: 'fix', text } };
    const yesNo = parseYesNo(text);
    return yesNo.ok ? { ok: true, value: { kind: 'confirmed', right: yesNo.value } } : yesNo;
  }

  private async triage(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = mainOptions(step);
    if (options.intake)
      return step.beginDialog(INTAKE_DIALOG, { offer: false } satisfies IntakeDialogOptions);
    if (options.reading) {
      const answer = readDialogValue(
        outcomeSchema(ReadingAnswerSchema),
        step.result,
        'the answer to the reading',
      );
      const read = { ...answersFromReading(options.reading, this.today()), readFromDocument: true };
      // A fix is taken as a typed message is: the triage says what changed and confirms before the result.
      if (answer.ok && answer.value.kind === 'fix')
        return step.beginDialog(TRIAGE_DIALOG, {
          answers: read,
          message: answer.value.text,
        } satisfies TriageOptions);
      if (answer.ok && answer.value.kind === 'confirmed' && answer.value.right)
        return step.beginDialog(TRIAGE_DIALOG, { answers: read } satisfies TriageOptions);
      await step.context.sendActivity(say(turnMessages(step.context).dialog.reading.rejected));
    }
    return step.beginDialog(TRIAGE_DIALOG, {
      answers: options.answers ?? {},
      message: options.message,
    } satisfies TriageOptions);
  }

  private async afterTriage(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = readDialogValue(TriageDialogResultSchema.optional(), step.result, 'the triage result');
    if (result?.kind !== 'result') return step.endDialog();
    const shown = await this.presenter.present(step.context, result.result);
    const memory = await remembered(this.memory, step.context);
    memory.lastCase = { triage: result.result, answers: result.answers };
    if (shown.caseToken) memory.caseTokens.push(shown.caseToken);
    await step.context.sendActivities(shown.messages);
    return step.beginDialog(INTAKE_DIALOG, { offer: true } satisfies IntakeDialogOptions);
  }

  private async end(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intake = readDialogValue(IntakeDialogResultSchema.optional(), step.result, 'the intake result');
    if (intake?.intakeId) (await remembered(this.memory, step.context)).intakeIds.push(intake.intakeId);
    return step.endDialog();
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const text = innerDc.context.activity.text ?? '';
    const confirming = innerDc.activeDialog;
    if (languageAsked(text) && confirming?.id === CONFIRM_READING) {
      // Asked again in the language just chosen: the question is built again from what was read.
      const steps: unknown = innerDc.stack.find((i) => i.id === MAIN_STEPS)?.state;
      const { reading } = readDialogValue(HeldMainStepsSchema, steps, 'the main steps held').options;
      if (reading) askAgainWith(confirming, this.readingQuestion(innerDc.context, reading));
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    const command = parseCommand(text);
    const words = turnMessages(innerDc.context).dialog;
    if (command === 'restart') {
      await innerDc.context.sendActivity(say(words.restarting));
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(MAIN_STEPS, {} satisfies MainOptions);
    }
    if (command === 'cancel') {
      await innerDc.context.sendActivity(say(words.cancelled));
      await innerDc.cancelAllDialogs();
      return { status: DialogTurnStatus.complete };
    }
    if (command === 'human') {
      const lastCase = (await remembered(this.memory, innerDc.context)).lastCase;
      if (lastCase && innerDc.activeDialog?.id !== INTAKE_DIALOG) {
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(MAIN_STEPS, { intake: true } satisfies MainOptions);
      }
      await innerDc.context.sendActivity(
        say(lastCase ? words.human : `${words.human}\n\n${words.intake.needsNotice}`),
      );
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    return super.onContinueDialog(innerDc);
  }
}

async function remembered(
  accessor: StatePropertyAccessor<ConversationMemory>,
  context: TurnContext,
): Promise<ConversationMemory> {
  return accessor.get(context, { intakeIds: [], caseTokens: [] });
}

/** The UnreadableDialogState behind an error, through the DialogContextErrors botbuilder wraps it in. */
function unreadableIn(error: unknown): UnreadableDialogState | undefined {
  if (error instanceof UnreadableDialogState) return error;
  return error instanceof DialogContextError ? unreadableIn(error.error) : undefined;
}

/** Told when saved dialog state no longer fits its schema and the conversation starts over. */
type UnreadableStateListener = (error: UnreadableDialogState) => void;

/** Runs one turn of the conversation over the dialog state, starting the triage when none is active. */
export class ConversationRunner {
  private readonly dialogs: DialogSet;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly answerer: MainDialogDeps['answerer'];
  private readonly today: MainDialogDeps['today'];
  private readonly onUnreadable: UnreadableStateListener;
  readonly memory: StatePropertyAccessor<ConversationMemory>;

  constructor(
    conversationState: ConversationState,
    deps: MainDialogDeps,
    onUnreadable: UnreadableStateListener,
  ) {
    this.memory = conversationState.createProperty<ConversationMemory>('memory');
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(new MainDialog(deps, this.memory));
    this.answerer = deps.answerer;
    this.today = deps.today;
    this.onUnreadable = onUnreadable;
  }

  /** Starts a conversation: the first question, after the welcome. */
  async begin(context: TurnContext): Promise<void> {
    await this.guarded(context, async (dc) => {
      await dc.cancelAllDialogs();
      await dc.beginDialog(MAIN_DIALOG, {} satisfies MainOptions);
    });
  }

  /** Starts over from what was read off a photo or PDF of the notice: it is confirmed first. */
  async beginWithReading(context: TurnContext, reading: NoticeReading): Promise<void> {
    await this.guarded(context, async (dc) => {
      await dc.cancelAllDialogs();
      await dc.beginDialog(MAIN_DIALOG, { reading } satisfies MainOptions);
    });
  }

  /** Asks the pending question again (after a message the rails stopped); nothing when no dialog runs. */
  async reprompt(context: TurnContext): Promise<void> {
    await this.guarded(context, async (dc) => {
      if (dc.activeDialog) await dc.repromptDialog();
    });
  }

  /**
   * Asks the pending question again after the person switched language, every answer kept (the message
   * that asked for the language goes to the dialogs, which know it is not an answer).
   */
  async restate(context: TurnContext): Promise<void> {
    await this.guarded(context, async (dc) => {
      if (dc.activeDialog) await dc.continueDialog();
    });
  }

  /** Keeps the scam signals a person reported, so a consultation request carries them. */
  async rememberScamSignals(context: TurnContext, signals: readonly ScamSignal[]): Promise<void> {
    const memory = await remembered(this.memory, context);
    memory.scamFlags = [...new Set([...(memory.scamFlags ?? []), ...signals])];
  }

  /** What this conversation remembers (for "delete my data"). */
  async remembered(context: TurnContext): Promise<ConversationMemory> {
    return remembered(this.memory, context);
  }

  async continue(context: TurnContext): Promise<void> {
    await this.guarded(context, (dc) => this.continueWith(dc));
  }

  /**
   * Runs the dialogs' part of a turn. Saved dialog state that does not fit its schema (an older release's,
   * or altered in storage) is dropped: the person is told, and the conversation starts from the first
   * question, instead of a guess at what the state meant or a failed turn on every message after.
   */
  private async guarded(context: TurnContext, work: (dc: DialogContext) => Promise<void>): Promise<void> {
    try {
      await work(await this.dialogs.createContext(context));
    } catch (error) {
      const unreadable = unreadableIn(error);
      if (!unreadable) throw error;
      this.onUnreadable(unreadable);
      await this.dialogState.delete(context);
      await context.sendActivity(say(turnMessages(context).dialog.lostTrack));
      const dc = await this.dialogs.createContext(context);
      await dc.beginDialog(MAIN_DIALOG, {} satisfies MainOptions);
    }
  }

  private async continueWith(dc: DialogContext): Promise<void> {
    const { context } = dc;
    if (dc.activeDialog) {
      await dc.continueDialog();
      return;
    }
    const text = context.activity.text ?? '';
    const command = parseCommand(text);
    const words = turnMessages(context).dialog;
    if (command === 'help') {
      await context.sendActivity(say(words.help));
      return;
    }
    if (command === 'human') {
      const { lastCase } = await remembered(this.memory, context);
      if (lastCase) {
        await dc.beginDialog(MAIN_DIALOG, { intake: true } satisfies MainOptions);
        return;
      }
      await context.sendActivity(say(`${words.human}\n\n${words.intake.needsNotice}`));
      await dc.beginDialog(MAIN_DIALOG, {} satisfies MainOptions);
      return;
    }
    // A first message is answered where it asks, and read for every fact it carries (by the triage; here
    // only a question is read, to know whether it told anything besides).
    const question = questionIn(text);
    if (question !== undefined) {
      await this.answerer.answer(context, question);
      const conventions = conventionsOf(turnLocale(context));
      const { facts } = readFacts(text, { today: this.today(), conventions, asked: 'noticeCode' });
      if (filledSlots(facts).length === 0) return;
    }
    await dc.beginDialog(MAIN_DIALOG, { message: text } satisfies MainOptions);
  }
}
