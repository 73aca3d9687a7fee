import type { TurnContext } from 'botbuilder';
import {
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type PromptOptions,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { wordedResult } from '../catalog/worded-result.ts';
import {
  MAX_DESCRIPTION_CHARS,
  MAX_PREFERRED_TIMES_CHARS,
  type ContactMethod,
} from '../intake/intake-schema.ts';
import type { TriageResult } from '../knowledge/triage.ts';
import type { ScamSignal } from '../knowledge/warnings/warnings.ts';
import { AskingDialog, ask, type QuestionAnswerer } from './asking-dialog.ts';
import { guidance, say } from './guidance.ts';
import {
  parseChecklistSelection,
  parseContact,
  parseContactMethod,
  parseName,
  parseOptionalText,
  type ContactDetails,
} from './parsing/parse-intake.ts';
import { parseYesNo } from './parsing/parse-yes-no.ts';
import { ParsedPrompt, toOutcome, type ParseOutcome } from './prompts/parsed-prompt.ts';
import type { TriageAnswers } from './triage-dialog.ts';
import { turnLocale, turnMessages } from './turn-locale.ts';

export const INTAKE_DIALOG = 'intake';
const STEPS = 'intake-steps';

/** What the person tells the firm; the service turns it, with the triage result, into an intake record. */
export type IntakeAnswers = {
  name: string;
  contact: ContactDetails;
  method: ContactMethod;
  times?: string | undefined;
  description?: string | undefined;
  have: Record<string, boolean>;
};

export type IntakeSubmission =
  { ok: true; id: string; reference: string; bookingUrl?: string | undefined } | { ok: false };

/** What the intake dialog ends with: the stored intake's id, remembered for "delete my data". */
export type IntakeDialogResult = { intakeId?: string };

/** Hands the case to the firm; implemented where storage and delivery live. */
export type IntakeService = {
  firmName: string;
  /** An id for the intake this dialog may send, drawn when it starts. */
  reserveId(): string;
  /**
   * Stores the intake under `intakeId` at most once: a second submission of the same id (the consent
   * sent twice at once, or again after a turn failed once the intake was stored) finds the first.
   */
  submit(
    context: TurnContext,
    case_: {
      intakeId: string;
      triage: TriageResult;
      answers: TriageAnswers;
      intake: IntakeAnswers;
      scamFlags: ScamSignal[];
    },
  ): Promise<IntakeSubmission>;
};

export type IntakeDialogOptions = { offer: boolean };

/** The case the intake is about; read from conversation memory so the result is stored once. */
export type CaseLookup = (
  context: TurnContext,
) => Promise<{ triage: TriageResult; answers: TriageAnswers; scamFlags: ScamSignal[] } | undefined>;

type Values = Partial<IntakeAnswers> & { allowed: ContactMethod[]; intakeId?: string };

/** The intake's questions, by the id of the prompt that asks each. */
const QUESTIONS = [
  'intakeOffer',
  'intakeName',
  'intakeContact',
  'intakeMethod',
  'intakeTimes',
  'intakeDescription',
  'intakeHave',
  'intakeConsent',
] as const;
type Question = (typeof QUESTIONS)[number];

function isQuestion(id: string | undefined): id is Question {
  return (QUESTIONS as readonly (string | undefined)[]).includes(id);
}

// English and Spanish: the offer's buttons ("Book a consultation", "Pedir una consulta") and what people type.
const CONSULT_YES =
  /\b(?:book|consult|consultation|review|yes please|sure|ok(?:ay)?|consulta|pedir|agendar|reservar|claro)\b/i;
/** "Any time" (the button) says nothing a professional needs to know. */
const ANY_TIME = /^(?:any ?time|a cualquier hora|cuando sea|en cualquier momento)$/i;
const CONSULT_NO =
  /\b(?:no thanks|not now|no thank you|later|decline|no,? gracias|ahora no|m[aá]s tarde|despu[eé]s)(?=$|[\s.,!?])/i;

function parseOffer(text: string): ParseOutcome<boolean> {
  if (CONSULT_NO.test(text)) return { ok: true, value: false };
  if (CONSULT_YES.test(text)) return { ok: true, value: true };
  return toOutcome(parseYesNo(text), (r) => r.value);
}

/**
 * The consultation hand-off: offer, then name, contact, preferred method and times, a description in
 * their own words, the documents they have, and explicit consent before anything is sent. Declining at
 * the offer or at consent is respected and nothing is sent.
 */
export class IntakeDialog extends AskingDialog {
  private readonly service: IntakeService;
  private readonly lookupCase: CaseLookup;

  constructor(deps: { answerer: QuestionAnswerer; intake: IntakeService; lookupCase: CaseLookup }) {
    super(INTAKE_DIALOG, deps.answerer);
    this.service = deps.intake;
    this.lookupCase = deps.lookupCase;
    this.addPrompt(new ParsedPrompt('intakeOffer', parseOffer, (_failure, words) => words.intake.offerHint));
    this.addPrompt(new ParsedPrompt('intakeName', parseName, (_failure, words) => words.intake.nameHint));
    this.addPrompt(
      new ParsedPrompt('intakeContact', parseContact, ({ code }, words) => words.intake.contactHint(code)),
    );
    this.addPrompt(
      new ParsedPrompt(
        'intakeMethod',
        (text) => parseContactMethod(text, ['email', 'phone', 'text']),
        (_failure, words) => words.intake.methodHint,
      ),
    );
    this.addPrompt(
      new ParsedPrompt(
        'intakeTimes',
        (text) => parseOptionalText(text, MAX_PREFERRED_TIMES_CHARS),
        (_failure, words) => words.intake.timesHint,
      ),
    );
    this.addPrompt(
      new ParsedPrompt(
        'intakeDescription',
        (text) => parseOptionalText(text, MAX_DESCRIPTION_CHARS),
        (_failure, words) => words.intake.descriptionHint,
      ),
    );
    this.addPrompt(
      new ParsedPrompt(
        'intakeHave',
        (text, validations) =>
          parseChecklistSelection(text, (validations as { count?: number } | undefined)?.count ?? 0),
        (_failure, words) => words.intake.haveHint,
      ),
    );
    this.addPrompt(
      new ParsedPrompt(
        'intakeConsent',
        (text) => toOutcome(parseYesNo(text), (r) => r.value),
        (_failure, words) => words.yesNoHint,
      ),
    );
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.offer.bind(this),
        this.askName.bind(this),
        this.askContact.bind(this),
        this.askMethod.bind(this),
        this.askTimes.bind(this),
        this.askDescription.bind(this),
        this.askHave.bind(this),
        this.askConsent.bind(this),
        this.submit.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  /**
   * The consultation offer is an invitation, not a question the conversation needs answered: it is not
   * repeated under every answer to a question (it still takes a yes or no, and *talk to a person* later).
   */
  protected override asksAgainAfterAnswer(promptId: string): boolean {
    return promptId !== 'intakeOffer';
  }

  private values(step: WaterfallStepContext): Values {
    return step.values as Values;
  }

  /** Ends the intake when the last answer failed three times (the prompt already offered a person). */
  private failed(step: WaterfallStepContext): boolean {
    const outcome = step.result as ParseOutcome<unknown> | undefined;
    return outcome !== undefined && !outcome.ok;
  }

  private async offer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // Kept in the dialog's state, so every submission of this intake carries the same id.
    this.values(step).intakeId = this.service.reserveId();
    const options = step.options as IntakeDialogOptions;
    if (!options.offer) return step.next({ ok: true, value: true } satisfies ParseOutcome<boolean>);
    return this.ask(step, 'intakeOffer');
  }

  private async askName(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const words = turnMessages(step.context).dialog;
    const outcome = step.result as ParseOutcome<boolean>;
    if (!outcome.ok) return this.giveUp(step);
    if (!outcome.value) {
      await step.context.sendActivity(say(words.intake.declined));
      return step.endDialog();
    }
    return this.ask(step, 'intakeName');
  }

  private async askContact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.failed(step)) return this.giveUp(step);
    this.values(step).name = (step.result as { value: string }).value;
    return this.ask(step, 'intakeContact');
  }

  private async askMethod(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.failed(step)) return this.giveUp(step);
    const contact = (step.result as { value: ContactDetails }).value;
    const values = this.values(step);
    values.contact = contact;
    values.allowed = [
      ...(contact.email ? (['email'] as const) : []),
      ...(contact.mobile ? (['phone', 'text'] as const) : []),
    ];
    if (values.allowed.length === 1) return step.next({ ok: true, value: values.allowed[0] });
    return this.ask(step, 'intakeMethod');
  }

  private async askTimes(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.failed(step)) return this.giveUp(step);
    const values = this.values(step);
    const method = (step.result as { value: ContactMethod }).value;
    // A method the details given do not allow (a call without a number) falls back to the first allowed.
    values.method = values.allowed.includes(method) ? method : (values.allowed[0] ?? 'email');
    return this.ask(step, 'intakeTimes');
  }

  private async askDescription(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.failed(step)) return this.giveUp(step);
    const times = (step.result as { value: string | undefined }).value;
    this.values(step).times = times && !ANY_TIME.test(times) ? times : undefined;
    return this.ask(step, 'intakeDescription');
  }

  private async askHave(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.failed(step)) return this.giveUp(step);
    this.values(step).description = (step.result as { value: string | undefined }).value;
    return this.ask(step, 'intakeHave');
  }

  private async askConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.failed(step)) return this.giveUp(step);
    const values = this.values(step);
    const have = (step.result as { value: boolean[] }).value;
    const checklist = (await this.lookupCase(step.context))?.triage.checklist ?? [];
    values.have = Object.fromEntries(checklist.map((c, i) => [c.id, have[i] ?? false]));
    return this.ask(step, 'intakeConsent');
  }

  private async ask(step: WaterfallStepContext, question: Question): Promise<DialogTurnResult> {
    return step.prompt(question, await this.question(question, step.context, this.values(step)));
  }

  /**
   * One question of the intake in the conversation's language, from the answers so far; built again
   * when the person switches language, so the question pending is asked in the new one.
   */
  private async question(question: Question, context: TurnContext, values: Values): Promise<PromptOptions> {
    const words = turnMessages(context).dialog.intake;
    const firm = this.service.firmName;
    switch (question) {
      case 'intakeOffer':
        return { prompt: ask(words.offer(firm), [words.offerChoices.book, words.offerChoices.decline]) };
      case 'intakeName':
        return { prompt: ask(words.askName) };
      case 'intakeContact':
        return { prompt: ask(words.askContact) };
      case 'intakeMethod':
        return {
          prompt: ask(
            words.askMethod,
            values.allowed.map((method) => words.methodLabel[method]),
          ),
        };
      case 'intakeTimes':
        return { prompt: ask(words.askTimes, [words.buttons.anyTime]) };
      case 'intakeDescription':
        return { prompt: ask(words.askDescription, [words.buttons.skip]) };
      case 'intakeHave': {
        const items = (await this.checklist(context)).map((item, i) => `${i + 1}. ${item}`);
        return {
          prompt: ask(words.askHave(items), [words.buttons.all, words.buttons.none]),
          validations: { count: items.length },
        };
      }
      case 'intakeConsent':
        return { prompt: ask(words.askConsent(firm), turnMessages(context).dialog.yesNoChoices) };
    }
  }

  /** The documents of the case's checklist, in the conversation's words. */
  private async checklist(context: TurnContext): Promise<string[]> {
    const found = await this.lookupCase(context);
    return found ? wordedResult(found.triage, turnLocale(context)).checklist.map((c) => c.item) : [];
  }

  /** The pending question, built again in the language just chosen; every answer given is kept. */
  protected override async restate(innerDc: DialogContext): Promise<DialogTurnResult> {
    const prompt = innerDc.activeDialog;
    const steps = innerDc.stack.find((instance) => instance.id === STEPS);
    if (prompt && steps && isQuestion(prompt.id)) {
      const values = (steps.state as { values: Values }).values;
      (prompt.state as { options: PromptOptions }).options = await this.question(
        prompt.id,
        innerDc.context,
        values,
      );
    }
    return this.reprompt(innerDc);
  }

  private async submit(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const words = turnMessages(step.context).dialog;
    if (this.failed(step)) return this.giveUp(step);
    if (!(step.result as { value: boolean }).value) {
      await step.context.sendActivity(say(words.intake.noConsent));
      return step.endDialog();
    }
    const values = this.values(step);
    const found = await this.lookupCase(step.context);
    if (!found) throw new Error('the intake runs only after a result is remembered');
    const submission = await this.service.submit(step.context, {
      // A dialog saved before ids were reserved at its start gets one now.
      intakeId: values.intakeId ?? this.service.reserveId(),
      triage: found.triage,
      answers: found.answers,
      scamFlags: found.scamFlags,
      intake: {
        name: values.name ?? '',
        contact: values.contact ?? {},
        method: values.method ?? 'email',
        times: values.times,
        description: values.description,
        have: values.have ?? {},
      },
    });
    const text = submission.ok
      ? words.intake.sent(this.service.firmName, submission.reference, submission.bookingUrl)
      : words.intake.notSent;
    await step.context.sendActivity({ ...say(text), channelData: { guidance: guidance('intake') } });
    return step.endDialog((submission.ok ? { intakeId: submission.id } : {}) satisfies IntakeDialogResult);
  }

  private async giveUp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const words = turnMessages(step.context).dialog;
    await step.context.sendActivity(say(words.tooManyTries));
    return step.endDialog();
  }
}
