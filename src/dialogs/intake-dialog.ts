import type { TurnContext } from 'botbuilder';
import {
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type PromptOptions,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { z } from 'zod';
import { wordedResult } from '../catalog/worded-result.ts';
import {
  ContactMethodSchema,
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
  ContactDetailsSchema,
  type ContactDetails,
} from './parsing/parse-intake.ts';
import { parseYesNo } from './parsing/parse-yes-no.ts';
import { ParsedPrompt, type ParseOutcome } from './prompts/parsed-prompt.ts';
import {
  askAgainWith,
  outcomeSchema,
  readDialogValue,
  StepValues,
  UnreadableDialogState,
} from './dialog-state.ts';
import type { TriageAnswers } from './triage-state.ts';
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
export const IntakeDialogResultSchema = z.strictObject({ intakeId: z.string().optional() });
type IntakeDialogResult = z.infer<typeof IntakeDialogResultSchema>;

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

const IntakeDialogOptionsSchema = z.strictObject({ offer: z.boolean() });
export type IntakeDialogOptions = z.infer<typeof IntakeDialogOptionsSchema>;

/** The case the intake is about; read from conversation memory so the result is stored once. */
export type CaseLookup = (
  context: TurnContext,
) => Promise<{ triage: TriageResult; answers: TriageAnswers; scamFlags: ScamSignal[] } | undefined>;

/** The answers so far, the contact methods the details given allow, and the id drawn at the start. */
const IntakeValuesSchema = z.object({
  intakeId: z.string().optional(),
  name: z.string().optional(),
  contact: ContactDetailsSchema.optional(),
  allowed: z.array(ContactMethodSchema).optional(),
  method: ContactMethodSchema.optional(),
  times: z.string().optional(),
  description: z.string().optional(),
  have: z.record(z.string(), z.boolean()).optional(),
});
type Values = z.infer<typeof IntakeValuesSchema>;
const intakeValues = new StepValues(IntakeValuesSchema, 'the intake values');

/** How many items the checklist question lists, so "1 and 3" can be checked against it. */
const ChecklistValidationsSchema = z.strictObject({ count: z.number().int().nonnegative() });

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
  return QUESTIONS.some((question) => question === id);
}

/** The intake's values as its waiting question leaves them on the stack, read from outside the steps. */
const HeldValuesSchema = z.object({ values: IntakeValuesSchema });

/** The contact methods the details given allow; set before the method is asked, or the state is not ours. */
function allowedMethods(values: Values): ContactMethod[] {
  if (!values.allowed) throw new UnreadableDialogState('the intake values', ['allowed']);
  return values.allowed;
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
  return parseYesNo(text);
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
        (text, validations) => parseChecklistSelection(text, validations?.count ?? 0),
        (_failure, words) => words.intake.haveHint,
        ChecklistValidationsSchema,
      ),
    );
    this.addPrompt(
      new ParsedPrompt(
        'intakeConsent',
        (text) => parseYesNo(text),
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

  /** The answer the last question's prompt ended with (or the step before chose), typed by its schema. */
  private answer<T>(step: WaterfallStepContext, value: z.ZodType<T>, question: string): ParseOutcome<T> {
    return readDialogValue(outcomeSchema(value), step.result, `the answer to the intake's ${question}`);
  }

  private async offer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // Kept in the dialog's state, so every submission of this intake carries the same id.
    intakeValues.write(step, { intakeId: this.service.reserveId() });
    const options = readDialogValue(IntakeDialogOptionsSchema, step.options, 'the intake options');
    if (!options.offer) return step.next({ ok: true, value: true } satisfies ParseOutcome<boolean>);
    return this.ask(step, 'intakeOffer');
  }

  private async askName(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const words = turnMessages(step.context).dialog;
    const outcome = this.answer(step, z.boolean(), 'offer');
    if (!outcome.ok) return this.giveUp(step);
    if (!outcome.value) {
      await step.context.sendActivity(say(words.intake.declined));
      return step.endDialog();
    }
    return this.ask(step, 'intakeName');
  }

  private async askContact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const name = this.answer(step, z.string(), 'name');
    if (!name.ok) return this.giveUp(step);
    intakeValues.write(step, { name: name.value });
    return this.ask(step, 'intakeContact');
  }

  private async askMethod(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const outcome = this.answer(step, ContactDetailsSchema, 'contact');
    if (!outcome.ok) return this.giveUp(step);
    const contact = outcome.value;
    const allowed: ContactMethod[] = [
      ...(contact.email ? (['email'] as const) : []),
      ...(contact.mobile ? (['phone', 'text'] as const) : []),
    ];
    intakeValues.write(step, { contact, allowed });
    if (allowed.length === 1) return step.next({ ok: true, value: allowed[0] });
    return this.ask(step, 'intakeMethod');
  }

  private async askTimes(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const method = this.answer(step, ContactMethodSchema, 'contact method');
    if (!method.ok) return this.giveUp(step);
    const allowed = allowedMethods(intakeValues.read(step));
    // A method the details given do not allow (a call without a number) falls back to the first allowed.
    intakeValues.write(step, {
      method: allowed.includes(method.value) ? method.value : (allowed[0] ?? 'email'),
    });
    return this.ask(step, 'intakeTimes');
  }

  private async askDescription(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const times = this.answer(step, z.string().optional(), 'preferred times');
    if (!times.ok) return this.giveUp(step);
    intakeValues.write(step, {
      times: times.value && !ANY_TIME.test(times.value) ? times.value : undefined,
    });
    return this.ask(step, 'intakeDescription');
  }

  private async askHave(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const description = this.answer(step, z.string().optional(), 'description');
    if (!description.ok) return this.giveUp(step);
    intakeValues.write(step, { description: description.value });
    return this.ask(step, 'intakeHave');
  }

  private async askConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const have = this.answer(step, z.array(z.boolean()), 'checklist');
    if (!have.ok) return this.giveUp(step);
    const checklist = (await this.lookupCase(step.context))?.triage.checklist ?? [];
    intakeValues.write(step, {
      have: Object.fromEntries(checklist.map((c, i) => [c.id, have.value[i] ?? false])),
    });
    return this.ask(step, 'intakeConsent');
  }

  private async ask(step: WaterfallStepContext, question: Question): Promise<DialogTurnResult> {
    return step.prompt(question, await this.question(question, step.context, intakeValues.read(step)));
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
            allowedMethods(values).map((method) => words.methodLabel[method]),
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
          validations: { count: items.length } satisfies z.infer<typeof ChecklistValidationsSchema>,
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
      const { values } = readDialogValue(HeldValuesSchema, steps.state, 'the intake steps held');
      askAgainWith(prompt, await this.question(prompt.id, innerDc.context, values));
    }
    return this.reprompt(innerDc);
  }

  private async submit(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const words = turnMessages(step.context).dialog;
    const consent = this.answer(step, z.boolean(), 'consent');
    if (!consent.ok) return this.giveUp(step);
    if (!consent.value) {
      await step.context.sendActivity(say(words.intake.noConsent));
      return step.endDialog();
    }
    const values = intakeValues.read(step);
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
