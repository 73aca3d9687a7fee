import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns/format';
import type { DeadlineNote } from '../knowledge/deadlines/deadline-engine.ts';
import type { Urgency } from '../knowledge/notices/notice-schema.ts';
import { LOCALE_TAGS } from './locale.ts';

/**
 * Everything the product says in English. Tax facts are not written here: they come from the knowledge
 * base and the notice catalog, which return ids and data that these words wrap. Another language is a
 * file like this one, typed by it (see catalog.ts), so a missing sentence does not compile.
 */

const TAG = LOCALE_TAGS.en;

type DaysLeft = { daysLeft: number; passed: boolean };

function utcDay(isoDate: string): UTCDate {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new UTCDate(year, month - 1, day);
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** "a, b or c". */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** "13 days left", "today is the last day", "passed 3 days ago", "may have passed 2 days ago: …". */
function daysLeft(deadline: DaysLeft): string {
  const ago = `${-deadline.daysLeft} ${plural(-deadline.daysLeft, 'day', 'days')} ago`;
  if (deadline.passed) return `passed ${ago}`;
  // Past but not certainly passed (status may-have-passed): the printed date decides.
  if (deadline.daysLeft < 0) return `may have passed ${ago}: check the date printed on your notice`;
  if (deadline.daysLeft === 0) return 'today is the last day';
  return `${deadline.daysLeft} ${plural(deadline.daysLeft, 'day', 'days')} left`;
}

const DEADLINE_NOTES: Readonly<Record<DeadlineNote, string>> = {
  'printed-date-governs':
    'If your notice prints a different date, the date on the notice is the one that counts.',
  'printed-date-used': 'This is the date printed on your notice: it is the one that counts.',
  'printed-date-unexpected':
    'This printed date is not what the rules would give for this notice. Check that you typed it right and took it from the right line; if it is right, it is the one that counts.',
  'lien-earliest-date':
    'This is the earliest the last day can be: the window counts from 5 business days after the lien was filed, so it can be up to about a week later. Letter 3172 prints the exact date: go by it, and do not treat the window as closed until that date has passed.',
  'lien-from-filing-date':
    'Counted from the lien filing date: 30 days starting the day after the 5 business days that follow the filing (IRC 6320(a)(3)(B)). The date printed on the letter governs.',
  'abroad-unknown':
    'This is 90 days from the notice date. If the notice was addressed to you outside the United States, you have 150 days. The last day printed on the notice governs, and the Tax Court cannot extend it.',
  'start-unconfirmed':
    'The exact start of this period is not confirmed: go by Form 12153 and the dates on your notice.',
  'rollover-best-understanding':
    'Moving a last day that falls on a weekend or holiday to the next business day is our best reading of IRC 7503 for payments: pay earlier to be safe.',
  'abroad-unconfirmed': 'If you live outside the United States, go by the date printed on your notice.',
};

const URGENCY: Readonly<Record<Urgency, string>> = {
  critical: 'Urgent: act now',
  high: 'Act within days',
  medium: 'Act soon',
  low: 'No deadline is close',
};

export const en = {
  /** How dates and amounts are written. */
  format: {
    /** "Monday, March 23, 2026" for a YYYY-MM-DD civil date, whatever the process time zone. */
    longDate: (isoDate: string) => format(utcDay(isoDate), 'EEEE, MMMM d, yyyy'),
    /** "March 23, 2026". */
    date: (isoDate: string) =>
      utcDay(isoDate).toLocaleDateString(TAG, {
        timeZone: 'UTC',
        month: 'long',
        day: 'numeric',
        year: 'numeric',
      }),
    /** "$1,250.00". */
    money: (amount: number) => amount.toLocaleString(TAG, { style: 'currency', currency: 'USD' }),
    orList,
  },

  /** A triage result, as every view of it (card, text, SMS, summary page) words it. */
  result: {
    urgency: URGENCY,
    /** The longer urgency line of the plain-text result (the CLI). */
    urgencyLong: {
      critical: 'Urgent: a right can be lost or enforcement can start soon',
      high: 'High: act within days',
      medium: 'Act soon',
      low: 'Low: no deadline is close',
    } satisfies Record<Urgency, string>,
    daysLeft,
    deadlineNotes: DEADLINE_NOTES,
    noDeadline: 'No deadline can be worked out for this notice: go by the date printed on it.',
    /** The next step under a result: the first option, and when. */
    nextStep: {
      before: (option: string, date: string) => `${option}, before ${date}.`,
      today: (option: string) => `${option}, today: check the date printed on your notice.`,
      undated: (option: string) => `${option}.`,
    },
    deadlines: 'Deadlines',
    options: 'What you can do, in order',
    checklist: 'Documents to gather',
    alerts: 'Watch out',
    sources: 'Sources',
    protects: (text: string) => `Protects: ${text}`,
    ifMissed: (text: string) => `If missed: ${text}`,
    nowPassed: (text: string) => `Now that it has passed: ${text}`,
    basis: (text: string) => `Basis: ${text}`,
    /** Under the result in the chat: the calendar file and the printable summary. */
    keepThese: (links: { calendarUrl: string; summaryUrl: string }) =>
      `**Keep these**\n- Add the deadlines to your calendar: ${links.calendarUrl}\n- Printable summary: ${links.summaryUrl}`,
  },

  /** The result's Adaptive Card (Teams, Web Chat). */
  card: {
    deadlines: 'Your deadlines, most urgent first',
    nextStep: 'Next step',
    calendar: 'Add to my calendar',
    summary: 'Printable summary',
    restart: 'Check another notice',
    /** What the restart button sends: a command the conversation understands. */
    restartCommand: 'restart',
  },

  /** The whole result as plain text (the CLI). */
  plainText: {
    deadlines: 'Deadlines:',
    noDeadline: 'No deadline can be computed for this notice: go by the date printed on it.',
    options: 'What you can do, in order:',
    checklist: 'Documents to gather:',
    warnings: 'Warnings:',
    note: (text: string) => `Note: ${text}`,
  },

  /** The printable summary behind a case link, and the short pages beside it. */
  summaryPage: {
    title: (code: string) => `${code} summary: Notice Navigator`,
    dated: (noticeDate: string, asOf: string) => `Notice dated ${noticeDate}; computed on ${asOf}.`,
    source: 'source',
    expired: {
      title: 'This link has expired',
      paragraphs: [
        'Case links last a limited time and end when you delete your data. Start a new conversation to see your deadlines again.',
      ],
    },
    unavailable: {
      title: 'Please try again in a moment',
      paragraphs: [
        'Your case could not be opened just now. Nothing is lost: reload this page in a minute or two.',
      ],
    },
  },

  /** What the Teams app listing links to. The terms start with the full disclaimer. */
  policyPages: {
    privacy: {
      title: 'Notice Navigator: privacy',
      paragraphs: [
        'Notice Navigator keeps what you tell it in a conversation (the notice code, its date, your answers) for up to the configured retention period, so that the conversation can continue. It removes Social Security, taxpayer ID, bank, card and IRS PIN numbers from messages before anything is stored, logged or sent to a language model.',
        'By text message, your phone number is kept only as a keyed hash. Nothing is sent to a tax firm unless you agree to it at the end of a consultation request.',
        'Type "delete my data" at any time to delete the conversation, its download links and any consultation request; a firm that already received your request is told to delete it too.',
      ],
    },
    terms: {
      title: 'Notice Navigator: terms of use',
      paragraphs: [
        'Dates are computed from public rules and are estimates: the dates and amounts printed on your notice are the ones that count. The assistant cannot act for you with the IRS.',
      ],
    },
  },

  /** The calendar file (.ics) of a case's deadlines. */
  calendar: {
    name: (code: string) => `IRS ${code} deadlines`,
    event: (code: string, label: string) => `IRS ${code}: ${label}`,
    legalBasis: (basis: string) => `Legal basis: ${basis}`,
    source: (url: string) => `Source: ${url}`,
    estimate: 'This date is worked out from the notice date: if your notice prints a date, that one counts.',
    reminder: (days: number, event: string) => `${days === 1 ? 'Tomorrow' : `In ${days} days`}: ${event}`,
  },

  /** What the SMS channel says on its own (carrier keywords, first contact, the result by text). */
  sms: {
    /** HELP / INFO: who we are, what we do, the disclaimer in one line, how to stop. Fits one message. */
    help: (disclaimer: string) =>
      `Notice Navigator explains IRS balance-due notices by text: what yours means, its deadlines and your options. ${disclaimer} Reply RESTART to start over, STOP to opt out.`,
    /** START / UNSTOP: subscribed again. */
    welcomeBack:
      "You're subscribed to Notice Navigator again. Text the code printed on your IRS notice (for example CP14) to begin. Reply HELP for help, STOP to opt out.",
    /** Put before the first reply a number ever gets, so the opt-out is known from the start. */
    firstContact:
      'Notice Navigator: general information about IRS notices, not legal or tax advice. Reply HELP for help, STOP to opt out.',
    /** A triage result by text: the date and next step first, the rest on request. */
    result: {
      /** "CP14: Pay the full balance of this bill by Monday, March 23, 2026 (13 days left)." */
      headline: (code: string, label: string, date: string, left: string) =>
        `${code}: ${label} by ${date} (${left}).`,
      headlinePassed: (code: string, label: string, date: string, left: string) =>
        `${code}: ${label}: ${date} (${left}).`,
      noDeadline: (code: string, text: string) => `${code}: ${text}`,
      laterDate: (label: string, date: string, left: string) => `${label}: ${date} (${left})`,
      nextStep: (option: string) => `Next step: ${option}.`,
      disclaimer: "General info, not legal or tax advice; your notice's printed dates govern.",
      menu: 'Reply 1 options, 2 documents, 3 talk to a person',
      /** The menu's choices: what the person replies and what "1", "2", "3" stand for. */
      choices: { options: 'options', documents: 'documents', person: 'talk to a person' },
      /** What "3" sends when no consultation offer follows the result: the bot's own command. */
      personCommand: 'talk to a person',
      optionsHeading: 'What you can do, in order:',
      laterDates: 'Other dates:',
      watchOut: (text: string) => `Watch out: ${text}`,
      summaryLink: (url: string) => `Printable summary: ${url}`,
      documentsHeading: 'Documents to gather:',
    },
    /** Under numbered choices: "Reply 1, 2 or 3". */
    replyWith: (numbers: readonly string[]) => `Reply ${orList(numbers)}`,
    /** The last of the 10 replies Twilio allows to one text, when the answer needs more. */
    more: (count: number) =>
      `Reply MORE for the rest of this answer (${count} more ${plural(count, 'text', 'texts')}).`,
  },

  /** The Web Chat page; the browser script gets its words through the page's data attributes. */
  webchatPage: {
    product: 'Notice Navigator',
    offeredBy: 'offered by',
    subtitle: 'Understand your IRS balance-due notice and its deadlines',
    booking: 'Book a consultation',
    connecting: 'Connecting…',
    retry: 'Try again',
    unavailable: 'The chat could not start. Please check your connection and try again in a moment.',
    noScript: 'This chat needs JavaScript. You can also call the number printed on your notice.',
    chatLabel: 'Chat with Notice Navigator',
  },

  /** What a person is told when their photo or PDF was not read, by reason; the typed path is always open. */
  readFailure: {
    too_large: 'That file is over 10 MB. A photo of the first page of the notice is enough.',
    too_many_pixels:
      'That picture is too large to read (over 40 megapixels). A normal phone photo works best.',
    too_many_pages: 'That PDF has more than 4 pages. The first page of the notice is enough.',
    unsupported_type:
      'I can read a photo (JPEG or PNG) or a PDF of the notice. HEIC photos: share them as JPEG.',
    type_mismatch: "That file is not what it says it is (its name or type doesn't match its contents).",
    encrypted: 'That PDF is protected with a password, so I cannot open it.',
    unreadable: 'I could not open that file; it may be damaged.',
    not_a_notice:
      "I couldn't find an IRS notice code or notice date on that page. If it is a notice, try a sharper photo of the first page, or type the code.",
    timeout: 'Reading that file took too long. Try a photo of just the first page.',
    busy: 'Many files are being read right now. Please try again in a moment.',
  },
};
