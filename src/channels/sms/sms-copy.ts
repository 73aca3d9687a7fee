import { shortDisclaimer } from '../../guardrails/disclaimer.ts';

/** What the SMS channel says on its own (carrier keywords, first contact), kept together for review. */
export const smsCopy = {
  /** HELP / INFO: who we are, what we do, the disclaimer in one line, how to stop. Fits one message. */
  help: `Notice Navigator explains IRS balance-due notices by text: what yours means, its deadlines and your options. ${shortDisclaimer} Reply RESTART to start over, STOP to opt out.`,
  /** START / UNSTOP: subscribed again. */
  welcomeBack:
    "You're subscribed to Notice Navigator again. Text the code printed on your IRS notice (for example CP14) to begin. Reply HELP for help, STOP to opt out.",
  /** Put before the first reply a number ever gets, so the opt-out is known from the start. */
  firstContact:
    'Notice Navigator: general information about IRS notices, not legal or tax advice. Reply HELP for help, STOP to opt out.',
  /** A triage result by text: the date and next step first, the rest on request. */
  result: {
    nextStep: 'Next step:',
    disclaimer: "General info, not legal or tax advice; your notice's printed dates govern.",
    menu: 'Reply 1 options, 2 documents, 3 talk to a person',
    /** What "3" sends when no consultation offer follows the result: the bot's own command. */
    personCommand: 'talk to a person',
    optionsHeading: 'What you can do, in order:',
    laterDates: 'Other dates:',
    watchOut: 'Watch out:',
    summaryLink: 'Printable summary:',
    documentsHeading: 'Documents to gather:',
  },
  /** The last of the 10 replies Twilio allows to one text, when the answer needs more. */
  more: (count: number) =>
    `Reply MORE for the rest of this answer (${count} more ${count === 1 ? 'text' : 'texts'}).`,
} as const;
