import type { OutOfScopeCategory } from './scope/scope-rules.ts';

/**
 * The professional disclaimer and the refusal copy, kept together so that they are reviewed (and later
 * translated) as one piece. Bump DISCLAIMER_VERSION whenever a sentence here changes meaning: stored
 * conversations and analytics record which version a person saw.
 */

export const DISCLAIMER_VERSION = '2026-11-22';

export type DisclaimerForm = 'short' | 'full';

/** At the start of a conversation and with every summary. */
export const fullDisclaimer =
  'Please note: Notice Navigator shares general information drawn from public IRS sources. It is not ' +
  'legal or tax advice, and using it does not make anyone your adviser. The dates and amounts printed on ' +
  'your notice are the ones that count, even where they differ from what you see here. Before you act, ' +
  'talk to a qualified professional: a CPA, an enrolled agent or a tax attorney.';

/** One line under every message that gives guidance. */
export const shortDisclaimer =
  "General information only, not legal or tax advice. Your notice's printed dates govern; check with a " +
  'CPA, enrolled agent or tax attorney before acting.';

const DISCLAIMERS: Readonly<Record<DisclaimerForm, string>> = {
  short: shortDisclaimer,
  full: fullDisclaimer,
};

/** Appends the disclaimer after a blank line; a text that already carries it is returned as it is. */
export function withDisclaimer(text: string, form: DisclaimerForm): string {
  const disclaimer = DISCLAIMERS[form];
  if (text.includes(disclaimer)) return text;
  const body = text.trimEnd();
  return body === '' ? disclaimer : `${body}\n\n${disclaimer}`;
}

/** Sent after the PII rail has removed a number from the person's message. */
export const piiNote =
  'For your safety, I removed what looked like a Social Security, taxpayer ID, bank, card or PIN number ' +
  'from your message. I never need those numbers to help you, so please leave them out here; share them ' +
  'only with the IRS or a professional you have chosen.';

export type RefusalCategory = OutOfScopeCategory | 'prompt_injection';

// One sentence per category: what the assistant will not do, said kindly and without a hint of an answer.
const REFUSAL_OPENINGS: Readonly<Record<RefusalCategory, string>> = {
  evasion:
    "I can't help with keeping income or assets out of the IRS's sight or with not paying in ways the law doesn't allow.",
  other_taxes:
    'I only cover federal IRS notices, so state, local, sales and payroll tax questions are outside what I can help with.',
  tax_planning:
    "Planning for future tax years, such as deductions or ways to lower next year's tax, is outside what I do.",
  bankruptcy:
    "How bankruptcy and tax debts fit together depends on the details of your situation, so I can't advise on it.",
  criminal: "Questions about possible criminal matters need a lawyer's advice, so I can't answer them here.",
  investment_or_legal_strategy:
    "I can't advise on lawsuits, investments or other personal financial or legal strategy.",
  guarantee: "I can't predict or promise how the IRS, a court or anyone else will decide.",
  act_on_behalf:
    "I can't sign in, call, write, file or pay on your behalf, and please never share passwords here. A representative you authorize on Form 2848 can act for you.",
  predict_amount:
    "I can't work out an exact amount for a future date: interest and the late-payment penalty keep adding to an unpaid balance until it is paid. The number printed on your notice gives today's figure.",
  judge_third_party:
    "I can't judge whether a preparer, an employer or anyone else did wrong. Complaints about a paid preparer go to the IRS on Form 14157 (https://www.irs.gov/forms-pubs/about-form-14157).",
  repeat_statement:
    "I can't repeat or vouch for a statement: it could read as advice about your case. Ask it as a question, like *can the IRS take money from my bank account?*",
  unrelated: "That's outside what I can help with.",
  prompt_injection: "I can't change how I work or step outside my role.",
};

const WHAT_I_CAN_DO =
  'What I can do is help you understand an IRS balance-due notice: what it means, its deadlines, and your ' +
  'options to pay, set up a plan or dispute it.';

const PROFESSIONAL =
  'For advice about your own situation, a CPA, an enrolled agent or a tax attorney is the right person, and I can help you arrange a consultation.';

/** Short and kind: what the assistant won't do, what it can do, and who can help with the rest. */
export function refusalMessage(category: RefusalCategory): string {
  return `${REFUSAL_OPENINGS[category]} ${WHAT_I_CAN_DO} ${PROFESSIONAL}`;
}
