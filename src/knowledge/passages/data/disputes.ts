import type { Passage } from '../passage-schema.ts';
import { REVIEW, SECOND_REVIEW, SOURCE_URL } from './sources.ts';

/** Proposed changes, notices of deficiency, protests, and balances caused by account changes. */
export const disputePassages: readonly Passage[] = [
  {
    id: 'cp2000-response',
    version: 1,
    title: 'CP2000: the IRS proposes changes to your return',
    topics: ['cp2000', 'proposed changes', 'underreported income', 'income does not match', 'response form'],
    text:
      'A CP2000 is not a bill and does not mean you are being audited. It says that income or payment ' +
      'information the IRS got from employers, banks or others does not match your return, and it proposes ' +
      'changes. Send your reply and any proof within 30 days of the date on the letter, using the response ' +
      'form: you can agree, partly agree or disagree. If you need more time, call the number on the notice ' +
      'before the deadline and ask. If you live outside the United States, use the reply date printed on ' +
      'your notice. If you do not reply, the IRS can send a final notice and then a bill.',
    sources: [
      {
        url: SOURCE_URL.cp2000Script,
        supports: 'CP2000: not an audit; reply within 30 days; call for more time',
      },
      { url: SOURCE_URL.cp2000Sample, supports: 'If you do not reply: a final notice, followed by a bill' },
    ],
    facts: ['CP2000', '30 days'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'cp2501-inquiry',
    version: 1,
    title: 'CP2501: the IRS asks about income that may not match',
    topics: ['cp2501', 'income mismatch', 'inquiry', 'explain income', 'information does not match'],
    text:
      'A CP2501 is an early question, not a bill. The IRS received income or payment information that may ' +
      'not match your return, and it wants you to explain. Respond by the due date printed on the notice, ' +
      'with a short explanation and copies of your proof, such as corrected forms from the payer. If you do ' +
      'not respond, the IRS will keep working on the case and send you a CP2000 that proposes changes to ' +
      'your tax. Answering now is often the easiest way to settle it.',
    sources: [{ url: SOURCE_URL.cp2501, supports: 'CP2501: respond by the due date or a CP2000 follows' }],
    facts: ['CP2501', 'CP2000'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'what-is-a-notice-of-deficiency',
    version: 1,
    title: 'What a notice of deficiency is (the 90-day letter)',
    topics: ['notice of deficiency', '90 day letter', 'cp3219a', 'cp3219n', 'letter 531', 'snod'],
    text:
      'A notice of deficiency, often called a 90-day letter, is the formal notice that the IRS believes you ' +
      'owe more tax. Common versions are CP3219A, CP3219N and Letter 531. It opens the door to the U.S. Tax ' +
      'Court, where you can challenge the amount before paying it. The last day to file is printed on the ' +
      'notice. If you agree, you can sign the enclosed waiver, Form 5564. If you do nothing by the deadline, ' +
      'the IRS records the tax as owed and starts sending bills.',
    sources: [
      { url: SOURCE_URL.cp3219a, supports: 'CP3219A: notice of deficiency, Tax Court, Form 5564 enclosed' },
      { url: SOURCE_URL.cp3219n, supports: 'CP3219N: last day to petition stated in the notice' },
      { url: SOURCE_URL.letter531Irm, supports: 'Letter 531 is a statutory notice of deficiency' },
    ],
    facts: ['90-day', 'CP3219A', 'CP3219N', 'Letter 531', 'Form 5564'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'tax-court-petition',
    version: 1,
    title: 'Going to Tax Court before you pay',
    topics: ['tax court', 'petition', 'court', 'challenge', 'dawson', 'judge'],
    text:
      'A notice of deficiency lets you challenge the proposed tax in the U.S. Tax Court without paying first. ' +
      'File your petition within 90 days of the notice date, or 150 days if the notice was addressed to you ' +
      'outside the United States. The last day is printed on the notice, and the court cannot extend it. ' +
      'Talking with the IRS during this time does not stop the clock. You can file online through the ' +
      "court's DAWSON system, or mail your petition to 400 Second Street, NW, Washington, DC 20217.",
    sources: [
      { url: SOURCE_URL.cp3219n, supports: '90 or 150 days; Tax Court address and DAWSON e-filing' },
      {
        url: SOURCE_URL.cp3219a,
        supports: 'Working with the IRS does not extend the 90-day period; the court cannot extend it',
      },
    ],
    facts: ['90 days', '150 days', '400 Second Street', 'DC 20217'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'appeals-protest',
    version: 2,
    title: 'Protesting a proposed change: Letter 525 and Letter 1153',
    topics: ['protest', 'letter 525', 'letter 1153', 'appeals', 'trust fund recovery penalty', 'exam'],
    text:
      'Some letters propose a change and give you time to disagree before anything is final. Letter 525 ' +
      'proposes changes to your tax and gives a date by which to agree or to ask for a review by IRS ' +
      'Appeals. We could not confirm its details from an IRS source, so go by the letter, and ask before ' +
      'that date if you need more time. Letter 1153 proposes a personal penalty for taxes a business ' +
      'withheld but did not pay over. You have 60 days from the date it was mailed (75 days if it was ' +
      'addressed outside the United States) to send a protest to IRS Appeals.',
    sources: [
      {
        url: SOURCE_URL.trustFundIrm,
        supports:
          'IRM 5.7.6: after Letter 1153 and Form 2751, 60 days (75 if addressed outside the United States) to respond; timely protest',
      },
      {
        url: SOURCE_URL.irc6672,
        supports:
          'IRC 6672: penalty for failing to pay over withheld tax; notice at least 60 days before notice and demand',
      },
    ],
    facts: ['Letter 525', 'Letter 1153', '60 days', '75 days'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'payments-removed',
    version: 1,
    title: 'CP60: a payment was moved off your account',
    topics: ['cp60', 'payment removed', 'missing payment', 'misapplied payment', 'proof of payment'],
    text:
      'A CP60 means the IRS found a payment that had been put on your account by mistake and moved it to ' +
      'where it belongs, which left you with a balance due. If you believe the payment really was yours, ' +
      'call the number on the notice and have proof ready, such as a canceled check, a bank statement or a ' +
      'payment confirmation. If the notice is right, pay the balance by the date it shows, or ask about a ' +
      'payment plan if you cannot pay it all.',
    sources: [
      { url: SOURCE_URL.cp60Tas, supports: 'CP60: misapplied payment removed; call with proof of payment' },
    ],
    facts: ['CP60'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'refund-applied',
    version: 2,
    title: 'CP49: your refund was used to pay a tax debt',
    topics: ['cp49', 'refund taken', 'refund offset', 'where is my refund', 'injured spouse'],
    text:
      'A CP49 is about your refund. The law allows the IRS to use a refund to pay tax you owe for another year ' +
      'or account and send you only what is left. We could not confirm the rest of this notice from an IRS ' +
      'source, so read what it says was applied and whether any balance is still due. If some balance is ' +
      'left, pay it or ask for a payment plan. If you think the refund was applied by mistake, or it came ' +
      'from a joint return and the debt belongs only to your spouse, call the number on the notice and ask ' +
      'what you can do.',
    sources: [
      {
        url: SOURCE_URL.irc6402,
        supports: 'IRC 6402(a): an overpayment may be credited against tax owed, and the balance refunded',
      },
    ],
    facts: ['CP49'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'requested-change-balance',
    version: 1,
    title: 'CP22A: a change you asked for left a balance',
    topics: ['cp22a', 'amended return', 'adjustment', 'change i requested', 'balance after change'],
    text:
      'A CP22A means the IRS made a change you asked for, for example on an amended return, and the change ' +
      'left you with a balance due. Compare the notice with what you sent to make sure the IRS made the ' +
      'change you intended. If it matches, pay by the date on the notice to limit interest. If you disagree ' +
      'with how the change was made, call the number on the notice and have a copy of your request ready.',
    sources: [{ url: SOURCE_URL.cp22aTas, supports: 'CP22A: a requested change produced a balance due' }],
    facts: ['CP22A'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'file-missing-returns',
    version: 1,
    title: 'CP59: the IRS has no record of your return',
    topics: ['cp59', 'unfiled return', 'missing return', 'did not file', 'non filer', 'form 15103'],
    text:
      'A CP59 says the IRS has no record that you filed one or more past personal tax returns. File the ' +
      'missing return right away, even if you cannot pay what it shows, because the late-filing penalty ' +
      'grows much faster than the late-payment penalty. If you believe you did not have to file, explain why ' +
      'on Form 15103. If you filed within the last 8 weeks, you do not need to do anything yet. Left ' +
      'unanswered, this can lead to more reminders and, later, a notice of deficiency such as CP3219N.',
    sources: [
      { url: SOURCE_URL.cp59, supports: 'CP59: file immediately or explain on Form 15103; 8-week grace' },
      { url: SOURCE_URL.irc6651, supports: 'Late-filing penalty 5% a month against 0.5% for late payment' },
      { url: SOURCE_URL.cp3219n, supports: 'CP3219N: notice of deficiency for a non-filer' },
    ],
    facts: ['CP59', 'Form 15103', '8 weeks', 'CP3219N'],
    ...REVIEW,
    confidence: 'P',
  },
];
