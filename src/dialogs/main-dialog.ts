import type { Activity, ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogState,
  type DialogTurnResult,
  type PromptOptions,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { TriageResult } from '../knowledge/triage.ts';
import type { ScamSignal } from '../knowledge/warnings/warnings.ts';
import { ask, questionIn } from './asking-dialog.ts';
import { say } from './guidance.ts';
import {
  INTAKE_DIALOG,
  IntakeDialog,
  type IntakeDialogOptions,
  type IntakeDialogResult,
  type IntakeService,
} from './intake-dialog.ts';
import { parseCommand } from './parsing/parse-command.ts';
import { parseYesNo } from './parsing/parse-yes-no.ts';
import { ParsedPrompt, toOutcome, type ParseOutcome } from './prompts/parsed-prompt.ts';
import { answersFromReading, confidentDeadlines, unsureFields } from './reading-answers.ts';
import { CONFIDENT, type NoticeReading } from '../reading/notice-reading.ts';
import {
  TRIAGE_DIALOG,
  TriageDialog,
  type TriageAnswers,
  type TriageDialogDeps,
  type TriageDialogResult,
  type TriageOptions,
} from './triage-dialog.ts';
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
type MainOptions = { answers?: TriageAnswers; intake?: boolean; reading?: NoticeReading; message?: string };

/** What the person said to a reading: whether it is right, or a message fixing what it read. */
type ReadingAnswer = { kind: 'confirmed'; right: boolean } | { kind: 'fix'; text: string };
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
    const { reading } = (step.options ?? {}) as MainOptions;
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
    return toOutcome(parseYesNo(text), (r) => ({ kind: 'confirmed', right: r.value }));
  }

  private async triage(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as MainOptions;
    if (options.intake)
      return step.beginDialog(INTAKE_DIALOG, { offer: false } satisfies IntakeDialogOptions);
    if (options.reading) {
      const answer = step.result as ParseOutcome<ReadingAnswer>;
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
    const result = step.result as TriageDialogResult | undefined;
    if (result?.kind !== 'result') return step.endDialog();
    const shown = await this.presenter.present(step.context, result.result);
    const memory = await remembered(this.memory, step.context);
    memory.lastCase = { triage: result.result, answers: result.answers };
    if (shown.caseToken) memory.caseTokens.push(shown.caseToken);
    await step.context.sendActivities(shown.messages);
    return step.beginDialog(INTAKE_DIALOG, { offer: true } satisfies IntakeDialogOptions);
  }

  private async end(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intake = step.result as IntakeDialogResult | undefined;
    if (intake?.intakeId) (await remembered(this.memory, step.context)).intakeIds.push(intake.intakeId);
    return step.endDialog();
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const text = innerDc.context.activity.text ?? '';
    const confirming = innerDc.activeDialog;
    if (languageAsked(text) && confirming?.id === CONFIRM_READING) {
      // Asked again in the language just chosen: the question is built again from what was read.
      const { reading } =
        (innerDc.stack.find((i) => i.id === MAIN_STEPS)?.state as { options?: MainOptions }).options ?? {};
      if (reading) {
        (confirming.state as { options: PromptOptions }).options = this.readingQuestion(
          innerDc.context,
          reading,
        );
      }
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

/** Runs one turn of the conversation over the dialog state, starting the triage when none is active. */
export class ConversationRunner {
  private readonly dialogs: DialogSet;
  private readonly answerer: MainDialogDeps['answerer'];
  private readonly today: MainDialogDeps['today'];
  readonly memory: StatePropertyAccessor<ConversationMemory>;

  constructor(conversationState: ConversationState, deps: MainDialogDeps) {
    this.memory = conversationState.createProperty<ConversationMemory>('memory');
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(new MainDialog(deps, this.memory));
    this.answerer = deps.answerer;
    this.today = deps.today;
  }

  /** Starts a conversation: the first question, after the welcome. */
  async begin(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    await dc.cancelAllDialogs();
    await dc.beginDialog(MAIN_DIALOG, {} satisfies MainOptions);
  }

  /** Starts over from what was read off a photo or PDF of the notice: it is confirmed first. */
  async beginWithReading(context: TurnContext, reading: NoticeReading): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    await dc.cancelAllDialogs();
    await dc.beginDialog(MAIN_DIALOG, { reading } satisfies MainOptions);
  }

  /** Asks the pending question again (after a message the rails stopped); nothing when no dialog runs. */
  async reprompt(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog) await dc.repromptDialog();
  }

  /**
   * Asks the pending question again after the person switched language, every answer kept (the message
   * that asked for the language goes to the dialogs, which know it is not an answer).
   */
  async restate(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog) await dc.continueDialog();
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
    const dc = await this.dialogs.createContext(context);
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
