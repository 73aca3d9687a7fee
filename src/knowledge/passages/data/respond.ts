import type { Passage } from '../passage-schema.ts';
import { REVIEW, SECOND_REVIEW, SOURCE_URL } from './sources.ts';

/** Working through a notice: papers, checking the numbers, contacting the IRS, keeping records. */
export const respondPassages: readonly Passage[] = [
  {
    id: 'gather-documents',
    version: 1,
    title: 'Papers to gather before you respond',
    topics: ['documents', 'paperwork', 'checklist', 'proof', 'what to send', 'records'],
    text:
      'Before you call or write back, put everything in one folder. Include the whole notice, front and ' +
      'back; your tax return for the year it names; the W-2, 1099 and other income forms for that year; ' +
      'bank or card statements that show payments you made; receipts that back up deductions or credits; ' +
      'and copies of any letters you have already sent to or received from the IRS. If you disagree, add a ' +
      'short signed and dated note explaining why. Send copies, never originals, and keep a copy of ' +
      'everything you mail.',
    sources: [
      { url: SOURCE_URL.cp2000Script, supports: 'Send the reply with supporting documentation' },
      { url: SOURCE_URL.cp60Tas, supports: 'Proof of payment supports a dispute about payments' },
    ],
    facts: ['W-2', '1099'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'check-the-calculation',
    version: 1,
    title: "How to check the IRS's numbers",
    topics: ['calculation', 'wrong amount', 'check math', 'balance wrong', 'how figured', 'mistake'],
    text:
      'Lay the notice next to your tax return for the same year. Check the tax year, the amount the IRS ' +
      'says you owe, and the reason it gives. Compare each change with your own papers. Does the income ' +
      'match your W-2 and 1099 forms? Did the IRS count every payment you made, and did it move a refund ' +
      'from another year? The balance usually includes tax plus penalties and interest, which keep growing ' +
      'until it is paid. If a figure looks wrong, write down which one and why before you contact the IRS.',
    sources: [
      { url: SOURCE_URL.cp2000Script, supports: 'Income reported by third parties may not match the return' },
      { url: SOURCE_URL.irc6402, supports: 'IRC 6402(a): an overpayment may be credited against tax owed' },
      { url: SOURCE_URL.failureToPay, supports: 'Penalties keep accruing while tax is unpaid' },
    ],
    facts: ['W-2', '1099'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'common-causes',
    version: 2,
    title: 'Common reasons for a balance-due notice',
    topics: ['why do i owe', 'reason', 'cause', 'unreported income', 'math error', 'refund offset'],
    text:
      'Most balance-due notices come from a few causes. An employer, bank or client reported income on a ' +
      'form such as a W-2 or 1099 that was missing from the return; the IRS sends a CP2000 for this. The IRS ' +
      'found a math or copying mistake and fixed it (CP11). A refund was used to pay a debt from another ' +
      'year. A payment had been put on your account by mistake and was moved (CP60). Or a change you ' +
      'asked for, such as on an amended return, left a balance (CP22A). Knowing the cause tells you what ' +
      'proof to gather.',
    sources: [
      { url: SOURCE_URL.cp2000Script, supports: 'CP2000: third-party income does not match the return' },
      { url: SOURCE_URL.cp11, supports: 'CP11: math error, balance due' },
      { url: SOURCE_URL.irc6402, supports: 'IRC 6402(a): a refund may be credited against tax owed' },
      { url: SOURCE_URL.cp60Tas, supports: 'CP60: payments removed from the account' },
      { url: SOURCE_URL.cp22aTas, supports: 'CP22A: a requested change produced a balance due' },
    ],
    facts: ['W-2', '1099', 'CP2000', 'CP11', 'CP60', 'CP22A'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'contact-irs',
    version: 2,
    title: 'How to reach the IRS',
    topics: ['phone number', 'call the irs', 'contact', 'hours', 'talk to someone', 'reach a person'],
    text:
      'Start with the phone number printed on your notice, because it goes to the team that handles your ' +
      'case. For general questions, individuals can call 800-829-1040, Monday to Friday, 7 a.m. to 7 p.m. ' +
      'local time; Alaska and Hawaii follow Pacific time. A business should use the number on its notice. ' +
      'For collection and payment plan questions, the IRS also uses 800-829-8374. Have the notice, your tax ' +
      'return and a pen ready. If you would rather write, send your reply to the address on the notice and ' +
      'keep proof of mailing.',
    sources: [
      {
        url: SOURCE_URL.irsPhoneLine,
        supports:
          '800-829-1040, 7 a.m. to 7 p.m. local time, Monday to Friday; Alaska and Hawaii follow Pacific time',
      },
      { url: SOURCE_URL.cp60Tas, supports: 'Collection and payment plan line 800-829-8374' },
    ],
    facts: ['800-829-1040', '7 a.m.', '7 p.m.', '800-829-8374'],
    ...SECOND_REVIEW,
    confidence: 'C',
  },
  {
    id: 'call-script',
    version: 1,
    title: 'What to say when you call the IRS',
    topics: ['what to say', 'call script', 'phone call', 'questions to ask', 'prepare for call'],
    text:
      'It helps to have your opening ready. Give the notice code, the date of the notice, the tax year and ' +
      'the amount shown. Then say what you want, for example: "I would like to confirm this balance is on my ' +
      'account and understand how it was figured." Next, ask what you need: the amount owed today, whether a ' +
      'payment plan is possible, or where to send proof. Expect questions to confirm who you are. The IRS ' +
      'does not ask for card numbers over the phone. Before you hang up, write down the name or ID number ' +
      'of the person, the date and time, and what was agreed.',
    sources: [
      { url: SOURCE_URL.realIrsContact, supports: 'The IRS does not ask for card numbers over the phone' },
      { url: SOURCE_URL.irsPhoneLine, supports: 'Reaching the IRS by phone' },
    ],
    facts: [],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'keep-a-log',
    version: 1,
    title: 'Keep a simple log of every contact',
    topics: ['log', 'notes', 'keep track', 'record calls', 'proof', 'paper trail'],
    text:
      'A short log can save you a lot of trouble later. Each time you call, write down the date and time, ' +
      'the number you called, the name or ID number of the person you spoke with, and what they said or ' +
      'promised. Each time you mail something, note the date, what you sent, and the tracking number. Save ' +
      'payment confirmations and screenshots. Ask for any agreement in writing, because a promise made on ' +
      'the phone is hard to prove. Keep the log with the notice in one folder.',
    sources: [
      { url: SOURCE_URL.timelyMailing, supports: 'Proof of the mailing date protects a timely request' },
      { url: SOURCE_URL.cp60Tas, supports: 'Proof of payment is needed to dispute a payment' },
    ],
    facts: [],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'records-and-follow-up',
    version: 2,
    title: 'After you respond: watch for the next letter',
    topics: ['follow up', 'what next', 'no answer', 'confirmation', 'after paying', 'waiting'],
    text:
      'After you pay, reply or set up a plan, keep watching your mail. The IRS writes when things change, ' +
      'and if you have a payment plan it sends a monthly reminder, a CP521, with the amount due and the date ' +
      'to pay by. Compare each letter with your records. Make every plan payment by its due date; a missed ' +
      'payment can bring a CP523, which warns that the plan may end. If nothing arrives for a long time, or ' +
      'a new notice seems to ignore what you sent, call the number on it with your log and proof ready. ' +
      'Never ignore a later notice.',
    sources: [
      {
        url: SOURCE_URL.cp521,
        supports: 'CP521: monthly installment agreement reminder with the amount due',
      },
      { url: SOURCE_URL.cp523, supports: 'CP523: default on an installment agreement' },
    ],
    facts: ['CP521', 'CP523'],
    ...SECOND_REVIEW,
    confidence: 'C',
  },
  {
    id: 'common-mistakes',
    version: 1,
    title: 'Mistakes to avoid',
    topics: ['mistakes', 'avoid', 'pitfalls', 'what not to do', 'tips'],
    text:
      'A few mistakes cause most of the trouble. Ignoring the notice, which lets it move on to stronger ' +
      'notices, liens and levies. Calling a number from a doubtful letter or message instead of the one on a ' +
      'real notice or on IRS.gov. Missing a hearing or Tax Court date while waiting for a call back. Sending ' +
      'originals instead of copies, or papers without a note naming the notice and tax year. Paying by gift ' +
      'card or wire because someone demanded it. And agreeing to something on the phone without getting it ' +
      'in writing.',
    sources: [
      { url: SOURCE_URL.cp504b, supports: 'Unpaid balances move toward levy' },
      { url: SOURCE_URL.realIrsContact, supports: 'The IRS does not demand gift cards or wire transfers' },
      { url: SOURCE_URL.cdp, supports: 'Hearing rights depend on a timely request' },
    ],
    facts: ['IRS.gov'],
    ...REVIEW,
    confidence: 'P',
  },
  {
    id: 'what-happens-if-ignored',
    version: 2,
    title: 'What happens if I ignore the notice?',
    topics: ['ignore', 'do nothing', 'what happens next', 'escalation', 'consequences'],
    text:
      'Ignoring a balance-due notice does not make it go away. The usual path is a first bill such as a ' +
      'CP14, then one or more reminders such as a CP501, then a notice of intent to levy, then a final ' +
      'notice with hearing rights (LT11 or Letter 1058), and then a levy on wages, bank accounts or other ' +
      'property. The IRS can file a tax lien at any time along the way. Interest and penalties keep growing, ' +
      'and the late-payment penalty rises to 1% a month if tax is still unpaid 10 days after a notice of ' +
      'intent to levy. Acting early keeps the most options open.',
    sources: [
      { url: SOURCE_URL.cp14, supports: 'CP14 is the first bill' },
      { url: SOURCE_URL.cp501, supports: 'CP501 reminder; a lien can be filed at any time' },
      {
        url: SOURCE_URL.levyNoticeRegulation,
        supports:
          'Treas. Reg. 301.6331-2(a): a written notice of intent to levy comes at least 30 days before a levy',
      },
      { url: SOURCE_URL.cdp, supports: 'Final levy notices carry hearing rights' },
      { url: SOURCE_URL.failureToPay, supports: 'The penalty rises to 1% after an intent-to-levy notice' },
    ],
    facts: ['CP14', 'CP501', 'LT11', 'Letter 1058', '1%', '10 days'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
];
