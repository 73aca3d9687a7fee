import type { Activity } from 'botbuilder';
import {
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { IsoDate } from '../knowledge/facts-schema.ts';
import { listNoticeCodes, lookupNotice, noticeByCode } from '../knowledge/notices/notice-code.ts';
import { matchNoticeByDescription } from '../knowledge/notices/notice-description.ts';
import {
  followUpQuestions,
  lienFilingDateProblem,
  printedDateProblem,
  triageNotice,
} from '../knowledge/triage.ts';
import { DeadlineIdSchema, type DeadlineId, type Notice } from '../knowledge/notices/notice-schema.ts';
import { AskingDialog, ask, type QuestionAnswerer } from './asking-dialog.ts';
import { say } from './guidance.ts';
import { parseAgreement } from './parsing/parse-agreement.ts';
import { parseAmount } from './parsing/parse-amount.ts';
import type { Command } from './parsing/parse-command.ts';
import { parseNoticeDate } from './parsing/parse-notice-date.ts';
import { parseYesNo } from './parsing/parse-yes-no.ts';
import { conventionsOf, type Conventions } from './parsing/conventions.ts';
import {
  filledSlots,
  PRINTED_LABEL_OF,
  QUESTION_ORDER,
  readFacts,
  readPrintedDate,
  type FactProblem,
  type FactReading,
  type Facts,
  type PrintedDate,
  type Slot,
} from './parsing/read-facts.ts';
import { describeFacts } from './facts-summary.ts';
import { turnLocale, turnMessages } from './turn-locale.ts';
import type { Messages } from '../catalog/catalog.ts';
import { ParsedPrompt, type ParseFailure, type ParseOutcome } from './prompts/parsed-prompt.ts';
import { readDialogValue, UnreadableDialogState } from './dialog-state.ts';
import {
  CONFIRM,
  CORRECTION,
  HeldTriageValuesSchema,
  TriageAnswersSchema,
  TriageOptionsSchema,
  triageStepValues,
  type DateQuestion,
  type HeldTriageValues,
  type Question,
  type TriageAnswers,
  type TriageDialogResult,
  type TriageOptions,
} from './triage-state.ts';

export const TRIAGE_DIALOG = 'triage';
const STEPS = 'triage-steps';
/** An answer to a date question: the date, or "the notice does not show one". */
type DateAnswer = { date: IsoDate } | { notShown: true };

export type TriageDialogDeps = { today: () => IsoDate; answerer: QuestionAnswerer };

/** What taking a message did: whether to confirm it, the dates to ask about when it gave two, the answers now. */
type Taken = { confirm: boolean; whichDates?: IsoDate[]; answers: TriageAnswers };

type Step = WaterfallStepContext;

/**
 * What the answer to any of the triage's questions was read as: facts (a slot, a correction, or a fix
 * typed at the confirmation), a confirmation, a wish to change something, the notice a description names
 * (undefined: none), or the answer to a date question.
 */
type Answer =
  | { kind: 'facts'; reading: FactReading }
  | { kind: 'confirmed' }
  | { kind: 'change' }
  | { kind: 'described'; code: string | undefined }
  | { kind: 'date'; answer: DateAnswer };

/** The notice and its date, once both are known: everything the engine is then run on starts here. */
type Identified = { notice: Notice; noticeDate: IsoDate };

/**
 * The triage conversation as slot filling: every message is read for every fact, the
 * next question is the first fact still missing, and a message that filled several is said back in one
 * line (WCAG 2.2, 3.3.7: nothing already said is asked again). It asks, validates and delegates.
 */
export class TriageDialog extends AskingDialog {
  private readonly today: () => IsoDate;
  /** Every question's prompt: the answer that ended one is read back from it, typed. */
  private readonly prompts = new Map<Question, ParsedPrompt<Answer, TriageAnswers>>();

  constructor(deps: TriageDialogDeps) {
    super(TRIAGE_DIALOG, deps.answerer);
    this.today = deps.today;
    const slotPrompt = (slot: Slot) =>
      new ParsedPrompt(
        slot,
        (text, known, conventions) => this.readSlot(text, slot, known, conventions),
        slotHint,
        TriageAnswersSchema,
      );
    for (const slot of QUESTION_ORDER) this.addQuestion(slot, slotPrompt(slot));
    this.addQuestion(
      'describe',
      new ParsedPrompt(
        'describe',
        parseDescription,
        (_failure, words) => words.describeLetter,
        TriageAnswersSchema,
      ),
    );
    this.addQuestion(
      'printedDate',
      new ParsedPrompt(
        'printedDate',
        (text, known, conventions) => this.readPrintedAnswer(text, known, conventions),
        (failure, words) => words.printedDateHint(failure.code, failure.detail ?? []),
        TriageAnswersSchema,
      ),
    );
    this.addQuestion(
      'lienFilingDate',
      new ParsedPrompt(
        'lienFilingDate',
        (text, known, conventions) => this.readLienAnswer(text, known, conventions),
        (failure, words) => words.lienFilingDateHint(failure.code, failure.detail ?? []),
        TriageAnswersSchema,
      ),
    );
    this.addQuestion(
      CONFIRM,
      new ParsedPrompt(
        CONFIRM,
        (text, known, conventions) => this.readConfirmation(text, known, conventions),
        (_failure, words) => words.confirmHint,
        TriageAnswersSchema,
      ),
    );
    this.addQuestion(
      CORRECTION,
      new ParsedPrompt(
        CORRECTION,
        (text, known, conventions) => {
          const reading = this.read(text, undefined, known, conventions);
          return anythingFilled(reading.facts)
            ? { ok: true, value: { kind: 'facts', reading } }
            : { ok: false, code: 'nothing' };
        },
        (_failure, words) => words.correctionHint,
        TriageAnswersSchema,
      ),
    );
    this.addDialog(new WaterfallDialog(STEPS, [this.askNext.bind(this), this.record.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private addQuestion(question: Question, prompt: ParsedPrompt<Answer, TriageAnswers>): void {
    this.prompts.set(question, prompt);
    this.addPrompt(prompt);
  }

  /** Back, the list of notices and "I can't find it" are the triage's own commands. */
  protected override async interrupt(
    innerDc: DialogContext,
    command: Command | undefined,
  ): Promise<DialogTurnResult | undefined> {
    const active = innerDc.activeDialog?.id;
    if (command === 'back') return this.goBack(innerDc);
    if (command === 'list' && (active === 'noticeCode' || active === 'describe')) {
      await innerDc.context.sendActivity(
        say(turnMessages(innerDc.context).dialog.noticeList(listNoticeCodes())),
      );
      return this.reprompt(innerDc);
    }
    if (command === 'cant-find' && active === 'noticeCode') {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(STEPS, { answers: {}, describe: true } satisfies TriageOptions);
    }
    return undefined;
  }

  /** Asks the pending question again (now in another language): the steps rebuild it from the answers. */
  protected override async restate(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { answers = {}, asked } = heldValues(innerDc) ?? {};
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(STEPS, {
      answers,
      describe: asked === 'describe',
      confirm: asked === CONFIRM,
      correct: asked === CORRECTION,
    } satisfies TriageOptions);
  }

  /** Forgets the last answer and asks that question again: the steps skip what is still known. */
  private async goBack(innerDc: DialogContext): Promise<DialogTurnResult> {
    const answers = heldValues(innerDc)?.answers ?? {};
    const last = QUESTION_ORDER.filter((question) => answers[question] !== undefined).at(-1);
    if (!last) {
      await innerDc.context.sendActivity(say(turnMessages(innerDc.context).dialog.nothingToGoBackTo));
      return this.reprompt(innerDc);
    }
    const kept: TriageAnswers = { ...answers, [last]: undefined };
    if (last === 'agrees') kept.alreadyPaid = undefined;
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(STEPS, { answers: kept } satisfies TriageOptions);
  }

  /** Reads a first message if there is one, then asks for the first fact still missing (or confirms). */
  private async askNext(step: Step): Promise<DialogTurnResult> {
    const options = readDialogValue(TriageOptionsSchema, step.options ?? {}, 'the triage options');
    const words = turnMessages(step.context).dialog;
    triageStepValues.write(step, { answers: { ...options.answers } });
    let { confirm = false, whichDates } = options;
    if (options.message !== undefined) {
      const conventions = conventionsOf(turnLocale(step.context));
      const reading = this.read(options.message, undefined, options.answers, conventions);
      ({ confirm, whichDates } = await this.take(step, reading));
    }
    const { answers } = triageStepValues.read(step);
    if (options.correct) return this.prompt(step, CORRECTION, ask(words.askCorrection));
    if (!answers.noticeCode) {
      if (options.describe) return this.prompt(step, 'describe', ask(words.describeLetter));
      return this.prompt(step, 'noticeCode', ask(words.askNoticeCode));
    }
    const notice = heldNotice(answers.noticeCode);
    if (!answers.noticeDate) {
      if (whichDates) return this.prompt(step, 'noticeDate', ask(words.whichDate(whichDates)));
      return this.askSlot(step, 'noticeDate');
    }
    const identified: Identified = { notice, noticeDate: answers.noticeDate };
    const printed = printedByDeadline(notice, answers.noticeDate, answers.printed);
    const printedDeadlines = DeadlineIdSchema.options.filter((id) => printed?.[id] !== undefined);
    const next = answers.agrees ? followUpQuestions(notice, { ...answers, printedDeadlines })[0] : 'agrees';
    if (next) return this.askSlot(step, next);
    const date = this.dateQuestion(identified, answers);
    if (date === 'printedDate') {
      const deadline = printedDateFor(notice);
      triageStepValues.write(step, { printedFor: deadline });
      return this.prompt(
        step,
        date,
        ask(words.askPrintedDate(answers.noticeCode, deadline), words.notShownChoices),
      );
    }
    if (date === 'lienFilingDate')
      return this.prompt(step, date, ask(words.askLienFilingDate, words.notKnownChoices));
    if (confirm)
      return this.prompt(
        step,
        CONFIRM,
        ask(words.confirmFacts(describeFacts(answers, turnLocale(step.context))), words.confirmChoices),
      );
    return this.finish(step, identified);
  }

  private askSlot(step: Step, slot: AskedSlot): Promise<DialogTurnResult> {
    const question = slotQuestion(turnMessages(step.context).dialog, slot);
    return this.prompt(step, slot, ask(question.text, question.choices));
  }

  /** Takes the answer to the question asked, then goes round again with what is now known. */
  private async record(step: Step): Promise<DialogTurnResult> {
    const values = triageStepValues.read(step);
    const question = values.asked;
    const outcome = question && this.prompts.get(question)?.recognized(step.context);
    if (!outcome) throw new Error(`the ${question ?? 'unasked'} prompt ended without an answer in this turn`);
    if (!outcome.ok) {
      await step.context.sendActivity(say(turnMessages(step.context).dialog.tooManyTries));
      return step.endDialog({
        kind: 'too-many-tries',
        question: question ?? 'noticeCode',
      } satisfies TriageDialogResult);
    }
    const { answers } = values;
    const answer = outcome.value;
    switch (answer.kind) {
      case 'described':
        if (!answer.code) {
          await this.answerer.unknownNotice(step.context);
          return step.endDialog({ kind: 'unknown-notice' } satisfies TriageDialogResult);
        }
        return step.replaceDialog(STEPS, {
          answers: { ...answers, noticeCode: answer.code },
        } satisfies TriageOptions);
      case 'date': {
        const dated =
          question === 'printedDate' || question === 'lienFilingDate'
            ? withDateAnswer(answers, question, answer.answer, values.printedFor)
            : answers;
        return step.replaceDialog(STEPS, { answers: dated } satisfies TriageOptions);
      }
      case 'confirmed':
        // Everything is known and confirmed: the steps go straight to the result.
        return step.replaceDialog(STEPS, { answers } satisfies TriageOptions);
      case 'change':
        return step.replaceDialog(STEPS, { answers, correct: true } satisfies TriageOptions);
      case 'facts': {
        const { confirm, whichDates, answers: taken } = await this.take(step, answer.reading);
        return step.replaceDialog(STEPS, {
          answers: taken,
          confirm: confirm || question === CONFIRM || question === CORRECTION,
          ...(whichDates ? { whichDates } : {}),
        } satisfies TriageOptions);
      }
    }
  }

  /**
   * Merges what a message said into the answers and tells the person what changed, what contradicted
   * itself and what could not be used. It is to be confirmed when it filled several facts; two dates it
   * could not tell apart are left for the date question to name.
   */
  private async take(step: Step, reading: FactReading): Promise<Taken> {
    const values = triageStepValues.read(step);
    const words = turnMessages(step.context).dialog;
    const before = values.answers;
    const after = mergeFacts(before, reading.facts);
    triageStepValues.write(step, { answers: after });
    const lines: string[] = [];
    for (const c of reading.contradictions)
      lines.push(words.contradiction(c.first, c.kept, words.slotNames[c.slot]));
    const corrected = QUESTION_ORDER.filter(
      (slot) => before[slot] !== undefined && after[slot] !== before[slot],
    ).filter((slot) => !reading.contradictions.some((c) => c.slot === slot));
    if (corrected.length > 0)
      lines.push(words.corrected(describeFacts(pick(after, corrected), turnLocale(step.context))));
    const filled =
      filledSlots(reading.facts).length +
      (reading.facts.printed ? 1 : 0) +
      (reading.facts.lienFilingDate ? 1 : 0);
    // A fact given in answer to another question ("I owe $300" when asked whether they agree) is said
    // back, so the person knows it was taken and why the question stands.
    const besideTheQuestion =
      values.asked !== undefined && filledSlots(reading.facts).some((slot) => slot !== values.asked);
    if ((filled >= 2 || besideTheQuestion) && corrected.length === 0)
      lines.push(words.understood(describeFacts(factsAsAnswers(reading.facts), turnLocale(step.context))));
    if (reading.facts.noticeDate?.veryOld) lines.push(words.veryOldNotice);
    let whichDates: IsoDate[] | undefined;
    for (const problem of reading.problems) {
      if (problem.code === 'which_date') whichDates = problem.dates;
      else lines.push(problemHint(problem, words));
    }
    if (lines.length > 0) await step.context.sendActivity(say(lines.join('\n\n')));
    const confirm = filled >= 2 || corrected.length > 0;
    return whichDates ? { confirm, whichDates, answers: after } : { confirm, answers: after };
  }

  /**
   * The date the engine still needs (its `needs`), unless the person said the notice does not show it:
   * first the date the notice prints, then, for a lien letter, the filing date that stands in for it.
   */
  private dateQuestion(identified: Identified, answers: TriageAnswers): DateQuestion | undefined {
    const outcome = this.run(identified, answers);
    if (!outcome.ok) return undefined;
    const { needs } = outcome.result;
    const notShown = answers.notShown ?? [];
    const printedWanted = needs.includes('printedDate') || needs.includes('lienFilingDate');
    if (printedWanted && !notShown.includes('printedDate')) return 'printedDate';
    if (needs.includes('lienFilingDate') && !notShown.includes('lienFilingDate')) return 'lienFilingDate';
    return undefined;
  }

  private async finish(step: Step, identified: Identified): Promise<DialogTurnResult> {
    const { answers } = triageStepValues.read(step);
    const outcome = this.run(identified, answers);
    if (!outcome.ok) throw new Error(`answers were validated before triage, got ${outcome.code}`);
    return step.endDialog({ kind: 'result', answers, result: outcome.result } satisfies TriageDialogResult);
  }

  /**
   * The one triage function, on the notice and date as the dialog holds them (nothing is read or guessed
   * again), over the answers that fit the notice (the rest are asked again).
   */
  private run({ notice, noticeDate }: Identified, answers: TriageAnswers) {
    return triageNotice(
      notice,
      {
        noticeDate,
        agrees: answers.agrees,
        amountDue: answers.amountDue,
        addressOutsideUS: answers.addressOutsideUS,
        canPayInFull: answers.canPayInFull,
        printed: printedByDeadline(notice, noticeDate, answers.printed),
        lienFilingDate: usableLienFilingDate(notice, noticeDate, answers.lienFilingDate),
      },
      this.today(),
    );
  }

  private async prompt(
    step: Step,
    question: Question,
    message: Partial<Activity>,
  ): Promise<DialogTurnResult> {
    triageStepValues.write(step, { asked: question });
    // The answers travel as the prompt's validations, so a correction like "the 21st" knows the month.
    return step.prompt(question, { prompt: message, validations: triageStepValues.read(step).answers });
  }

  private read(
    text: string,
    asked: Slot | undefined,
    known: TriageAnswers | undefined,
    conventions: Conventions,
  ): FactReading {
    return readFacts(text, {
      today: this.today(),
      conventions,
      asked,
      known: { noticeDate: known?.noticeDate },
    });
  }

  /**
   * The answer to one question: anything the message told counts (the question is asked again after if
   * still empty); a message that told nothing fails with the reason this question's own parser gives.
   */
  private readSlot(
    text: string,
    slot: Slot,
    known: TriageAnswers | undefined,
    conventions: Conventions,
  ): ParseOutcome<Answer> {
    const reading = this.read(text, slot, known, conventions);
    if (anythingFilled(reading.facts)) return { ok: true, value: { kind: 'facts', reading } };
    if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, code: 'no_words', detail: [slot] };
    // Only a number where yes or no was asked: say so, and how to give it if it was the amount.
    if (YES_NO_SLOTS.has(slot) && /^[\s\d$.,]+$/.test(text))
      return { ok: false, code: 'only_number', detail: [slot] };
    const problem = reading.problems.find((p) => p.slot === slot);
    if (problem) return { ok: false, code: problem.code, detail: [slot, ...problemDetail(problem)] };
    return slotFailure(text, slot, this.today(), conventions);
  }

  /** The date printed for the deadline asked about, or "I don't see one". */
  private readPrintedAnswer(
    text: string,
    known: TriageAnswers | undefined,
    conventions: Conventions,
  ): ParseOutcome<Answer> {
    const date = readPrintedDate(text, this.today(), conventions);
    if (!date)
      return NOT_SHOWN.test(text)
        ? { ok: true, value: { kind: 'date', answer: { notShown: true } } }
        : { ok: false, code: 'not_a_date' };
    const noticeDate = known?.noticeDate;
    if (noticeDate !== undefined && printedDateProblem(noticeDate, date))
      return { ok: false, code: 'does_not_fit', detail: [noticeDate] };
    return { ok: true, value: { kind: 'date', answer: { date } } };
  }

  /** The day the lien was filed, or "I don't know". */
  private readLienAnswer(
    text: string,
    known: TriageAnswers | undefined,
    conventions: Conventions,
  ): ParseOutcome<Answer> {
    const parsed = parseNoticeDate(text, this.today(), conventions);
    if (!parsed.ok)
      return NOT_SHOWN.test(text)
        ? { ok: true, value: { kind: 'date', answer: { notShown: true } } }
        : { ok: false, code: parsed.code };
    const noticeDate = known?.noticeDate;
    if (noticeDate !== undefined) {
      const problem = lienFilingDateProblem(noticeDate, parsed.date);
      if (problem) return { ok: false, code: problem, detail: [noticeDate] };
    }
    return { ok: true, value: { kind: 'date', answer: { date: parsed.date } } };
  }

  private readConfirmation(
    text: string,
    known: TriageAnswers | undefined,
    conventions: Conventions,
  ): ParseOutcome<Answer> {
    // A plain yes or no answers the confirmation; anything else is read as the fix itself.
    const yesNo = parseYesNo(text);
    if (yesNo.ok) return { ok: true, value: yesNo.value ? { kind: 'confirmed' } : { kind: 'change' } };
    if (/^\s*change\b/i.test(text)) return { ok: true, value: { kind: 'change' } };
    const reading = this.read(text, undefined, known, conventions);
    if (anythingFilled(reading.facts)) return { ok: true, value: { kind: 'facts', reading } };
    return { ok: false, code: 'not_understood' };
  }
}

/** The slots asked as a question of their own (the code has its own paths, the tax year is only read). */
type AskedSlot = Exclude<Slot, 'noticeCode' | 'taxYear'>;

function slotQuestion(
  words: Messages['dialog'],
  slot: AskedSlot,
): { text: string; choices?: readonly string[] } {
  switch (slot) {
    case 'noticeDate':
      return { text: words.askNoticeDate };
    case 'agrees':
      return { text: words.askAgreement, choices: words.agreementChoices };
    case 'amountDue':
      return { text: words.askAmount };
    case 'addressOutsideUS':
      return { text: words.askAbroad, choices: words.yesNoChoices };
    case 'canPayInFull':
      return { text: words.askCanPay, choices: words.yesNoChoices };
  }
}

/** What the triage's steps hold while one of its questions waits (the waterfall at the bottom of its stack). */
function heldValues(innerDc: DialogContext): HeldTriageValues | undefined {
  const steps: unknown = innerDc.stack[0]?.state;
  if (steps === undefined) return undefined;
  return readDialogValue(HeldTriageValuesSchema, steps, 'the triage steps held').values;
}

function anythingFilled(facts: Facts): boolean {
  return filledSlots(facts).length > 0 || facts.printed !== undefined || facts.lienFilingDate !== undefined;
}

/** "I don't see one", "not shown", "I don't know", "no": the notice does not give this date. */
const NOT_SHOWN =
  /\b(?:(?:don'?t|do not|can'?t|cannot|can not|couldn'?t|could not)\s+(?:see|find|know|have|tell)|not (?:shown|printed|there|sure)|no(?:ne| date| idea)?|unknown)\b/i;

/**
 * The notice the answers hold. Its code was the catalog's own when it was taken, so this is a key, not a
 * second reading of what the person typed; a code the catalog no longer has is a bug, not an answer.
 */
function heldNotice(code: string): Notice {
  const notice = noticeByCode(code);
  // Saved by a release whose catalog had it: the conversation starts over rather than guess.
  if (!notice) throw new UnreadableDialogState('the triage answers', ['noticeCode']);
  return notice;
}

/** Which deadline the printed-date question is about: a lien letter's hearing, otherwise the reply date. */
function printedDateFor(notice: Notice): DeadlineId {
  const lien = notice.deadlines.some((d) => d.id === 'cdp-hearing' && d.trigger === 'lien');
  return lien ? 'cdp-hearing' : 'respond';
}

/** The answers with a date question's answer; a printed date goes to the deadline it was asked for. */
function withDateAnswer(
  answers: TriageAnswers,
  question: DateQuestion,
  answer: DateAnswer,
  printedFor: DeadlineId | undefined,
): TriageAnswers {
  if ('notShown' in answer) return { ...answers, notShown: [...(answers.notShown ?? []), question] };
  if (question === 'lienFilingDate') return { ...answers, lienFilingDate: answer.date };
  const deadline = printedFor;
  if (deadline === undefined) throw new UnreadableDialogState('the triage step values', ['printedFor']);
  return mergeFacts(answers, {
    printed: [{ label: PRINTED_LABEL_OF[deadline], date: answer.date, deadline }],
  });
}

/** A lien filing date the letter can have come from; another one is asked again. */
function usableLienFilingDate(
  notice: Notice,
  noticeDate: IsoDate,
  lienFilingDate: IsoDate | undefined,
): IsoDate | undefined {
  if (lienFilingDate === undefined || printedDateFor(notice) !== 'cdp-hearing') return undefined;
  return lienFilingDateProblem(noticeDate, lienFilingDate) === undefined ? lienFilingDate : undefined;
}

/** The answers with a message's facts laid over them: the later value of a fact wins. */
export function mergeFacts(answers: TriageAnswers, facts: Facts): TriageAnswers {
  const merged: TriageAnswers = { ...answers, ...factsAsAnswers(facts) };
  if (facts.printed) {
    const kept = (answers.printed ?? []).filter((p) => !facts.printed?.some((n) => n.label === p.label));
    merged.printed = [...kept, ...facts.printed];
  }
  return merged;
}

function factsAsAnswers(facts: Facts): TriageAnswers {
  const answers: TriageAnswers = {};
  if (facts.noticeCode !== undefined) answers.noticeCode = facts.noticeCode;
  if (facts.noticeDate !== undefined) answers.noticeDate = facts.noticeDate.date;
  if (facts.agrees !== undefined) {
    answers.agrees = facts.agrees.agreement;
    answers.alreadyPaid = facts.agrees.alreadyPaid;
  }
  if (facts.amountDue !== undefined) answers.amountDue = facts.amountDue;
  if (facts.addressOutsideUS !== undefined) answers.addressOutsideUS = facts.addressOutsideUS;
  if (facts.canPayInFull !== undefined) answers.canPayInFull = facts.canPayInFull;
  if (facts.taxYear !== undefined) answers.taxYear = facts.taxYear;
  if (facts.printed !== undefined) answers.printed = facts.printed;
  if (facts.lienFilingDate !== undefined) answers.lienFilingDate = facts.lienFilingDate;
  return answers;
}

function pick(answers: TriageAnswers, slots: readonly (typeof QUESTION_ORDER)[number][]): TriageAnswers {
  const picked: TriageAnswers = {};
  for (const slot of slots) Object.assign(picked, { [slot]: answers[slot] });
  if (slots.includes('agrees')) picked.alreadyPaid = answers.alreadyPaid;
  return picked;
}

function problemDetail(problem: FactProblem): string[] {
  if (problem.code === 'unknown_notice') return problem.suggestions;
  if (problem.code === 'which_date') return problem.dates;
  return [];
}

function problemHint(
  problem: Exclude<FactProblem, { code: 'which_date' }>,
  words: Messages['dialog'],
): string {
  if (problem.slot === 'noticeCode') return words.noticeCodeHint.unknown_notice(problem.suggestions);
  return words.noticeDateHint[problem.code];
}

/** The questions answered in words (yes, no, not sure): a bare number answers none of them. */
const YES_NO_SLOTS: ReadonlySet<Slot> = new Set(['agrees', 'addressOutsideUS', 'canPayInFull']);

/** The hint for a failed answer: the slot is the failure's first detail. */
function slotHint(failure: ParseFailure, words: Messages['dialog']): string {
  const [slot, ...detail] = failure.detail ?? [];
  if (failure.code === 'no_words') return words.noWordsHint;
  if (failure.code === 'only_number') return words.onlyNumberHint;
  switch (slot) {
    case 'noticeCode':
      return failure.code === 'unknown_notice'
        ? words.noticeCodeHint.unknown_notice(detail)
        : words.noticeCodeHint.no_code_found;
    case 'noticeDate':
      if (failure.code === 'which_date') return words.whichDate(detail);
      return hintFor(words.noticeDateHint, failure.code) ?? words.noticeDateHint.not_a_date;
    case 'agrees':
      return words.agreementHint;
    case 'amountDue':
      return hintFor(words.amountHint, failure.code) ?? words.amountHint.no_amount;
    default:
      return words.yesNoHint;
  }
}

/** A hint table's words for a failure code, if the table has that code. */
function hintFor(table: Readonly<Record<string, string>>, code: string): string | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

/** Why this question's own parser refused the message: the code picks the hint. */
function slotFailure(text: string, slot: Slot, today: IsoDate, conventions: Conventions): ParseFailure {
  if (slot === 'noticeCode') {
    const lookup = lookupNotice(text);
    return lookup.ok
      ? { ok: false, code: 'not_understood', detail: [slot] }
      : { ok: false, code: lookup.code, detail: [slot, ...lookup.suggestions] };
  }
  const result =
    slot === 'noticeDate'
      ? parseNoticeDate(text, today, conventions)
      : slot === 'agrees'
        ? parseAgreement(text)
        : slot === 'amountDue'
          ? parseAmount(text, conventions)
          : parseYesNo(text);
  return { ok: false, code: result.ok ? 'not_understood' : result.code, detail: [slot] };
}

/** Which deadline a printed label names, among those the notice carries. */
const LABEL_DEADLINES: Record<PrintedDate['label'], readonly DeadlineId[]> = {
  'pay-by': ['pay-interest-free', 'respond'],
  'respond-by': ['respond', 'tax-court-petition'],
  'hearing-by': ['cdp-hearing'],
  'petition-by': ['tax-court-petition'],
};

/**
 * The printed dates the person typed, by the deadline id each stands for on this notice (printed dates
 * win over computed ones, issue 12). A date that cannot belong to the notice is left to the computed one.
 */
function printedByDeadline(
  notice: Notice,
  noticeDate: IsoDate,
  typed: readonly PrintedDate[] | undefined,
): Partial<Record<DeadlineId, IsoDate>> | undefined {
  if (!typed) return undefined;
  const carried = new Set(notice.deadlines.map((d) => d.id));
  const printed: Partial<Record<DeadlineId, IsoDate>> = {};
  for (const { label, date, deadline } of typed) {
    // A date read from the notice or asked for one deadline goes there; a typed one by its words.
    const id = deadline ?? LABEL_DEADLINES[label].find((candidate) => carried.has(candidate));
    if (id && carried.has(id) && printedDateProblem(noticeDate, date) === undefined) printed[id] = date;
  }
  return Object.keys(printed).length > 0 ? printed : undefined;
}

/** A description always ends the question: a matched notice, or undefined for the verification path. */
function parseDescription(text: string): ParseOutcome<Answer> {
  const lookup = lookupNotice(text);
  const code = lookup.ok ? lookup.notice.code : matchNoticeByDescription(text)?.code;
  return { ok: true, value: { kind: 'described', code } };
}
