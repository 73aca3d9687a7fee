import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYesNo, type YesNoParse } from '../../../src/dialogs/parsing/parse-yes-no.ts';

const yes: YesNoParse = { ok: true, value: true };
const no: YesNoParse = { ok: true, value: false };
const notUnderstood: YesNoParse = { ok: false, code: 'not_understood' };
const empty: YesNoParse = { ok: false, code: 'empty' };

describe('parseYesNo', () => {
  it.each<[string, YesNoParse]>([
    ['yes', yes],
    ['Y', yes],
    ['yep!', yes],
    ['Yeah', yes],
    ['yup', yes],
    ['sure', yes],
    ['of course', yes],
    ['absolutely', yes],
    ['correct', yes],
    ['yse', yes],
    ['yesss!!!', yes],
    ['👍', yes],
    ['Yes I can', yes],
    ['I can', yes],
    ['I can pay it all now', yes],
    ['it is', yes],
    ['i am', yes],
    ['yes, thanks', yes],
    ['um yes', yes],
    ['i think so', yes],
    ['no', no],
    ['N', no],
    ['nope', no],
    ['nah', no],
    ['noo', no],
    ['NO!!', no],
    ['👎', no],
    ["No I can't", no],
    ['i cannot', no],
    ['I cant afford it', no],
    ["I can't pay it all", no],
    ['not right now', no],
    ['not really', no],
    ["it isn't", no],
    ["I'm not", no],
    ['absolutely not', no],
    ["i don't think so", no],
    ['no, thank you', no],
    ['maybe', notUnderstood],
    ['not sure', notUnderstood],
    ['🤷', notUnderstood],
    ['yes and no', notUnderstood],
    ['yes, no', notUnderstood],
    ['yes but only half', notUnderstood],
    ['I live in Canada', notUnderstood],
    ['help', notUnderstood],
    ['ok', notUnderstood],
    ['thanks', notUnderstood],
    ['no '.repeat(300), notUnderstood],
    ['', empty],
    ['  ', empty],
    ['?!', empty],
  ])('%j', (text, expected) => {
    expect(parseYesNo(text)).toEqual(expected);
  });
});

describe('parseYesNo properties', () => {
  it('never throws and always returns a well-formed result', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (text) => {
          const result = parseYesNo(text);
          if (result.ok) expect(typeof result.value).toBe('boolean');
          else expect(['not_understood', 'empty']).toContain(result.code);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('copes with huge messages', () => {
    expect(parseYesNo('yes'.repeat(400_000))).toEqual(notUnderstood);
  });

  it('never reads yes when the message also says no', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('yes', 'yeah', 'sure', 'i can'),
        fc.constantFrom('no', 'nope', "i can't", 'not really'),
        fc.constantFrom(', ', ' and ', '. ', ' but ', ' '),
        fc.boolean(),
        (affirm, deny, joiner, yesFirst) => {
          const text = yesFirst ? `${affirm}${joiner}${deny}` : `${deny}${joiner}${affirm}`;
          expect(parseYesNo(text)).toEqual(notUnderstood);
        },
      ),
    );
  });
});
