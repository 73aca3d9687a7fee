import type { z } from 'zod';
import type { NoticeSchema } from './notice-schema.ts';

/**
 * The IRS notice catalog: one entry per notice, every fact with the sources in its `sources` field.
 * Validated by `loadNoticeCatalog` at start; wording is the product's own, for a worried reader.
 *
 * Urgency scale (what the person risks, and how soon, if they do nothing):
 * - critical: a legal right is lost, or a levy or plan termination can start, within about 30 days of the
 *   notice date (hearing notices, notices of intent to levy, 90-day letters, payment-plan default).
 * - high: a short reply window protects a right or keeps enforcement away, or enforcement is the usual
 *   next step (second reminder, math-error bill, proposed changes, exam and penalty proposals).
 * - medium: a bill or reminder with a date printed on it; the balance grows if unpaid, but no right is
 *   lost soon.
 * - low: nothing to do if you agree, or a yearly statement.
 *
 * A row of mixed confidence in the facts takes the confidence of its core claim (what the notice is and
 * its deadline); the weaker part is phrased with "usually" in the text. Sequences that are only partly
 * confirmed say "usually"; unconfirmed details point to the notice itself.
 */
type NoticeInput = z.input<typeof NoticeSchema>;

const CDP_PAGE = 'https://www.irs.gov/compliance/appeals/collection-due-process-cdp';
const FORM_12153_TEXT = 'https://www.irs.gov/pub/irs-pdf/f12153.pdf';
const IRC_6330_TEXT = 'https://www.law.cornell.edu/uscode/text/26/6330';
const PUB_1660_COPY = 'https://www.irs.gov/pub/irs-pdf/p1660.pdf';
const INTEREST_FREE_LAW = 'https://www.law.cornell.edu/uscode/text/26/6601';
const MATH_ERROR_LAW = 'https://www.law.cornell.edu/uscode/text/26/6213';
const MATH_ERROR_CLINIC = 'https://www.law.cornell.edu/uscode/text/26/6213';
const CP504B_PAGE = 'https://www.irs.gov/Individuals/Understanding-your-CP504B-Notice';
const FAILURE_TO_PAY_PAGE = 'https://www.irs.gov/payments/failure-to-pay-penalty';
const CP3219N_PAGE = 'http://www.irs.gov/Individuals/Understanding-Your-CP3219N-Notice';
const CP59_PAGE = 'https://www.irs.gov/individuals/understanding-your-cp59-notice';
const CP501_ARCHIVED_PAGE =
  'https://webarchive.library.unt.edu/web/20201218053657/https://www.irs.gov/individuals/understanding-your-cp501-notice';
/** Treas. Reg. 301.6331-2(a): a written notice of intent to levy at least 30 days before a levy. */
const LEVY_NOTICE_REGULATION = 'https://www.ecfr.gov/current/title-26/section-301.6331-2';
/** irs.gov "Temporarily Delay the Collection Process" (updated 2014-04-29). */
const DELAY_COLLECTION_PAGE =
  'http://www.irs.gov/Businesses/Small-Businesses-&-Self-Employed/Temporarily-Delay-the-Collection-Process';
/** IRC 6402(a): an overpayment may be credited against tax owed (the House's 1994 edition; (a) is unchanged). */
const REFUND_OFFSET_LAW =
  'https://uscode.house.gov/view.xhtml?edition=1994&num=0&req=granuleid%3AUSC-1994-title26-section6402';
/** IRM 5.7.6 (2017): 60 days to respond to Letter 1153, 75 if it was addressed outside the United States. */
const TRUST_FUND_IRM = 'https://www.irs.gov/irm/part5/irm_05-007-006';
const IRC_6672_TEXT = 'https://www.law.cornell.edu/uscode/text/26/6672';

const CDP_LEVY_DEADLINES: NoticeInput['deadlines'] = [
  { id: 'cdp-hearing', trigger: 'levy' },
  { id: 'equivalent-hearing', trigger: 'levy' },
];

const HEARING_RIGHTS_LEVY =
  'Ask for a Collection Due Process hearing on Form 12153 within 30 days of the notice date: you get an Appeals hearing, the right to go to the Tax Court afterwards, and in most cases the levy waits. If that date passes, an equivalent hearing is still possible within one year (see Form 12153), without Tax Court review; a Collection Appeals Program appeal is also available.';

const UNCONFIRMED_NON_FILER: Omit<NoticeInput, 'code' | 'title'> = {
  stage: 'non-filer',
  urgency: 'medium',
  noticeAndDemand: false,
  deadlines: [],
  meaning:
    'This seems to be a reminder about a tax return the IRS has no record of receiving. We could not confirm the details of this notice from an IRS source, so go by what your notice says and the date printed on it.',
  appealRights: 'Follow the instructions and contact details printed on your notice.',
  nextIfIgnored: 'Your notice explains what the IRS may do next; read that part closely.',
  confidence: 'U',
  sources: [
    {
      url: CP59_PAGE,
      supports:
        'The IRS writes when it has no record of a filed return (CP59); CP515, CP516 and CP518 themselves are unconfirmed',
    },
  ],
};

export const noticeCatalogData: readonly NoticeInput[] = [
  // 1a. Balance-due bills and reminders
  {
    code: 'CP14',
    title: 'Balance due: first bill',
    meaning:
      "The IRS says you owe tax that hasn't been paid, and this is the first bill for it. If you pay the full amount by the date on the notice, no more interest is charged on it.",
    stage: 'balance-due',
    urgency: 'medium',
    noticeAndDemand: true,
    deadlines: [{ id: 'pay-interest-free' }],
    appealRights:
      "If you think the amount is wrong, call the number on the notice. If you can't pay it all, you can ask for a payment plan. There is no formal hearing right at this stage.",
    nextIfIgnored:
      'The IRS usually sends reminders next (CP501, then CP503, then CP504, a notice of intent to levy), and interest and penalties keep adding up.',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.irs.gov/individuals/understanding-your-cp14-notice',
        supports: 'meaning; no interest if paid by the notice date',
      },
      { url: INTEREST_FREE_LAW, supports: 'IRC 6601(e)(3) interest-free window after notice and demand' },
    ],
  },
  {
    code: 'CP161',
    title: 'Balance due: request for payment',
    meaning:
      'This seems to be a bill asking you to pay an unpaid balance. We could not confirm the details of this notice from an IRS source, so go by what it says and the due date printed on it. If it is a bill, paying in full by then usually stops more interest on the billed amount.',
    stage: 'balance-due',
    urgency: 'medium',
    noticeAndDemand: true,
    deadlines: [{ id: 'pay-interest-free' }],
    appealRights: 'If you disagree with the balance, call the number on the notice.',
    nextIfIgnored:
      'Your notice explains what the IRS may do next; an unpaid balance usually brings reminder notices.',
    confidence: 'U',
    sources: [
      { url: INTEREST_FREE_LAW, supports: 'IRC 6601(e)(3) interest-free window after notice and demand' },
      {
        url: CP501_ARCHIVED_PAGE,
        supports: 'A reminder (CP501) follows an earlier notice of an unpaid balance',
      },
    ],
  },
  {
    code: 'CP501',
    title: 'Reminder: balance due',
    meaning:
      "A reminder that the IRS still shows a balance on one of your tax accounts and hasn't received a payment or a reply to its earlier notice. Pay or respond by the due date printed on the notice.",
    stage: 'reminder',
    urgency: 'medium',
    noticeAndDemand: false,
    deadlines: [],
    appealRights:
      'If you disagree, call the number on the notice. Before collection action starts you can also appeal under the Collection Appeals Program, following the instructions on the notice.',
    nextIfIgnored:
      "The next notice is usually a second reminder, CP503. The IRS also says it can file a federal tax lien at any time if the balance isn't paid.",
    confidence: 'C',
    sources: [
      {
        url: 'https://irs.gov/ko/individuals/understanding-your-cp501-notice',
        supports: 'meaning; CAP appeal; lien can be filed at any time',
      },
      { url: CP501_ARCHIVED_PAGE, supports: 'CP501 follows the previous notice (archived IRS page)' },
    ],
  },
  {
    code: 'CP503',
    title: 'Second reminder: balance due',
    meaning:
      'This seems to be a later reminder that the IRS still shows unpaid tax. We could not confirm the details of this notice from an IRS source, so go by what it says: pay, or contact the IRS, by the due date printed on it.',
    stage: 'reminder',
    urgency: 'high',
    noticeAndDemand: false,
    deadlines: [],
    appealRights:
      'Call the number on the notice if you disagree. An appeal under the Collection Appeals Program is usually available as well.',
    nextIfIgnored:
      'Your notice explains what the IRS may do next. Before the IRS levies, it must send a notice of intent to levy.',
    confidence: 'U',
    sources: [
      { url: CP501_ARCHIVED_PAGE, supports: 'The IRS sends reminders of an unpaid balance (CP501)' },
      {
        url: 'https://taxpayeradvocate.irs.gov/notices/collection-appeals-program-cap',
        supports: 'CAP is available before collection action',
      },
      {
        url: LEVY_NOTICE_REGULATION,
        supports: 'Treas. Reg. 301.6331-2(a): notice of intent to levy before a levy',
      },
    ],
  },
  {
    code: 'CP504',
    title: 'Notice of intent to levy',
    meaning:
      'The IRS is formally warning that it intends to take (levy) property to collect unpaid tax, starting with your state tax refund. It is a serious step, but not yet the final notice that comes with hearing rights.',
    stage: 'intent-to-levy',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [
      {
        id: 'respond',
        days: 30,
        action: 'Pay the balance or contact the IRS',
        protects: 'Keeping the IRS from levying, starting with your state tax refund',
        ifMissed:
          'The IRS may levy your state tax refund. Before levying other property it usually sends a final notice with hearing rights.',
        basis:
          'IRC 6331(d) notice of intent to levy; 30 days is confirmed only on the IRS CP504B page: go by the date printed on your CP504',
        sourceUrl: CP504B_PAGE,
        confidence: 'P',
      },
    ],
    appealRights:
      'This notice has no Collection Due Process hearing right of its own. You can call the number on the notice, or appeal under the Collection Appeals Program before collection action starts.',
    nextIfIgnored:
      'The IRS can levy your state tax refund and then sends a notice with hearing rights about that levy (CP92). Before levying anything else it usually sends a final notice with hearing rights (such as LT11 or Letter 1058). A federal tax lien may also be filed, and the failure-to-pay penalty rises to 1% a month once 10 days have passed after this notice.',
    confidence: 'P',
    sources: [
      {
        url: LEVY_NOTICE_REGULATION,
        supports:
          'Treas. Reg. 301.6331-2(a): a written notice of intent to levy at least 30 days before a levy',
      },
      {
        url: PUB_1660_COPY,
        supports: 'A levy on a state tax refund is followed by a notice of the right to a hearing',
      },
      { url: CP504B_PAGE, supports: '30 days from the notice date; CAP; passport warning' },
      { url: FAILURE_TO_PAY_PAGE, supports: 'higher failure-to-pay rate after a notice of intent to levy' },
    ],
  },
  {
    code: 'CP504B',
    title: 'Notice of intent to levy (business)',
    meaning:
      "The business version of the notice of intent to levy: the IRS intends to take the business's property or rights to property for unpaid tax. Pay or contact the IRS within 30 days of the notice date.",
    stage: 'intent-to-levy',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [
      {
        id: 'respond',
        days: 30,
        action: 'Pay the balance or contact the IRS',
        protects: "Keeping the IRS from levying the business's property",
        ifMissed:
          'The IRS can move on to levy. Before most levies it usually sends a final notice with hearing rights, and a federal tax lien may be filed.',
        basis:
          'IRC 6331(d) notice of intent to levy; IRS CP504B page: no later than 30 days from the notice date',
        sourceUrl: CP504B_PAGE,
        confidence: 'C',
      },
    ],
    appealRights:
      'This notice has no Collection Due Process hearing right of its own. You can call the number on the notice, or appeal under the Collection Appeals Program before collection action starts.',
    nextIfIgnored:
      'The IRS usually sends a final notice with hearing rights and then levies; a federal tax lien may be filed. The notice also explains that serious tax debt can be reported to the State Department, which can affect a passport.',
    confidence: 'C',
    sources: [
      { url: CP504B_PAGE, supports: 'meaning; 30 days from the notice date; CAP; passport warning' },
      { url: FAILURE_TO_PAY_PAGE, supports: 'higher failure-to-pay rate after a notice of intent to levy' },
    ],
  },
  {
    code: 'CP71',
    title: 'Yearly reminder of balance due',
    meaning:
      "A yearly reminder that you still owe a balance. It doesn't ask for a reply; if it shows a pay-by date, paying by then stops more interest and penalties from adding up.",
    stage: 'annual-reminder',
    urgency: 'low',
    noticeAndDemand: false,
    deadlines: [],
    appealRights: 'You can ask for a payment plan or make an offer in compromise.',
    nextIfIgnored:
      'The balance stays on your account with interest and penalties. If collection was paused because you could not pay, it can start again when your finances improve.',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.irs.gov/individuals/understanding-your-cp71-notice',
        supports: 'annual balance-due reminder',
      },
    ],
  },
  {
    code: 'CP71A',
    title: 'Yearly reminder: account not collectible for now',
    meaning:
      "A yearly reminder of a balance the IRS has put on hold as not collectible for now; it stays on hold until your finances change. If nothing has changed, you don't need to do anything.",
    stage: 'annual-reminder',
    urgency: 'low',
    noticeAndDemand: false,
    deadlines: [],
    appealRights: 'You can ask for a payment plan or make an offer in compromise.',
    nextIfIgnored:
      'Nothing while your finances stay the same. The debt does not go away and interest and penalties continue; collection can resume if your finances improve.',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.irs.gov/individuals/understanding-your-cp71a-notice',
        supports: 'non-collectable status until finances change; passport',
      },
      {
        url: DELAY_COLLECTION_PAGE,
        supports:
          'penalties and interest continue while collection is delayed; ability to pay is reviewed again',
      },
    ],
  },
  {
    code: 'CP71C',
    title: 'Yearly statement of balance due',
    meaning:
      'This seems to be a yearly statement of a balance you still owe. We could not confirm the details of this notice from an IRS source, so go by what it says and any pay-by date printed on it.',
    stage: 'annual-reminder',
    urgency: 'low',
    noticeAndDemand: false,
    deadlines: [],
    appealRights: 'You can ask for a payment plan or make an offer in compromise.',
    nextIfIgnored: 'The balance stays on your account, and collection can resume if your finances improve.',
    confidence: 'U',
    sources: [
      {
        url: 'https://www.irs.gov/individuals/understanding-your-cp71-notice',
        supports: 'The IRS sends yearly reminders of a balance due (CP71); CP71C itself is unconfirmed',
      },
    ],
  },
  {
    code: 'CP71D',
    title: 'Yearly reminder of balance due, with passport information',
    meaning:
      "A yearly reminder that you still owe a balance, with information on how serious tax debt can lead to a passport being denied or revoked. It doesn't ask for a reply; any pay-by date on it is the date to stop more interest and penalties.",
    stage: 'annual-reminder',
    urgency: 'low',
    noticeAndDemand: false,
    deadlines: [],
    appealRights: 'You can ask for a payment plan or make an offer in compromise.',
    nextIfIgnored: 'The balance stays on your account, and collection can resume if your finances improve.',
    confidence: 'C',
    sources: [
      {
        url: 'http://www.irs.gov/Individuals/Understanding-your-CP71D-Notice',
        supports: 'annual reminder with passport information',
      },
    ],
  },
  {
    code: 'LT16',
    title: 'You have unpaid taxes or unfiled returns',
    meaning:
      "The IRS's collection unit says you have unpaid tax or a missing return and wants to hear from you. Contact the IRS by the date printed on the letter to avoid enforcement action.",
    stage: 'reminder',
    urgency: 'high',
    noticeAndDemand: false,
    deadlines: [
      {
        // The current IRS and TAS pages give no day count (the old "10 days" is gone): the letter's date governs.
        id: 'respond',
        action: 'Contact the IRS',
        protects: 'Keeping the IRS from starting enforcement action',
        ifMissed: 'The IRS can start enforcement, such as a levy or a federal tax lien.',
        basis: 'The date printed on the letter (the IRS and TAS LT16 pages give no fixed number of days)',
        sourceUrl: 'https://www.irs.gov/individuals/understanding-your-lt16-notice',
        confidence: 'U',
      },
    ],
    appealRights:
      'If you believe the tax is wrong, you are entitled to a hearing with the IRS Office of Appeals.',
    nextIfIgnored:
      'The IRS can move to a levy or a federal tax lien, or report the debt to the State Department, which can affect your passport.',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.irs.gov/individuals/understanding-your-lt16-notice',
        supports: 'meaning; contact the IRS to avoid enforcement action',
      },
      { url: 'https://taxpayeradvocate.irs.gov/notices/lt-16', supports: 'LT16 next steps' },
      { url: PUB_1660_COPY, supports: 'Office of Appeals hearing when the tax is in doubt' },
    ],
  },

  // 1b. Notices that carry hearing rights
  {
    code: 'LT11',
    title: 'Final notice of intent to levy and your right to a hearing',
    meaning:
      "This is the IRS's final notice before it takes (levies) wages, bank accounts or other property for unpaid tax. You have 30 days from the notice date to ask for a Collection Due Process hearing.",
    stage: 'final-notice-cdp',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [...CDP_LEVY_DEADLINES],
    appealRights: HEARING_RIGHTS_LEVY,
    nextIfIgnored:
      "After the 30 days the IRS can levy wages, bank accounts and other property. The late-payment penalty also goes up if the tax isn't paid within 10 days of a notice of intent to levy.",
    confidence: 'C',
    sources: [
      {
        url: CDP_PAGE,
        supports: '30 days to request a CDP hearing on Form 12153; equivalent hearing within one year',
      },
      {
        url: IRC_6330_TEXT,
        supports: 'IRC 6330: notice at least 30 days before levy, hearing within that period',
      },
      {
        url: FORM_12153_TEXT,
        supports: 'postmark within 30 days; a timely request generally stops the levy',
      },
      { url: FAILURE_TO_PAY_PAGE, supports: '1% a month after 10 days from a notice of intent to levy' },
    ],
  },
  {
    code: 'Letter 1058',
    aliases: ['L1058A'],
    title: 'Final notice of intent to levy and your right to a hearing',
    meaning:
      'A final notice of intent to levy, like LT11: the last notice before the IRS levies property for unpaid tax. You have 30 days from the notice date to ask for a Collection Due Process hearing.',
    stage: 'final-notice-cdp',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [...CDP_LEVY_DEADLINES],
    appealRights: HEARING_RIGHTS_LEVY,
    nextIfIgnored: 'After the 30 days the IRS can levy your property.',
    confidence: 'P',
    sources: [
      { url: PUB_1660_COPY, supports: 'the final notice of intent to levy is a CDP notice (Pub 1660)' },
      { url: CDP_PAGE, supports: '30 days to request a CDP hearing on Form 12153' },
    ],
  },
  {
    code: 'CP90',
    title: 'Final notice of intent to levy and your right to a hearing',
    meaning:
      'The IRS intends to levy certain assets for unpaid tax and is telling you about your right to a Collection Due Process hearing. Ask for it on Form 12153 within 30 days of the notice date.',
    stage: 'final-notice-cdp',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [...CDP_LEVY_DEADLINES],
    appealRights: HEARING_RIGHTS_LEVY,
    nextIfIgnored:
      'The IRS can levy, including federal payments to you such as contractor or vendor payments, federal retirement or a federal salary.',
    confidence: 'C',
    sources: [
      {
        url: 'https://irs.gov/es/individuals/understanding-your-cp90-notice',
        supports: 'meaning; CDP right; Form 12153',
      },
      { url: CDP_PAGE, supports: '30 days to request a CDP hearing; equivalent hearing within one year' },
    ],
  },
  {
    code: 'CP91',
    aliases: ['CP298'],
    title: 'Final notice before levy on Social Security benefits',
    meaning:
      'The IRS plans to take up to 15% of your Social Security benefits for unpaid tax. The notice gives you 30 days from its date to act; contact the IRS, not the Social Security Administration, which cannot stop it.',
    stage: 'intent-to-levy',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [
      {
        id: 'respond',
        days: 30,
        action: 'Pay or contact the IRS about the Social Security levy',
        protects: 'Keeping the IRS from taking up to 15% of your Social Security benefits',
        ifMissed:
          'The IRS can start taking up to 15% of your benefits and keep doing so until the balance is resolved.',
        basis: 'IRC 6331(h); IRS CP91 notice: act within 30 days from the date of the notice',
        sourceUrl: 'https://www.irs.gov/individuals/understanding-your-cp91-notice',
        confidence: 'C',
      },
    ],
    appealRights:
      'You can ask the IRS for a hearing, but the IRS says this may not stop the levy on your benefits. Call the number on the notice.',
    nextIfIgnored:
      'Up to 15% of your benefits can be taken, and the levy continues until the balance is resolved.',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.irs.gov/individuals/understanding-your-cp91-notice',
        supports: 'meaning; 30 days; Form 2848',
      },
      {
        url: 'http://www.irs.gov/Individuals/CP-91---Final-Notice-Before-Levy-on-Social-Security-Benefits',
        supports: 'title; SSA cannot stop the levy',
      },
      {
        url: 'http://www.irs.gov/Individuals/CP-91-Sample-Contents-Page-1',
        supports: 'up to 15% of benefits; a hearing may not stop the levy',
      },
    ],
  },
  {
    code: 'CP297',
    title: 'Notice of intent to levy and your right to a hearing',
    meaning:
      'The IRS intends to levy certain assets, such as federal payments due to you, for unpaid tax, and you have the right to a Collection Due Process hearing. Ask for it on Form 12153 within 30 days of the notice date.',
    stage: 'final-notice-cdp',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [...CDP_LEVY_DEADLINES],
    appealRights: HEARING_RIGHTS_LEVY,
    nextIfIgnored: 'The levy goes ahead, and other assets may be levied too.',
    confidence: 'C',
    sources: [
      {
        url: 'https://irs.gov/ko/individuals/understanding-your-cp297-notice',
        supports: 'intent to levy; CDP right',
      },
      { url: CDP_PAGE, supports: '30 days to request a CDP hearing on Form 12153' },
    ],
  },
  {
    code: 'CP297A',
    title: 'Notice of levy and your right to a hearing',
    meaning:
      'The IRS has already levied (taken) a payment due to you, and this notice tells you about your right to a Collection Due Process hearing after the levy. You have 30 days from the notice date to ask for it on Form 12153.',
    stage: 'levy',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [...CDP_LEVY_DEADLINES],
    appealRights:
      'Ask for a Collection Due Process hearing on Form 12153 within 30 days of the notice date. If that date passes, an equivalent hearing is still possible within one year (see Form 12153), without Tax Court review.',
    nextIfIgnored: 'The levy continues, and other assets may be levied too.',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.irs.gov/individuals/understanding-your-cp297a-notice',
        supports: 'post-levy notice with CDP right',
      },
      {
        url: 'https://www.eitc.irs.gov/individuals/understanding-your-cp297a-notice',
        supports: 'post-levy notice with CDP right',
      },
      {
        url: 'https://cybercemetery.unt.edu/archive/oilspill/20130215161750/http://www.irs.gov/Individuals/CP-297A-Frequently-Asked-Questions-(FAQs)',
        supports: '30 days from the notice date to file Form 12153',
      },
      { url: CDP_PAGE, supports: 'equivalent hearing within one year, no Tax Court review' },
    ],
  },
  {
    // The facts give CP297C a post-levy CDP right via Form 12153 (contractors have no pre-levy hearing).
    code: 'CP297C',
    title: 'Notice of levy on federal contractor payments and your right to a hearing',
    meaning:
      "The IRS has levied a federal payment due to you as a federal contractor. Contractors don't get a hearing before this kind of levy, so this notice tells you about your right to a Collection Due Process hearing after it.",
    stage: 'levy',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [...CDP_LEVY_DEADLINES],
    appealRights:
      'Ask for a Collection Due Process hearing on Form 12153 by the date on the notice (the usual window is 30 days from the notice date). Later, an equivalent hearing is still possible within one year (see Form 12153), without Tax Court review.',
    nextIfIgnored: 'The levy continues, and other assets may be levied too.',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.eitc.irs.gov/individuals/understanding-your-cp297c-notice',
        supports: 'post-levy notice for federal contractors; CDP right',
      },
      { url: CDP_PAGE, supports: '30 days to request a CDP hearing; equivalent hearing within one year' },
    ],
  },
  {
    // IRC 6330(f): a state tax refund may be levied first; the hearing notice follows the levy.
    code: 'CP92',
    title: 'Seizure of your state tax refund and notice of your right to a hearing',
    meaning:
      'The IRS has levied (taken) your state tax refund to pay unpaid federal tax, and this notice tells you about your right to a Collection Due Process hearing about that levy.',
    stage: 'levy',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [...CDP_LEVY_DEADLINES],
    appealRights:
      'Ask for a Collection Due Process hearing on Form 12153 by the due date on the notice (counted as 30 days from the notice date when you do not have it). If that date passes, an equivalent hearing is still possible within one year (see Form 12153), without Tax Court review.',
    nextIfIgnored:
      'Further levies can follow for the rest of the balance. The notice also explains that serious tax debt can be reported to the State Department, which can affect a passport.',
    confidence: 'P',
    sources: [
      {
        url: 'https://www.irs.gov/individuals/understanding-your-cp92-notice',
        supports:
          'state tax refund levied; CDP hearing on Form 12153 by the due date on the notice; passport',
      },
      { url: CDP_PAGE, supports: '30 days to request a CDP hearing; equivalent hearing within one year' },
      {
        url: 'https://www.law.cornell.edu/uscode/text/26/6330',
        supports: 'IRC 6330(f): hearing after a levy on a state tax refund',
      },
    ],
  },
  {
    code: 'Letter 3172',
    title: 'Notice of federal tax lien filing and your right to a hearing',
    meaning:
      'The IRS has filed a public notice of federal tax lien, a legal claim against your property for unpaid tax. You can ask for a Collection Due Process hearing; the last day to ask is printed on the letter.',
    stage: 'lien',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [
      { id: 'cdp-hearing', trigger: 'lien' },
      { id: 'equivalent-hearing', trigger: 'lien' },
    ],
    appealRights:
      'Send Form 12153 postmarked by the date on the letter for a Collection Due Process hearing, with the right to go to the Tax Court afterwards. If that date passes, an equivalent hearing may still be possible within one year (see Form 12153); a Collection Appeals Program appeal is also available.',
    nextIfIgnored:
      'The lien stays in place until the tax is paid. A levy is a separate process with its own notices.',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.taxpayeradvocate.irs.gov/notices/letter-3172/',
        supports: 'meaning; 30 days, date shown in the notice',
      },
      {
        url: 'https://www.law.cornell.edu/uscode/text/26/6320',
        supports: 'IRC 6320: 30-day period after the 5-business-day period',
      },
      { url: CDP_PAGE, supports: 'Form 12153; equivalent hearing within one year' },
    ],
  },

  // 1c. Installment agreement notices
  {
    code: 'CP521',
    aliases: ['CP521D', 'CP621'],
    title: 'Monthly payment plan (installment agreement) reminder',
    meaning: 'A reminder of your monthly payment plan payment. Pay by the due date printed on the notice.',
    stage: 'installment-agreement',
    urgency: 'medium',
    noticeAndDemand: false,
    deadlines: [],
    appealRights: 'If you need to change the plan, you can do it with the IRS Online Payment Agreement tool.',
    nextIfIgnored:
      'Missed payments can put the plan in default, which leads to a CP523 notice; a fee may be charged to reinstate the plan.',
    confidence: 'C',
    sources: [
      {
        url: 'http://irs.gov/Individuals/Understanding-your-CP521-Notice',
        supports: 'monthly payment reminder; change the plan online',
      },
      {
        url: 'https://taxpayeradvocate.irs.gov/notices/notice-cp521-monthly-installment-agreement-payment-reminder-sb-se-notice',
        supports: 'monthly installment agreement payment reminder',
      },
      { url: 'https://www.irs.gov/individuals/understanding-your-cp521d-notice', supports: 'CP521D variant' },
    ],
  },
  {
    code: 'CP523',
    aliases: ['CP523C', 'CP623'],
    title: 'Intent to end your payment plan and levy',
    meaning:
      'Your payment plan is in default, and the IRS intends to end it and levy your assets. Contact the IRS within 30 days of the notice date, and pay before the termination date shown, to keep the plan.',
    stage: 'installment-agreement',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [
      {
        id: 'respond',
        days: 30,
        action: 'Contact the IRS about your payment plan',
        protects: 'Keeping your payment plan from being ended',
        ifMissed: 'The IRS can end the plan, bill the full balance, and then file a lien or levy.',
        basis: 'IRS CP523 page: contact no later than 30 days from the date of the notice',
        sourceUrl: 'http://www.irs.gov/Individuals/Understanding-your-CP523-Notice',
        confidence: 'C',
      },
    ],
    appealRights:
      'You can appeal the proposed or actual end of the plan under the Collection Appeals Program. A fee may apply to reinstate the plan.',
    nextIfIgnored: 'The plan ends and the full balance is billed, which can be followed by a lien or a levy.',
    confidence: 'C',
    sources: [
      {
        url: 'http://www.irs.gov/Individuals/Understanding-your-CP523-Notice',
        supports: 'meaning; 30 days from the notice date',
      },
      {
        url: 'https://www.irs.gov/individuals/understanding-your-cp523c-notice',
        supports: 'CAP for termination; CP523C variant',
      },
    ],
  },

  // 1d. Return changes, math errors and payment adjustments
  {
    code: 'CP11',
    title: 'Math error: changes to your return, balance due',
    meaning:
      'The IRS changed your return because it believes there is a calculation error, and now says you owe money. If you agree, pay by the date on the notice; if you disagree, contact the IRS within 60 days of the notice date.',
    stage: 'math-error',
    urgency: 'high',
    noticeAndDemand: true,
    deadlines: [{ id: 'pay-interest-free' }, { id: 'math-error-abatement' }],
    appealRights:
      'If you contact the IRS within 60 days, the law requires it to reverse the change; to charge the tax again it must send a notice of deficiency, which lets you go to the Tax Court.',
    nextIfIgnored: 'The change stands and the balance is owed; reminder bills usually follow.',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.irs.gov/individuals/understanding-your-cp11-notice',
        supports: 'meaning; contact within 60 days to disagree',
      },
      { url: MATH_ERROR_LAW, supports: 'IRC 6213(b)(2): 60 days to request abatement' },
      { url: MATH_ERROR_CLINIC, supports: 'after abatement the IRS must use deficiency procedures' },
      { url: INTEREST_FREE_LAW, supports: 'IRC 6601(e)(3) interest-free window after notice and demand' },
    ],
  },
  {
    code: 'CP12',
    title: 'Math error: refund changed',
    meaning:
      "The IRS corrected a calculation on your return, which changed your refund or created an overpayment. If you agree, you don't need to do anything.",
    stage: 'math-error',
    urgency: 'low',
    noticeAndDemand: false,
    deadlines: [{ id: 'math-error-abatement' }],
    appealRights:
      'If you disagree, contact the IRS within 60 days of the notice date to have the change reversed.',
    nextIfIgnored: 'The refund is issued as corrected.',
    confidence: 'C',
    sources: [
      {
        url: 'https://taxpayeradvocate.irs.gov/notices/notice-cp-12',
        supports: 'meaning; 60 days to disagree',
      },
      {
        url: 'https://webharvest.gov/congress115th/20181203180619/https://www.irs.gov/individuals/understanding-your-cp12-notice',
        supports: 'archived IRS CP12 page',
      },
      { url: MATH_ERROR_LAW, supports: 'IRC 6213(b)(2): 60 days to request abatement' },
    ],
  },
  {
    code: 'CP13',
    title: 'Math error: no balance due',
    meaning:
      'The IRS corrected a calculation on your return; after the change your account shows a zero balance. If you agree, there is nothing to do.',
    stage: 'math-error',
    urgency: 'low',
    noticeAndDemand: false,
    deadlines: [{ id: 'math-error-abatement' }],
    appealRights:
      'If you disagree, contact the IRS within 60 days of the notice date. After that you lose the right to challenge the change in the Tax Court, although you can still file a refund claim.',
    nextIfIgnored: 'Nothing more happens; the change simply stands.',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.irs.gov/individuals/understanding-your-cp13-notice',
        supports: 'meaning; 60-day period; Tax Court right lost after it',
      },
      { url: MATH_ERROR_LAW, supports: 'IRC 6213(b)(2): 60 days to request abatement' },
    ],
  },
  {
    code: 'CP22A',
    title: 'Balance due after a change you requested',
    meaning:
      'A change you asked for on your return, for example on an amended return, left you owing money. Pay by the due date on the notice; paying in full by then usually stops more interest on the billed amount.',
    stage: 'adjustment',
    urgency: 'medium',
    noticeAndDemand: true,
    deadlines: [{ id: 'pay-interest-free' }],
    appealRights: 'If you disagree, call the number on the notice.',
    nextIfIgnored: 'The usual series of balance-due reminders follows.',
    confidence: 'C',
    sources: [
      {
        url: 'https://taxpayeradvocate.irs.gov/?p=29372',
        supports: 'data processing adjustment notice, balance due',
      },
      { url: INTEREST_FREE_LAW, supports: 'IRC 6601(e)(3) interest-free window after notice and demand' },
    ],
  },
  {
    code: 'CP49',
    title: 'Refund applied to tax you owe',
    meaning:
      'This seems to say the IRS used all or part of your refund or overpayment to pay tax you owe for another year or account, which the law allows. We could not confirm the details of this notice from an IRS source, so read what it says was applied; if a balance is left, pay it or ask for a payment plan.',
    stage: 'adjustment',
    urgency: 'low',
    noticeAndDemand: false,
    deadlines: [],
    appealRights:
      "If you disagree, or the debt is only your spouse's, call the number on the notice and ask what you can do.",
    nextIfIgnored: 'If a balance remains, further notices about it usually follow.',
    confidence: 'U',
    sources: [
      {
        url: REFUND_OFFSET_LAW,
        supports: 'IRC 6402(a): an overpayment may be credited against tax owed and the balance refunded',
      },
      { url: CP501_ARCHIVED_PAGE, supports: 'Reminders follow an unpaid balance (CP501)' },
    ],
  },
  {
    code: 'CP60',
    title: 'Payments removed from your account: balance due',
    meaning:
      'The IRS removed a payment that had been credited to your account by mistake, so you now have a balance due. Pay by the date on the notice; paying in full by then usually stops more interest on the billed amount.',
    stage: 'adjustment',
    urgency: 'medium',
    noticeAndDemand: true,
    deadlines: [{ id: 'pay-interest-free' }],
    appealRights:
      'If you believe the payment was yours, call the number on the notice with proof of payment.',
    nextIfIgnored: 'The usual series of balance-due reminders follows.',
    confidence: 'C',
    sources: [
      {
        url: 'https://taxpayeradvocate.irs.gov/notices/cp60-we-removed-payments-from-your-account-balance-due',
        supports: 'meaning; call with proof of payment',
      },
      { url: INTEREST_FREE_LAW, supports: 'IRC 6601(e)(3) interest-free window after notice and demand' },
    ],
  },

  // 1e. Examination, underreporting and deficiency notices
  {
    code: 'CP2501',
    title: "Income on file doesn't match your return",
    meaning:
      "Income or payment information the IRS has on file doesn't match your return, and it asks you to explain. It is an inquiry, not a bill; respond by the due date shown on the notice.",
    stage: 'proposed-change',
    urgency: 'medium',
    noticeAndDemand: false,
    deadlines: [],
    appealRights: 'Reply with documents that explain the difference.',
    nextIfIgnored: 'The IRS continues its review and sends a CP2000 proposing changes to your return.',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.irs.gov/individuals/understanding-your-cp2501-notice',
        supports: 'meaning; respond by the due date; CP2000 next',
      },
      {
        url: 'http://www.irs.gov/Individuals/Understanding-your-CP2501-Notice',
        supports: 'meaning (older page)',
      },
    ],
  },
  {
    code: 'CP2000',
    title: 'Proposed changes to your return',
    meaning:
      "Information reported to the IRS by third parties doesn't match your return, so the IRS proposes changes. This is not a bill and not an audit. Reply within 30 days of the letter date.",
    stage: 'proposed-change',
    urgency: 'high',
    noticeAndDemand: false,
    deadlines: [
      {
        id: 'respond',
        days: 30,
        action: 'Send your reply and supporting documents',
        protects: 'Your chance to agree, partly agree or disagree before the IRS settles the changes',
        ifMissed:
          'The IRS usually goes ahead with its proposal and sends a notice of deficiency. If you need more time, call the number on the notice before the date passes.',
        basis: 'IRS CP2000 guidance: reply within 30 days of the date of the letter',
        sourceUrl:
          'https://irs.gov/newsroom/irs-letter-cp2000-proposed-changes-to-your-tax-return-asl-youtube-video-text-script',
        confidence: 'C',
      },
    ],
    appealRights:
      'On the response form you can agree, partly agree or disagree, with documents. You can also ask, preferably in writing, for a conference with Appeals.',
    nextIfIgnored:
      'The IRS usually sends a notice of deficiency (a 90-day letter), followed by a bill for the changed amount.',
    confidence: 'C',
    sources: [
      {
        url: 'https://irs.gov/newsroom/irs-letter-cp2000-proposed-changes-to-your-tax-return-asl-youtube-video-text-script',
        supports: 'meaning; not an audit; 30 days; call for more time',
      },
      {
        url: 'http://www.irs.gov/Individuals/CP-2000-Sample-Contents-Page-1',
        supports: 'a final notice followed by a bill',
      },
    ],
  },
  {
    code: 'CP3219A',
    title: 'Notice of deficiency (90-day letter)',
    meaning:
      'The IRS has determined that you owe more tax, and this is the formal notice that lets you challenge it in the U.S. Tax Court before the tax is assessed. The last day to petition is printed on the notice: generally 90 days from its date, or 150 days if it was addressed to you outside the US.',
    stage: 'deficiency',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [{ id: 'tax-court-petition' }],
    appealRights:
      'File a petition with the U.S. Tax Court by the date on the notice. That deadline cannot be extended, even while you keep talking with the IRS.',
    nextIfIgnored: 'The IRS assesses the tax and sends balance-due bills.',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.irs.gov/es/individuals/understanding-your-cp3219a-notice',
        supports: 'meaning; Tax Court; period not extended',
      },
      { url: CP3219N_PAGE, supports: '90 or 150 days to petition the Tax Court' },
    ],
  },
  {
    code: 'Letter 525',
    title: 'Proposed exam changes (30-day letter)',
    meaning:
      'This seems to propose changes to your tax after an IRS examination and to give a date by which to agree or to ask for a review by IRS Appeals. We could not confirm the details of this letter from an IRS source, so go by what it says and the date printed on it.',
    stage: 'exam',
    urgency: 'high',
    noticeAndDemand: false,
    deadlines: [
      {
        // No IRS page for Letter 525 was found; its day count rests on secondary sources only: the letter's date governs.
        id: 'respond',
        action: 'Agree, or ask for a review by IRS Appeals',
        protects: 'Your chance to have Appeals review the proposed changes before a notice of deficiency',
        ifMissed:
          'The IRS can then send a notice of deficiency (a 90-day letter), which still lets you go to the U.S. Tax Court.',
        basis: 'The date printed on the letter (no IRS source for Letter 525 gives a number of days)',
        sourceUrl: 'https://www.irs.gov/irm/part4/irm_04-010-008r',
        confidence: 'U',
      },
    ],
    appealRights:
      'Follow the letter to ask the IRS Office of Appeals for a review. If you need more time, ask before the printed date.',
    nextIfIgnored: 'The IRS can send a notice of deficiency (a 90-day letter) next.',
    confidence: 'U',
    sources: [
      {
        url: 'https://www.irs.gov/irm/part4/irm_04-010-008r',
        supports: "IRM 4.10.8: exam reports and the 30-day letter (the letter's own details are unconfirmed)",
      },
      {
        url: MATH_ERROR_LAW,
        supports: 'IRC 6213(a): a notice of deficiency opens a Tax Court petition period',
      },
    ],
  },
  {
    code: 'Letter 531',
    title: 'Notice of deficiency (90-day letter)',
    meaning:
      'After an examination, the IRS has determined that you owe more tax, and this is the formal notice that lets you challenge it in the U.S. Tax Court before the tax is assessed. The last day to petition is printed on the notice: generally 90 days from its date, or 150 days if it was addressed to you outside the US.',
    stage: 'deficiency',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [{ id: 'tax-court-petition' }],
    appealRights: 'File a petition with the U.S. Tax Court by the date on the notice.',
    nextIfIgnored: 'The IRS assesses the tax and then bills you for it.',
    confidence: 'C',
    sources: [
      {
        url: 'https://webarchive.library.unt.edu/eot2008/20090506032658/http:/www.irs.gov/irm/part4/ch07s09.html',
        supports: 'IRM: the notice of deficiency is prepared using Letter 531',
      },
      {
        url: 'http://www.irs.gov/irm/part4/irm_04-008-009.html',
        supports:
          'IRM 4.8.9 (2013): statutory notices of deficiency follow the published Letter 531 procedures',
      },
      {
        url: CP3219N_PAGE,
        supports: 'a notice of deficiency gives 90 days, or 150 outside the US, to petition the Tax Court',
      },
    ],
  },
  {
    code: 'Letter 1153',
    title: 'Proposed trust fund recovery penalty',
    meaning:
      "The IRS proposes to hold you personally responsible for a business's unpaid withheld taxes, as a person responsible for paying them. You have 60 days from the date the letter was mailed to appeal, or 75 days if it was addressed to you outside the United States.",
    stage: 'penalty-proposal',
    urgency: 'high',
    noticeAndDemand: false,
    deadlines: [
      {
        id: 'respond',
        days: 60,
        action: 'Send a written protest to Appeals',
        protects: 'Your right to have Appeals review the proposed penalty before it is assessed',
        ifMissed:
          'The IRS usually assesses the penalty against you personally and then collects it from you.',
        basis:
          'IRM 5.7.6: 60 days from the mailing of Letter 1153, or 75 days if it was addressed outside the United States (go by the printed date); IRC 6672(b): the notice comes at least 60 days before notice and demand',
        sourceUrl: TRUST_FUND_IRM,
        confidence: 'P',
      },
    ],
    appealRights:
      'Send a formal written protest to the IRS Office of Appeals within the 60 days (75 days if the letter was addressed to you outside the United States).',
    nextIfIgnored:
      'The IRS usually assesses the penalty against you personally and then collects it from you.',
    confidence: 'P',
    sources: [
      {
        url: TRUST_FUND_IRM,
        supports:
          'IRM 5.7.6: Letter 1153 and Form 2751 propose the trust fund recovery penalty; 60 days (75 outside the US) to respond; protests go to Appeals',
      },
      {
        url: IRC_6672_TEXT,
        supports:
          'IRC 6672: personal penalty for failing to pay over withheld tax; notice at least 60 days before notice and demand',
      },
    ],
  },

  // 1f. Non-filing notices
  {
    code: 'CP59',
    title: 'No record of your past tax return',
    meaning:
      "The IRS has no record that you filed one or more past personal tax returns. File the return now, or explain why you didn't need to (Form 15103); if you filed within the last eight weeks, you don't need to do anything.",
    stage: 'non-filer',
    urgency: 'medium',
    noticeAndDemand: false,
    deadlines: [],
    appealRights: 'There is no formal appeal; reply with the return, or with an explanation on Form 15103.',
    nextIfIgnored:
      'The IRS can figure your tax from the information it has and send a notice of deficiency for the unfiled return (CP3219N).',
    confidence: 'C',
    sources: [
      {
        url: 'https://www.irs.gov/individuals/understanding-your-cp59-notice',
        supports: 'meaning; Form 15103; eight weeks',
      },
      {
        url: CP3219N_PAGE,
        supports: 'CP3219N: a notice of deficiency for an unfiled return, from information the IRS has',
      },
    ],
  },
  { code: 'CP515', title: 'Tax return reminder (see your notice)', ...UNCONFIRMED_NON_FILER },
  { code: 'CP516', title: 'Tax return reminder (see your notice)', ...UNCONFIRMED_NON_FILER },
  { code: 'CP518', title: 'Tax return reminder (see your notice)', ...UNCONFIRMED_NON_FILER },
  {
    code: 'CP3219N',
    title: 'Notice of deficiency for an unfiled return (90-day letter)',
    meaning:
      'The IRS has no return from you, so it worked out your tax from information others reported, and this is the formal notice that lets you challenge it in the U.S. Tax Court. The last day to petition is stated on the notice: generally 90 days from its date, or 150 days if it was addressed to you outside the US.',
    stage: 'deficiency',
    urgency: 'critical',
    noticeAndDemand: false,
    deadlines: [{ id: 'tax-court-petition' }],
    appealRights: 'File a petition with the U.S. Tax Court by the date on the notice.',
    nextIfIgnored: 'The IRS assesses the tax and then bills you for it.',
    confidence: 'C',
    sources: [
      { url: CP3219N_PAGE, supports: 'meaning; 90 or 150 days; last day stated in the notice' },
      {
        url: 'https://irs.gov/zh-hans/individuals/understanding-your-cp3219n-notice',
        supports: 'CP3219N page (translation)',
      },
    ],
  },
];
