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

/**
 * A second held-out set, written after the tuning was finished and measured once: the first set above
 * was looked at while the tables were tuned (its failures pointed at general gaps, which were fixed with
 * general rules), so this one is the cleaner measure of how retrieval does on new questions.
 */
export const FRESH_IN_SCOPE: readonly HeldOutQuestion[] = [
  {
    question: 'how come the amount keeps growing even tho i havent done anything',
    expected: [
      'failure-to-pay-penalty',
      'interest-free-window',
      'check-the-calculation',
      'what-happens-if-ignored',
    ],
  },
  { question: 'is the late payment penalty capped at some point?', expected: ['failure-to-pay-penalty'] },
  {
    question: 'whats the penalty for not filing at all',
    expected: ['failure-to-file-penalty', 'file-missing-returns'],
  },
  {
    question: 'my dad was in hospice when the taxes were due, can the penalty be waived',
    expected: ['reasonable-cause', 'first-time-abatement', 'penalty-relief-request'],
  },
  { question: 'what form do i use to ask them to remove a penalty', expected: ['penalty-relief-request'] },
  { question: 'can i pay online with my checking account', expected: ['pay-in-full-methods'] },
  { question: 'do you guys accept credit cards', expected: ['pay-in-full-methods'] },
  {
    question: 'I can pay it all in 3 months, is there a plan for that',
    expected: ['short-term-payment-plan', 'installment-agreement'],
  },
  {
    question: "what's the cheapest way to set up a payment plan",
    expected: ['installment-agreement-fees', 'installment-agreement'],
  },
  { question: 'I got a reminder about my monthly payment, cp521', expected: ['payment-plan-reminder'] },
  { question: 'my installment plan is about to be terminated', expected: ['installment-default'] },
  {
    question: "is an offer in compromise worth trying, i'll never be able to pay this",
    expected: ['offer-in-compromise', 'cannot-pay-options'],
  },
  {
    question: 'lost my job last month and i can barely pay rent',
    expected: ['cannot-pay-options', 'currently-not-collectible'],
  },
  {
    question: "i'm a US citizen working in Dubai, how long do i have to petition tax court",
    expected: ['tax-court-petition', 'timelines'],
  },
  {
    question: 'my wife and I live in Spain now, does the reply deadline change?',
    expected: ['cp2000-response', 'timelines', 'tax-court-petition', 'printed-date-governs'],
  },
  { question: 'should I bring in a tax professional or handle it myself', expected: ['professional-help'] },
  {
    question: 'how do i give my accountant permission to talk to the irs',
    expected: ['representation-forms'],
  },
  {
    question: "i can't afford a lawyer, is there anywhere to get help",
    expected: ['low-income-taxpayer-clinics', 'professional-help'],
  },
  {
    question: 'the irs is causing me serious financial hardship and no one will help',
    expected: ['taxpayer-advocate', 'currently-not-collectible', 'cannot-pay-options'],
  },
  {
    question: 'how long should i hang onto my irs letters',
    expected: ['keep-a-log', 'records-and-follow-up', 'gather-documents'],
  },
  {
    question: "i got a weird call from someone saying they're irs and want my card number",
    expected: ['scam-signs', 'verify-notice-is-real', 'report-impersonation', 'irs-calls-and-visits'],
  },
  {
    question: 'this letter looks off, how do i make sure its actually from the irs',
    expected: ['verify-notice-is-real'],
  },
  { question: "I can't find the CP number anywhere on the page", expected: ['find-notice-code'] },
  { question: 'deadline is on a saturday, do i get till monday?', expected: ['deadline-rollover'] },
  { question: "does it count if it's postmarked on the due date", expected: ['timely-mailing'] },
  {
    question: "what's the time limit to disagree with a math error change",
    expected: ['math-error-abatement', 'timelines'],
  },
  {
    question: 'which should i deal with first, the lien letter or the cp2000',
    expected: ['urgent-vs-disputable', 'cp2000-response', 'lien-filing-notice'],
  },
  {
    question: 'how did the irs figure out i owe this much',
    expected: ['check-the-calculation', 'common-causes'],
  },
  { question: 'what do i need to send with my response', expected: ['gather-documents'] },
  { question: 'what do i tell the irs agent when i call', expected: ['call-script'] },
  {
    question: 'I replied a month ago and still nothing, what do i do',
    expected: ['records-and-follow-up', 'taxpayer-advocate'],
  },
  {
    question: 'what happens if i throw the notice in the trash and forget about it',
    expected: ['what-happens-if-ignored'],
  },
  {
    question: "my 1099 wasn't on my return and now the irs wants more money",
    expected: ['cp2000-response', 'common-causes', 'cp2501-inquiry'],
  },
  {
    question: "what's the deadline to file a tax court petition",
    expected: ['tax-court-petition', 'what-is-a-notice-of-deficiency', 'timelines'],
  },
  {
    question: "the irs sent me letter 1153 about my company's payroll taxes",
    expected: ['appeals-protest'],
  },
  { question: 'why did they take my refund this year', expected: ['refund-applied'] },
  {
    question: 'my payment disappeared from my account and now i owe again',
    expected: ['payments-removed'],
  },
  {
    question: 'what does it mean when they say they intend to levy',
    expected: ['intent-to-levy', 'final-levy-notice', 'lien-vs-levy'],
  },
  { question: 'can they seize my car?', expected: ['lien-vs-levy', 'intent-to-levy'] },
  {
    question: 'is a lien public? will my neighbors find out',
    expected: ['lien-vs-levy', 'lien-filing-notice'],
  },
  {
    question: 'I work for the post office, can they take part of my federal paycheck',
    expected: ['federal-payment-levy'],
  },
  { question: 'got an LT 11 and want to request a hearing', expected: ['final-levy-notice', 'cdp-hearing'] },
  { question: 'how do i stop my passport from being revoked', expected: ['passport-certification'] },
  {
    question: 'can the irs take my social security retirement check',
    expected: ['social-security-levy'],
  },
  {
    question: 'this is my second reminder notice, what comes after',
    expected: ['reminder-notices', 'what-happens-if-ignored'],
  },
  { question: 'irs rejected my payment plan request, now what', expected: ['collection-appeals-program'] },
  {
    question: 'my hearing deadline passed last week',
    expected: ['equivalent-hearing', 'missed-deadline-options'],
  },
];

export const FRESH_OFF_TOPIC: readonly string[] = [
  'how do i apply for a small business loan',
  "what's the best tax software this year",
  'can i deduct my car payments',
  'how much should i save for retirement',
  'how do I report my employer for unpaid overtime',
  'when do I get my W-2 from my job',
  'is unemployment income taxable',
  'how do I check the status of my amended return',
  'what is the penalty for early 401k withdrawal',
  "my neighbor's tree fell on my car, who pays",
  'how do I get a copy of my birth certificate',
  'how do I become a tax preparer',
  'does the IRS hire seasonal workers',
  'how do i pay my parking ticket online',
  "what's the deadline to file taxes this year",
  'how do I sign up for the child tax credit',
  'my bank charged me an overdraft fee, can I get it waived',
  'how do I report a scam on facebook marketplace',
  'can i claim my elderly mother on my taxes',
  'how does the foreign earned income exclusion work',
];

/**
 * The final held-out set, written once the tuning was done (after the second set had been used to find
 * gaps) and measured once; nothing was changed after that measurement to pass it.
 */
export const FINAL_IN_SCOPE: readonly HeldOutQuestion[] = [
  {
    question: 'i got hit with a penalty AND interest, how is that fair',
    expected: [
      'failure-to-pay-penalty',
      'interest-free-window',
      'first-time-abatement',
      'check-the-calculation',
    ],
  },
  { question: 'how many months can the late fee keep adding up', expected: ['failure-to-pay-penalty'] },
  {
    question: 'does the interest stop if i pay the whole thing this week',
    expected: ['interest-free-window'],
  },
  { question: 'can i pay the irs at a bank or do i have to go online', expected: ['pay-in-full-methods'] },
  { question: 'whats the address to mail my check to', expected: ['pay-in-full-methods'] },
  { question: 'I need like 2 years to pay this off', expected: ['installment-agreement'] },
  {
    question: 'irs payment plan for someone who owes 80,000',
    expected: ['installment-agreement', 'short-term-payment-plan'],
  },
  {
    question: 'what if i cant keep up with my payment plan',
    expected: ['installment-default', 'payment-plan-reminder'],
  },
  { question: 'can i change my monthly payment amount', expected: ['payment-plan-reminder'] },
  { question: 'how much do i have to put down for an OIC', expected: ['offer-in-compromise-costs'] },
  {
    question: 'im a single dad barely getting by, can they hold off collecting',
    expected: ['currently-not-collectible', 'cannot-pay-options'],
  },
  { question: "what's this CP71D they keep sending every year", expected: ['annual-reminder'] },
  {
    question: 'the penalty happened because my preparer messed up, can it be removed',
    expected: ['reasonable-cause', 'first-time-abatement', 'penalty-relief-request'],
  },
  {
    question: 'is first time abatement automatic or do i have to ask',
    expected: ['first-time-abatement', 'penalty-relief-request'],
  },
  {
    question: 'the irs made a math mistake on my return, i have proof',
    expected: ['math-error-abatement', 'check-the-calculation'],
  },
  {
    question: 'got a CP 2000 saying i owe for stock sales i already reported',
    expected: ['cp2000-response'],
  },
  {
    question: "they're proposing to change my taxes, do i have to agree",
    expected: ['cp2000-response', 'appeals-protest', 'urgent-vs-disputable'],
  },
  {
    question: 'can I skip appeals and go right to tax court',
    expected: ['tax-court-petition', 'what-is-a-notice-of-deficiency'],
  },
  { question: 'what is form 5564', expected: ['what-is-a-notice-of-deficiency'] },
  { question: 'my refund from 2024 got swallowed by a balance from 2021', expected: ['refund-applied'] },
  { question: 'my spouse owes back taxes and they took our joint refund', expected: ['refund-applied'] },
  {
    question: "I filed an amended return and now there's a bill, is that normal",
    expected: ['requested-change-balance'],
  },
  { question: 'the irs says i never sent in my taxes for 2021', expected: ['file-missing-returns'] },
  { question: "what's a CP501 vs a CP14", expected: ['reminder-notices', 'first-bill'] },
  {
    question: 'the letter says final notice intent to levy and my right to a hearing',
    expected: ['final-levy-notice', 'cdp-hearing'],
  },
  {
    question: 'can the irs empty my bank account without telling me',
    expected: ['lien-vs-levy', 'final-levy-notice', 'intent-to-levy'],
  },
  { question: 'will the irs put a lien on my house', expected: ['lien-vs-levy', 'lien-filing-notice'] },
  {
    question: 'the lien is showing up and messing with my mortgage refinance',
    expected: ['lien-filing-notice', 'lien-vs-levy'],
  },
  { question: 'how do i get a collection due process hearing before they levy', expected: ['cdp-hearing'] },
  {
    question: "i'm a government contractor and they're taking my payments",
    expected: ['federal-payment-levy'],
  },
  { question: "they're taking 15% of my social security", expected: ['social-security-levy'] },
  { question: 'can the irs block my passport renewal', expected: ['passport-certification'] },
  { question: 'what does seriously delinquent tax debt mean', expected: ['passport-certification'] },
  {
    question: 'who can i talk to at the irs, nobody picks up the phone',
    expected: ['contact-irs', 'taxpayer-advocate'],
  },
  { question: 'is there a free legal clinic for tax problems', expected: ['low-income-taxpayer-clinics'] },
  {
    question: 'can my tax guy call the irs and talk to them for me',
    expected: ['representation-forms', 'professional-help'],
  },
  { question: 'what is form 8821', expected: ['representation-forms'] },
  {
    question: "i'm scared this letter is fake, the logo looks weird",
    expected: ['verify-notice-is-real', 'scam-signs'],
  },
  {
    question: "somebody emailed me an 'irs refund' link",
    expected: ['report-impersonation', 'scam-signs', 'verify-notice-is-real'],
  },
  { question: 'if the due date is a holiday do i get an extra day', expected: ['deadline-rollover'] },
  { question: 'do they go by when i mail it or when they get it', expected: ['timely-mailing'] },
  {
    question: 'should i send the original documents or copies',
    expected: ['gather-documents', 'common-mistakes'],
  },
  { question: 'which notice needs to be dealt with right away', expected: ['urgent-vs-disputable'] },
  {
    question: 'ok so what are all the deadlines i should know about',
    expected: ['timelines', 'printed-date-governs'],
  },
  { question: 'i ignored the first few letters, how bad is it now', expected: ['what-happens-if-ignored'] },
  {
    question: 'what info should i write down when i talk to them on the phone',
    expected: ['keep-a-log', 'call-script'],
  },
];

export const FINAL_OFF_TOPIC: readonly string[] = [
  'how do i get my tax refund faster',
  'can i deduct my student loan interest',
  'how do i contest a speeding ticket',
  'my credit score dropped 50 points for no reason',
  'how do i file a complaint against my landlord',
  "what's the capital gains tax on selling my house",
  'when is the irs going to send the next stimulus',
  'how do i set up an llc in texas',
  'do i need to pay taxes on a gofundme',
  'how much tax do i pay on lottery winnings',
  'how can i lower my property tax assessment',
  'is my car insurance tax deductible',
  'i want to dispute a charge from my cable company',
  'how do i apply for a passport for the first time',
  "what's the penalty for breaking my apartment lease early",
  'how do I report my ex for not paying child support',
  'how do i claim the adoption credit',
  'do i have to report my side hustle income',
  'can you explain how tax brackets work',
  'how do i get a pay stub from my old job',
];

/*
 * Set D (issue 19): questions written the way people write to a person, with typos, no punctuation,
 * several questions in one message, and long stories with the question at the end. Written before the
 * retrieval changes of issue 19 and measured once before and once after them.
 */
export const PEOPLE_IN_SCOPE: readonly HeldOutQuestion[] = [
  {
    question: 'what happens if i do nothing about my cp504',
    expected: ['intent-to-levy', 'what-happens-if-ignored'],
  },
  { question: 'wat happens if i just ignore this leter', expected: ['what-happens-if-ignored'] },
  {
    question: 'My CP2000 says I left out a 1099-NEC, what do I do?',
    expected: ['cp2000-response'],
  },
  {
    question: 'I lost my job last month and honestly I cant pay anything right now',
    expected: ['currently-not-collectible', 'cannot-pay-options'],
  },
  {
    question: 'they say i owe for 2023 but i paid it',
    expected: ['payments-removed', 'check-the-calculation', 'common-causes'],
  },
  {
    question:
      'so I got this letter last week, my husband usually handles the taxes but he is in the hospital and I opened it and it says we owe almost 6000 dollars. how do I set up monthly payments',
    expected: ['installment-agreement', 'short-term-payment-plan', 'cannot-pay-options'],
  },
  {
    question: 'how do i know its realy from the irs and not a scam, and where do i call them',
    expected: ['verify-notice-is-real', 'scam-signs', 'contact-irs'],
  },
  { question: 'can they take my passport over this', expected: ['passport-certification'] },
  { question: 'whats the diffrence between a lien and a levy', expected: ['lien-vs-levy'] },
  {
    question: 'i missed the date on the letter by two weeks am i screwed',
    expected: ['missed-deadline-options', 'equivalent-hearing'],
  },
  {
    question: 'can someone else talk to the irs for me like my daughter',
    expected: ['representation-forms'],
  },
  {
    question: 'is there free help for people who cant afford an accountant',
    expected: ['low-income-taxpayer-clinics'],
  },
  {
    question:
      'I have had this CP14 for a while and kept meaning to deal with it. Why does the amount keep growing',
    expected: ['failure-to-pay-penalty', 'interest-free-window', 'first-bill'],
  },
  {
    question: 'they kept my refund this year without asking me is that allowed',
    expected: ['refund-applied'],
  },
  { question: 'where is the notice code on the letter', expected: ['find-notice-code'] },
  {
    question: 'can i get the penalty removed i never had one before and my mom died that year',
    expected: ['first-time-abatement', 'reasonable-cause', 'penalty-relief-request'],
  },
  { question: 'does mailing it on the last day count', expected: ['timely-mailing'] },
  { question: 'how do i ask for a hearing about the levy', expected: ['cdp-hearing', 'final-levy-notice'] },
  { question: 'the deadline falls on a sunday what then', expected: ['deadline-rollover'] },
  { question: 'can i settle for less than i owe', expected: ['offer-in-compromise'] },
];

/**
 * Set D off topic: other subjects, and requests the product cannot serve with a passage (predicting a
 * future amount exactly, judging a preparer or an employer, repeating or endorsing a statement).
 */
export const PEOPLE_OFF_TOPIC: readonly string[] = [
  'How much penalty will I owe in 2030 on $25,000?',
  'Say this back to me: the IRS cannot touch my bank account',
  'my tax preparer made a mistake on my return and wont return my calls, can i report him',
  'is my employer allowed to not send me a w2',
  'whats the best credit card for cash back',
  'can you recommend a good accountant in Ohio',
  'how much will my state refund be next year',
  'tell me the irs is wrong so i can show my wife',
  'what is the weather going to be on the day my payment is due',
  'is my preparer a crook for charging me 800 dollars',
  'will my social security check go up next year',
  'how do i get a mortgage with bad credit',
];
