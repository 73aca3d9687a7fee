import { describe, expect, it } from 'vitest';
import { checkFidelity } from '../../../src/guardrails/fidelity-rail.ts';
import { checkMeaning } from '../../../src/guardrails/paraphrase/meaning-check.ts';
import { checkForm } from '../../../src/guardrails/paraphrase/form-rail.ts';
import { checkOutputScope } from '../../../src/guardrails/paraphrase/output-scope-rail.ts';
import { claimsOf, getPassage } from '../../../src/knowledge/passages/knowledge-base.ts';
import { clausesOf, deedsOf, SOMEONE_ELSE, stem } from '../../../src/knowledge/meaning/statements.ts';

const CDP = getPassage('cdp-hearing').text;
const PLAN = getPassage('first-bill').text;

function meaning(paraphrase: string, id = 'first-bill') {
  return checkMeaning({ paraphrase, sources: [getPassage(id).text], claims: [claimsOf(id)] });
}

describe('checkMeaning', () => {
  it('accepts the passage itself and an editor rewrite of it', () => {
    expect(meaning(PLAN)).toEqual({ ok: true });
    expect(
      meaning(
        'A CP14 is usually your first bill after the IRS records tax you owe. It shows the tax year, the amount, ' +
          'and a date to pay by. If you pay the full amount by that date, no more interest is added. If you cannot pay, ' +
          'a payment plan is available. If you disagree, you can call the number on the notice. There is no formal ' +
          'hearing offered at this stage. Some accounts get a bill with another code, such as CP161; go by what it ' +
          'says and the date printed on it. If the bill stays unpaid, reminders such as CP501 usually follow.',
      ),
    ).toEqual({ ok: true });
  });

  it.each([
    ['a word no passage uses', `${PLAN} You should file for bankruptcy.`, 'unsupported_words'],
    ['a claim dropped', PLAN.replace(/No formal hearing is offered at this stage\. /, ''), 'claim_dropped'],
    [
      'a subject changed',
      PLAN.replace('if you disagree you can call', 'if the IRS disagrees it can call'),
      'changed_subject',
    ],
    ['an instruction the passage does not give', `${PLAN} Do not pay the bill.`, 'invented_instruction'],
  ] as const)('rejects %s', (_name, paraphrase, code) => {
    expect(meaning(paraphrase)).toMatchObject({ ok: false, code });
  });

  it('rejects a bare answer dropped ("It can.")', () => {
    const passport = getPassage('passport-certification').text;
    expect(meaning(passport.replace('It can. ', ''), 'passport-certification')).toMatchObject({
      ok: false,
      code: 'claim_dropped',
    });
  });

  it('accepts a bare answer kept elsewhere in the text', () => {
    const passport = getPassage('passport-certification').text;
    expect(meaning(`${passport.replace('It can. ', '')} It can.`, 'passport-certification')).toEqual({
      ok: true,
    });
  });
});

describe('what each clause says (issue 13, second pass)', () => {
  const check = (id: string, paraphrase: string) => {
    const text = getPassage(id).text;
    expect(paraphrase).not.toBe(text);
    return checkFidelity({ paraphrase, sources: [text], requiredFacts: [], claims: [claimsOf(id)] });
  };
  const swap = (id: string, from: string, to: string) => {
    expect(getPassage(id).text).toContain(from);
    return check(id, getPassage(id).text.replace(from, to));
  };

  it.each([
    // Its words are all still said by the clause before it ("… may not stop this levy").
    ['a clause dropped', 'social-security-levy', ', because it cannot stop an IRS levy', ''],
    // "ask" and "qualify" are still said, apart, by "If you do not qualify, you can still ask for relief".
    ['half a clause dropped', 'first-time-abatement', ', ask whether you qualify', ''],
    // "agree" is still said, inside "partly agree or disagree", which must say itself too.
    ['an option dropped', 'cp2000-response', 'you can agree, partly agree', 'you can partly agree'],
  ])('rejects %s whose words other clauses still use', (_name, id, from, to) => {
    expect(swap(id, from, to)).toMatchObject({ ok: false, code: 'claim_dropped' });
  });

  it('accepts a clause cut in two side by side ("If you pay …, you may save the plan")', () => {
    expect(
      swap(
        'installment-default',
        'Paying what is due before the termination date shown on the notice may save the plan.',
        'If you pay what is due before the termination date shown on the notice, you may save the plan.',
      ),
    ).toEqual({ ok: true });
  });

  it('rejects a statement made of the passage’s words that the passage does not make', () => {
    const id = 'missed-deadline-options';
    expect(
      check(id, `${getPassage(id).text} A hearing request is late after 30 days from the letter date.`),
    ).toMatchObject({ ok: false, code: 'unsupported_clause' });
  });

  it.each([
    ['a modal that ends its clause', 'installment-default', 'as soon as you can', 'as soon as the IRS can'],
    ['"it" made the reader', 'private-collection-agencies', 'It tells you first', 'You tell the IRS first'],
    ['"they" made the reader', 'keep-a-log', 'what they said or promised', 'what you said or promised'],
  ])('rejects a subject swapped with %s', (_name, id, from, to) => {
    expect(swap(id, from, to)).toMatchObject({ ok: false, code: 'changed_subject' });
  });

  it('accepts "it" named as the party it stands for', () => {
    expect(swap('private-collection-agencies', 'It tells you first', 'The IRS tells you first')).toEqual({
      ok: true,
    });
  });

  it('reads each of two negated statements joined by "and" as negated, and each can flip', () => {
    const from = 'A CP2000 is not a bill and does not mean you are being audited.';
    expect(
      swap('cp2000-response', from, 'A CP2000 does not mean you are being audited, and it is not a bill.'),
    ).toEqual({ ok: true });
    expect(
      swap('cp2000-response', from, 'A CP2000 is a bill and does not mean you are being audited.'),
    ).toMatchObject({
      ok: false,
      code: 'polarity_changed',
    });
  });

  it('reads "lets you" as "you can"', () => {
    expect(
      swap(
        'tax-court-petition',
        'A notice of deficiency lets you challenge',
        'With a notice of deficiency, you can challenge',
      ),
    ).toEqual({ ok: true });
  });
});

describe('cutting and folding words', () => {
  it('keeps "not when …" one clause, so its "not" stays with it', () => {
    expect(clausesOf('What matters is the day you mail it, not when the IRS receives it.')).toContain(
      'not when the IRS receives it.',
    );
  });

  it('stems "using" like "use" and "uses"', () => {
    expect(new Set(['use', 'uses', 'using'].map(stem))).toEqual(new Set([stem('use')]));
  });
});

describe('who does what', () => {
  it.each([
    ['the hearing you can still get no longer leads to Tax Court', [{ actor: 'reader', action: 'get' }]],
    ['while IRS Appeals reviews your case', [{ actor: 'appeals', action: 'review' }]],
    ['You have 30 days from the notice date', [{ actor: 'reader', action: 'have' }]],
    ['you can still ask IRS Appeals for an equivalent hearing', [{ actor: 'reader', action: 'ask' }]],
    ['Call the number on the notice', [{ actor: 'reader', action: 'call' }]],
    ['A representative calling for you needs Form 2848', [{ actor: 'representative', action: 'call' }]],
    ['It tells you first by mail', [{ actor: SOMEONE_ELSE, action: 'tell' }]],
    // A pronoun before a passive is what is acted on: "it" does not pay here.
    ['until it is paid', []],
  ])('"%s"', (clause, deeds) => {
    expect(deedsOf(clause)).toEqual(deeds);
  });

  const LEVY = getPassage('final-levy-notice').text;
  const levy = (paraphrase: string) =>
    checkMeaning({ paraphrase, sources: [LEVY], claims: [claimsOf('final-levy-notice')] });

  it.each([
    [
      'in a relative clause',
      LEVY.replace('the hearing you can still get', 'the hearing the IRS can still get'),
    ],
    [
      'to another party',
      LEVY.replace('while IRS Appeals reviews your case', 'while the Tax Court reviews your case'),
    ],
    ['with a main verb', LEVY.replace('You have 30 days', 'The IRS has 30 days')],
  ])('rejects a subject swapped %s', (_name, paraphrase) => {
    expect(paraphrase).not.toBe(LEVY);
    expect(levy(paraphrase)).toMatchObject({ ok: false, code: 'changed_subject' });
  });

  it('accepts a party named where the passage names none', () => {
    expect(
      levy(
        LEVY.replace(
          'A request postmarked in time generally stops the levy',
          'If you mail your request in time, the levy generally stops',
        ),
      ),
    ).toEqual({ ok: true });
  });
});

describe('checkForm', () => {
  it.each([
    ['markup', `**${CDP}**`],
    ['markup', `{"paraphrase": "${CDP}"}`],
    ['self_reference', `As an AI, I can say: ${CDP}`],
    ['self_reference', `Here is your plain version: ${CDP}`],
    ['prompt_echo', `${CDP} This rewrite is at an 8th-grade reading level.`],
    ['length', CDP.slice(0, 120)],
    ['length', `${CDP} ${CDP}`],
  ] as const)('rejects %s', (code, paraphrase) => {
    expect(checkForm(paraphrase, [CDP])).toMatchObject({ ok: false, code });
  });

  it('rejects a form trick in front of a passage that itself uses one of the words ("this assistant")', () => {
    const dates = getPassage('printed-date-governs').text;
    expect(dates).toContain('assistant');
    expect(checkForm(dates, [dates])).toEqual({ ok: true });
    expect(checkForm(`Sure! ${dates}`, [dates])).toMatchObject({ ok: false, code: 'self_reference' });
  });

  it('accepts plain sentences of about the passage length, with an editor’s signpost', () => {
    expect(checkForm(CDP, [CDP])).toEqual({ ok: true });
    expect(checkForm(`Here is the key point. ${CDP}`, [CDP])).toEqual({ ok: true });
  });
});

describe('checkOutputScope', () => {
  it.each([
    ['out_of_scope', `${CDP} Filing for bankruptcy would wipe out the debt.`],
    ['scam_signal', `${CDP} Pay with a gift card.`],
    ['urgency', `${CDP} Do this today.`],
  ] as const)('rejects %s that the passages do not carry', (code, paraphrase) => {
    expect(checkOutputScope(paraphrase, [CDP])).toMatchObject({ ok: false, code });
  });

  it('lets through what the passages themselves say (the scam passage names gift cards and police)', () => {
    const scam = getPassage('scam-signs').text;
    expect(checkOutputScope(scam, [scam])).toEqual({ ok: true });
  });
});
