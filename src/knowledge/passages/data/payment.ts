import type { Passage } from '../passage-schema.ts';
import { REVIEW, SECOND_REVIEW, SOURCE_URL } from './sources.ts';

/** Paying, what it costs to wait, payment plans and the options when you cannot pay. */
export const paymentPassages: readonly Passage[] = [
  {
    id: 'pay-in-full-methods',
    version: 1,
    title: 'Paying the full amount safely',
    topics: ['pay in full', 'how to pay', 'payment options', 'pay online', 'check', 'card'],
    text:
      'If you can pay the whole amount, pay it by the date on your notice so that no more interest is added. ' +
      'Use only payment channels you reach yourself: the payment options listed on IRS.gov, such as paying ' +
      'online from a bank account or by card, or mailing a check or money order with the payment slip from ' +
      'your notice to the address printed on it. Keep the confirmation number or a copy of the check. Never ' +
      'pay with a gift card, and never pay someone who calls you and demands money right away.',
    sources: [
      { url: SOURCE_URL.cp14, supports: 'No interest if the full amount is paid by the date on the notice' },
      { url: SOURCE_URL.realIrsContact, supports: 'The IRS never demands gift cards or immediate payment' },
    ],
    facts: ['IRS.gov'],
    ...REVIEW,
    confidence: 'P',
  },
  {
    id: 'interest-free-window',
    version: 1,
    title: 'Pay in full quickly to stop more interest',
    topics: ['interest', 'interest free', 'stop interest', 'pay quickly', '21 days', '10 business days'],
    text:
      'If you can pay the whole bill soon, do it by the date on your notice. Under section 6601(e)(3) of the ' +
      'tax code, when the IRS sends a bill demanding payment and you pay it in full within 21 calendar days ' +
      'of the notice date, no more interest is charged on that amount for the time after the notice. If the ' +
      'bill is $100,000 or more, the window is 10 business days instead. The same timing keeps the ' +
      'late-payment penalty from starting on tax the IRS added after your return. The date printed on your ' +
      'notice governs.',
    sources: [
      {
        url: SOURCE_URL.interestFreeStatute,
        supports: 'IRC 6601(e)(3): 21 calendar days, 10 business days at $100,000',
      },
      { url: SOURCE_URL.cp14, supports: 'No interest if you pay the full amount by the date on the notice' },
      {
        url: SOURCE_URL.irc6651,
        supports: 'IRC 6651(a)(3): the penalty on unreported tax follows the same window',
      },
    ],
    facts: ['section 6601(e)(3)', '21 calendar days', '$100,000', '10 business days'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'failure-to-pay-penalty',
    version: 1,
    title: 'The penalty for paying late',
    topics: ['failure to pay penalty', 'late payment penalty', 'penalty rate', 'how much penalty', 'percent'],
    text:
      'If tax stays unpaid after it is due, the IRS adds a penalty of 0.5% of the unpaid tax for each month ' +
      'or part of a month, up to 25% in total. A part of a month counts as a full month, even if you pay ' +
      'early in it. Two rules change the rate. While an approved payment plan is in effect, it drops to ' +
      '0.25% a month if you filed your return on time. But if you do not pay within 10 days after the IRS ' +
      'sends a notice of intent to levy, it rises to 1% a month. Interest is charged as well.',
    sources: [
      {
        url: SOURCE_URL.failureToPay,
        supports: 'Failure-to-pay rates: 0.5%, 0.25% on a plan, 1% after intent to levy, 25% cap',
      },
      { url: SOURCE_URL.irc6651, supports: 'IRC 6651(a)(2): 0.5% per month, 25% maximum' },
    ],
    facts: ['0.5%', '25%', '0.25%', '10 days', '1%'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'failure-to-file-penalty',
    version: 1,
    title: 'The penalty for filing late',
    topics: ['failure to file penalty', 'late filing', 'late return', 'penalty rate', 'not filed'],
    text:
      'Filing late usually costs more than paying late. The late-filing penalty is 5% of the unpaid tax for ' +
      'each month or part of a month the return is late, up to 25%. In a month when both penalties apply, ' +
      'the filing penalty is reduced by the payment penalty, so the total is 4.5% plus 0.5%. There is also a ' +
      'minimum penalty when a return is more than 60 days late; the dollar figure changes from year to year, ' +
      'so use the amount shown on your notice. Even if you cannot pay, filing as soon as you can limits the ' +
      'damage.',
    sources: [
      {
        url: SOURCE_URL.irc6651,
        supports: 'IRC 6651(a)(1): 5% per month, 25% maximum, minimum after 60 days',
      },
      { url: SOURCE_URL.failureToPay, supports: 'Both penalties in one month: 4.5% plus 0.5%' },
    ],
    facts: ['5%', '25%', '4.5%', '0.5%', '60 days'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'cannot-pay-options',
    version: 2,
    title: "If you can't pay the full amount",
    topics: ["can't pay", 'cannot afford', 'no money', 'options', 'hardship', 'broke'],
    text:
      'Not being able to pay everything is common, and there are ways forward. Do not ignore the bill. Pay ' +
      'what you can now, because interest and penalties grow only on what stays unpaid. Then pick the ' +
      'option that fits: a short-term plan if you can pay in a few months; a monthly installment agreement ' +
      'if you need longer; an offer in compromise if paying in full will never be realistic; or a delay in ' +
      'collection if you cannot pay any of it for now. Call the number on your notice to talk it through.',
    sources: [
      { url: SOURCE_URL.failureToPay, supports: 'The penalty is a share of the unpaid tax' },
      { url: SOURCE_URL.paymentPlans2018, supports: 'Short-term payment plans exist (archived IRS page)' },
      { url: SOURCE_URL.form9465Instructions, supports: 'Long-term installment agreements' },
      { url: SOURCE_URL.oicFaq, supports: 'Offer in compromise' },
      {
        url: SOURCE_URL.delayCollection,
        supports: 'If you cannot pay any of your tax debt, the IRS may temporarily delay collection',
      },
    ],
    facts: [],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'short-term-payment-plan',
    version: 2,
    title: 'Short-term payment plan',
    topics: ['short term plan', 'more time to pay', 'extension to pay', '180 days', 'payment plan'],
    text:
      'If you can pay everything within a few months, ask about a short-term payment plan instead of a ' +
      'monthly installment agreement. The IRS sets how long a short-term plan can last and who can get one, ' +
      'and it changes those terms from time to time, so this guide does not quote them: check the current ' +
      'IRS payment plan page, or call the number on your notice. The IRS has not charged a setup fee for a ' +
      'short-term plan. Penalties and interest keep adding up until the balance is paid, so paying sooner ' +
      'costs less.',
    sources: [
      {
        url: SOURCE_URL.paymentPlans2018,
        supports: 'No user fee for a short-term payment plan (archived IRS page)',
      },
      {
        url: SOURCE_URL.failureToPay,
        supports: 'The failure-to-pay penalty runs each month until the tax is paid',
      },
      { url: SOURCE_URL.interestFreeStatute, supports: 'IRC 6601(a): interest runs until the tax is paid' },
    ],
    facts: [],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'installment-agreement',
    version: 2,
    title: 'Monthly payment plan (installment agreement)',
    topics: [
      'installment agreement',
      'payment plan',
      'monthly payments',
      'pay over time',
      'form 9465',
      'direct debit',
    ],
    text:
      'If you need more than 180 days, you can ask for a monthly payment plan, called an installment ' +
      'agreement. If you owe $50,000 or less in all, you can usually ask for it online instead of mailing ' +
      'Form 9465. If you owe more than $25,000 but not more than $50,000, the Form 9465 instructions ask ' +
      'you to agree to pay by direct debit from your bank account or by payroll deduction; otherwise you ' +
      'send a financial statement on Form 433-F with the request. Interest continues, but the late-payment ' +
      'penalty is lower while the plan is in effect if you filed on time.',
    sources: [
      {
        url: SOURCE_URL.form9465Instructions,
        supports:
          'Online request at $50,000 or less; over $25,000 up to $50,000: direct debit or payroll deduction, or Form 433-F',
      },
      { url: SOURCE_URL.failureToPay, supports: 'Lower failure-to-pay rate during an approved plan' },
    ],
    facts: ['180 days', '$50,000', 'Form 9465', '$25,000', 'Form 433-F'],
    ...SECOND_REVIEW,
    confidence: 'C',
  },
  {
    id: 'installment-agreement-fees',
    version: 2,
    title: 'Payment plan setup fees',
    topics: ['setup fee', 'user fee', 'cost of payment plan', 'fee waiver', 'low income', 'direct debit'],
    text:
      'A long-term payment plan usually has a one-time setup fee; a short-term plan has none. The fee ' +
      'depends on how you apply and how you pay, and the IRS changes it from time to time, so this guide ' +
      'does not quote amounts: check the IRS payment plan page or your notice for the current fees before ' +
      'you apply. If your income is low, the fee may be waived or reduced, and a reduced fee may be paid ' +
      'back when you finish the plan; the Form 9465 instructions explain who qualifies.',
    sources: [
      { url: SOURCE_URL.paymentPlans2018, supports: 'No user fee for a short-term payment plan' },
      {
        url: SOURCE_URL.form9465Fees,
        supports:
          'Installment agreement user fees by how you apply and pay; low-income waivers and reimbursements; new fees from July 1, 2024 (checked 2026-12-02)',
      },
    ],
    facts: ['Form 9465'],
    ...SECOND_REVIEW,
    confidence: 'C',
  },
  {
    id: 'payment-plan-reminder',
    version: 1,
    title: 'CP521: your monthly payment reminder',
    topics: ['cp521', 'monthly reminder', 'payment due', 'change my plan', 'installment payment'],
    text:
      'A CP521 is a routine monthly reminder for a payment plan you already have. It shows the amount due ' +
      'and the date to pay by. Paying on time keeps the plan in good standing. If your situation has ' +
      'changed and the payment no longer fits, you can ask to change the plan, for example through the IRS ' +
      'Online Payment Agreement tool, before you miss a payment. Missing payments can lead to a CP523 and ' +
      'the end of the plan.',
    sources: [
      {
        url: SOURCE_URL.cp521,
        supports: 'CP521 monthly installment agreement reminder; modify the plan online',
      },
      { url: SOURCE_URL.cp523, supports: 'Default leads to CP523' },
    ],
    facts: ['CP521', 'CP523'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'installment-default',
    version: 1,
    title: 'CP523: your payment plan is in default',
    topics: ['cp523', 'default', 'missed payment', 'plan terminated', 'reinstate'],
    text:
      'A CP523 means the IRS intends to end your installment agreement, because a payment was missed or the ' +
      'terms were not kept, and then to levy. Contact the IRS as soon as you can, and no later than 30 days ' +
      'from the date of the notice. Paying what is due before the termination date shown on the notice may ' +
      'save the plan. A fee may apply to put a plan back in place. If you think ending the plan is wrong, ' +
      'you can appeal through the Collection Appeals Program.',
    sources: [
      { url: SOURCE_URL.cp523, supports: 'CP523: contact within 30 days; pay before the termination date' },
      { url: SOURCE_URL.cp523c, supports: 'CAP is available for a proposed termination' },
    ],
    facts: ['CP523', '30 days'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'offer-in-compromise',
    version: 1,
    title: 'Offer in compromise: settling for less',
    topics: ['offer in compromise', 'settle', 'settlement', 'pay less', 'reduce debt', 'form 656'],
    text:
      'An offer in compromise asks the IRS to accept less than the full amount when paying it all is not ' +
      'realistic. Individuals apply with Form 656 and a financial statement on Form 433-A (OIC); businesses ' +
      'use Form 433-B (OIC). If you believe you do not owe the tax at all, the form is Form 656-L instead. ' +
      'The IRS has an online Pre-Qualifier tool that shows whether you might qualify. Review takes time: if ' +
      'the IRS has not rejected an offer within 24 months of receiving it, the law treats it as accepted.',
    sources: [
      { url: SOURCE_URL.oicFaq, supports: 'Form 656 with Form 433-A (OIC) or 433-B (OIC)' },
      { url: SOURCE_URL.oicTas, supports: 'Form 656-L for doubt as to liability' },
      { url: SOURCE_URL.cp71s, supports: 'The IRS Offer in Compromise Pre-Qualifier tool' },
      { url: SOURCE_URL.oicDeemedAccepted, supports: 'IRC 7122(f): deemed accepted after 24 months' },
    ],
    facts: ['Form 656', 'Form 433-A', 'Form 433-B', 'Form 656-L', '24 months'],
    ...REVIEW,
    confidence: 'P',
  },
  {
    id: 'offer-in-compromise-costs',
    version: 2,
    title: 'What an offer in compromise costs up front',
    topics: [
      'offer in compromise fee',
      'application fee',
      'down payment',
      'lump sum',
      'periodic payment',
      'low income',
    ],
    text:
      'An offer in compromise has an application fee of $205, which is not refunded. There is no fee if your offer only argues that you do not owe the tax. You also pay ' +
      'part of the offer up front. With a lump-sum offer you send 20% of the offer with the application. ' +
      'With a periodic-payment offer you send the first payment with it and keep paying while the IRS ' +
      'decides. If you meet the low-income test in Form 656, you pay neither the fee nor these up-front ' +
      'payments. Check the current Form 656 booklet before you send anything.',
    sources: [
      {
        url: SOURCE_URL.oicFeeRegulation,
        supports:
          'Treas. Reg. 300.3(b)(1): $205 for offers submitted on or after April 27, 2020; no fee for doubt as to liability or a low-income taxpayer',
      },
      {
        url: SOURCE_URL.oicDeemedAccepted,
        supports:
          'IRC 7122(c)(1): 20% with a lump-sum offer; the first installment with a periodic-payment offer',
      },
      {
        url: SOURCE_URL.oicFaq,
        supports:
          'The application fee and initial payment are not required with the individual low-income exception in Form 656',
      },
    ],
    facts: ['$205', '20%', 'Form 656'],
    ...SECOND_REVIEW,
    confidence: 'C',
  },
  {
    id: 'currently-not-collectible',
    version: 2,
    title: 'If you cannot pay anything right now',
    topics: ['currently not collectible', 'hardship', 'cannot pay', 'pause collection', 'unemployed'],
    text:
      'If you cannot pay any of your tax debt, you can ask the IRS to delay collecting it. If the IRS ' +
      'agrees, it may put collection on hold until your finances improve. This does not erase the debt: ' +
      'penalties and interest keep growing, the IRS may still file a Notice of Federal Tax Lien, and it ' +
      'will look at your ability to pay again. In this status you may get a yearly CP71A, which needs no ' +
      'reply if nothing has changed.',
    sources: [
      {
        url: SOURCE_URL.delayCollection,
        supports:
          'Collection may be delayed until your financial condition improves; penalties and interest continue; a lien may be filed; ability to pay is reviewed again',
      },
      { url: SOURCE_URL.cp71a, supports: 'CP71A: account remains in non-collectable status' },
    ],
    facts: ['CP71A'],
    ...SECOND_REVIEW,
    confidence: 'C',
  },
  {
    id: 'annual-reminder',
    version: 1,
    title: 'CP71 notices: yearly reminders of what you owe',
    topics: ['cp71', 'cp71a', 'cp71c', 'cp71d', 'annual reminder', 'yearly notice'],
    text:
      'CP71 notices are yearly reminders of a balance you still owe. A CP71A usually means your account has ' +
      'been placed in a status where the IRS is not collecting for now, and you do not need to reply if ' +
      'your finances have not changed. A CP71D also explains that a tax debt can affect your passport. These ' +
      'reminders have no reply deadline, but one may show a pay-by date, after which more interest and ' +
      'penalties are added. If your income has improved, the IRS may start collecting again, so consider a ' +
      'payment plan.',
    sources: [
      { url: SOURCE_URL.cp71, supports: 'CP71 annual reminder of a balance due' },
      {
        url: SOURCE_URL.cp71a,
        supports: 'CP71A: non-collectable status, no action if finances are unchanged',
      },
      { url: SOURCE_URL.cp71d, supports: 'CP71D: passport denial or revocation information' },
    ],
    facts: ['CP71', 'CP71A', 'CP71D'],
    ...REVIEW,
    confidence: 'C',
  },
];
