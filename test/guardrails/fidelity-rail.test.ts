import { describe, expect, it } from 'vitest';
import {
  checkFidelity,
  clausesOf,
  createFidelityRail,
  polarityChanges,
  signatureOf,
  supportedFacts,
} from '../../src/guardrails/fidelity-rail.ts';
import type { FidelityFailureCode } from '../../src/guardrails/fidelity-rail.ts';
import { runRails } from '../../src/guardrails/verdict.ts';

const CDP_PASSAGE =
  'An LT11 or Letter 1058 is a final notice before a levy. You have 30 days from the notice date to ask for a ' +
  'Collection Due Process hearing on Form 12153. A request sent on time generally stops the levy, and you can ' +
  'later ask the U.S. Tax Court to review the result. If you miss the 30 days, you may still ask for an ' +
  'equivalent hearing within one year, but you cannot take its result to the Tax Court.';
const PAY_PASSAGE =
  'If you pay the full amount by the date on the notice, no more interest is added. Interest stops if you pay ' +
  'within 21 calendar days, or 10 business days when the amount is $100,000 or more. You may pay online at ' +
  'irs.gov/payments or call 800-829-1040.';
const CASE_FACTS = [
  'Notice date: March 2, 2026',
  'Last day to request a CDP hearing: April 1, 2026 (30 days left)',
];

type Case = [name: string, paraphrase: string, expected: 'ok' | FidelityFailureCode, details?: string[]];

describe('checkFidelity', () => {
  const sources = [CDP_PASSAGE, PAY_PASSAGE, ...CASE_FACTS];
  const requiredFacts = ['April 1, 2026'];
  const cases: Case[] = [
    [
      'a faithful plain rewrite',
      'This is the last notice before a levy (LT11 or Letter 1058). Ask for a Collection Due Process hearing ' +
        'on Form 12153 within 30 days of the notice date; your last day is April 1, 2026. If you ask on time, ' +
        'the levy generally stops, and you can later ask the U.S. Tax Court to look at the result.',
      'ok',
    ],
    [
      'facts written differently',
      'Call (800) 829 1040 or pay at https://www.irs.gov/payments/ by 4/1/2026.',
      'ok',
    ],
    ['a looser form of a source date', 'Your last day is April 1 (April 1, 2026).', 'ok'],
    ['the bare number of a form', 'Use form number 12153 and send it by April 1, 2026.', 'ok'],
    ['a parent path of a source URL', 'See irs.gov for more. Act by April 1, 2026.', 'ok'],
    ['empty', '   ', 'empty', []],
    ['an invented number', 'You have 45 days to ask. Act by April 1, 2026.', 'added_fact', ['45']],
    ['an invented amount', 'There is a $35 fee. Act by April 1, 2026.', 'added_fact', ['$35']],
    ['an invented percentage', 'The penalty is 5% a month. Act by April 1, 2026.', 'added_fact', ['5%']],
    ['a changed date', 'Your last day is April 2, 2026.', 'added_fact', ['2026-04-02']],
    ['a new phone number', 'Call 800-829-4933 by April 1, 2026.', 'added_fact', ['8008294933']],
    ['a new URL', 'Pay at irs.gov/refunds by April 1, 2026.', 'added_fact', ['irs.gov/refunds']],
    ['a new web host', 'Pay at fast-tax-relief.com by April 1, 2026.', 'added_fact', ['fast-tax-relief.com']],
    ['a new form', 'Send Form 12153 or Form 9465 by April 1, 2026.', 'added_fact', ['form 9465']],
    ['a changed notice code', 'An LT16 is a final notice. Act by April 1, 2026.', 'added_fact', ['lt16']],
    [
      'a more precise URL than the source',
      'See irs.gov/payments/plans by April 1, 2026.',
      'added_fact',
      ['irs.gov/payments/plans'],
    ],
    [
      'the dropped deadline',
      'Ask for a hearing on Form 12153 within 30 days.',
      'dropped_fact',
      ['April 1, 2026'],
    ],
    ['the deadline without its year', 'Ask for a hearing by April 1.', 'dropped_fact', ['April 1, 2026']],
    [
      '"cannot" became "can"',
      'Your last day is April 1, 2026. If you miss the 30 days, you can take the result of an equivalent hearing to the Tax Court.',
      'polarity_changed',
    ],
    [
      '"may" became "must"',
      'Your last day is April 1, 2026. You must pay online at irs.gov/payments or call 800-829-1040.',
      'polarity_changed',
    ],
    [
      '"no more interest" became "more interest"',
      'Your last day is April 1, 2026. If you pay the full amount by the date on the notice, more interest is added.',
      'polarity_changed',
    ],
  ];

  it.each(cases)('%s → %s', (_name, paraphrase, expected, details) => {
    const result = checkFidelity({ paraphrase, sources, requiredFacts });
    if (expected === 'ok') {
      expect(result).toEqual({ ok: true });
      return;
    }
    expect(result).toMatchObject({ ok: false, code: expected });
    if (details !== undefined && !result.ok) expect(result.details).toEqual(details);
  });

  it('with no required facts, a rewrite that keeps only some facts passes', () => {
    const result = checkFidelity({
      paraphrase: 'You can call 800-829-1040.',
      sources: [PAY_PASSAGE],
      requiredFacts: [],
    });
    expect(result).toEqual({ ok: true });
  });

  it('a required fact is kept only when every fact it carries is kept', () => {
    const sources = ['Pay $1,200 by April 1, 2026.'];
    const requiredFacts = ['$1,200 by April 1, 2026'];
    expect(checkFidelity({ paraphrase: 'Pay the $1,200 by April 1, 2026.', sources, requiredFacts })).toEqual(
      {
        ok: true,
      },
    );
    expect(checkFidelity({ paraphrase: 'Pay it by April 1, 2026.', sources, requiredFacts })).toEqual({
      ok: false,
      code: 'dropped_fact',
      details: requiredFacts,
    });
  });

  it('a required fact given as words is found in any case and without its spaces around it', () => {
    expect(
      checkFidelity({
        paraphrase: 'Ask for an Equivalent Hearing.',
        sources: ['Ask for an equivalent hearing.'],
        requiredFacts: [' equivalent hearing '],
      }),
    ).toEqual({ ok: true });
  });

  it("checks what each sentence says only when the passages' claims are given", () => {
    const input = {
      paraphrase: 'You can pay online or file for bankruptcy.',
      sources: ['You can pay online.'],
      requiredFacts: [],
    };
    expect(checkFidelity(input)).toEqual({ ok: true });
    expect(checkFidelity({ ...input, claims: [] })).toEqual({
      ok: false,
      code: 'unsupported_words',
      details: ['fil', 'bankruptcy'],
    });
  });

  it('a required fact given as words is looked for as words', () => {
    const sources = ['Ask for an equivalent hearing.'];
    expect(
      checkFidelity({
        paraphrase: 'Ask for an equivalent hearing.',
        sources,
        requiredFacts: ['equivalent hearing'],
      }),
    ).toEqual({ ok: true });
    expect(
      checkFidelity({ paraphrase: 'Ask for a hearing.', sources, requiredFacts: ['equivalent hearing'] }),
    ).toMatchObject({
      ok: false,
      code: 'dropped_fact',
    });
  });
});

describe('polarityChanges', () => {
  const cases: [source: string, paraphrase: string, changed: boolean][] = [
    ['You cannot go to court.', 'You can go to court.', true],
    ['You cannot go to court.', "You can't go to court.", false],
    ['You cannot go to court.', 'You are not able to go to court.', false],
    ['You cannot go to court.', 'Going to court is not possible for you.', false],
    ['You may call the IRS.', 'You must call the IRS.', true],
    ['You may call the IRS.', 'You can call the IRS.', false],
    ['You may call the IRS.', 'Call the IRS.', false],
    ['You must reply within 30 days.', 'You have to reply within 30 days.', false],
    ['You must reply within 30 days.', 'You should reply within 30 days.', true],
    ['You must reply within 30 days.', 'You do not have to reply within 30 days.', true],
    ['You should not ignore the bill.', 'Do not ignore the bill.', false],
    ['You should not ignore the bill.', 'You should ignore the bill.', true],
    ['The IRS will never ask for gift cards.', 'The IRS never asks for gift cards.', false],
    ['The IRS will never ask for gift cards.', 'The IRS will ask for gift cards.', true],
    ['The IRS will send a bill.', 'The IRS may send a bill.', true],
    ['Pay no later than April 15.', 'Pay by April 15.', false],
    ['A late request does not stop the levy.', 'A late request stops the levy.', true],
    ['A late request does not stop the levy.', "Asking late won't stop the levy.", false],
    [
      'You can pay online. You cannot pay with a gift card.',
      'You cannot pay with a gift card. You can pay online.',
      false,
    ],
    [
      'You can pay online. You cannot pay with a gift card.',
      'You can pay with a gift card. You can pay online.',
      true,
    ],
    [
      'You may ask for a hearing, but you cannot go to court after it.',
      'You may ask for a hearing. You cannot go to court after it.',
      false,
    ],
    [
      'You may ask for a hearing, but you cannot go to court after it.',
      'You may ask for a hearing. You can go to court after it.',
      true,
    ],
    ['Interest keeps growing.', 'The weather is nice today.', false],
  ];

  it.each(cases)('%j → %j changed: %s', (source, paraphrase, changed) => {
    expect(polarityChanges(source, paraphrase).length > 0).toBe(changed);
  });

  it('names the two statements that disagree', () => {
    expect(polarityChanges('You cannot go to court.', 'You can go to court.')).toEqual([
      '"You cannot go to court." → "You can go to court."',
    ]);
  });

  it('reads negation and modality per clause', () => {
    expect(signatureOf("You can't pay with a gift card")).toEqual({
      negated: true,
      modalities: new Set(['permission']),
    });
    expect(signatureOf('You have to reply no later than May 1')).toEqual({
      negated: false,
      modalities: new Set(['obligation']),
    });
    expect(signatureOf('The IRS will not call')).toEqual({
      negated: true,
      modalities: new Set(['certainty']),
    });
    expect(clausesOf('One. Two, but three; four (five) six').map((clause) => clause.text)).toEqual([
      'One.',
      'Two',
      'three;',
      'four',
      'five',
      'six',
    ]);
    expect(clausesOf('The U.S. Tax Court opens at 8 a.m. on weekdays.')).toHaveLength(1);
  });
});

describe('polarityChanges: the modal flips a rewrite makes (issue 18)', () => {
  const cases: [source: string, paraphrase: string][] = [
    // "may have to" is a possibility of an obligation; "have to" is the obligation itself.
    ['You may have to pay a penalty if you file late.', 'You have to pay a penalty if you file late.'],
    // "may not" forbids the IRS; "won't" promises what it will do.
    [
      'The IRS may not levy your wages during the hearing.',
      "The IRS won't levy your wages during the hearing.",
    ],
  ];

  it.each(cases)('%j → %j is a changed statement', (source, paraphrase) => {
    expect(polarityChanges(source, paraphrase)).toHaveLength(1);
  });
});

describe('polarityChanges: how clauses are read', () => {
  const changed: [rule: string, source: string, paraphrase: string][] = [
    [
      'two modals must both match, not one of them',
      'You may have to pay a penalty.',
      'You may be advised to pay a penalty.',
    ],
    [
      'a clause of two content words is paired by them, not by its other words',
      'You cannot go to the court.',
      'You can go to court.',
    ],
    ['a curly apostrophe is an apostrophe', 'You can’t go to court.', 'You can go to court.'],
    [
      'an abbreviation is the same word with or without its dots',
      'You cannot file in the U.S.',
      'You can file in the US.',
    ],
    ['a short clause is the same without its full stop', 'It cannot.', 'It can'],
    [
      'the plural and the singular of a word meet',
      'You cannot deduct the costs.',
      'You can deduct the cost.',
    ],
    ['a modal word is no content word', 'It will not.', 'It should.'],
    ['a modal word is no content word ("would")', 'It would not.', 'It can.'],
  ];

  it.each(changed)('%s', (_rule, source, paraphrase) => {
    expect(polarityChanges(source, paraphrase)).toHaveLength(1);
  });

  it('a curly apostrophe negates as a straight one does', () => {
    expect(polarityChanges('You can’t go to court.', 'You cannot go to court.')).toEqual([]);
  });

  it('function words do not make two statements the same one', () => {
    for (const [source, paraphrase] of [
      ['You cannot pay it in the office.', 'You can see it in the office.'],
      ['You cannot pay all of it here.', 'You can see all of it here.'],
      ['You cannot pay again once it is over.', 'You can ask again once it is over.'],
    ] as const) {
      expect(polarityChanges(source, paraphrase), paraphrase).toEqual([]);
    }
  });
});

describe('polarityChanges: which source clause a paraphrase clause is compared with', () => {
  const paraphrase = 'You can pay the balance by gift card.';

  it('is the closest disagreeing clause, not the first that is close enough', () => {
    expect(
      polarityChanges(
        'You cannot pay the balance online today. You cannot pay the balance by gift card.',
        paraphrase,
      ),
    ).toEqual([`"You cannot pay the balance by gift card." → "${paraphrase}"`]);
  });

  it('is the closest disagreeing clause wherever it stands, and the first of two as close', () => {
    expect(
      polarityChanges(
        'You cannot pay the balance by gift card. You cannot pay the balance online today.',
        paraphrase,
      ),
    ).toEqual([`"You cannot pay the balance by gift card." → "${paraphrase}"`]);
    expect(
      polarityChanges(
        'You cannot pay the balance by card. You cannot pay the balance in cash.',
        'You can pay the balance by check.',
      ),
    ).toEqual(['"You cannot pay the balance by card." → "You can pay the balance by check."']);
  });

  it('forgives a disagreeing match when an agreeing clause is at least 0.8 as close (the text says both)', () => {
    // Dice similarity: the disagreeing clause 1.0, the agreeing one 2·4/(4+6) = 0.8.
    expect(
      polarityChanges(
        'You cannot pay the balance by gift card. You can pay the balance by gift card at the store counter.',
        paraphrase,
      ),
    ).toEqual([]);
    // One more word: 2·4/(4+7) ≈ 0.73, no longer nearly as close.
    expect(
      polarityChanges(
        'You cannot pay the balance by gift card. You can pay the balance by gift card at the store counter today.',
        paraphrase,
      ),
    ).toEqual([`"You cannot pay the balance by gift card." → "${paraphrase}"`]);
  });

  it('pairs clauses from a similarity of 0.5 up', () => {
    // 2·2/(4+4) = 0.5: paired, and the flip is found.
    expect(polarityChanges('You cannot pay the balance online today.', paraphrase)).toHaveLength(1);
    // 2·2/(5+4) ≈ 0.44: another statement, not a flip of this one.
    expect(polarityChanges('You cannot pay the balance online today or later.', paraphrase)).toEqual([]);
  });

  it('does not pair clauses that share one content word', () => {
    // Dice 2·1/(2+2) = 0.5, but "pay" alone does not make two statements the same.
    expect(polarityChanges('You cannot pay with cash.', 'You can pay today.')).toEqual([]);
  });

  it('pairs a clause of fewer than two content words only with one of the same words', () => {
    expect(polarityChanges('It cannot.', 'It can.')).toEqual(['"It cannot." → "It can."']);
    expect(polarityChanges('It can be paid.', 'It cannot.')).toEqual([]);
  });
});

describe('supportedFacts', () => {
  it('accepts looser forms of a source fact, never more precise ones', () => {
    const supported = supportedFacts([
      '2026-04-01',
      'form 12153',
      'irc 6601(e)(3)',
      'irs.gov/payments/plans',
      '$100000',
      '0.5%',
    ]);
    for (const token of [
      '--04-01',
      '2026-04',
      '2026',
      '12153',
      'irc 6601(e)',
      'irc 6601',
      '6601',
      'irs.gov/payments',
      'irs.gov',
      '100000',
      '0.5',
    ]) {
      expect(supported.has(token), token).toBe(true);
    }
    for (const token of [
      '2026-04-02',
      'form 1215',
      'irc 6601(e)(4)',
      'irs.gov/payments/plans/x',
      '$100',
      '5%',
      '1',
    ]) {
      expect(supported.has(token), token).toBe(false);
    }
  });
});

describe('supportedFacts: the looser form of each kind of fact', () => {
  const cases: [
    kind: string,
    sourceToken: string,
    looser: readonly string[],
    notSupported: readonly string[],
  ][] = [
    ['a month supports its year', '2026-04', ['2026'], ['2026-05', '2027', '04']],
    ['a notice code supports its number', 'cp14', ['14'], ['cp140', '140']],
    ['a letter supports its number', 'letter 1058', ['1058'], ['letter 105']],
    ['a publication supports its number', 'publication 594', ['594'], ['publication 595']],
    // The paraphrase's numbers lose their leading zeros ("007" is read as 7); so does the bare number of a form.
    ['a form number is read as a number', 'form 0123', ['123'], ['0123']],
    [
      'a regulation supports its shorter citations',
      'reg 301.6320-1(b)(2)',
      ['reg 301.6320-1(b)', 'reg 301.6320-1'],
      ['reg 301.6320-1(b)(3)', 'reg 301.6320-1(c)'],
    ],
    [
      'a code section supports each shorter citation of it',
      'irc 6330(c)(2)(a)(ii)',
      ['irc 6330(c)(2)(a)', 'irc 6330(c)(2)', 'irc 6330(c)', 'irc 6330', '6330'],
      ['irc 6330(c)(2)(a)(i)', 'irc 6330(c)(2)(b)', 'irc 6330(c)(a)(ii)'],
    ],
    [
      'a URL with a query supports its page and site without it',
      'irs.gov/payments?lang=es',
      ['irs.gov/payments', 'irs.gov'],
      ['irs.gov/payments?lang=en', 'irs.gov/payments/lang=es'],
    ],
  ];

  it("a number, an amount's digits and a phone number have no looser form", () => {
    expect([...supportedFacts(['45', '8008291040'])]).toEqual(['45', '8008291040']);
  });

  it.each(cases)('%s', (_kind, sourceToken, looser, notSupported) => {
    const supported = supportedFacts([sourceToken]);
    for (const token of [sourceToken, ...looser]) expect(supported.has(token), token).toBe(true);
    for (const token of notSupported) expect(supported.has(token), token).toBe(false);
  });
});

describe('fidelity rail', () => {
  const rail = createFidelityRail();
  const base = { sources: [PAY_PASSAGE], requiredFacts: [] };

  it('allows a faithful paraphrase', async () => {
    expect(await rail.run({ ...base, text: 'Call 800-829-1040.', vettedText: PAY_PASSAGE })).toEqual({
      action: 'allow',
    });
  });

  it('puts the vetted text back when the paraphrase is unfaithful', async () => {
    expect(await rail.run({ ...base, text: 'Call 800-555-0100.', vettedText: PAY_PASSAGE })).toEqual({
      action: 'rewrite',
      text: PAY_PASSAGE,
      code: 'fidelity_added_fact',
    });
  });

  it('blocks when there is no vetted text to fall back to', async () => {
    expect(await rail.run({ ...base, text: 'Call 800-555-0100.' })).toEqual({
      action: 'block',
      code: 'fidelity_added_fact',
      detail: '8005550100',
    });
  });

  it('names every added fact when it blocks, and checks the claims it is given', async () => {
    expect(await rail.run({ ...base, text: 'Call 800-555-0100 or pay $35.' })).toEqual({
      action: 'block',
      code: 'fidelity_added_fact',
      detail: '$35; 8005550100',
    });
    const bankruptcy = {
      sources: ['You can pay online.'],
      requiredFacts: [],
      text: 'You can pay online or file for bankruptcy.',
    };
    expect(await rail.run(bankruptcy)).toEqual({ action: 'allow' });
    expect(await rail.run({ ...bankruptcy, claims: [] })).toMatchObject({
      action: 'block',
      code: 'fidelity_unsupported_words',
    });
  });

  it('lets the vetted text itself through even when the required deadline is only in the case facts', async () => {
    const verdict = await rail.run({
      text: PAY_PASSAGE,
      vettedText: PAY_PASSAGE,
      sources: [PAY_PASSAGE],
      requiredFacts: ['April 1, 2026'],
    });
    expect(verdict).toEqual({ action: 'allow' });
  });

  it('runs in a rail sequence', async () => {
    const outcome = await runRails([rail], {
      ...base,
      text: 'You must pay online at irs.gov/payments.',
      vettedText: PAY_PASSAGE,
    });
    expect(outcome.text).toBe(PAY_PASSAGE);
    expect(outcome.verdicts.fidelity).toMatchObject({ action: 'rewrite', code: 'fidelity_polarity_changed' });
  });
});
