import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH_CONVENTIONS, SPANISH_CONVENTIONS } from '../../../src/dialogs/parsing/conventions.ts';
import {
  MAX_PLAUSIBLE_AMOUNT,
  parseAmount,
  type AmountFailure,
} from '../../../src/dialogs/parsing/parse-amount.ts';

describe('parseAmount', () => {
  it.each<[string, number | AmountFailure]>([
    ['$1,234.56', 1234.56],
    ['1234.56', 1234.56],
    ['1,234', 1234],
    ['$12k', 12_000],
    ['12K', 12_000],
    ['1.5k', 1500],
    ['about $3,000', 3000],
    ['~$3000', 3000],
    ['3000 dollars', 3000],
    ['500 dollars or so', 500],
    ['$1.2 million', 1_200_000],
    ['$2.5M', 2_500_000],
    ['5 grand', 5000],
    ['USD 500', 500],
    ['500 USD', 500],
    ['1000usd', 1000],
    ['500.00', 500],
    ['$ 1,000', 1000],
    ['$500.', 500],
    ['$0', 0],
    ['50 cents', 0.5],
    ['it is $1,200.50 total', 1200.5],
    ['$1,234.567', 1234.57],
    ['$12.345k', 12_345],
    ['$1,000,000,000', MAX_PLAUSIBLE_AMOUNT],
    // The one number in the answer is the amount, even when it looks like a year.
    ['2026', 2026],
    ['I owe 2026', 2026],
    // Numbers that are not the amount.
    ['CP14 $1,200', 1200],
    ['CP 14 says 1200', 1200],
    ['Letter 1058: $900', 900],
    ['$3,000 for 2024', 3000],
    ['tax year 2024: 3000', 3000],
    ['I owe $500 since 3/2/2026', 500],
    ['due March 2, 2026, amount 1200', 1200],
    ['call 800-829-1040, I owe $500', 500],
    ['1st notice $400', 400],
    ['$500 plus 5% interest', 500],
    ['$500 ($500.00)', 500],
    // Refused.
    ['', 'empty'],
    ['   ', 'empty'],
    ['hello', 'no_amount'],
    ['three thousand', 'no_amount'],
    ['CP14', 'no_amount'],
    ['5%', 'no_amount'],
    ['3/2/2026', 'no_amount'],
    ['-500', 'negative'],
    ['$-500', 'negative'],
    ['-$500', 'negative'],
    ['minus 500', 'negative'],
    ['$2,000,000,000', 'too_large'],
    ['1000000000.01', 'too_large'],
    ['999999999999999999999999', 'too_large'],
    ['$500 or $700', 'ambiguous'],
    ['between 500 and 700', 'ambiguous'],
    ['500-700', 'ambiguous'],
    ['$500-$700', 'ambiguous'],
    ['2 notices for $500', 'ambiguous'],
    ['less than $100,000', 'ambiguous'],
    ['over 100k', 'ambiguous'],
    ['almost $100,000', 'ambiguous'],
    ['100k+', 'ambiguous'],
    ['1.234', 'ambiguous'],
    // Dots grouping thousands and a comma before the cents can be read one way only, in any conversation.
    ['1.234,56', 1234.56],
    ['5 mil', 5_000_000],
    ['1,2345', 'ambiguous'],
    ['12,34', 'ambiguous'],
    ['1 234', 'ambiguous'],
    ['€500', 'ambiguous'],
  ])('%j', (text, expected) => {
    const result = parseAmount(text, ENGLISH_CONVENTIONS);
    if (typeof expected === 'number') expect(result).toEqual({ ok: true, amount: expected });
    else expect(result).toEqual({ ok: false, code: expected });
  });
});

describe('parseAmount in a Spanish conversation', () => {
  it.each<[string, number | AmountFailure]>([
    ['$1.200,50', 1200.5],
    ['$1,200.50', 1200.5],
    ['debo $1,200', 1200],
    ['1.200 dólares', 1200],
    ['$1.200', 1200],
    ['$1.200.000', 1_200_000],
    ['1200,50', 1200.5],
    ['$50,5', 50.5],
    ['unos 3 mil dólares', 3000],
    ['2 millones de dólares', 2_000_000],
    ['$1,5 millones', 1_500_000],
    ['el aviso CP14 dice $2,418.77', 2418.77],
    ['la carta 1058 dice que debo 900 dólares', 900],
    ['$1,200 del 20 de noviembre de 2026', 1200],
    ['$3,000 del año fiscal 2024', 3000],
    ['más de $100,000', 'ambiguous'],
    ['casi 5 mil dólares', 'ambiguous'],
    ['hasta $500', 'ambiguous'],
    ['500 pesos', 'ambiguous'],
    ['$1,20', 1.2],
    ['$1.2.3', 'ambiguous'],
    ['no sé', 'no_amount'],
  ])('%s', (text, expected) => {
    const result = parseAmount(text, SPANISH_CONVENTIONS);
    if (typeof expected === 'number') expect(result).toEqual({ ok: true, amount: expected });
    else expect(result).toEqual({ ok: false, code: expected });
  });

  it('reads the forms that differ between the languages by the conversation', () => {
    // "1200,50" is 1,200.50 in Spanish; in English it is a grouping nobody writes, so it is asked again.
    expect(parseAmount('1200,50', ENGLISH_CONVENTIONS)).toEqual({ ok: false, code: 'ambiguous' });
    expect(parseAmount('$1.200', ENGLISH_CONVENTIONS)).toEqual({ ok: false, code: 'ambiguous' });
    expect(parseAmount('$5 mil', ENGLISH_CONVENTIONS)).toEqual({ ok: true, amount: 5_000_000 });
    expect(parseAmount('$5 mil', SPANISH_CONVENTIONS)).toEqual({ ok: true, amount: 5000 });
  });
});

/** "1234567" → "1,234,567": written independently of the parser. */
function withCommas(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

describe('parseAmount properties', () => {
  it('never throws and returns only whole cents within the plausible range', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc
            .array(
              fc.constantFrom('$', '1', '0', '9', ',', '.', '-', ' ', 'k', 'm', 'cp', 'usd', '%', '/', 'or'),
            )
            .map((parts) => parts.join('')),
        ),
        (text) => {
          const result = parseAmount(text, ENGLISH_CONVENTIONS);
          if (!result.ok) return;
          expect(result.amount).toBeGreaterThanOrEqual(0);
          expect(result.amount).toBeLessThanOrEqual(MAX_PLAUSIBLE_AMOUNT);
          expect(Math.abs(result.amount * 100 - Math.round(result.amount * 100))).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('copes with huge messages', () => {
    const huge = [
      '9'.repeat(500_000),
      '1,'.repeat(200_000),
      '$1 '.repeat(100_000),
      `mar${' '.repeat(200_000)}2026`,
    ];
    for (const text of huge) expect(() => parseAmount(text, ENGLISH_CONVENTIONS)).not.toThrow();
  });

  it('reads back any amount in cents, however it is written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_PLAUSIBLE_AMOUNT * 100 }),
        fc.constantFrom('$', 'USD ', ''),
        fc.boolean(),
        fc.constantFrom('', ' dollars', '.', ' on my CP14 notice'),
        (cents, prefix, commas, suffix) => {
          const dollars = String(Math.floor(cents / 100));
          const fraction = String(cents % 100).padStart(2, '0');
          const typed = `${prefix}${commas ? withCommas(dollars) : dollars}.${fraction}${suffix}`;
          expect(parseAmount(typed, ENGLISH_CONVENTIONS)).toEqual({ ok: true, amount: cents / 100 });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses any two different amounts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(' or ', ' to ', ', ', ' and '),
        (a, b, joiner) => {
          fc.pre(a !== b);
          expect(parseAmount(`$${a}${joiner}$${b}`, ENGLISH_CONVENTIONS)).toEqual({
            ok: false,
            code: 'ambiguous',
          });
        },
      ),
    );
  });
});
