/**
 * A held-out set for passage retrieval, written before the synonym tables and the confidence rules were
 * tuned against the bot's evaluation, and not used to tune them: it measures how retrieval does on
 * questions nobody fitted it to. Do not add a question here to make a change pass; add it to
 * retrieval-questions.ts instead.
 *
 * In scope: questions the vetted passages really answer, each with every passage id that would be a good
 * answer (a hit is any of them among the top three). Off topic: other subjects, other taxes, and IRS
 * subjects no vetted passage covers; the assistant must refuse them rather than answer with an unrelated
 * passage.
 */
export type HeldOutQuestion = { readonly question: string; readonly expected: readonly string[] };

export const HELD_OUT_IN_SCOPE: readonly HeldOutQuestion[] = [
  // Interest and penalties
  {
    question: 'why does my balance keep going up every month??',
    expected: ['failure-to-pay-penalty', 'interest-free-window', 'check-the-calculation'],
  },
  {
    question: 'the interest theyre charging is insane, can it be taken off',
    expected: ['penalty-relief-request', 'interest-free-window'],
  },
  { question: 'how bad is the penalty if I pay late', expected: ['failure-to-pay-penalty'] },
  {
    question: 'i filed 4 months late, how much extra will that cost me',
    expected: ['failure-to-file-penalty'],
  },
  { question: 'never had a penalty before, can they let this one go?', expected: ['first-time-abatement'] },
  {
    question: 'my house flooded and i couldnt file on time, will they drop the penalty',
    expected: ['reasonable-cause', 'first-time-abatement', 'penalty-relief-request'],
  },

  // Paying
  { question: 'can I mail them a money order', expected: ['pay-in-full-methods'] },
  { question: 'do they take apple pay or google pay', expected: ['pay-in-full-methods'] },
  {
    question: 'whats the safest way to send the irs my payment',
    expected: ['pay-in-full-methods', 'scam-signs'],
  },
  { question: 'i owe about 30k, can i do monthly payments', expected: ['installment-agreement'] },
  {
    question: 'could i pay it off over like 5 or 6 months',
    expected: ['short-term-payment-plan', 'installment-agreement'],
  },
  { question: 'is there a fee to set up an installment agreement', expected: ['installment-agreement-fees'] },
  { question: 'fell behind on my payment plan and got a cp 523', expected: ['installment-default'] },
  { question: 'can i offer them less than what i owe', expected: ['offer-in-compromise'] },
  { question: 'how much money up front for an offer in compromise', expected: ['offer-in-compromise-costs'] },
  {
    question: 'im broke, what are my options',
    expected: ['cannot-pay-options', 'currently-not-collectible'],
  },
  {
    question: 'I am on disability and cannot pay them anything',
    expected: ['currently-not-collectible', 'cannot-pay-options'],
  },

  // Living abroad
  {
    question: 'i live in london, does that change my deadline?',
    expected: ['tax-court-petition', 'timelines', 'cp2000-response', 'printed-date-governs'],
  },
  {
    question: "I'm an expat in Mexico and got a notice of deficiency, how long do I have",
    expected: ['tax-court-petition', 'what-is-a-notice-of-deficiency', 'timelines'],
  },

  // Getting help
  {
    question: 'should i get an accountant to deal with this',
    expected: ['professional-help', 'representation-forms'],
  },
  {
    question: 'can an enrolled agent talk to the irs for me',
    expected: ['representation-forms', 'professional-help'],
  },
  {
    question: 'can my son handle this with the irs, im not good with phones',
    expected: ['representation-forms'],
  },
  {
    question: 'is there free help for low income people dealing with the irs',
    expected: ['low-income-taxpayer-clinics'],
  },
  {
    question: 'nobody at the irs has answered me in months, who can push my case',
    expected: ['taxpayer-advocate', 'records-and-follow-up'],
  },

  // Keeping records
  {
    question: 'can i toss the letter once i pay it off',
    expected: ['records-and-follow-up', 'keep-a-log', 'gather-documents'],
  },
  {
    question: 'should I keep copies of everything I send them',
    expected: ['gather-documents', 'keep-a-log', 'timely-mailing'],
  },

  // Real or fake
  { question: 'how can i tell the letter isnt a scam', expected: ['verify-notice-is-real', 'scam-signs'] },
  {
    question: "got a voicemail from 'IRS' saying a lawsuit has been filed against me",
    expected: ['scam-signs', 'report-impersonation', 'verify-notice-is-real', 'irs-calls-and-visits'],
  },
  {
    question: 'somebody keeps texting me pretending to be the irs, where do i report that',
    expected: ['report-impersonation'],
  },
  {
    question: 'an irs guy showed up at my work, is that legit?',
    expected: ['irs-calls-and-visits', 'verify-notice-is-real'],
  },
  { question: 'where is the code on my notice', expected: ['find-notice-code'] },

  // Dates and mailing
  { question: 'my due date falls on the 4th of july, now what', expected: ['deadline-rollover'] },
  { question: 'if i mail my reply on the last day is that ok', expected: ['timely-mailing'] },
  { question: 'do i have to send it certified mail', expected: ['timely-mailing'] },
  {
    question: 'is the date on the notice the real deadline or the one you gave me',
    expected: ['printed-date-governs'],
  },
  { question: 'everything feels urgent, what do i deal with first', expected: ['urgent-vs-disputable'] },

  // Understanding the notice
  { question: 'why did I even get a bill from the IRS', expected: ['common-causes', 'first-bill'] },
  { question: 'what should I NOT do here', expected: ['common-mistakes'] },
  {
    question: 'what happens if i just dont pay the irs at all',
    expected: ['what-happens-if-ignored', 'cannot-pay-options'],
  },
  {
    question: 'what should i have ready before i call them',
    expected: ['call-script', 'gather-documents', 'contact-irs'],
  },
  { question: 'what hours can i call the irs', expected: ['contact-irs'] },
  {
    question: 'the irs changed my return and i think they got it wrong',
    expected: ['math-error-abatement', 'check-the-calculation'],
  },
  { question: 'the irs lost track of a payment i made', expected: ['payments-removed'] },
  { question: 'amended my return and now they say i owe, why', expected: ['requested-change-balance'] },
  { question: 'they say my refund went to pay an old tax debt', expected: ['refund-applied'] },
  { question: "my refund got taken for my husband's back taxes", expected: ['refund-applied'] },
  { question: 'irs says they dont have my 2022 return', expected: ['file-missing-returns'] },

  // Disputes
  { question: 'how long do i have to answer a cp2000', expected: ['cp2000-response', 'timelines'] },
  { question: 'CP2000 says i didnt report my 1099-NEC income', expected: ['cp2000-response'] },
  { question: 'whats a cp 2501, is it a bill?', expected: ['cp2501-inquiry'] },
  {
    question: 'i got a 90 day letter, should i go to tax court',
    expected: ['what-is-a-notice-of-deficiency', 'tax-court-petition'],
  },
  { question: 'got letter 525 after my audit, what now', expected: ['appeals-protest'] },

  // Collection
  {
    question: 'can the irs just take money out of my checking account',
    expected: ['lien-vs-levy', 'final-levy-notice'],
  },
  { question: 'will they garnish my paycheck?', expected: ['lien-vs-levy', 'final-levy-notice'] },
  { question: 'theres a lien on my house now, got letter 3172', expected: ['lien-filing-notice'] },
  {
    question: 'how long do i have to ask for a CDP hearing',
    expected: ['cdp-hearing', 'final-levy-notice', 'timelines'],
  },
  {
    question: 'i missed the 30 day window for the hearing, am i screwed',
    expected: ['equivalent-hearing', 'missed-deadline-options'],
  },
  {
    question: 'irs rejected my installment agreement, can i appeal that',
    expected: ['collection-appeals-program'],
  },
  { question: 'they want to levy my social security check', expected: ['social-security-levy'] },
  { question: 'whats the difference between cp501 and cp503', expected: ['reminder-notices'] },
  {
    question: 'pasport renewal denied bc of irs debt, what can i do',
    expected: ['passport-certification'],
  },
];

export const HELD_OUT_OFF_TOPIC: readonly string[] = [
  // Life questions
  'my landlord will not return my security deposit',
  'how do i renew my drivers license',
  'can you recommend a credit card with good cashback',
  'how do I apply for unemployment benefits',
  'what is the best budgeting app',
  'how do i get a bigger tax refund next year',
  // Other taxes
  'how much is property tax in ohio',
  'when will my state refund arrive',
  'do i owe sales tax on things i sell on ebay',
  'what is the gift tax limit this year',
  'how is crypto taxed when I sell it',
  'do i have to pay taxes on my bitcoin gains',
  'is social security income taxable',
  // Tax preparation and planning, not covered
  'how do i file my taxes',
  'how do I file an extension for my tax return',
  'whats the standard deduction for a single filer',
  'can i claim my girlfriend’s kid as a dependent',
  'what is the child tax credit amount',
  'when are quarterly estimated taxes due',
  'what tax bracket am i in',
  'how do I get an EIN for my LLC',
  'my employer never sent me my W-2',
  'how do i set up direct deposit for my refund',
  // IRS subjects with no vetted passage
  'How do I qualify for innocent spouse relief?',
  'my ex husband lied on our joint return, am i responsible for his taxes',
  'how do i get an identity protection pin',
  'when is my stimulus check coming',
  'how do i change my address with the irs',
  'how do I request a copy of my tax transcript',
  'what is the statute of limitations for an audit',
];
