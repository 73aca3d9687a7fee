import type { Passage } from '../passage-schema.ts';
import { REVIEW, SOURCE_URL } from './sources.ts';

/** Getting penalties and math-error changes taken off. */
export const reliefPassages: readonly Passage[] = [
  {
    id: 'first-time-abatement',
    version: 1,
    title: 'First-time penalty relief',
    topics: ['first time abatement', 'penalty relief', 'remove penalty', 'waive penalty', 'clean record'],
    text:
      'If you have a clean history, you may be able to have a penalty removed. First-time abatement can ' +
      'remove late-filing, late-payment and late-deposit penalties for one return. You usually qualify if ' +
      'you had no penalties in the 3 tax years before (an estimated tax penalty does not count), you have ' +
      'filed every return that is currently due or have a valid extension, and you have paid the tax or ' +
      'arranged to pay it. A payment plan that you are keeping up with counts. You can ask by phone, in ' +
      'writing, or on Form 843.',
    sources: [
      {
        url: SOURCE_URL.firstTimeAbate,
        supports: 'First-Time Abate: penalties covered and the three requirements',
      },
      {
        url: SOURCE_URL.firstTimeAbateGuide,
        supports: 'A current installment agreement counts as arranged to pay',
      },
      {
        url: SOURCE_URL.penaltyReliefByPhone,
        supports: 'First-Time Abate can be requested by phone or in writing',
      },
    ],
    facts: ['3 tax years', 'Form 843'],
    ...REVIEW,
    confidence: 'P',
  },
  {
    id: 'reasonable-cause',
    version: 1,
    title: 'Penalty relief for a good reason (reasonable cause)',
    topics: ['reasonable cause', 'penalty relief', 'good reason', 'not my fault', 'circumstances'],
    text:
      'If something outside your control kept you from filing or paying on time, you can ask the IRS to ' +
      'remove the penalty for reasonable cause. The law asks whether the failure was due to reasonable cause ' +
      'and not to willful neglect. In practice, the IRS looks at whether you acted with ordinary care and ' +
      'good sense and still could not comply. Explain what happened and when, show how you fixed things as ' +
      'soon as you could, and include proof. You can ask in writing, by phone, or on Form 843.',
    sources: [
      { url: SOURCE_URL.irc6651, supports: 'IRC 6651: reasonable cause and not willful neglect' },
      { url: SOURCE_URL.form843, supports: 'Form 843 requests abatement on reasonable-cause grounds' },
    ],
    facts: ['Form 843'],
    ...REVIEW,
    confidence: 'P',
  },
  {
    id: 'penalty-relief-request',
    version: 1,
    title: 'How to ask for a penalty to be removed',
    topics: ['form 843', 'abatement request', 'remove penalty', 'penalty relief', 'how to ask'],
    text:
      'You can ask for penalty relief in a few ways. For first-time relief, a phone call to the number on ' +
      'your notice or a written statement is often enough. You can also file Form 843, Claim for Refund and ' +
      'Request for Abatement, which is used to ask that penalties or interest be removed because of ' +
      'reasonable cause or an IRS error. Form 843 is not for getting an income tax refund; that is done on ' +
      'Form 1040-X. Keep copies of your request and any proof you send.',
    sources: [
      { url: SOURCE_URL.form843, supports: 'Form 843 use, and Form 1040-X for income tax refunds' },
      { url: SOURCE_URL.penaltyReliefByPhone, supports: 'First-Time Abate by phone or written statement' },
    ],
    facts: ['Form 843', 'Form 1040-X'],
    ...REVIEW,
    confidence: 'P',
  },
  {
    id: 'math-error-abatement',
    version: 1,
    title: 'If the IRS changed your return for a math error',
    topics: ['math error', 'miscalculation', 'cp11', 'cp12', 'cp13', 'abatement', 'changed my return'],
    text:
      'A math-error notice, such as CP11, CP12 or CP13, means the IRS changed your return because it ' +
      'believes there was a miscalculation. If you disagree, contact the IRS within 60 days of the notice ' +
      'date. The law then requires the IRS to reverse the change. If it still thinks you owe, it must send a ' +
      'formal notice of deficiency, which gives you the right to go to Tax Court. If the 60 days pass, you ' +
      'lose that Tax Court right for this change, though you can still file a claim for refund later. If ' +
      'you agree, pay by the date on the notice.',
    sources: [
      { url: SOURCE_URL.cp11, supports: 'CP11: contact within 60 days if you disagree' },
      { url: SOURCE_URL.cp12Tas, supports: 'CP12: math-error change, 60 days to disagree' },
      { url: SOURCE_URL.cp13, supports: 'After 60 days the Tax Court right is lost; a refund claim remains' },
      { url: SOURCE_URL.mathErrorClinic, supports: 'IRC 6213(b)(2): abatement, then deficiency procedures' },
    ],
    facts: ['CP11', 'CP12', 'CP13', '60 days'],
    ...REVIEW,
    confidence: 'C',
  },
];
