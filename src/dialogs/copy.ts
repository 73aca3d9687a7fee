import { messages } from '../catalog/catalog.ts';
import { DEFAULT_LOCALE } from '../catalog/locale.ts';

/**
 * Everything the conversation says, in one place: easy to review as copy and, later, to translate.
 * Tax facts are not written here; they come from the knowledge base and the notice catalog.
 */
export type ReadSummary = {
  noticeCode?: string;
  noticeDate?: string;
  taxYear?: number;
  amountDue?: number;
  payBy?: string;
  otherDeadlines: { label: string; date: string }[];
  unsure: ('noticeCode' | 'noticeDate' | 'amountDue')[];
};

const FIELD_NAMES = {
  noticeCode: 'the notice code',
  noticeDate: 'the notice date',
  amountDue: 'the amount due',
} as const;

const { date: shortDate, money: dollars } = messages(DEFAULT_LOCALE).format;

export const copy = {
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
  agreementHint: 'Please answer *yes*, *no* or *not sure* (or *I already paid* if you believe you paid it).',

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
    rejected: "No problem, let's go through it by typing.",
    oneAtATime: "I'm still reading the file you sent. One file at a time, please.",
    failed: (message: string) => `${message} You can also type the notice code, like *CP14*.`,
    fetchRefused:
      "I can't open a file from there. Send the photo or PDF itself, or type the notice code, like *CP14*.",
    reading: 'Reading your notice…',
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
  whichDate: (dates: string[]) =>
    `I see two dates, ${orList(dates.map((d) => `**${d}**`))}. Which one is printed on the notice as its date?`,
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
  nothingToGoBackTo: "There's no earlier answer to change. Let's continue.",
  human:
    "A qualified tax professional (a CPA, an enrolled agent or a tax attorney) can review your notice and act for you. If you have already started, I'll keep your answers here; type *restart* to check another notice.",
  afterResult: 'Type *restart* to check another notice, or ask me a question about this one.',
  questionAcknowledged:
    "That's a good question. I'll answer questions like it from vetted IRS information; for now, let's keep going with your notice.",
  turnError:
    'Sorry, something went wrong on my side. Your earlier answers are safe: please send your last message again, or type *restart*.',
  blockedTooLong: (max: number) =>
    `That message is too long for me (over ${max} characters). Could you say it in a shorter way?`,
  intake: {
    offer: (firm: string) =>
      `Would you like a tax professional at ${firm} to review your notice with you? If you agree, I'll pass on your deadlines, your options and what you tell me, only with your permission.`,
    offerChoices: ['Book a consultation', 'No thanks'],
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
} as const;

export function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
