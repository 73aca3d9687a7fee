import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAgreement, type AgreementParse } from '../../../src/dialogs/parsing/parse-agreement.ts';

const yes: AgreementParse = { ok: true, agreement: 'yes', alreadyPaid: false };
const no: AgreementParse = { ok: true, agreement: 'no', alreadyPaid: false };
const unsure: AgreementParse = { ok: true, agreement: 'unsure', alreadyPaid: false };
const paid: AgreementParse = { ok: true, agreement: 'no', alreadyPaid: true };
const notUnderstood: AgreementParse = { ok: false, code: 'not_understood' };
const empty: AgreementParse = { ok: false, code: 'empty' };

describe('parseAgreement', () => {
  it.each<[string, AgreementParse]>([
    // Agree.
    ['yes', yes],
    ['y', yes],
    ['Y', yes],
    ['yep', yes],
    ['yeah', yes],
    ['yup', yes],
    ['sure', yes],
    ['correct', yes],
    ['I agree', yes],
    ["it's right", yes],
    ['it’s right', yes],
    ["that's correct", yes],
    ['I owe it', yes],
    ['👍', yes],
    ['👍🏽', yes],
    ['YES!!!', yes],
    ['  Yes  ', yes],
    ['yse', yes],
    ['yesss', yes],
    ['agreee', yes],
    ['argee', yes],
    ['ok yes', yes],
    ['well I guess so', yes],
    ['the balance is correct', yes],
    ['it seems about right', yes],
    ['yes, thanks', yes],
    ['correct 👍', yes],
    ['not wrong', yes],
    ["it's not wrong", yes],
    ["yes I owe it but I can't pay", yes],
    ['Yes, because the numbers match my records', yes],
    // Disagree.
    ['no', no],
    ['n', no],
    ['nope', no],
    ['nah', no],
    ['I disagree', no],
    ['no, that income is not mine', no],
    ['that is not my income', no],
    ['I never got that 1099', no],
    ['the wages on the notice are not mine', no],
    ["it's wrong", no],
    ["that's not right", no],
    ["I don't owe this", no],
    ['not mine', no],
    ['👎', no],
    ["I don't agree", no],
    ['I do not agree with the balance', no],
    ['noo', no],
    ['Nooooo', no],
    ['disagre', no],
    ['I disagreee!!', no],
    ['I DONT OWE ANYTHING', no],
    ['nope, not mine', no],
    ['the amount looks wrong', no],
    ["i don't think so", no],
    ["i dont think it's right", no],
    ['they made a mistake', no],
    ['hell no', no],
    ['no because i moved', no],
    // Not sure, including partly agreeing.
    ['not sure', unsure],
    ['unsure', unsure],
    ["I don't know", unsure],
    ['idk', unsure],
    ['maybe', unsure],
    ['dunno', unsure],
    ["I'm not sure", unsure],
    ['no idea', unsure],
    ['partly', unsure],
    ['some of it', unsure],
    ['i partly agree', unsure],
    ['I agree with some of it', unsure],
    ["I don't owe all of it", unsure],
    ['yes and no', unsure],
    ["not sure it's right", unsure],
    ["i don't understand", unsure],
    ['🤷', unsure],
    // Already paid: a dispute of a balance they believe is settled.
    ['I already paid', paid],
    ['I paid it', paid],
    ['paid already', paid],
    ['I sent a check', paid],
    ['No, I already paid', paid],
    ["It's been paid", paid],
    ['I have already paid this in full', paid],
    ['the irs cashed my check', paid],
    ['I think I already paid', paid],
    ['not sure, I think I already paid it', { ok: true, agreement: 'unsure', alreadyPaid: true }],
    ["I don't know. I already paid it", { ok: true, agreement: 'unsure', alreadyPaid: true }],
    // Not understood: mixed, negated payment, questions, padding alone.
    ['yes no', notUnderstood],
    ["I agree, it's wrong", notUnderstood],
    ["Yes. No wait, I don't agree", notUnderstood],
    ["no I can't pay", notUnderstood],
    ['I have not paid', notUnderstood],
    ["I didn't pay", notUnderstood],
    ['i paid some of it', notUnderstood],
    ['is it correct?', notUnderstood],
    ['what?', notUnderstood],
    ['hello', notUnderstood],
    ['ok', notUnderstood],
    ['thank you', notUnderstood],
    ['yes '.repeat(200), notUnderstood],
    ['', empty],
    ['   ', empty],
    ['...', empty],
    ['!!!', empty],
  ])('%j', (text, expected) => {
    expect(parseAgreement(text)).toEqual(expected);
  });
});

describe('parseAgreement properties', () => {
  const answerish = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'yes',
          'no',
          'not',
          'sure',
          'i',
          'agree',
          'paid',
          'already',
          "don't",
          'owe',
          'it',
          'and',
          'but',
        ),
        fc.constantFrom(' ', ',', '!', '?', '👍', '👎', "'"),
        fc.string({ maxLength: 3 }),
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join(' '));

  it('never throws and always returns a well-formed result', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), answerish), (text) => {
        const result = parseAgreement(text);
        if (result.ok) expect(['yes', 'no', 'unsure']).toContain(result.agreement);
        else expect(['not_understood', 'empty']).toContain(result.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('copes with huge messages', () => {
    expect(parseAgreement('yes'.repeat(400_000))).toEqual(notUnderstood);
  });

  it('reads a clear answer the same whatever the case, spacing and trailing punctuation', () => {
    const answers: [string, AgreementParse][] = [
      ['yes', yes],
      ['i disagree', no],
      ['not sure', unsure],
      ['i already paid', paid],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...answers),
        fc.boolean(),
        fc.constantFrom('', ' ', '  '),
        fc.constantFrom('', '.', '!!!', '?'),
        ([text, expected], upper, padding, ending) => {
          const typed = `${padding}${upper ? text.toUpperCase() : text}${ending}${padding}`;
          expect(parseAgreement(typed)).toEqual(expected);
        },
      ),
    );
  });
});
