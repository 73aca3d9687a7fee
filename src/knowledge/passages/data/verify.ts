import type { Passage } from '../passage-schema.ts';
import { REVIEW, SECOND_REVIEW, SOURCE_URL } from './sources.ts';

/** Is the letter real, and how to tell a scam from the IRS. */
export const verifyPassages: readonly Passage[] = [
  {
    id: 'find-notice-code',
    version: 1,
    title: 'Where to find your notice code',
    topics: ['notice code', 'letter number', 'which notice', 'identify notice', 'corner'],
    text:
      'The notice code tells you what kind of letter you have and what it asks of you. Look in the top or ' +
      'bottom right corner of the first page. It is a short code such as CP14, CP504 or LT11, or a letter ' +
      'number such as Letter 1058. Write the code down together with the date of the notice. If you cannot ' +
      'find a code, describe the letter in your own words and take extra care to confirm it is real before ' +
      'you pay anything.',
    sources: [
      {
        url: SOURCE_URL.cp14,
        supports: 'IRS notices carry a code such as CP14 that the IRS explains on its own page',
      },
      { url: SOURCE_URL.pub1660, supports: 'Letter 1058 is a final notice of intent to levy' },
    ],
    facts: ['CP14', 'CP504', 'LT11', 'Letter 1058'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'verify-notice-is-real',
    version: 1,
    title: 'How to check that a notice is really from the IRS',
    topics: ['verify', 'real or fake', 'legitimate', 'authentic', 'check the letter', 'scam'],
    text:
      'Before you pay or call anyone, make sure the letter is real. A real IRS notice has a code, such as ' +
      'CP14 or LT11, and the IRS explains most codes on its own website: search IRS.gov for "Understanding ' +
      'your" followed by the code, and compare what it says with your letter. Check that the tax year and ' +
      'the amounts make sense for you. If you have any doubt, do not call the number on the letter. Look up ' +
      'the IRS number yourself; for individuals it is 800-829-1040. The IRS usually contacts people by mail ' +
      'first, so a surprise call, text or email is a reason to slow down.',
    sources: [
      { url: SOURCE_URL.cp14, supports: 'The IRS publishes an "Understanding your" page for notice codes' },
      { url: SOURCE_URL.realIrsContact, supports: 'The IRS usually contacts you first by mail' },
      { url: SOURCE_URL.irsPhoneLine, supports: 'IRS phone line for individuals: 800-829-1040' },
    ],
    facts: ['CP14', 'LT11', 'IRS.gov', '800-829-1040'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'scam-signs',
    version: 1,
    title: 'Signs that a "notice" is a scam',
    topics: ['scam', 'fraud', 'fake', 'gift card', 'wire transfer', 'police', 'arrest', 'threat'],
    text:
      'When you owe, the IRS first mails you a bill. Be very careful if someone who says they are from the ' +
      'IRS does any of these things: demands that you pay right away with a gift card, a prepaid debit card ' +
      'or a wire transfer; threatens to send local police to arrest you; insists that you pay without giving ' +
      'you a chance to question or appeal the amount; or asks for your credit or debit card number over the ' +
      'phone. The real IRS does not do these things. If something feels wrong, do not pay. Call the IRS at a ' +
      'number you look up yourself on IRS.gov.',
    sources: [
      { url: SOURCE_URL.realIrsContact, supports: 'What the IRS never does when it contacts you' },
      {
        url: SOURCE_URL.realIrsContactIrsPage,
        supports: "The IRS's own page on how to know it is really the IRS",
      },
    ],
    facts: ['IRS.gov'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'irs-calls-and-visits',
    version: 1,
    title: 'Can the IRS call me or come to my door?',
    topics: ['phone call', 'visit', 'knock on door', 'agent at home', 'identification', 'revenue officer'],
    text:
      'Sometimes, yes. The IRS may call or visit about an overdue bill, a late return or an audit, but it ' +
      'usually does so only after sending you letters first. An IRS employee who comes to your home or ' +
      'business carries two forms of official identification, and you can ask to see them. Even a real IRS ' +
      'employee will not demand payment by gift card or wire transfer, and will not threaten arrest. If you ' +
      'are unsure, end the conversation politely and call the IRS back at a number you find yourself.',
    sources: [
      {
        url: SOURCE_URL.realIrsContact,
        supports: 'When the IRS calls or visits, and the two forms of ID its field staff carry',
      },
      { url: SOURCE_URL.realIrsContactIrsPage, supports: "The IRS's own page on calls and visits" },
    ],
    facts: ['two'],
    ...REVIEW,
    confidence: 'P',
  },
  {
    id: 'report-impersonation',
    version: 2,
    title: 'Reporting someone who pretends to be the IRS',
    topics: ['report scam', 'impersonation', 'pretending to be irs', 'phishing', 'fraud report', 'tigta'],
    text:
      'If a caller, text, email or letter pretends to be the IRS, do not send money or personal details, ' +
      'and do not use any phone number or link it gives you. Keep what you received: the letter, the ' +
      "caller's number, screenshots and the date. Then report it to the Treasury Inspector General for Tax " +
      'Administration (TIGTA) on its website, tigta.gov, which you open yourself rather than through a link ' +
      'in the message. If you already paid or shared card or bank details, call your bank or card company ' +
      'right away.',
    sources: [
      {
        url: SOURCE_URL.realIrsContact,
        supports: 'How to recognise contact that is not really from the IRS',
      },
      {
        url: SOURCE_URL.tigtaReport,
        supports: 'TIGTA asks people to report IRS impersonation calls on its website',
      },
    ],
    facts: ['tigta.gov'],
    ...SECOND_REVIEW,
    confidence: 'C',
  },
  {
    id: 'private-collection-agencies',
    version: 1,
    title: 'A private collection agency says it collects for the IRS',
    topics: ['private collection agency', 'debt collector', 'collection agency called', 'cp40', 'who to pay'],
    text:
      'The IRS may give some unpaid accounts to a private collection agency, which can then contact you. ' +
      'It tells you first by mail: a CP40 notice names the agency and gives a taxpayer authentication ' +
      'number that you and the agency use to check each other. The IRS lists the agencies it works with on ' +
      'IRS.gov (search for Private Debt Collection). Pay only through the ways to pay listed on IRS.gov; ' +
      'a check or money order is made out to U.S. Treasury. A caller about a balance with no CP40 before it ' +
      'is a reason to hang up and call the IRS at a number you look up yourself.',
    sources: [
      {
        url: SOURCE_URL.cp40,
        supports:
          'CP40: account assigned to a private collection agency; authentication number; agencies listed on IRS.gov',
      },
      { url: SOURCE_URL.payByCheck, supports: 'Checks and money orders are made payable to U.S. Treasury' },
    ],
    facts: ['CP40', 'IRS.gov'],
    ...SECOND_REVIEW,
    confidence: 'C',
  },
];
