/**
 * Source URLs cited by the passages, each a page reviewed for the fact it supports (primary-sources.ts
 * says which hosts count as primary). One constant per page keeps typos out of the data files.
 */
export const REVIEW = {
  reviewedBy: 'Notice Navigator content review',
  reviewedOn: '2026-11-22',
} as const;

/** Passages checked again against primary sources in the second review (issue 12). */
export const SECOND_REVIEW = { ...REVIEW, reviewedOn: '2026-12-02' } as const;

/** The Spanish twins (data/es/), written and checked against their English passages (issue 17). */
export const REVIEW_ES = {
  reviewedBy: 'Notice Navigator content review (Spanish)',
  reviewedOn: '2026-12-02',
} as const;

export const SOURCE_URL = {
  // Pages in Spanish on irs.gov, cited by the Spanish twins (data/es/) before the English sources.
  cp2000NewsEs:
    'https://irs.gov/es/newsroom/heres-what-taxpayers-should-know-if-they-get-a-notice-from-the-irs',
  howIrsContactsEs:
    'https://irs.gov/es/newsroom/taxpayers-can-protect-themselves-from-scammers-by-knowing-how-the-irs-communicates',
  scammersPosingEs: 'https://irs.gov/es/newsroom/beware-of-scammers-posing-as-the-irs',
  paymentPlansEs: 'https://www.irs.gov/es/payments/payment-plans-installment-agreements',
  paymentOptionsTopicEs: 'https://www.irs.gov/es/taxtopics/tc202',
  paymentPlansTasEs: 'https://es.taxpayeradvocate.irs.gov/notices/installment-agreements/',
  cp11: 'https://www.irs.gov/individuals/understanding-your-cp11-notice',
  cp12Tas: 'https://taxpayeradvocate.irs.gov/notices/notice-cp-12',
  cp13: 'https://www.irs.gov/individuals/understanding-your-cp13-notice',
  cp14: 'https://www.irs.gov/individuals/understanding-your-cp14-notice',
  cp22aTas: 'https://taxpayeradvocate.irs.gov/?p=29372',
  cp59: 'https://www.irs.gov/individuals/understanding-your-cp59-notice',
  cp60Tas: 'https://taxpayeradvocate.irs.gov/notices/cp60-we-removed-payments-from-your-account-balance-due',
  cp71: 'https://www.irs.gov/individuals/understanding-your-cp71-notice',
  cp71a: 'https://www.irs.gov/individuals/understanding-your-cp71a-notice',
  cp71d: 'http://www.irs.gov/Individuals/Understanding-your-CP71D-Notice',
  cp71s: 'https://irs.gov/es/individuals/understanding-your-cp71s-notice',
  cp90: 'https://irs.gov/es/individuals/understanding-your-cp90-notice',
  cp91: 'https://www.irs.gov/individuals/understanding-your-cp91-notice',
  cp91Sample: 'http://www.irs.gov/Individuals/CP-91-Sample-Contents-Page-1',
  cp297: 'https://irs.gov/ko/individuals/understanding-your-cp297-notice',
  cp297a: 'https://www.irs.gov/individuals/understanding-your-cp297a-notice',
  cp297c: 'https://www.eitc.irs.gov/individuals/understanding-your-cp297c-notice',
  cp501: 'https://irs.gov/ko/individuals/understanding-your-cp501-notice',
  cp504b: 'https://www.irs.gov/Individuals/Understanding-your-CP504B-Notice',
  cp521: 'http://irs.gov/Individuals/Understanding-your-CP521-Notice',
  cp523: 'http://www.irs.gov/Individuals/Understanding-your-CP523-Notice',
  cp523c: 'https://www.irs.gov/individuals/understanding-your-cp523c-notice',
  cp2000Script:
    'https://irs.gov/newsroom/irs-letter-cp2000-proposed-changes-to-your-tax-return-asl-youtube-video-text-script',
  cp2000Sample: 'http://www.irs.gov/Individuals/CP-2000-Sample-Contents-Page-1',
  cp2501: 'https://www.irs.gov/individuals/understanding-your-cp2501-notice',
  cp3219a: 'https://www.irs.gov/es/individuals/understanding-your-cp3219a-notice',
  cp3219n: 'http://www.irs.gov/Individuals/Understanding-Your-CP3219N-Notice',
  lt16: 'https://www.irs.gov/individuals/understanding-your-lt16-notice',
  letter3172Tas: 'https://www.taxpayeradvocate.irs.gov/notices/letter-3172/',
  letter531Irm:
    'https://webarchive.library.unt.edu/eot2008/20090506032658/http:/www.irs.gov/irm/part4/ch07s09.html',
  pub1660: 'https://www.irs.gov/pub/irs-pdf/p1660.pdf',
  cdp: 'https://www.irs.gov/compliance/appeals/collection-due-process-cdp',
  form12153: 'https://www.irs.gov/pub/irs-pdf/f12153.pdf',
  timelyMailing: 'https://www.law.cornell.edu/uscode/text/26/7502',
  cdpCourtReview: 'https://www.law.cornell.edu/uscode/text/26/6330',
  lien6320: 'https://www.law.cornell.edu/uscode/text/26/6320',
  capTas: 'https://taxpayeradvocate.irs.gov/notices/collection-appeals-program-cap',
  capRequestTas: 'https://www.taxpayeradvocate.irs.gov/notices/taxpayer-requests-collection-appeals-program/',
  irc7503: 'https://www.law.cornell.edu/uscode/text/26/7503',
  dcHolidays: 'https://development.code.dccouncil.gov/us/dc/council/code/sections/1-612.02',
  dcObserved: 'https://code.dccouncil.gov/us/dc/council/code/sections/28-2701',
  interestFreeStatute: 'https://www.law.cornell.edu/uscode/text/26/6601',
  failureToPay: 'https://www.irs.gov/payments/failure-to-pay-penalty',
  irc6651: 'https://www.law.cornell.edu/uscode/text/26/6651',
  mathErrorClinic: 'https://www.law.cornell.edu/uscode/text/26/6213',
  oicDeemedAccepted: 'https://www.law.cornell.edu/uscode/text/26/7122',
  /** Treas. Reg. 300.3(b)(1), as amended by T.D. 9894 (85 FR 14567). */
  oicFeeRegulation: 'https://www.ecfr.gov/current/title-26/section-300.3',
  oicFaq:
    'https://www.irs.gov/faqs/irs-procedures/collection-procedural-questions/collection-procedural-questions',
  oicTas: 'https://dev.taxpayeradvocate.irs.gov/?p=3066',
  form9465Instructions: 'https://www.irs.gov/instructions/i9465/ch02.html',
  form9465Fees: 'https://www.irs.gov/pub/irs-pdf/i9465.pdf',
  paymentPlans2018:
    'https://webharvest.gov/congress115th/20181203180524/https://www.irs.gov/payments/payment-plans-installment-agreements',
  cp40: 'https://www.irs.gov/individuals/understanding-your-cp40-notice',
  payByCheck: 'https://www.irs.gov/individuals/pay-by-check-or-money-order',
  tigtaReport:
    'https://www.tigta.gov/articles/press-releases/tigta-announces-personnel-changes-office-investigations-0',
  irsHelpPage: 'https://www.irs.gov/help/let-us-help-you',
  /** TAS page "IRS Tax Law Phone Line" (updated 2024-09-05): 800-829-1040, 7 a.m. to 7 p.m. local time, Monday to Friday. */
  irsPhoneLine: 'https://www.taxpayeradvocate.irs.gov/notices/irs-tax-law-phone-line/',
  /** Archived irs.gov "Taxpayer Advocate Service At-a-Glance" (2009). */
  tasAtAGlance:
    'https://webarchive.library.unt.edu/eot2008/20090114195217/http://www.irs.gov/irs/article/0,,id=101099,00.html',
  /** IRM 13.1.7, TAS case criteria. */
  tasCaseCriteria: 'http://www.irs.gov/irm/part13/irm_13-001-007.html',
  /** irs.gov "Temporarily Delay the Collection Process" (updated 2014-04-29). */
  delayCollection:
    'http://www.irs.gov/Businesses/Small-Businesses-&-Self-Employed/Temporarily-Delay-the-Collection-Process',
  /** IRC 6402(a) on the House's site (1994 edition; the credit rule of (a) is unchanged since). */
  irc6402:
    'https://uscode.house.gov/view.xhtml?edition=1994&num=0&req=granuleid%3AUSC-1994-title26-section6402',
  /** Treas. Reg. 301.6331-2(a): notice of intent to levy at least 30 days before a levy. */
  levyNoticeRegulation: 'https://www.ecfr.gov/current/title-26/section-301.6331-2',
  irc6672: 'https://www.law.cornell.edu/uscode/text/26/6672',
  /** IRM 5.7.6 (2017), "Taxpayer's Response to Letter 1153(DO)": 60 days, 75 if addressed outside the United States. */
  /** Treas. Reg. 301.6404-1: abatement claims on Form 843; none for income, estate or gift tax. */
  abatementRegulation: 'https://www.ecfr.gov/current/title-26/section-301.6404-1',
  trustFundIrm: 'https://www.irs.gov/irm/part5/irm_05-007-006',
  realIrsContactIrsPage:
    'https://www.irs.gov/newsroom/how-to-know-its-really-the-irs-calling-or-knocking-on-your-door',
  realIrsContact:
    'https://www.irs.gov/newsroom/how-to-know-its-really-the-irs-calling-or-knocking-on-your-door',
} as const;
