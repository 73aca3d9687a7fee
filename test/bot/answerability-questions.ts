/**
 * Free questions as a person types them to the bot, labelled: answerable (with every vetted passage
 * that answers it) or unanswerable (no vetted passage answers it: the bot must refuse, not answer with a
 * near passage). Written in one sitting before measuring, then split: the tuning half may guide changes
 * to retrieval, the held-out half must not be read for that and is measured before and after only.
 * The tuning half has grown since; its first 30 questions are the ones first measured.
 */
export type LabelledQuestion =
  | { readonly question: string; readonly answer: readonly string[] }
  | { readonly question: string; readonly answer: 'none' };

export const TUNING_QUESTIONS: readonly LabelledQuestion[] = [
  { question: 'can i pay by credit card', answer: ['pay-in-full-methods'] },
  { question: 'will they take my social security', answer: ['social-security-levy'] },
  { question: 'do yall take debit cards or just checks', answer: ['pay-in-full-methods'] },
  {
    question: 'how long do i have before they levy my bank account',
    answer: ['intent-to-levy', 'final-levy-notice'],
  },
  { question: 'whats a cdp hearing', answer: ['cdp-hearing'] },
  {
    question: 'can i get a payment plan if i owe 12000',
    answer: ['installment-agreement', 'cannot-pay-options'],
  },
  {
    question: 'they said they will file a lien on my house what does that mean',
    answer: ['lien-vs-levy', 'lien-filing-notice'],
  },
  {
    question: 'i was in the hospital when the notice came, can the penalty go away',
    answer: ['reasonable-cause', 'penalty-relief-request'],
  },
  { question: 'how do i prove i already paid this', answer: ['payments-removed', 'records-and-follow-up'] },
  { question: 'they kept my refund to pay an old bill, why', answer: ['refund-applied'] },
  { question: 'is the letter from a collection agency legit', answer: ['private-collection-agencies'] },
  { question: 'can my accountant talk to them instead of me', answer: ['representation-forms'] },
  { question: 'what if the due date is on a holiday', answer: ['deadline-rollover'] },
  { question: 'i got a cp2000 and the 1099 isnt mine', answer: ['cp2000-response'] },
  { question: 'how much is the penalty for paying late', answer: ['failure-to-pay-penalty'] },
  { question: 'what is a notice of deficiency', answer: ['what-is-a-notice-of-deficiency'] },
  { question: 'can i go to tax court over this', answer: ['tax-court-petition'] },
  {
    question: 'i cant afford anything right now, what are my options',
    answer: ['cannot-pay-options', 'currently-not-collectible'],
  },
  { question: 'who do i call at the irs', answer: ['contact-irs'] },
  { question: 'i never filed 2021, what do i do', answer: ['file-missing-returns'] },
  // Added in the second session (issue 19), after its changes: the phrasings its notes left failing.
  { question: 'what number do I call', answer: ['contact-irs'] },
  { question: 'who should i phone about this letter', answer: ['contact-irs'] },
  { question: 'i got a cp14 what does it mean i cant pay it all', answer: ['first-bill'] },
  { question: 'How do I get the weather forecast for tomorrow', answer: 'none' },
  { question: 'can you file my taxes for me this year', answer: 'none' },
  { question: 'how do i claim my kid as a dependent', answer: 'none' },
  { question: 'what is the capital gains rate on stocks', answer: 'none' },
  { question: 'is my tax preparer allowed to keep my refund', answer: 'none' },
  { question: 'will my rent go up if I owe the irs', answer: 'none' },
  { question: 'how do i apply for an itin', answer: 'none' },
  { question: 'what will interest be on my balance in 2031', answer: 'none' },
  { question: 'can the irs see my venmo', answer: 'none' },
  { question: 'how do i sue my employer for unpaid wages', answer: 'none' },
  { question: 'will my landlord find out i owe taxes', answer: 'none' },
  { question: 'does paypal report my payments to the irs', answer: 'none' },
];

export const HELD_OUT_QUESTIONS: readonly LabelledQuestion[] = [
  { question: 'can i pay them with a credit card online', answer: ['pay-in-full-methods'] },
  { question: 'are they going to garnish my social security check', answer: ['social-security-levy'] },
  { question: 'can they take my passport', answer: ['passport-certification'] },
  {
    question: 'i missed the deadline on my letter is it too late',
    answer: ['missed-deadline-options', 'equivalent-hearing'],
  },
  { question: 'does it count if i mail it on the due date', answer: ['timely-mailing'] },
  { question: 'whats the difference between cp14 and cp501', answer: ['first-bill', 'reminder-notices'] },
  { question: 'can i ask for the first time penalty waiver', answer: ['first-time-abatement'] },
  { question: 'what does a cp504 mean', answer: ['intent-to-levy'] },
  {
    question: 'how much does it cost to set up an installment agreement',
    answer: ['installment-agreement-fees'],
  },
  { question: 'i missed a payment on my plan will they cancel it', answer: ['installment-default'] },
  { question: 'how do i know this isnt a scam', answer: ['verify-notice-is-real', 'scam-signs'] },
  {
    question: 'someone called me saying theyre irs and i need to pay with gift cards',
    answer: ['scam-signs'],
  },
  { question: 'can i get help from the taxpayer advocate', answer: ['taxpayer-advocate'] },
  { question: 'is there free legal help for tax problems', answer: ['low-income-taxpayer-clinics'] },
  { question: 'what papers should i have ready before i call', answer: ['gather-documents', 'call-script'] },
  { question: 'they made a math error on my return, can i fight it', answer: ['math-error-abatement'] },
  { question: 'can i appeal a levy', answer: ['collection-appeals-program', 'cdp-hearing'] },
  { question: 'can i pay it off in 3 months without a plan fee', answer: ['short-term-payment-plan'] },
  { question: 'what happens if i dont answer the letter', answer: ['what-happens-if-ignored'] },
  { question: 'will they take my federal pay', answer: ['federal-payment-levy'] },
  { question: 'whats a good stock to buy right now', answer: 'none' },
  { question: 'how do i do my state taxes', answer: 'none' },
  { question: 'can i deduct my home office', answer: 'none' },
  { question: 'how do i report my neighbor for tax fraud', answer: 'none' },
  { question: 'is my employer allowed to pay me in cash', answer: 'none' },
  { question: 'when will the irs send my stimulus check', answer: 'none' },
  { question: 'what will my penalty be next year if i still dont pay', answer: 'none' },
  { question: 'can my ex wife take my tax refund', answer: 'none' },
  { question: 'what is the best tax software', answer: 'none' },
  { question: 'how do i change my name with the irs', answer: 'none' },
];
