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
    ['empty', '   ', 'empty'],
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
