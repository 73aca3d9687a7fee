import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH_CONVENTIONS, SPANISH_CONVENTIONS } from '../../../src/dialogs/parsing/conventions.ts';
import {
  EARLIEST_NOTICE_DATE,
  VERY_OLD_NOTICE_DAYS,
  parseNoticeDate,
  type NoticeDateFailure,
} from '../../../src/dialogs/parsing/parse-notice-date.ts';

const TODAY = '2026-11-22';
const EARLY_JANUARY = '2026-01-05';

type Expected = { date: string } | NoticeDateFailure;

const given = (date: string): Expected => ({ date });
/** A date typed without its year: the most recent such day on or before today. */
const inferred = given;

function check(text: string, today: string, expected: Expected): void {
  const result = parseNoticeDate(text, today, ENGLISH_CONVENTIONS);
  if (typeof expected === 'string') expect(result).toEqual({ ok: false, code: expected });
  else expect(result).toMatchObject({ ok: true, ...expected });
}

describe('parseNoticeDate (today 2026-11-22)', () => {
  it.each<[string, Expected]>([
    // The formats people type.
    ['3/2/2026', given('2026-03-02')],
    ['03/02/2026', given('2026-03-02')],
    ['3/2/26', given('2026-03-02')],
    ['3-2-2026', given('2026-03-02')],
    ['3.2.2026', given('2026-03-02')],
    ['3.2.26', given('2026-03-02')],
    ['2026-03-02', given('2026-03-02')],
    ['2026/3/2', given('2026-03-02')],
    ['2026.3.2', given('2026-03-02')],
    ['March 2, 2026', given('2026-03-02')],
    ['march 2 2026', given('2026-03-02')],
    ['MARCH 2, 2026', given('2026-03-02')],
    ['Mar 2, 2026', given('2026-03-02')],
    ['Mar. 2 2026', given('2026-03-02')],
    ['march2,2026', given('2026-03-02')],
    ['2 March 2026', given('2026-03-02')],
    ['the 2nd of March, 2026', given('2026-03-02')],
    ['March 2nd, 2026', given('2026-03-02')],
    ['Mar 2, 26', given('2026-03-02')],
    ['Mar 2 26', given('2026-03-02')],
    ["Mar 2 '26", given('2026-03-02')],
    ['March 2 of 2026', given('2026-03-02')],
    ['Sept 30 2025', given('2025-09-30')],
    ['Sep. 3rd, 2026', given('2026-09-03')],
    ['Febuary 3 2026', given('2026-02-03')],
    ['Feb 29, 2024', given('2024-02-29')],
    ['Jan 1 2000', given('2000-01-01')],
    ['11/22/2026', given('2026-11-22')],
    ['  3/2/2026  ', given('2026-03-02')],
    ['３/２/２０２６', given('2026-03-02')],
    // Inside a sentence, next to things that are not dates.
    ['the notice is dated March 2, 2026', given('2026-03-02')],
    ['It says 3/2/2026 in the top right corner.', given('2026-03-02')],
    ['CP14 dated 3/2/2026', given('2026-03-02')],
    ['CP14 March 2, 2026', given('2026-03-02')],
    ['dated 3/2/2026, call 800-829-1040', given('2026-03-02')],
    ['date: 2026-03-02, amount $1,200', given('2026-03-02')],
    ['Monday, March 2, 2026', given('2026-03-02')],
    ['March 2nd, so 3/2/2026', given('2026-03-02')],
    ['3/2/2026 (March 2, 2026)', given('2026-03-02')],
    ['I got it yesterday but it is dated 3/2/2026', given('2026-03-02')],
    // No year: the most recent one that is not in the future.
    ['Mar 2', inferred('2026-03-02')],
    ['3/2', inferred('2026-03-02')],
    ['March 2nd', inferred('2026-03-02')],
    ['november 22', inferred('2026-11-22')],
    ['Dec 1', inferred('2025-12-01')],
    ['11/23', inferred('2025-11-23')],
    ['2/29', inferred('2024-02-29')],
    ['CP 2000 dated 3/2', inferred('2026-03-02')],
    // Refused, never guessed.
    ['', 'empty'],
    ['   \n ', 'empty'],
    ['yesterday', 'relative_date'],
    ['last Tuesday', 'relative_date'],
    ['two weeks ago', 'relative_date'],
    ['today', 'relative_date'],
    ['I got it last week', 'relative_date'],
    ['Tuesday', 'relative_date'],
    ['March 2 last year', 'relative_date'],
    ['3/2, a year ago', 'relative_date'],
    ['March 2 days ago', 'relative_date'],
    ['2/30/2026', 'impossible_date'],
    ['13/1/2026', 'impossible_date'],
    ['25/12/2025', 'impossible_date'],
    ['0/5/2026', 'impossible_date'],
    ['February 29, 2026', 'impossible_date'],
    ['March 32', 'impossible_date'],
    ['2026-02-30', 'impossible_date'],
    ['12/1/2026', 'date_in_future'],
    ['Nov 23, 2026', 'date_in_future'],
    ['3/2/2027', 'date_in_future'],
    ['3/2/99', 'date_in_future'],
    ['3/2/1989', 'before_irs_notices'],
    ['Dec 31 1999', 'before_irs_notices'],
    ['3/2/1995', 'before_irs_notices'],
    ['June 5, 1975', 'before_irs_notices'],
    ['3/2/2026 or 3/3/2026', 'ambiguous'],
    ['between 3/1 and 3/5', 'ambiguous'],
    ['March 2, 2026 and April 5, 2026', 'ambiguous'],
    ['2/30/2026, sorry, 3/2/2026', 'ambiguous'],
    ['Tuesday, March 2, 2026', 'ambiguous'],
    ['3/2 2025', 'ambiguous'],
    ['14 March 2', 'ambiguous'],
    ['3/30/0/1985 or 3/3', 'ambiguous'],
    ['$12 March 2, 2026', 'ambiguous'],
    ['hello', 'not_a_date'],
    ["I don't know", 'not_a_date'],
    ['$1,200', 'not_a_date'],
    ['1234.56', 'not_a_date'],
    ['CP14', 'not_a_date'],
    ['CP 14 March 2026', 'not_a_date'],
    ['March 2026', 'not_a_date'],
    ['3.2', 'not_a_date'],
    ['3-2', 'not_a_date'],
    ['800-829-1040', 'not_a_date'],
    ['3/2-2026', 'not_a_date'],
    ['the 2nd', 'not_a_date'],
  ])('%j', (text, expected) => {
    check(text, TODAY, expected);
  });
});

describe('parseNoticeDate in a Spanish conversation (today 2026-11-22)', () => {
  it.each<[string, Expected]>([
    ['20 de noviembre de 2026', given('2026-11-20')],
    ['Recibí un aviso con fecha 20 de noviembre de 2026', given('2026-11-20')],
    ['el 3 de marzo', inferred('2026-03-03')],
    ['el 3 de marzo del 2026', given('2026-03-03')],
    ['1º de marzo de 2026', given('2026-03-01')],
    ['1ro de marzo de 2026', given('2026-03-01')],
    ['viernes, 20 de noviembre de 2026', given('2026-11-20')],
    ['sábado 21 de noviembre de 2026', given('2026-11-21')],
    ['NOVIEMBRE 20, 2026', given('2026-11-20')],
    ['20 de dic. de 2025', given('2025-12-20')],
    ['2026-11-20', given('2026-11-20')],
    // Numeric day and month: Spanish speakers write the day first, US letters the month first.
    ['20/11/2026', 'ambiguous'],
    ['3/2/2026', 'ambiguous'],
    ['20/11', 'ambiguous'],
    ['20-11-2026', 'ambiguous'],
    ['20 de noviembre de 2026, o sea 20/11/2026', 'ambiguous'],
    // The weekday must fit the date.
    ['lunes, 20 de noviembre de 2026', 'ambiguous'],
    ['30 de febrero de 2026', 'impossible_date'],
    ['20 de diciembre de 2026', 'date_in_future'],
    ['ayer', 'relative_date'],
    ['hace dos semanas', 'relative_date'],
    ['el 3 de marzo del año pasado', 'relative_date'],
    ['el 3 de marzo, hace 14 días', 'relative_date'],
    ['el lunes pasado', 'relative_date'],
    ['aviso CP14 del 3 de marzo', inferred('2026-03-03')],
    ['carta 1058 del 3 de marzo de 2026', given('2026-03-03')],
    ['no sé', 'not_a_date'],
  ])('%s', (text, expected) => {
    const result = parseNoticeDate(text, TODAY, SPANISH_CONVENTIONS);
    if (typeof expected === 'string') expect(result).toEqual({ ok: false, code: expected });
    else expect(result).toMatchObject({ ok: true, ...expected });
  });

  it('reads Spanish words in an English conversation too, numbers month first there', () => {
    check('20 de noviembre de 2026', TODAY, given('2026-11-20'));
    check('3/2/2026', TODAY, given('2026-03-02'));
    check('20/11/2026', TODAY, 'impossible_date');
  });
});

describe('parseNoticeDate across the new year (today 2026-01-05)', () => {
  it.each<[string, Expected]>([
    ['12/30', inferred('2025-12-30')],
    ['Dec 30', inferred('2025-12-30')],
    ['December 31st', inferred('2025-12-31')],
    ['1/5', inferred('2026-01-05')],
    ['January 4th', inferred('2026-01-04')],
    ['1/6', inferred('2025-01-06')],
    ['Feb 29', inferred('2024-02-29')],
    ['12/30/2025', given('2025-12-30')],
    ['12/31/25', given('2025-12-31')],
    ['1/6/2026', 'date_in_future'],
    ['Jan 6, 2026', 'date_in_future'],
  ])('%j', (text, expected) => {
    check(text, EARLY_JANUARY, expected);
  });
});

describe('veryOld: more than three years before today', () => {
  it.each([
    ['11/23/2023', false],
    ['11/22/2023', true],
    ['3/2/2026', false],
    ['2/29', false],
    ['3/2/2020', true],
    ['Jan 1 2000', true],
  ])('%j → %s', (text, veryOld) => {
    expect(parseNoticeDate(text, TODAY, ENGLISH_CONVENTIONS)).toMatchObject({ ok: true, veryOld });
  });
});

describe('parseNoticeDate contract', () => {
  it('throws for a today that is not a date: that is a caller bug', () => {
    expect(() => parseNoticeDate('3/2/2026', '2026-02-30', ENGLISH_CONVENTIONS)).toThrow(RangeError);
  });
});

/** Dates from 1990 to 2100, written by the platform's own UTC formatter (an oracle apart from the parser). */
const isoDates = (min: string, max: string): fc.Arbitrary<string> =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

const noiseBefore = fc.constantFrom(
  '',
  ' ',
  'dated ',
  'the notice says ',
  '$1,200 ',
  'CP14 ',
  '2025 ',
  '.',
  'yesterday',
);
/** After the date: nothing that could be its year. */
const noiseAfter = fc.constantFrom('', ' ', '.', ' yesterday', ' or 3/3', ' (CP14)', '!!', '0/0');
/** Index = month number; names only exist for 1–12, so months 0 and 13 are typed as numbers. */
const monthNames = [
  '',
  'jan',
  'February',
  'mar.',
  'april',
  'may',
  'june',
  'jul',
  'aug',
  'sept',
  'oct',
  'nov',
  'December',
];

/** Dates in every accepted shape, some impossible, some with a year left out or two digits, plus noise. */
const formattedDate = fc
  .tuple(
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.oneof(
      fc.integer({ min: 1985, max: 2105 }).map(String),
      fc.integer({ min: 0, max: 99 }).map((y) => String(y).padStart(2, '0')),
      fc.constant(''),
    ),
    fc.integer({ min: 0, max: 4 }),
    noiseBefore,
    noiseAfter,
  )
  .map(([month, day, year, shape, before, after]) => {
    const name = monthNames[month] || String(month);
    const withYear = (text: string, separator: string): string =>
      year === '' ? text : `${text}${separator}${year}`;
    const core = [
      withYear(`${month}/${day}`, '/'),
      withYear(`${month}-${day}`, '-'),
      year.length === 4
        ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        : withYear(`${month}.${day}`, '.'),
      name === String(month) ? withYear(`${month}/${day}`, '/') : withYear(`${name} ${day}`, ', '),
      name === String(month) ? withYear(`${month}/${day}`, '/') : withYear(`${day} ${name}`, ' '),
    ][shape];
    return { text: `${before}${core}${after}`, month, day, year };
  });

/** Text made of date-like pieces, so that the parser's odd corners are reached as well. */
const dateishText = fc.oneof(
  formattedDate.map((typed) => typed.text),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '3',
          '12',
          '29',
          '31',
          '2026',
          '1999',
          '26',
          '/',
          '-',
          '.',
          ',',
          ' ',
          "'",
          'st',
          'of',
        ),
        fc.constantFrom('march', 'mar', 'feb', 'dec', 'monday', 'yesterday', 'ago', 'last year', 'cp', '$'),
        fc.integer({ min: 0, max: 3000 }).map(String),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

/** One seed: a failure found once is found on every run (and by every mutation run). */
const SEED = 2026;

describe('parseNoticeDate properties', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), dateishText),
        (text) => {
          parseNoticeDate(text, TODAY, ENGLISH_CONVENTIONS);
        },
      ),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('copes with huge messages', () => {
    const huge = [
      '3/2 '.repeat(50_000),
      'march 2 '.repeat(30_000),
      '9'.repeat(300_000),
      `mar${' '.repeat(200_000)}x`,
    ];
    for (const text of huge) expect(() => parseNoticeDate(text, TODAY, ENGLISH_CONVENTIONS)).not.toThrow();
  });

  it('accepts only dates between 2000 and today', () => {
    let accepted = 0;
    fc.assert(
      fc.property(dateishText, isoDates('1990-01-01', '2100-12-31'), (text, today) => {
        const result = parseNoticeDate(text, today, ENGLISH_CONVENTIONS);
        if (result.ok) {
          accepted += 1;
          expect(result.date <= today).toBe(true);
          expect(result.date >= EARLIEST_NOTICE_DATE).toBe(true);
        }
      }),
      { numRuns: 3000, seed: SEED },
    );
    // The generator must reach the accepting paths, or the property proves nothing.
    expect(accepted).toBeGreaterThan(100);
  });

  it('never swaps day and month or changes a year that was typed', () => {
    fc.assert(
      fc.property(formattedDate, (typed) => {
        const result = parseNoticeDate(typed.text, TODAY, ENGLISH_CONVENTIONS);
        if (!result.ok) return;
        const [year, month, day] = result.date.split('-').map(Number);
        expect([month, day]).toEqual([typed.month, typed.day]);
        if (typed.year.length === 4) expect(year).toBe(Number(typed.year));
        if (typed.year.length === 2) expect(year).toBe(2000 + Number(typed.year));
        if (typed.year === '') {
          // Without a year, the most recent such day: a year later it would be after today (or not exist).
          const yearLater = `${year! + 1}-${result.date.slice(5)}`;
          expect(yearLater > TODAY || result.date.endsWith('-02-29')).toBe(true);
        }
      }),
      { numRuns: 3000, seed: SEED },
    );
  });

  it('reads back M/D/YYYY for every date from 2000 to today', () => {
    fc.assert(
      fc.property(isoDates(EARLIEST_NOTICE_DATE, TODAY), (date) => {
        const [year, month, day] = date.split('-').map(Number);
        const typed = `${month}/${day}/${year}`;
        expect(parseNoticeDate(typed, TODAY, ENGLISH_CONVENTIONS)).toEqual({
          ok: true,
          date,
          veryOld: Date.parse(TODAY) - Date.parse(date) > VERY_OLD_NOTICE_DAYS * 86_400_000,
        });
      }),
      { numRuns: 2000, seed: SEED },
    );
  });
});

describe('parseNoticeDate: the rules that decide between one date, two, or none (today 2026-11-22)', () => {
  it.each<[string, Expected]>([
    // A weekday typed with a date must be that date's weekday (2026-03-02 is a Monday, 2024-02-29 a Thursday).
    ['Monday, March 2', inferred('2026-03-02')],
    ['Monday, March 3', 'ambiguous'],
    ['Tuesday, March 3', inferred('2026-03-03')],
    ['Mon 3/2', inferred('2026-03-02')],
    ['Tue 3/2', 'ambiguous'],
    ['Monday 3/2/2026', given('2026-03-02')],
    ['tue. 3/2/2026', 'ambiguous'],
    ['Monday 2 March 2026', given('2026-03-02')],
    ['thurs, feb 29', inferred('2024-02-29')],
    ['fri, feb 29', 'ambiguous'],
    ['March 2nd, so Tuesday 3/2/2026', 'ambiguous'],
    // Two dates in one message: the same day twice is that day; two days are refused, never one picked.
    ['march 2 on top and 03/05/2026 below', 'ambiguous'],
    ['March 2 on top and 3/2 below', inferred('2026-03-02')],
    ['March 2 or 3/3', 'ambiguous'],
    ['3/2/2026 and again 3/2/2026', given('2026-03-02')],
    ['March 2, 2026, that is 2026-03-02', given('2026-03-02')],
    // A date that cannot be next to one that can: which did the person mean?
    ['2/30 or March 2', 'ambiguous'],
    ['Feb 30, I mean Feb 30', 'impossible_date'],
    ['2/30/2026 and 13/1/2026', 'impossible_date'],
    // Typographic dashes and apostrophes, as phones type them.
    ['3\u20132\u20132026', given('2026-03-02')],
    ['3\u22122\u22122026', given('2026-03-02')],
    ['3\u20102\u20102026', given('2026-03-02')],
    ['Mar 2 \u201926', given('2026-03-02')],
    ['Mar 2 \u201826', given('2026-03-02')],
    // A day glued to a word or money is no day.
    ['x12 March 2026', 'not_a_date'],
    ['$12 March 2026', 'not_a_date'],
    // Digits with more parts than a date, or parts too long for one.
    ['03/002/2026', 'not_a_date'],
    ['3/2/026', 'not_a_date'],
    ['3/2/2026 or 3/2/026', 'ambiguous'],
    ['3/2/2026 or 03/002/2026', 'ambiguous'],
  ])('%j', (text, expected) => {
    check(text, TODAY, expected);
  });

  // Next to a date without a year, another number might be its year (refused as ambiguous) unless it
  // names something else: a notice, letter or form number, money, or a number too long to be a day or year.
  it.each<[string, Expected]>([
    ['March 2 and 14', 'ambiguous'],
    ['Mar 2, call 14 times', 'ambiguous'],
    ['3 de marzo y 14', 'ambiguous'],
    ...[
      'CP',
      'cp ',
      'LT',
      'L',
      'letter ',
      'Form ',
      'notice ',
      'pub ',
      'publication ',
      'no ',
      'number ',
      'aviso ',
      'carta ',
      'formulario ',
      'número ',
      'num ',
      '#',
      'CP - ',
    ].map((code): [string, Expected] => [`March 2, ${code}14`, inferred('2026-03-02')]),
    ['Mar 2, owe $1200', inferred('2026-03-02')],
    ['Mar 2, owe 12,000', inferred('2026-03-02')],
    ['Mar 2, owe 1200.50', inferred('2026-03-02')],
    ['Mar 2, ref 12345', inferred('2026-03-02')],
  ])('%j', (text, expected) => {
    check(text, TODAY, expected);
  });

  // Digits joined by / . or - that no pattern read may be a second date; phone numbers, decimals with
  // three or more whole digits and spans of years are not.
  it.each<[string, Expected]>([
    ['3/2/2026 and 3/30/0', 'ambiguous'],
    ['3/2/2026, ref 12.34.56', 'ambiguous'],
    ['3/2/2026, lines 1-3', 'ambiguous'],
    ['3/2/2026, ref 2026-11', 'ambiguous'],
    ['3/2/2026, paid $12.50', given('2026-03-02')],
    ['3/2/2026, total 1200.50', given('2026-03-02')],
    ['3/2/2026, phone 555-123-4567', given('2026-03-02')],
    ['3/2/2026 for tax years 2024-2025', given('2026-03-02')],
  ])('%j', (text, expected) => {
    check(text, TODAY, expected);
  });

  it('infers a year-less Feb 29 from up to eight years back (2100 is no leap year)', () => {
    check('Feb 29', '2104-02-28', inferred('2096-02-29'));
    check('Feb 29', '2100-12-31', inferred('2096-02-29'));
    check('Feb 29', '2104-02-29', inferred('2104-02-29'));
  });

  it.each<[string, Expected]>([
    ['Jan 1 2000', given('2000-01-01')],
    ['12/31/1999', 'before_irs_notices'],
    ['1/1/00', given('2000-01-01')],
  ])('the earliest notice date: %j', (text, expected) => {
    check(text, TODAY, expected);
  });
});
