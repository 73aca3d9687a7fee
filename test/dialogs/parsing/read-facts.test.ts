import { describe, expect, it } from 'vitest';
import { ENGLISH_CONVENTIONS } from '../../../src/dialogs/parsing/conventions.ts';
import {
  filledSlots,
  QUESTION_ORDER,
  readFacts,
  type FactReading,
  type ReadingContext,
} from '../../../src/dialogs/parsing/read-facts.ts';

const today = '2026-12-02';
const ctx: ReadingContext = { today, conventions: ENGLISH_CONVENTIONS };
const none = { contradictions: [], problems: [] };

describe('readFacts', () => {
  it.each<[string, ReadingContext, FactReading]>([
    // Contractions typed without the apostrophe are still read.
    [
      'i got a cp14 what does it mean i cant pay it all',
      ctx,
      { facts: { noticeCode: 'CP14', canPayInFull: false }, ...none },
    ],
    ['CP501 and we couldnt afford it', ctx, { facts: { noticeCode: 'CP501', canPayInFull: false }, ...none }],
    [
      "Got a CP501 dated Nov 20 2026 for $4,402.03, it's correct but I can only pay part of it now",
      ctx,
      {
        facts: {
          noticeCode: 'CP501',
          noticeDate: { date: '2026-11-20', veryOld: false },
          amountDue: 4402.03,
          agrees: { agreement: 'yes', alreadyPaid: false },
          canPayInFull: false,
        },
        ...none,
      },
    ],
    ['What happens if I do nothing about my CP504?', ctx, { facts: { noticeCode: 'CP504' }, ...none }],
    [
      'My CP2000 says I left out a 1099-NEC, what do I do?',
      ctx,
      { facts: { noticeCode: 'CP2000' }, ...none },
    ],
    [
      'I got an LT11 dated 11/2/2026, last date to request a hearing is December 9, 2026. I disagree',
      ctx,
      {
        facts: {
          noticeCode: 'LT11',
          noticeDate: { date: '2026-11-02', veryOld: false },
          printed: [{ label: 'hearing-by', date: '2026-12-09' }],
          agrees: { agreement: 'no', alreadyPaid: false },
        },
        ...none,
      },
    ],
    [
      'CP503 due by Dec 11, I already paid',
      ctx,
      {
        facts: {
          noticeCode: 'CP503',
          printed: [{ label: 'pay-by', date: '2026-12-11' }],
          agrees: { agreement: 'no', alreadyPaid: true },
        },
        ...none,
      },
    ],
    [
      'CP3219A dated Jan 15, 2026, respond by April 15 2026, I live abroad',
      ctx,
      {
        facts: {
          noticeCode: 'CP3219A',
          noticeDate: { date: '2026-01-15', veryOld: false },
          printed: [{ label: 'respond-by', date: '2026-04-15' }],
          addressOutsideUS: true,
        },
        ...none,
      },
    ],
    // A code said to be the wrong one is no answer, before or after the right one.
    ["it's a CP504 not CP503", ctx, { facts: { noticeCode: 'CP504' }, ...none }],
    ["Not a CP503, it's a CP504", ctx, { facts: { noticeCode: 'CP504' }, ...none }],
    ['LT11 instead of the CP14', ctx, { facts: { noticeCode: 'LT11' }, ...none }],
    // Contradictions: the later value is kept and reported.
    [
      'CP14 ... I mean LT11',
      ctx,
      {
        facts: { noticeCode: 'LT11' },
        contradictions: [{ slot: 'noticeCode', first: 'CP14', kept: 'LT11' }],
        problems: [],
      },
    ],
    [
      'the notice says $300, sorry I meant $3,000',
      ctx,
      {
        facts: { amountDue: 3000 },
        contradictions: [{ slot: 'amountDue', first: '$300.00', kept: '$3,000.00' }],
        problems: [],
      },
    ],
    // A bad notice date is refused; the other facts of the message are kept.
    [
      'CP14 dated Dec 20 2026, I can pay it all',
      ctx,
      {
        facts: { noticeCode: 'CP14', canPayInFull: true },
        contradictions: [],
        problems: [{ slot: 'noticeDate', code: 'date_in_future' }],
      },
    ],
    [
      'cp14 from 3/4/2026 or 3/5/2026',
      ctx,
      {
        facts: { noticeCode: 'CP14' },
        contradictions: [],
        problems: [{ slot: 'noticeDate', code: 'which_date', dates: ['2026-03-04', '2026-03-05'] }],
      },
    ],
    // Corrections in plain words.
    [
      "actually it's dated the 21st",
      { ...ctx, known: { noticeDate: '2026-11-20' } },
      { facts: { noticeDate: { date: '2026-11-21', veryOld: false } }, ...none },
    ],
    ['I meant $2,148', ctx, { facts: { amountDue: 2148 }, ...none }],
    ["no, it's a CP501", ctx, { facts: { noticeCode: 'CP501' }, ...none }],
    // Statements that carry facts.
    [
      'they say I owe for 2023 but I paid it',
      ctx,
      { facts: { agrees: { agreement: 'no', alreadyPaid: true }, taxYear: 2023 }, ...none },
    ],
    ["I lost my job and can't pay anything", ctx, { facts: { canPayInFull: false }, ...none }],
    ["I think that's right", ctx, { facts: { agrees: { agreement: 'yes', alreadyPaid: false } }, ...none }],
    ['I can pay $500 now, the notice says $4,000', ctx, { facts: { amountDue: 4000 }, ...none }],
    // Bare answers count only for the question asked.
    ['2148', ctx, { facts: {}, ...none }],
    ['2148', { ...ctx, asked: 'amountDue' }, { facts: { amountDue: 2148 }, ...none }],
    ['1058', { ...ctx, asked: 'noticeCode' }, { facts: { noticeCode: 'Letter 1058' }, ...none }],
    ['yes', ctx, { facts: {}, ...none }],
    ['yes', { ...ctx, asked: 'canPayInFull' }, { facts: { canPayInFull: true }, ...none }],
    [
      'no',
      { ...ctx, asked: 'agrees' },
      { facts: { agrees: { agreement: 'no', alreadyPaid: false } }, ...none },
    ],
    // A year inside a date is not a tax year; a future year is not one either.
    ['How much penalty will I owe in 2030 on $25,000?', ctx, { facts: { amountDue: 25000 }, ...none }],
    ['😀😀', ctx, { facts: {}, ...none }],
  ])('%s', (text, context, expected) => {
    expect(readFacts(text, context)).toEqual(expected);
  });
});

describe('filledSlots', () => {
  it('lists what a message filled in the order the dialog asks, then the tax year', () => {
    const { facts } = readFacts(
      "I can't pay it all, I live abroad, it's $900, I agree, tax year 2024, CP14 dated Nov 20 2026",
      ctx,
    );
    expect(filledSlots(facts)).toEqual([...QUESTION_ORDER, 'taxYear']);
    expect(QUESTION_ORDER).toEqual([
      'noticeCode',
      'noticeDate',
      'agrees',
      'amountDue',
      'addressOutsideUS',
      'canPayInFull',
    ]);
  });
});
