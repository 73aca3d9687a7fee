import type { Passage } from '../passage-schema.ts';
import { REVIEW, SECOND_REVIEW, SOURCE_URL } from './sources.ts';

/** Bills, reminders, levies, liens, and the hearings and appeals that go with them. */
export const collectionPassages: readonly Passage[] = [
  {
    id: 'first-bill',
    version: 2,
    title: 'CP14: your first bill',
    topics: ['cp14', 'cp161', 'first bill', 'balance due', 'you owe', 'bill'],
    text:
      'A CP14 is usually the first bill after the IRS records tax you owe. It shows the tax year, the amount ' +
      'and a date to pay by. If you pay the full amount by that date, no more interest is added. If you ' +
      'cannot, a payment plan is available, and if you disagree you can call the number on the notice. No ' +
      'formal hearing is offered at this stage. Some accounts get a bill with another code, such as CP161; ' +
      'go by what it says and the date printed on it. If the bill stays unpaid, reminders such as CP501 ' +
      'usually follow.',
    sources: [
      {
        url: SOURCE_URL.cp14,
        supports: 'CP14: pay by the date on the notice; no interest if paid in full by then',
      },
      { url: SOURCE_URL.cp501, supports: 'CP501 follows the previous notice' },
    ],
    facts: ['CP14', 'CP161', 'CP501'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'reminder-notices',
    version: 2,
    title: 'CP501 and CP503: reminders that you still owe',
    topics: ['cp501', 'cp503', 'reminder', 'second notice', 'still owe'],
    text:
      'A CP501 is a reminder that a balance is still unpaid, and it shows a date to pay by. A CP503 seems to ' +
      'be a later reminder, but we could not confirm its details from an IRS source, so go by what it says ' +
      'and the date printed on it. These reminders do not give you a formal hearing, but you can call the ' +
      'number on the notice if you disagree. The CP501 also explains that you can appeal under the ' +
      'Collection Appeals Program before collection action starts. The IRS can file a tax lien at any time ' +
      'while the balance is unpaid, and before it levies it must send a notice of intent to levy.',
    sources: [
      { url: SOURCE_URL.cp501, supports: 'CP501: reminder, CAP before collection action, lien at any time' },
      {
        url: SOURCE_URL.levyNoticeRegulation,
        supports: 'Treas. Reg. 301.6331-2(a): a written notice of intent to levy before a levy',
      },
    ],
    facts: ['CP501', 'CP503'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'intent-to-levy',
    version: 2,
    title: 'CP504: notice of intent to levy',
    topics: ['cp504', 'cp504b', 'intent to levy', 'seize property', 'state refund', 'final warning'],
    text:
      'A CP504 is a serious warning that the IRS intends to levy (take) property to pay the debt. The tax ' +
      'rules require a written notice of intent to levy at least 30 days before a levy. The business ' +
      'version, CP504B, says it is that notice under section 6331(d) of the tax code and asks you to pay or ' +
      'call within 30 days of the notice date. This kind of notice does not give you a Collection Due ' +
      'Process hearing, but you can use the Collection Appeals Program. If you cannot pay in full, call the ' +
      'number on the notice before the date it shows.',
    sources: [
      {
        url: SOURCE_URL.levyNoticeRegulation,
        supports: 'Treas. Reg. 301.6331-2(a): notice of intent to levy at least 30 days before a levy',
      },
      {
        url: SOURCE_URL.cp504b,
        supports:
          'CP504B: notice of intent to levy under IRC 6331(d); pay or contact within 30 days; CAP available',
      },
    ],
    facts: ['CP504', '30 days', 'CP504B', 'section 6331(d)'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'final-levy-notice',
    version: 1,
    title: 'LT11, Letter 1058 or CP90: final notice before a levy',
    topics: ['lt11', 'letter 1058', 'cp90', 'final notice', 'intent to levy', 'right to a hearing'],
    text:
      'These are the notices to act on first. LT11, Letter 1058 and CP90 are final notices that the IRS ' +
      'intends to levy, and they give you the right to a Collection Due Process hearing. You have 30 days ' +
      'from the notice date to ask for it on Form 12153. A request postmarked in time generally stops the ' +
      'levy while IRS Appeals reviews your case. Once the 30 days pass, the IRS can start taking wages, bank ' +
      'funds and other property, and the hearing you can still get no longer leads to Tax Court.',
    sources: [
      {
        url: SOURCE_URL.cdp,
        supports: '30 days to request a CDP hearing on Form 12153; later only an equivalent hearing',
      },
      { url: SOURCE_URL.form12153, supports: 'A timely request prohibits levy in most cases' },
      { url: SOURCE_URL.cp90, supports: 'CP90: intent to levy and right to a CDP hearing' },
      { url: SOURCE_URL.pub1660, supports: 'Letter 1058 is a final notice with hearing rights' },
    ],
    facts: ['LT11', 'Letter 1058', 'CP90', '30 days', 'Form 12153'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'unpaid-taxes-letter',
    version: 2,
    title: 'LT16: contact the IRS by the date on the letter',
    topics: ['lt16', 'unpaid taxes', 'unfiled returns', 'enforcement', 'contact us'],
    text:
      'An LT16 says you have unpaid taxes or unfiled returns and asks you to get in touch. To avoid ' +
      'enforcement action, such as a levy or a tax lien, the IRS asks you to contact it; go by the date ' +
      'printed on the letter, because the IRS pages give no fixed number of days. Call the number on the letter, file any missing returns, and ask about a ' +
      'payment plan if you cannot pay in full. If you believe the tax itself is wrong, you can ask for a ' +
      'hearing with the IRS Office of Appeals.',
    sources: [
      { url: SOURCE_URL.lt16, supports: 'LT16: contact the IRS to avoid enforcement action' },
      { url: SOURCE_URL.pub1660, supports: 'A hearing with the Office of Appeals when the tax is in doubt' },
    ],
    facts: ['LT16'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'cdp-hearing',
    version: 1,
    title: 'Collection Due Process hearing (Form 12153)',
    topics: ['collection due process', 'cdp', 'hearing', 'form 12153', 'appeal', 'stop levy'],
    text:
      'A Collection Due Process hearing lets IRS Appeals review a planned levy or a filed lien before ' +
      'collection goes further. Notices that offer it include LT11, Letter 1058, CP90 and Letter 3172. To ' +
      'ask for one, send Form 12153 to the address on the notice, postmarked within the time the notice ' +
      'gives, usually 30 days. A timely request generally stops a levy and pauses the 10-year period the ' +
      'IRS has to collect while the hearing goes on. If you disagree with the decision, you have 30 days ' +
      'after it to go to Tax Court.',
    sources: [
      { url: SOURCE_URL.cdp, supports: 'CDP: 30 days, Form 12153, address on the notice, Tax Court review' },
      {
        url: SOURCE_URL.form12153,
        supports: 'A timely request stops most levies and suspends the 10-year period',
      },
      { url: SOURCE_URL.cdpCourtReview, supports: '30 days after the Notice of Determination to petition' },
      { url: SOURCE_URL.pub1660, supports: 'Notices that carry CDP rights' },
    ],
    facts: ['LT11', 'Letter 1058', 'CP90', 'Letter 3172', 'Form 12153', '30 days', '10-year'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'equivalent-hearing',
    version: 1,
    title: 'Missed the hearing deadline? The equivalent hearing',
    topics: ['equivalent hearing', 'late hearing request', 'missed 30 days', 'form 12153', 'one year'],
    text:
      'If the 30 days to ask for a Collection Due Process hearing have passed, you can still ask IRS ' +
      'Appeals for an equivalent hearing. You use the same Form 12153, and you must send it within the ' +
      'one-year period described on that form. Appeals looks at the same kinds of concerns, but there is a ' +
      'big difference: you cannot take the decision to Tax Court. So if you are still within the 30 days, ' +
      'ask for the full hearing instead.',
    sources: [
      {
        url: SOURCE_URL.cdp,
        supports: 'Late request: equivalent hearing within the 1-year period, no judicial review',
      },
      { url: SOURCE_URL.form12153, supports: 'Form 12153 requests both kinds of hearing' },
    ],
    facts: ['30 days', 'Form 12153', 'one-year'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'collection-appeals-program',
    version: 2,
    title: 'Collection Appeals Program (CAP)',
    topics: ['collection appeals program', 'cap', 'appeal', 'form 9423', 'rejected payment plan'],
    text:
      'The Collection Appeals Program is usually a quicker way to have IRS Appeals review a collection ' +
      'action. You can use it before or after a lien is filed or property is levied or seized, and when the ' +
      'IRS rejects, ends or changes your installment agreement. You cannot use it to argue that you do not ' +
      'owe the tax, and you cannot go to court if you disagree with the decision. Requests are made on Form ' +
      '9423. To appeal a rejected payment plan, act quickly and meet the deadline the rejection letter gives.',
    sources: [
      {
        url: SOURCE_URL.capTas,
        supports: 'CAP: when available, quicker, no court review, no liability challenge',
      },
      { url: SOURCE_URL.capRequestTas, supports: 'Requesting CAP' },
      { url: SOURCE_URL.pub1660, supports: 'CAP requests on Form 9423, Collection Appeal Request' },
    ],
    facts: ['Form 9423'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'lien-vs-levy',
    version: 1,
    title: 'Lien or levy: what is the difference?',
    topics: ['lien', 'levy', 'difference', 'garnish', 'seize', 'take my property'],
    text:
      'A lien and a levy are different steps. A federal tax lien is the legal claim the government has on ' +
      'your property because of unpaid tax. When the IRS files a Notice of Federal Tax Lien, that claim ' +
      'becomes public, and it stays until the tax is paid. A levy goes further: the IRS actually takes money ' +
      'or property, such as part of your wages, money in a bank account, a state tax refund or Social ' +
      'Security benefits. Before most levies, the IRS must send a final notice that offers you a hearing.',
    sources: [
      { url: SOURCE_URL.letter3172Tas, supports: 'Notice of Federal Tax Lien; the lien remains until paid' },
      { url: SOURCE_URL.cdp, supports: 'Levy on wages and bank accounts; hearing before levy' },
      {
        url: SOURCE_URL.pub1660,
        supports: 'Notice of Levy on Your State Tax Refund: a levy on a state tax refund',
      },
      { url: SOURCE_URL.cp91, supports: 'Levy on Social Security benefits' },
    ],
    facts: [],
    ...SECOND_REVIEW,
    confidence: 'C',
  },
  {
    id: 'lien-filing-notice',
    version: 1,
    title: 'Letter 3172: a tax lien has been filed',
    topics: ['letter 3172', 'lien filed', 'notice of federal tax lien', 'nftl', 'lien hearing'],
    text:
      'Letter 3172 tells you the IRS has already filed a Notice of Federal Tax Lien, its public claim on ' +
      'your property for unpaid tax. The IRS sends the letter within 5 business days of filing the lien. ' +
      'You can ask for a Collection Due Process hearing on Form 12153, but the deadline is not simply 30 ' +
      'days from the letter date, so use the date printed on the letter. The lien stays in place until the ' +
      'tax is paid. A lien is not a levy: it does not mean anything has been taken yet.',
    sources: [
      {
        url: SOURCE_URL.letter3172Tas,
        supports: 'Letter 3172: sent within five business days; date shown in the notice',
      },
      { url: SOURCE_URL.lien6320, supports: 'IRC 6320: hearing window after the 5-day period' },
    ],
    facts: ['Letter 3172', '5 business days', 'Form 12153', '30 days'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'social-security-levy',
    version: 1,
    title: 'CP91: levy on Social Security benefits',
    topics: ['cp91', 'cp298', 'social security', 'benefits levy', 'retirement benefits'],
    text:
      'A CP91, sometimes numbered CP298, warns that the IRS plans to take up to 15% of your Social ' +
      'Security benefits to pay a tax debt. The notice gives you 30 days from its date to act, for example ' +
      'by paying or by setting up a payment arrangement. You can ask for a hearing, but that may not stop ' +
      'this levy. Do not contact the Social Security Administration about it, because it cannot stop an IRS ' +
      'levy. Call the number on the notice. A representative calling for you needs a signed Form 2848.',
    sources: [
      { url: SOURCE_URL.cp91, supports: 'CP91: up to 15% of benefits; 30 days; Form 2848' },
      {
        url: SOURCE_URL.cp91Sample,
        supports: 'A hearing may not stop the Social Security levy; do not contact SSA',
      },
    ],
    facts: ['CP91', 'CP298', '15%', '30 days', 'Form 2848'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'federal-payment-levy',
    version: 1,
    title: 'Levies on federal payments (CP90, CP297)',
    topics: ['federal payment levy', 'cp297', 'cp297a', 'cp297c', 'federal contractor', 'federal salary'],
    text:
      'If you receive money from the federal government, such as a federal salary, a federal retirement ' +
      'annuity, or payments as a contractor or vendor, the IRS can levy part of it through its Federal ' +
      'Payment Levy Program. CP90 and CP297 announce a planned levy and your right to a Collection Due ' +
      'Process hearing. CP297A and CP297C come after a levy has started and still give you hearing rights. ' +
      'For these, send Form 12153 within 30 days of the notice date, or by the date printed on the notice.',
    sources: [
      { url: SOURCE_URL.cp90, supports: 'CP90: levy on federal payments; CDP hearing' },
      { url: SOURCE_URL.cp297, supports: 'CP297: intent to levy, right to a CDP hearing' },
      { url: SOURCE_URL.cp297a, supports: 'CP297A: post-levy CDP notice; 30 days for Form 12153' },
      { url: SOURCE_URL.cp297c, supports: 'CP297C: post-levy notice for federal contractors' },
    ],
    facts: ['CP90', 'CP297', 'CP297A', 'CP297C', 'Form 12153', '30 days'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'passport-certification',
    version: 1,
    title: 'Can a tax debt affect my passport?',
    topics: ['passport', 'travel', 'state department', 'seriously delinquent', 'fast act'],
    text:
      'It can. Under section 7345 of the tax code, part of the FAST Act, the IRS can certify a seriously ' +
      'delinquent tax debt to the State Department, which can then deny a passport application or revoke a ' +
      'passport. Notices such as CP504B, CP71A, CP71D and CP523 include this warning. If you travel or plan ' +
      'to, call the IRS at the number on your notice soon and ask what would keep your debt from being ' +
      'certified, and rely on the details printed on your notice.',
    sources: [
      { url: SOURCE_URL.cp504b, supports: 'FAST Act passport certification warning on CP504B' },
      { url: SOURCE_URL.cp71a, supports: 'Passport certification mentioned on CP71A' },
      { url: SOURCE_URL.cp71d, supports: 'CP71D: passport denial or revocation' },
      { url: SOURCE_URL.cp523, supports: 'Passport certification mentioned on CP523' },
    ],
    facts: ['section 7345', 'CP504B', 'CP71A', 'CP71D', 'CP523'],
    ...REVIEW,
    confidence: 'C',
  },
];
