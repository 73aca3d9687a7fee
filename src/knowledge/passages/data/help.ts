import type { Passage } from '../passage-schema.ts';
import { REVIEW, SECOND_REVIEW, SOURCE_URL } from './sources.ts';

/** People and offices that can help, and how to let someone act for you. */
export const helpPassages: readonly Passage[] = [
  {
    id: 'taxpayer-advocate',
    version: 2,
    title: 'Taxpayer Advocate Service',
    topics: ['taxpayer advocate', 'tas', 'form 911', 'stuck', 'no response', 'economic harm'],
    text:
      'The Taxpayer Advocate Service (TAS) is an independent organization within the IRS that helps people ' +
      'whose problems are not getting solved through normal channels. You may qualify if you are facing ' +
      'economic harm or significant cost, if you have waited more than 30 days for the IRS to resolve your ' +
      'issue, or if the IRS missed a date it promised. There is at least one local advocate ' +
      'office in every state, and TAS has a website, taxpayeradvocate.irs.gov. Asking TAS for help does ' +
      'not pause your deadlines, so keep meeting them.',
    sources: [
      {
        url: SOURCE_URL.tasAtAGlance,
        supports:
          'TAS: independent organization within the IRS; economic harm or significant cost, a delay of more than 30 days, no response by the promised date; a local office in every state',
      },
      { url: SOURCE_URL.tasCaseCriteria, supports: 'IRM 13.1.7: TAS case criteria, including economic harm' },
      { url: SOURCE_URL.cp12Tas, supports: 'TAS publishes its help on taxpayeradvocate.irs.gov' },
    ],
    facts: ['30 days', 'taxpayeradvocate.irs.gov'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'representation-forms',
    version: 1,
    title: 'Letting someone deal with the IRS for you (Form 2848, Form 8821)',
    topics: [
      'power of attorney',
      'form 2848',
      'form 8821',
      'representative',
      'someone else call',
      'authorization',
    ],
    text:
      'If you want a tax professional to speak and act for you with the IRS, you both sign Form 2848, Power ' +
      'of Attorney and Declaration of Representative. If you only want someone, such as a relative or a ' +
      'preparer, to see your tax information without acting for you, use Form 8821, Tax Information ' +
      'Authorization. The IRS will not discuss your account with someone else who calls unless one of these ' +
      'forms is in place. Sign them only for people you trust, and keep your own copy.',
    sources: [
      { url: SOURCE_URL.cp91, supports: 'Form 2848 lets a representative act for you' },
      {
        url: SOURCE_URL.irsHelpPage,
        supports: 'Form 8821 allows access to information; third parties need one of the forms',
      },
    ],
    facts: ['Form 2848', 'Form 8821'],
    ...REVIEW,
    confidence: 'P',
  },
  {
    id: 'low-income-taxpayer-clinics',
    version: 1,
    title: 'Free or low-cost help: Low Income Taxpayer Clinics',
    topics: ['low income taxpayer clinic', 'litc', 'free help', 'cannot afford lawyer', 'legal aid'],
    text:
      'If money is tight, a Low Income Taxpayer Clinic may be able to help. These clinics represent people ' +
      'with low income in their dealings with the IRS for free or for a small fee. Once you sign Form 2848, ' +
      'someone at the clinic can speak for you. Reach out early, while your deadlines are still open, ' +
      'because a clinic may need time to review your case. IRS notice pages, such as the one for CP71A, ' +
      'point people to these clinics.',
    sources: [
      {
        url: SOURCE_URL.cp71a,
        supports: 'Low Income Taxpayer Clinics represent low-income taxpayers for free or a small fee',
      },
      { url: SOURCE_URL.cp91, supports: 'Form 2848 lets a representative act for you' },
    ],
    facts: ['Form 2848', 'CP71A'],
    ...REVIEW,
    confidence: 'C',
  },
  {
    id: 'professional-help',
    version: 1,
    title: 'When to get professional help',
    topics: ['tax professional', 'cpa', 'enrolled agent', 'tax attorney', 'lawyer', 'get help'],
    text:
      'Many notices can be handled on your own, but some call for a professional such as a CPA, an enrolled ' +
      'agent or a tax attorney. Consider one if the amount is large, if you face a levy or a lien, if you ' +
      'want to go to Tax Court, or if you are thinking about an offer in compromise. A representative can ' +
      'talk to the IRS for you once you both sign Form 2848. If cost is a worry, a Low Income Taxpayer ' +
      'Clinic may help for free or for a small fee.',
    sources: [
      { url: SOURCE_URL.cp91, supports: 'Form 2848 lets a representative act for you' },
      { url: SOURCE_URL.cp71a, supports: 'Low Income Taxpayer Clinics' },
    ],
    facts: ['Form 2848'],
    ...REVIEW,
    confidence: 'C',
  },
];
