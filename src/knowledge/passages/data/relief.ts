import type { Passage } from '../passage-schema.ts';
import { REVIEW, SECOND_REVIEW, SOURCE_URL } from './sources.ts';

/** Getting penalties and math-error changes taken off. */
export const reliefPassages: readonly Passage[] = [
  {
    id: 'first-time-abatement',
    version: 2,
    title: 'First-time penalty relief',
    topics: ['first time abatement', 'penalty relief', 'remove penalty', 'waive penalty', 'clean record'],
    text:
      'If you have a good history of filing and paying on time, ask whether the IRS will remove a penalty ' +
      'as first-time relief. We could not confirm the exact conditions from an IRS source, so this guide ' +
      'does not list them: call the number on your notice, ask whether you qualify, and have your filing ' +
      'and payment history ready. If you do not qualify, you can still ask for relief because the failure ' +
      'was due to reasonable cause. A written request can be made on Form 843, the form the regulations ' +
      'name for claims to abate an assessed penalty.',
    sources: [
      { url: SOURCE_URL.irc6651, supports: 'IRC 6651: no penalty if the failure is due to reasonable cause' },
      {
        url: SOURCE_URL.abatementRegulation,
        supports: 'Treas. Reg. 301.6404-1(c): claims for abatement are made on Form 843',
      },
    ],
    facts: ['Form 843'],
    ...SECOND_REVIEW,
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
      {
        url: SOURCE_URL.abatementRegulation,
        supports: 'Treas. Reg. 301.6404-1(c): claims for abatement are made on Form 843',
      },
    ],
    facts: ['Form 843'],
    ...SECOND_REVIEW,
    confidence: 'P',
  },
  {
    id: 'penalty-relief-request',
    version: 2,
    title: 'How to ask for a penalty to be removed',
    topics: ['form 843', 'abatement request', 'remove penalty', 'penalty relief', 'how to ask'],
    text:
      'You can ask for penalty relief in a few ways. You can call the number on your notice and ask, or ' +
      'send a written request. You can also file Form 843, Claim for Refund and Request for Abatement: the ' +
      'regulations name it as the form for a claim to abate a penalty, interest or other amount that was ' +
      'assessed. It cannot be used to ask the IRS to abate income tax itself. Explain why the penalty ' +
      'should go, and keep copies of your request and any proof you send.',
    sources: [
      {
        url: SOURCE_URL.abatementRegulation,
        supports:
          'Treas. Reg. 301.6404-1(b)-(c): abatement claims on Form 843; no abatement claim for income, estate or gift tax',
      },
    ],
    facts: ['Form 843'],
    ...SECOND_REVIEW,
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
