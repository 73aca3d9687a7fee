import { format } from 'date-fns/format';
import type { DeadlineNote } from '../knowledge/deadlines/deadline-engine.ts';
import type { Urgency } from '../knowledge/notices/notice-schema.ts';
import { LOCALE_TAGS } from './locale.ts';
import { listJoiner, plural, utcDay, type ReadSummary } from './shapes.ts';

/**
 * Everything the product says in English. Tax facts are not written here: they come from the knowledge
 * base and the notice catalog, which return ids and data that these words wrap. Another language is a
 * file like this one, typed by it (see catalog.ts), so a missing sentence does not compile.
 */

const TAG = LOCALE_TAGS.en;

type DaysLeft = { daysLeft: number; passed: boolean };

/** "Monday, March 23, 2026" for a YYYY-MM-DD civil date, whatever the process time zone. */
function longDate(isoDate: string): string {
  return format(utcDay(isoDate), 'EEEE, MMMM d, yyyy');
}

/** "March 23, 2026". */
function shortDate(isoDate: string): string {
  return utcDay(isoDate).toLocaleDateString(TAG, {
    timeZone: 'UTC',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  });
}

/** "$1,250.00". */
const dollars = (amount: number) => amount.toLocaleString(TAG, { style: 'currency', currency: 'USD' });

/** "a, b or c". */
const orList = listJoiner('or');

/** "13 days left", "today is the last day", "passed 3 days ago", "may have passed 2 days ago: …". */
function daysLeft(deadline: DaysLeft): string {
  const ago = `${-deadline.daysLeft} ${plural(-deadline.daysLeft, 'day', 'days')} ago`;
  if (deadline.passed) return `passed ${ago}`;
  // Past but not certainly passed (status may-have-passed): the printed date decides.
  if (deadline.daysLeft < 0) return `may have passed ${ago}: check the date printed on your notice`;
  if (deadline.daysLeft === 0) return 'today is the last day';
  return `${deadline.daysLeft} ${plural(deadline.daysLeft, 'day', 'days')} left`;
}

/** The window's status before the days left: "open, 13 days left"; the other cases say it already. */
function status(deadline: DaysLeft): string {
  return deadline.daysLeft > 0 ? `open, ${daysLeft(deadline)}` : daysLeft(deadline);
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

const FIELD_NAMES: Readonly<Record<ReadSummary['unsure'][number], string>> = {
  noticeCode: 'the notice code',
  noticeDate: 'the notice date',
  amountDue: 'the amount due',
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
    longDate,
    date: shortDate,
    money: dollars,
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
    status,
    deadlineNotes: DEADLINE_NOTES,
    noDeadline: 'No deadline can be worked out for this notice: go by the date printed on it.',
    /** The next step under a result: the first option, and when. */
    nextStep: {
      before: (option: string, date: string) => `${option}, before ${date}.`,
      today: (option: string) => `${option}, today: check the date printed on your notice.`,
      byThen: (option: string) => `${option}, by that date.`,
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
    /**
     * The message beside the card, read first and shown in notifications: the date that matters, its
     * status, what it is the last day for, and the next step.
     */
    headline: (date: string, status: string) => `**${date}**: ${status}`,
    /** Above the scam check in the card. */
    verify: 'Is it really the IRS?',
    /** The buttons that open the result's details in the card. */
    showOptions: 'What you can do',
    showDocuments: 'Documents to gather',
    showDates: 'Every date, if missed, sources',
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
    /** The page's own send box, which takes what the person types while the chat is still loading. */
    typeHere: 'Type your message',
    send: 'Send',
    /** Who said what in the page's own messages, for a screen reader (Web Chat says the same of its own). */
    botSaid: 'Notice Navigator said:',
    youSaid: 'You said:',
    /** Shown for a photo or PDF the person sent, in place of its own name (which is not kept). */
    sentFile: 'The file you sent',
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

  /**
   * The professional disclaimer, the refusals and the note after a number was removed: reviewed together.
   * Bump DISCLAIMER_VERSION (src/guardrails/disclaimer.ts) whenever one of these sentences changes meaning.
   */
  disclaimer: {
    /** At the start of a conversation and with every summary. */
    full:
      'Please note: Notice Navigator shares general information drawn from public IRS sources. It is not ' +
      'legal or tax advice, and using it does not make anyone your adviser. The dates and amounts printed on ' +
      'your notice are the ones that count, even where they differ from what you see here. Before you act, ' +
      'talk to a qualified professional: a CPA, an enrolled agent or a tax attorney.',
    /** One line under every message that gives guidance. */
    short:
      "General information only, not legal or tax advice. Your notice's printed dates govern; check with a " +
      'CPA, enrolled agent or tax attorney before acting.',
  },

  /** Short and kind: what the assistant won't do (by category), what it can do, and who can help. */
  refusal: {
    // One sentence per category: what the assistant will not do, said kindly and without a hint of an answer.
    openings: {
      evasion:
        "I can't help with keeping income or assets out of the IRS's sight or with not paying in ways the law doesn't allow.",
      other_taxes:
        'I only cover federal IRS notices, so state, local, sales and payroll tax questions are outside what I can help with.',
      tax_planning:
        "Planning for future tax years, such as deductions or ways to lower next year's tax, is outside what I do.",
      bankruptcy:
        "How bankruptcy and tax debts fit together depends on the details of your situation, so I can't advise on it.",
      criminal:
        "Questions about possible criminal matters need a lawyer's advice, so I can't answer them here.",
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
    },
    whatICanDo:
      'What I can do is help you understand an IRS balance-due notice: what it means, its deadlines, and your ' +
      'options to pay, set up a plan or dispute it.',
    professional:
      'For advice about your own situation, a CPA, an enrolled agent or a tax attorney is the right person, and I can help you arrange a consultation.',
  },

  /** Sent after the PII rail has removed a number from the person's message. */
  piiNote:
    'For your safety, I removed what looked like a Social Security, taxpayer ID, bank, card or PIN number ' +
    'from your message. I never need those numbers to help you, so please leave them out here; share them ' +
    'only with the IRS or a professional you have chosen.',

  /** Switching the conversation's language: what a person writes to ask for this one, and the answer. */
  language: {
    /** Whole messages that ask for this language, in any language (compared without case or end marks). */
    switchWords: ['english', 'in english', 'inglés', 'ingles', 'en inglés', 'en ingles'],
    changed: "Okay, I'll continue in English. Your answers are kept.",
  },

  /** What the conversation says: questions, hints, confirmations, commands' replies, the consultation. */
  dialog: {
    welcome: [
      "Hi, I'm Notice Navigator. I help you understand an IRS notice: what it means, the deadlines it starts, and the options you have.",
      'I give general information from public IRS sources. I am not a lawyer or a tax professional, I cannot act for you, and I never need your Social Security number or bank details.',
      'Type *help*, *restart* or ask a question at any time.',
    ].join('\n\n'),

    askNoticeCode:
      "What is the notice code? It's printed in the top or bottom right corner of the letter, like **CP14**, **CP2000**, **LT11** or **Letter 1058**.",
    noticeCodeHint: {
      no_code_found:
        "I couldn't find a notice code in that. Look in the top or bottom right corner of the first page for something like **CP14** or **LT11**. You can also type *list* to see the notices I know, or *I can't find it*.",
      unknown_notice: (suggestions: string[]) =>
        suggestions.length > 0
          ? `I don't know that code. Did you mean ${orList(suggestions.map((s) => `**${s}**`))}? Type the code again, *list* to see all of them, or *I can't find it*.`
          : "I don't know that code. Check the top or bottom right corner of the letter, type *list* to see the notices I know, or *I can't find it*.",
    },
    noticeList: (codes: string[]) =>
      `These are the notices I know:\n\n${codes.join(', ')}\n\nWhich one is yours?`,
    describeLetter:
      "That's all right. In a few words, what does the top of the letter say? For example *intent to levy*, *proposed changes* or *balance due*.",
    stillUnknown:
      "I still can't tell which notice this is, so I can't give you dates. Before you do anything else, make sure the letter is really from the IRS.",

    askNoticeDate: 'What date is printed on the notice? For example *March 2, 2026* or *3/2/2026*.',
    noticeDateHint: {
      empty: 'Please type the date printed on the notice, for example *March 2, 2026* or *3/2/2026*.',
      not_a_date:
        "I couldn't find a date in that. Please type the date printed on the notice, like *3/2/2026*.",
      relative_date:
        'I need the exact date printed on the notice rather than a day like *yesterday*, so the deadlines come out right. For example *3/2/2026*.',
      impossible_date:
        "That date doesn't exist on the calendar. Please check it and type it again, month first: *3/2/2026*.",
      ambiguous: 'I see more than one date there. Which one is printed on the notice as its date?',
      date_in_future:
        'That date is in the future. Please check the date printed on the notice and type it again.',
      before_irs_notices: 'That date looks too old. Please check the year printed on the notice.',
    },
    veryOldNotice:
      'That notice is several years old. The IRS has probably sent newer letters since then; if you have a newer one, type *restart* and use that one.',

    askAgreement: 'Do you agree with the balance or the changes on the notice?',
    agreementChoices: ['Yes', 'No', 'Not sure', 'I already paid'],
    agreementHint:
      'Please answer *yes*, *no* or *not sure* (or *I already paid* if you believe you paid it).',

    askAmount: 'How much does the notice say you owe? For example *$1,250.00*.',
    amountHint: {
      empty: 'Please type the amount due printed on the notice, for example *$1,250*.',
      no_amount: "I couldn't find an amount in that. Please type the amount due, for example *$1,250*.",
      negative: 'The amount due should be a positive number. Please type the amount printed on the notice.',
      too_large: 'That amount looks too large. Please check the amount printed on the notice.',
      ambiguous: 'I see more than one amount. Which one is the total amount due?',
    },
    askAbroad: 'Was the notice addressed to you at an address outside the United States?',
    askCanPay: 'Could you pay the full balance now?',
    yesNoChoices: ['Yes', 'No'],
    yesNoHint: 'Please answer *yes* or *no*.',

    /** The date a notice prints for the one deadline the rules cannot date on their own. */
    askPrintedDate: (code: string, deadline: string) =>
      deadline === 'cdp-hearing'
        ? `Your ${code} prints the last day to request a hearing, and that date is the one that counts. What date does it show? Type it, or *I don't see one*.`
        : `Your ${code} prints the date by which to pay or contact the IRS, and that date is the one that counts. What date does it show? Type it, or *I don't see one*.`,
    notShownChoices: ["I don't see one"],
    printedDateHint: (code: string, detail: readonly string[]) =>
      code === 'does_not_fit'
        ? `That can't be the date printed for this: it has to be after the notice date (${shortDate(detail[0] ?? '')}) and within two years of it. Please check it and type it again, or *I don't see one*.`
        : "I couldn't find a date in that. Please type the date printed on the notice, like *12/3/2026*, or *I don't see one*.",
    askLienFilingDate:
      "When was the lien filed? The filing date is what starts the hearing window; without it I can only show the earliest possible last day. Type the date, or *I don't know*.",
    notKnownChoices: ["I don't know"],
    lienFilingDateHint: (code: string, detail: readonly string[]) =>
      code === 'after_notice'
        ? `The lien is filed before the letter about it is sent, and that date is after the letter's date (${shortDate(detail[0] ?? '')}). Please check it and type it again, or *I don't know*.`
        : code === 'too_early'
          ? `The letter is sent within a few business days after the lien is filed, and that date is too long before the letter's date (${shortDate(detail[0] ?? '')}). Please check it and type it again, or *I don't know*.`
          : "I couldn't use that as the filing date. Please type it like *10/27/2026*, or *I don't know*.",

    reading: {
      /** "I read a CP14 dated November 16, 2026 for tax year 2025, $2,418.77 due by December 7, 2026: is that right?" */
      confirm: (read: ReadSummary) => {
        const parts = [
          `I read ${read.noticeCode ? `a ${read.noticeCode}` : 'a notice'}`,
          read.noticeDate && `dated ${shortDate(read.noticeDate)}`,
          read.taxYear && `for tax year ${read.taxYear}`,
        ].filter(Boolean);
        const money =
          read.amountDue === undefined
            ? undefined
            : `${dollars(read.amountDue)} due${read.payBy ? ` by ${shortDate(read.payBy)}` : ''}`;
        const dated = read.otherDeadlines.map((d) => `${d.label.toLowerCase()} ${shortDate(d.date)}`);
        const unsure =
          read.unsure.length > 0
            ? ` I couldn't read ${orList(read.unsure.map((f) => FIELD_NAMES[f]))} clearly, so I'll ask.`
            : '';
        return `${[parts.join(' '), money, ...dated].filter(Boolean).join(', ')}: is that right?${unsure}`;
      },
      confirmHint:
        "Please answer *yes* or *no*, or tell me what to fix, like *the date is November 20* or *it's a CP504*.",
      rejected: "No problem, let's go through it by typing.",
      oneAtATime: "I'm still reading the file you sent. One file at a time, please.",
      failed: (message: string) => `${message} You can also type the notice code, like *CP14*.`,
      fetchRefused:
        "I can't open a file from there. Send the photo or PDF itself, or type the notice code, like *CP14*.",
      reading: 'Reading your notice…',
      heldUntilRead: "I'm still reading your notice. I'll answer this message as soon as I'm done.",
    },

    understood: (facts: string) => `Got it: ${facts}.`,
    corrected: (facts: string) => `Changed: ${facts}.`,
    contradiction: (first: string, kept: string, what: string) =>
      `You gave two ${what}s, ${first} and then ${kept}: I'm going with ${kept}. Tell me if it's the other one.`,
    confirmFacts: (facts: string) => `So: ${facts}. Is that right?`,
    confirmChoices: ["Yes, that's right", 'Change something'],
    confirmHint:
      "Please answer *yes* if that's right, or tell me what to change, like *it's dated March 3* or *the amount is $2,148*.",
    askCorrection:
      "What should I change? For example *it's dated March 3*, *it's a CP501* or *the amount is $2,148*.",
    correctionHint:
      "I couldn't tell what to change. Please say it like *it's dated March 3*, *it's a CP501* or *the amount is $2,148*.",
    /** The dates in words ("Wednesday, November 4, 2026"), as every date the person is shown. */
    whichDate: (dates: string[]) =>
      `I see two dates, ${orList(dates.map((d) => `**${longDate(d)}**`))}. Which one is printed on the notice as its date?`,
    onlyNumberHint:
      "I see only a number there. Please answer in words, like *yes* or *no*. If it's the amount on the notice, say *the amount is $2,148*.",
    noWordsHint:
      'I can only read words and numbers, not pictures or symbols. Please type your answer, for example *CP14* or *March 2, 2026*.',
    summary: {
      dated: (date: string) => `dated ${date}`,
      agree: 'you agree',
      disagree: 'you disagree',
      unsure: "you're not sure it's right",
      alreadyPaid: 'you already paid',
      canPay: 'you can pay in full now',
      cannotPay: "you can't pay in full now",
      abroad: 'addressed outside the US',
      inUS: 'addressed in the US',
      taxYear: (year: number) => `tax year ${year}`,
      printed: {
        'pay-by': 'pay by',
        'respond-by': 'respond by',
        'hearing-by': 'last day to request a hearing',
        'petition-by': 'last day to petition the Tax Court',
      },
      lienFiled: (date: string) => `lien filed ${date}`,
    },
    tooManyTries:
      "I'm sorry, I'm having trouble understanding. A tax professional can look at the notice with you: type *talk to a person*. Or type *restart* to try again from the start.",
    help: [
      "I'll ask for the notice code, the date printed on it and whether you agree, then show your deadlines and options.",
      'You can type at any time:',
      '- *restart* to start over',
      '- *back* to change your last answer',
      '- *menu* to see this list again',
      '- *list* to see the notices I know',
      '- *talk to a person* to be put in touch with a professional',
      '- or ask a question, like *what is a CDP hearing?*',
    ].join('\n'),
    cancelled: "Okay, I've stopped. Type anything to begin again.",
    restarting: "Okay, let's start over.",
    lostTrack:
      "Sorry, I lost track of where we were, so I couldn't keep your answers. Let's start again from the first question.",
    nothingToGoBackTo: "There's no earlier answer to change. Let's continue.",
    human:
      "A qualified tax professional (a CPA, an enrolled agent or a tax attorney) can review your notice and act for you. If you have already started, I'll keep your answers here; type *restart* to check another notice.",
    afterResult: 'Type *restart* to check another notice, or ask me a question about this one.',
    questionAcknowledged:
      "That's a good question. I'll answer questions like it from vetted IRS information; for now, let's keep going with your notice.",
    turnError:
      'Sorry, something went wrong on my side. Your earlier answers are safe: please send your last message again, or type *restart*.',
    /** When two messages of one conversation keep arriving at the same moment: neither is dropped silently. */
    turnConflict:
      'Sorry, that message crossed with another one from this conversation, so I did not act on it. Please send it again.',
    /** A channel or group chat: the conversation about a notice is private, one person at a time. */
    personalOnly:
      'I help one person at a time with their own notice, so I only talk in a personal chat. Open a chat with me (Notice Navigator) to start.',
    /** What "You gave two …s" names in a contradiction. */
    slotNames: { noticeCode: 'notice code', noticeDate: 'notice date', amountDue: 'amount' },
    blockedTooLong: (max: number) =>
      `That message is too long for me (over ${max} characters). Could you say it in a shorter way?`,
    intake: {
      offer: (firm: string) =>
        `Would you like a tax professional at ${firm} to review your notice with you? If you agree, I'll pass on your deadlines, your options and what you tell me, only with your permission.`,
      offerChoices: { book: 'Book a consultation', decline: 'No thanks' },
      offerHint: 'Please answer *book a consultation* or *no thanks*.',
      declined: 'No problem. Type *restart* to check another notice, or ask me a question about this one.',
      askName: 'What name should the professional use for you?',
      nameHint: 'Please type your name, for example *Maria Lopez*.',
      askContact:
        "What's the best email address or mobile number to reach you? Either one is enough, and you can give both.",
      contactHint: (code: string) =>
        ({
          bad_email:
            "That email address doesn't look complete. Please check it, for example *name@example.com*.",
          bad_mobile:
            "That number doesn't look like a mobile number. Please include the area code, like *(202) 555-0147*.",
          too_many: 'Please give just one email address and/or one mobile number.',
        })[code] ??
        'Please type an email address (like *name@example.com*) or a mobile number (like *(202) 555-0147*).',
      askMethod: 'How would you like to be contacted?',
      /** The buttons under the questions that take a word rather than a choice. */
      buttons: { anyTime: 'Any time', skip: 'Skip', all: 'All', none: 'None' },
      methodLabel: { email: 'Email', phone: 'Phone call', text: 'Text message' },
      methodHint: 'Please choose *email*, *phone call* or *text message*.',
      askTimes: 'When is a good time to reach you? For example *weekday mornings*, or *any time*.',
      timesHint: 'Please say when suits you, or *any time*.',
      askDescription:
        'In a few words, what would you like the professional to know? Please leave out Social Security, bank and card numbers. You can also say *skip*.',
      descriptionHint: 'Please describe your situation in a few words, or say *skip*.',
      askHave: (items: string[]) =>
        `Which of these do you already have? Reply with the numbers (for example *1, 3*), *all* or *none*.\n\n${items.join('\n')}`,
      haveHint:
        'Please reply with the numbers of the documents you have (for example *1, 3*), *all* or *none*.',
      askConsent: (firm: string) =>
        `May I send your case summary (your notice, its deadlines, your options and what you told me) to ${firm} so a professional can contact you?`,
      noConsent: "Okay, I haven't sent anything. Type *talk to a person* if you change your mind.",
      sent: (firm: string, reference: string, bookingUrl: string | undefined) =>
        [
          // Stored and queued, not yet received: the firm's system may be down for hours (issue 15).
          `Thank you. Your request is saved and will reach ${firm}. Your reference is **${reference}**.`,
          bookingUrl
            ? `You can pick a time for your consultation here: ${bookingUrl}`
            : 'A professional will contact you the way you asked.',
          'Your deadlines still apply while you wait: act on the earliest one if it comes first. Type *delete my data* at any time to remove what you shared.',
        ].join('\n\n'),
      notSent:
        "Sorry, I couldn't save your request just now. Nothing was sent. Please try again in a few minutes, or type *talk to a person*.",
      needsNotice:
        "I can pass your case to a professional once we've looked at your notice together. Let's start with the notice code.",
    },
    deleted: (intakes: number) =>
      intakes > 0
        ? `Done: I've deleted this conversation and the ${intakes === 1 ? 'request' : `${intakes} requests`} you sent to the firm (the firm is told to delete any copy it received).`
        : "Done: I've deleted this conversation and everything you told me in it.",
  },
};
