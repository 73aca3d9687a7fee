import type { Activity } from 'botbuilder';
import {
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { IsoDate } from '../knowledge/facts-schema.ts';
import { lookupNotice, listNoticeCodes } from '../knowledge/notices/notice-code.ts';
import { matchNoticeByDescription } from '../knowledge/notices/notice-description.ts';
import { followUpQuestions, triage, type TriageResult } from '../knowledge/triage.ts';
import { copy } from './copy.ts';
import { AskingDialog, ask, say, type QuestionAnswerer } from './asking-dialog.ts';
import { parseAgreement, type Agreement } from './parsing/parse-agreement.ts';
import { parseAmount } from './parsing/parse-amount.ts';
import type { Command } from './parsing/parse-command.ts';
import { parseNoticeDate } from './parsing/parse-notice-date.ts';
import { parseYesNo } from './parsing/parse-yes-no.ts';
import { ParsedPrompt, toOutcome, type ParseOutcome } from './prompts/parsed-prompt.ts';

export const TRIAGE_DIALOG = 'triage';
const STEPS = 'triage-steps';

/** What the person has told us so far. Prefilled answers are not asked again (this is how *back* works). */
export type TriageAnswers = {
  noticeCode?: string;
  noticeDate?: IsoDate;
  agrees?: Agreement;
  alreadyPaid?: boolean;
  amountDue?: number;
  addressOutsideUS?: boolean;
  canPayInFull?: boolean;
};
export type Question =
  'noticeCode' | 'describe' | 'noticeDate' | 'agrees' | 'amountDue' | 'addressOutsideUS' | 'canPayInFull';

/** The order questions are asked in; *back* forgets the last answered one in this order. */
export const QUESTION_ORDER = [
  'noticeCode',
  'noticeDate',
  'agrees',
  'amountDue',
  'addressOutsideUS',
  'canPayInFull',
] as const;

export type TriageDialogDeps = { today: () => IsoDate; answerer: QuestionAnswerer };

export type TriageDialogResult =
  | { kind: 'result'; answers: TriageAnswers; result: TriageResult }
  | { kind: 'unknown-notice' }
  | { kind: 'too-many-tries'; question: Question };

type StepValues = { answers: TriageAnswers; asked?: Question };

/**
 * The state machine of DESIGN.md section 2: notice code, notice date, agreement, then only the
 * questions the rules need, then the result. It asks, validates and delegates to knowledge.
 */
export class TriageDialog extends AskingDialog {
  private readonly today: () => IsoDate;

  constructor(deps: TriageDialogDeps) {
    super(TRIAGE_DIALOG, deps.answerer);
    this.today = deps.today;
    const prompts = {
      noticeCode: new ParsedPrompt('noticeCode', parseCode, (failure) =>
        failure.code === 'unknown_notice'
          ? copy.noticeCodeHint.unknown_notice(failure.detail ?? [])
          : copy.noticeCodeHint.no_code_found,
      ),
      describe: new ParsedPrompt('describe', parseDescription, () => copy.describeLetter),
      noticeDate: new ParsedPrompt(
        'noticeDate',
        (text) => toOutcome(parseNoticeDate(text, this.today()), (r) => r),
        ({ code }) =>
          copy.noticeDateHint[code as keyof typeof copy.noticeDateHint] ?? copy.noticeDateHint.not_a_date,
      ),
      agrees: new ParsedPrompt(
        'agrees',
        (text) => toOutcome(parseAgreement(text), (r) => r),
        () => copy.agreementHint,
      ),
      amountDue: new ParsedPrompt(
        'amountDue',
        (text) => toOutcome(parseAmount(text), (r) => r.amount),
        ({ code }) => copy.amountHint[code as keyof typeof copy.amountHint] ?? copy.amountHint.no_amount,
      ),
      addressOutsideUS: new ParsedPrompt('addressOutsideUS', yesNo, () => copy.yesNoHint),
      canPayInFull: new ParsedPrompt('canPayInFull', yesNo, () => copy.yesNoHint),
    };
    for (const prompt of Object.values(prompts)) this.addPrompt(prompt);
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.askNoticeCode.bind(this),
        this.askNoticeDate.bind(this),
        this.askAgreement.bind(this),
        this.askFollowUp.bind(this),
        this.askFollowUp.bind(this),
        this.askFollowUp.bind(this),
        this.finish.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  /** Back, the list of notices and "I can't find it" are the triage's own commands. */
  protected override async interrupt(
    innerDc: DialogContext,
    command: Command | undefined,
  ): Promise<DialogTurnResult | undefined> {
    const active = innerDc.activeDialog?.id;
    if (command === 'back') return this.goBack(innerDc);
    if (command === 'list' && (active === 'noticeCode' || active === 'describe')) {
      await innerDc.context.sendActivity(say(copy.noticeList(listNoticeCodes())));
      return this.reprompt(innerDc);
    }
    if (command === 'cant-find' && active === 'noticeCode') {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(STEPS, { answers: {}, describe: true });
    }
    return undefined;
  }

  /** Forgets the last answer and asks that question again: the steps skip what is still known. */
  private async goBack(innerDc: DialogContext): Promise<DialogTurnResult> {
    const steps = innerDc.stack[0]?.state as { values?: StepValues } | undefined;
    const answers = steps?.values?.answers ?? {};
    const last = QUESTION_ORDER.filter((question) => answers[question] !== undefined).at(-1);
    if (!last) {
      await innerDc.context.sendActivity(say(copy.nothingToGoBackTo));
      return this.reprompt(innerDc);
    }
    const kept: TriageAnswers = { ...answers, [last]: undefined };
    if (last === 'agrees') kept.alreadyPaid = undefined;
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(STEPS, { answers: kept });
  }

  private async askNoticeCode(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as { answers?: TriageAnswers; describe?: boolean };
    const values = this.values(step);
    values.answers = { ...options.answers };
    if (values.answers.noticeCode) return step.next();
    if (options.describe) return this.prompt(step, 'describe', ask(copy.describeLetter));
    return this.prompt(step, 'noticeCode', ask(copy.askNoticeCode));
  }

  private async askNoticeDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const stopped = await this.record(step);
    if (stopped) return stopped;
    if (this.values(step).answers.noticeDate) return step.next();
    return this.prompt(step, 'noticeDate', ask(copy.askNoticeDate));
  }

  private async askAgreement(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const stopped = await this.record(step);
    if (stopped) return stopped;
    if (this.values(step).answers.agrees) return step.next();
    return this.prompt(step, 'agrees', ask(copy.askAgreement, copy.agreementChoices));
  }

  private async askFollowUp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const stopped = await this.record(step);
    if (stopped) return stopped;
    const { answers } = this.values(step);
    const notice = lookupNotice(answers.noticeCode ?? '');
    if (!notice.ok) throw new Error('the notice code was validated before the follow-up questions');
    const [next] = followUpQuestions(notice.notice, answers);
    if (next === 'amountDue') return this.prompt(step, 'amountDue', ask(copy.askAmount));
    if (next === 'addressOutsideUS')
      return this.prompt(step, 'addressOutsideUS', ask(copy.askAbroad, copy.yesNoChoices));
    if (next === 'canPayInFull')
      return this.prompt(step, 'canPayInFull', ask(copy.askCanPay, copy.yesNoChoices));
    return step.next();
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const stopped = await this.record(step);
    if (stopped) return stopped;
    const { answers } = this.values(step);
    const outcome = triage(
      {
        noticeCode: answers.noticeCode ?? '',
        noticeDate: answers.noticeDate ?? this.today(),
        agrees: answers.agrees,
        amountDue: answers.amountDue,
        addressOutsideUS: answers.addressOutsideUS,
        canPayInFull: answers.canPayInFull,
      },
      this.today(),
    );
    if (!outcome.ok) throw new Error(`answers were validated before triage, got ${outcome.code}`);
    return step.endDialog({ kind: 'result', answers, result: outcome.result } satisfies TriageDialogResult);
  }

  private values(step: WaterfallStepContext): StepValues {
    return step.values as StepValues;
  }

  private async prompt(
    step: WaterfallStepContext,
    question: Question,
    message: Partial<Activity>,
  ): Promise<DialogTurnResult> {
    this.values(step).asked = question;
    return step.prompt(question, { prompt: message });
  }

  /** Stores the answer to the question asked in the previous step; ends the dialog when it failed three times. */
  private async record(step: WaterfallStepContext): Promise<DialogTurnResult | undefined> {
    const values = this.values(step);
    const question = values.asked;
    values.asked = undefined;
    if (!question) return undefined;
    const outcome = step.result as ParseOutcome<unknown>;
    if (!outcome.ok) {
      await step.context.sendActivity(say(copy.tooManyTries));
      return step.endDialog({ kind: 'too-many-tries', question } satisfies TriageDialogResult);
    }
    const { answers } = values;
    switch (question) {
      case 'noticeCode':
      case 'describe': {
        const code = outcome.value as string | undefined;
        if (!code) {
          await this.answerer.unknownNotice(step.context);
          return step.endDialog({ kind: 'unknown-notice' } satisfies TriageDialogResult);
        }
        answers.noticeCode = code;
        return undefined;
      }
      case 'noticeDate': {
        const date = outcome.value as { date: IsoDate; veryOld: boolean };
        answers.noticeDate = date.date;
        if (date.veryOld) await step.context.sendActivity(say(copy.veryOldNotice));
        return undefined;
      }
      case 'agrees': {
        const agreement = outcome.value as { agreement: Agreement; alreadyPaid: boolean };
        answers.agrees = agreement.agreement;
        answers.alreadyPaid = agreement.alreadyPaid;
        return undefined;
      }
      case 'amountDue':
        answers.amountDue = outcome.value as number;
        return undefined;
      case 'addressOutsideUS':
        answers.addressOutsideUS = outcome.value as boolean;
        return undefined;
      case 'canPayInFull':
        answers.canPayInFull = outcome.value as boolean;
        return undefined;
    }
  }
}

function yesNo(text: string): ParseOutcome<boolean> {
  return toOutcome(parseYesNo(text), (r) => r.value);
}

function parseCode(text: string): ParseOutcome<string> {
  const lookup = lookupNotice(text);
  return lookup.ok
    ? { ok: true, value: lookup.notice.code }
    : { ok: false, code: lookup.code, detail: lookup.suggestions };
}

/** A description always ends the question: a matched notice, or undefined for the verification path. */
function parseDescription(text: string): ParseOutcome<string | undefined> {
  const lookup = lookupNotice(text);
  if (lookup.ok) return { ok: true, value: lookup.notice.code };
  return { ok: true, value: matchNoticeByDescription(text)?.code };
}
