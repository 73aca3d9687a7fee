import type { Passage } from '../passage-schema.ts';
import { REVIEW, SOURCE_URL } from './sources.ts';

/** Which dates matter, how they are counted, and what is left when one has passed. */
export const deadlinePassages: readonly Passage[] = [
  {
    id: 'urgent-vs-disputable',
    version: 1,
    title: 'What needs action now, and what you can question',
    topics: ['urgent', 'priority', 'what first', 'dispute', 'disagree', 'deadline'],
    text:
      'Not every part of a notice is equally urgent. Treat these as urgent: a bill with a pay-by date, a ' +
      'warning that the IRS plans to levy (take) your money or property, a notice about a tax lien, and any ' +
      'letter that offers a hearing or a court review by a set date, because those rights can run out. Other ' +
      'items can usually be questioned calmly with papers, such as income the IRS says you left off, a ' +
      'credit it removed, or a payment it cannot find. Even if you plan to disagree, write down every date ' +
      'on the notice first.',
    sources: [
      { url: SOURCE_URL.cdp, supports: 'A hearing right is lost when its request window passes' },
      { url: SOURCE_URL.cp2000Script, supports: 'Proposed income changes can be answered with documents' },
    ],
    facts: [],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'printed-date-governs',
    version: 1,
    title: 'The date printed on your notice comes first',
    topics: ['due date', 'deadline', 'date on notice', 'estimate', 'which date counts'],
    text:
      'Your notice shows its own dates: the date of the notice and often a date to pay or reply by. Those ' +
      'printed dates are the ones that count. Any date this assistant works out for you is an estimate and a ' +
      'cross-check; if the two differ, follow the notice. Some rules make this matter. For a lien hearing ' +
      'letter (Letter 3172), the deadline is not simply 30 days from the letter date, and a notice of ' +
      'deficiency states the last day to go to Tax Court. If a date is missing or hard to read, call the ' +
      'number on the notice and ask.',
    sources: [
      { url: SOURCE_URL.letter3172Tas, supports: 'The Letter 3172 hearing date is shown in the notice' },
      { url: SOURCE_URL.cp3219n, supports: 'The notice of deficiency states the last day to petition' },
    ],
    facts: ['Letter 3172', '30 days'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'deadline-rollover',
    version: 1,
    title: 'When a deadline falls on a weekend or holiday',
    topics: ['weekend', 'saturday', 'sunday', 'holiday', 'next business day', 'emancipation day'],
    text:
      'If the last day to act under the tax law falls on a Saturday, Sunday or a legal holiday in ' +
      'Washington, DC, you are still on time if you act on the next day that is none of those. This rule is ' +
      'section 7503 of the tax code, and the Tax Court follows it for petitions too. DC holidays include the ' +
      'usual federal holidays plus DC Emancipation Day on April 16, and Inauguration Day on January 20 every ' +
      '4 years. A holiday that lands on a Saturday is usually observed the Friday before, and one on a Sunday ' +
      'the Monday after. When you can, act early instead of relying on this rule.',
    sources: [
      { url: SOURCE_URL.irc7503, supports: 'IRC 7503: next day that is not a weekend or DC legal holiday' },
      { url: SOURCE_URL.dcHolidays, supports: 'DC legal holidays, including April 16 and Inauguration Day' },
      { url: SOURCE_URL.dcObserved, supports: 'Saturday holidays observed Friday, Sunday holidays Monday' },
      {
        url: SOURCE_URL.cp3219a,
        supports: 'Tax Court petitions: weekend or DC holiday moves to the next day',
      },
    ],
    facts: ['section 7503', 'April 16', 'January 20', '4 years'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'timely-mailing',
    version: 1,
    title: 'Mailing on time: the postmark counts',
    topics: ['postmark', 'mail', 'certified mail', 'on time', 'mailbox rule', 'proof of mailing'],
    text:
      'For IRS deadlines, what usually matters is when you mail something, not when the IRS receives it. ' +
      'Under section 7502 of the tax code, a request postmarked by the deadline counts as on time even if it ' +
      'arrives later. This covers a hearing request on Form 12153. To protect yourself, mail it at a post ' +
      'office and ask for a receipt, or use certified mail, so you can prove the mailing date. Keep that ' +
      'receipt with your copy of everything you sent.',
    sources: [
      { url: SOURCE_URL.timelyMailing, supports: 'IRC 7502 timely mailing applies to CDP requests' },
      { url: SOURCE_URL.form12153, supports: 'Form 12153 must be postmarked within the period' },
    ],
    facts: ['section 7502', 'Form 12153'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'timelines',
    version: 1,
    title: 'Common time limits at a glance',
    topics: ['how long', 'how many days', 'time limit', 'deadline', 'timeline', 'window'],
    text:
      'These are the windows most notices use, counted from the date on the notice. To pay a new bill in ' +
      'full and stop more interest: 21 calendar days, or 10 business days if it is $100,000 or more. To ' +
      'disagree with a math-error change: 60 days. To reply to a CP2000: 30 days. To ask for a Collection ' +
      'Due Process hearing after a final levy notice: 30 days. To go to Tax Court after a notice of ' +
      'deficiency: 90 days, or 150 days if it was addressed to you outside the United States. Always use ' +
      'the exact date your notice prints.',
    sources: [
      { url: SOURCE_URL.interestFreeStatute, supports: '21 calendar days or 10 business days at $100,000' },
      { url: SOURCE_URL.cp11, supports: '60 days to dispute a math-error change' },
      { url: SOURCE_URL.cp2000Script, supports: '30 days to reply to a CP2000' },
      { url: SOURCE_URL.cdp, supports: '30 days to request a CDP hearing' },
      { url: SOURCE_URL.cp3219n, supports: '90 or 150 days to petition the Tax Court' },
    ],
    facts: [
      '21 calendar days',
      '10 business days',
      '$100,000',
      '60 days',
      'CP2000',
      '30 days',
      '90 days',
      '150 days',
    ],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'missed-deadline-options',
    version: 1,
    title: 'I missed a deadline. What now?',
    topics: ['missed deadline', 'too late', 'late', 'passed', 'expired', 'what now'],
    text:
      'A missed date usually narrows your choices but rarely ends them. If the 30 days for a Collection Due ' +
      'Process hearing have passed, you can still ask for an equivalent hearing within the one-year period ' +
      'described on Form 12153, or use the Collection Appeals Program. If you missed the 60 days to dispute ' +
      'a math-error change, you may still file a claim for refund later. If a CP2000 reply is late, reply ' +
      'anyway and call the number on the notice. A Tax Court date cannot be extended, so get help quickly ' +
      'from a professional or a Low Income Taxpayer Clinic.',
    sources: [
      { url: SOURCE_URL.cdp, supports: 'Late CDP request: equivalent hearing within the 1-year period' },
      { url: SOURCE_URL.capTas, supports: 'CAP is available before or after a lien or levy' },
      { url: SOURCE_URL.cp13, supports: 'After the 60 days a refund claim is still possible' },
      { url: SOURCE_URL.cp3219a, supports: 'The Tax Court deadline cannot be extended' },
      { url: SOURCE_URL.cp71a, supports: 'Low Income Taxpayer Clinics' },
    ],
    facts: ['30 days', 'one-year', 'Form 12153', '60 days', 'CP2000'],
    ...REVIEW,
    confidence: 'C',
  },
];
