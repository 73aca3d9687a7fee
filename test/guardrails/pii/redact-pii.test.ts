import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PiiKind } from '../../../src/guardrails/pii/redact-pii.ts';
import { PII_PLACEHOLDERS, redactDeep, redactPii } from '../../../src/guardrails/pii/redact-pii.ts';

const REDACTED: { input: string; output: string; found: PiiKind[] }[] = [
  { input: 'SSN 123-45-6789', output: 'SSN [SSN removed]', found: ['ssn'] },
  { input: 'my number is 123 45 6789.', output: 'my number is [SSN removed].', found: ['ssn'] },
  { input: '123456789', output: '[SSN removed]', found: ['ssn'] },
  { input: 'social security 000123456', output: 'social security [SSN removed]', found: ['ssn'] },
  { input: 'ITIN 912-78-1234', output: 'ITIN [ITIN removed]', found: ['itin'] },
  { input: 'it is 970881234', output: 'it is [ITIN removed]', found: ['itin'] },
  { input: 'my itin: 900123456', output: 'my itin: [ITIN removed]', found: ['itin'] },
  { input: 'EIN 12-3456789', output: 'EIN [EIN removed]', found: ['ein'] },
  { input: 'employer id 123456789', output: 'employer id [EIN removed]', found: ['ein'] },
  { input: 'visa 4111 1111 1111 1111', output: 'visa [card number removed]', found: ['card_number'] },
  { input: 'card 4111-1111-1111-1111', output: 'card [card number removed]', found: ['card_number'] },
  { input: 'amex 3782 822463 10005', output: 'amex [card number removed]', found: ['card_number'] },
  { input: '6011111111111117', output: '[card number removed]', found: ['card_number'] },
  {
    input: 'routing number 021000021',
    output: 'routing number [routing number removed]',
    found: ['routing_number'],
  },
  {
    input: '026009593 is the ABA number',
    output: '[routing number removed] is the ABA number',
    found: ['routing_number'],
  },
  {
    input: 'routing 021000021, 011000015',
    output: 'routing [routing number removed], [routing number removed]',
    found: ['routing_number'],
  },
  {
    input: 'account number 12345678901',
    output: 'account number [account number removed]',
    found: ['bank_account'],
  },
  { input: 'acct #4432178', output: 'acct #[account number removed]', found: ['bank_account'] },
  { input: 'IP PIN 123456', output: 'IP PIN [IP PIN removed]', found: ['irs_pin'] },
  {
    input: 'my identity protection PIN is 654321',
    output: 'my identity protection PIN is [IP PIN removed]',
    found: ['irs_pin'],
  },
  { input: 'DOB: 04/12/1980', output: 'DOB: [date of birth removed]', found: ['date_of_birth'] },
  {
    input: 'date of birth 1980-04-12',
    output: 'date of birth [date of birth removed]',
    found: ['date_of_birth'],
  },
  {
    input: 'born on March 2nd, 1961',
    output: 'born on [date of birth removed]',
    found: ['date_of_birth'],
  },
  {
    input: '12 July 1975 is my birthday',
    output: '[date of birth removed] is my birthday',
    found: ['date_of_birth'],
  },
  // A bare SSN with more text after it, and the date of birth forms people type.
  {
    input: 'my number is 123456789, can you help',
    output: 'my number is [SSN removed], can you help',
    found: ['ssn'],
  },
  { input: 'DOB 4/5/1980', output: 'DOB [date of birth removed]', found: ['date_of_birth'] },
  { input: 'born 04/12/1980', output: 'born [date of birth removed]', found: ['date_of_birth'] },
  // The money belongs to the first number; the account number after it is still an account number.
  {
    input: 'I owe $2,400 and 12345678901 is my account number',
    output: 'I owe $2,400 and [account number removed] is my account number',
    found: ['bank_account'],
  },
  {
    input: 'John Q. Smith, 04/12/1980',
    output: 'John Q. Smith, [date of birth removed]',
    found: ['date_of_birth'],
  },
];

const KEPT: string[] = [
  'CP2000',
  'Letter 1058',
  'LT11 and CP504B',
  'Form 12153',
  'Form 433-A and 433-F',
  '$12,345.67',
  '100000',
  'I owe 150000 on my account',
  'my account balance is 125000',
  'IRS account shows I owe 250000',
  'the tax year 2024',
  'years 2021 2022 2023 2024',
  'notice dated 3/2/2026',
  'March 2, 2026',
  '2026-03-02',
  'call 800-829-1040 or 800-829-4933',
  'Taxpayer Advocate 877-777-4778',
  'IRC 6331(d) and 6651(a)(3)',
  'I paid $123456789.00',
  'my IP PIN is lost',
  'DOB is on the form',
  'Notice Date 3/2/2026',
  'Kansas City 3/2/2026',
  'Washington, DC 20217',
  'amount due 104,500.00 by 03/23/2026',
  '',
];

const LUHN_16 = /(?<!\d)\d{16}(?!\d)/g;
const SSN_SHAPED = /(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)/;

function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((c, i) => {
    const d = Number(c) * (i % 2 === 1 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return sum % 10 === 0;
}

function hasLuhnValid16(text: string): boolean {
  return [...text.matchAll(LUHN_16)].some((m) => luhnValid(m[0]));
}

describe('redactPii', () => {
  it.each(REDACTED)('redacts $input', ({ input, output, found }) => {
    const result = redactPii(input);
    expect(result.text).toBe(output);
    expect([...result.found].sort()).toEqual([...found].sort());
  });

  it.each(KEPT)('keeps %j as it is', (input) => {
    expect(redactPii(input)).toEqual({ text: input, found: [] });
  });

  it('reports each kind once, however many numbers it removed', () => {
    const result = redactPii('mine 123-45-6789, hers 234-56-7890, card 4111111111111111');
    expect(result.text).toBe('mine [SSN removed], hers [SSN removed], card [card number removed]');
    expect([...result.found].sort()).toEqual(['card_number', 'ssn']);
  });

  it('does not let a placeholder act as a keyword for the next number', () => {
    // "[account number removed]" contains "account"; the amount after it must survive.
    expect(redactPii('acct 12345678, then 250000').text).toBe('acct [account number removed], then 250000');
    expect(redactPii('DOB 04/12/1968, notice dated 3/2/2026').text).toBe(
      'DOB [date of birth removed], notice dated 3/2/2026',
    );
  });

  it('uses one fixed placeholder per kind', () => {
    expect(new Set(Object.values(PII_PLACEHOLDERS)).size).toBe(Object.keys(PII_PLACEHOLDERS).length);
    for (const placeholder of Object.values(PII_PLACEHOLDERS)) expect(placeholder).not.toMatch(/\d/);
  });
});

describe('redactPii properties', () => {
  const digit = fc.constantFrom(...'0123456789');
  const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
  const ssnShaped = fc.tuple(digits(3), digits(2), digits(4)).map(([a, b, c]) => `${a}-${b}-${c}`);
  const luhn16 = digits(15).map((body) => {
    const check = [...'0123456789'].find((c) => luhnValid(body + c)) ?? '0';
    return body + check;
  });
  const fragment = fc.oneof(
    fc.string(),
    ssnShaped,
    luhn16,
    fc.stringMatching(/^[\d -]{1,24}$/),
    fc.constantFrom(
      ' ',
      '-',
      ', ',
      ' and ',
      'account ',
      'acct #',
      'routing ',
      'IP PIN ',
      'DOB ',
      'born ',
      'SSN ',
      'EIN ',
      'card ',
      '$',
      '[SSN removed]',
      '[account number removed]',
      'John Smith, ',
      '3/2/2026',
    ),
  );
  const message = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));

  it('never throws, is idempotent, and leaves no card or SSN-shaped number', () => {
    fc.assert(
      fc.property(message, (text) => {
        const once = redactPii(text);
        expect(redactPii(once.text)).toEqual({ text: once.text, found: [] });
        expect(hasLuhnValid16(once.text)).toBe(false);
        expect(once.text).not.toMatch(SSN_SHAPED);
      }),
      { numRuns: 2000, seed: 18 },
    );
  });

  it('holds for arbitrary unicode text too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const once = redactPii(text);
        expect(redactPii(once.text).text).toBe(once.text);
      }),
      { seed: 18 },
    );
  });
});

/** The body completed with the check digit that makes it pass the Luhn check (ISO/IEC 7812-1). */
function withLuhnDigit(body: string): string {
  return body + ([...'0123456789'].find((c) => luhnValid(body + c)) ?? '');
}

describe('redactPii by the rules of each number', () => {
  // ITIN: nine digits starting with 9, the 4th and 5th in 50–65, 70–88, 90–92 or 94–99 (IRS, "Individual
  // Taxpayer Identification Number"; IRM 3.21.263). A 9 with any other group is neither an ITIN nor an SSN.
  const ITIN_GROUPS = new Set([
    ...Array.from({ length: 16 }, (_, i) => 50 + i),
    ...Array.from({ length: 19 }, (_, i) => 70 + i),
    90,
    91,
    92,
    ...Array.from({ length: 6 }, (_, i) => 94 + i),
  ]);
  it.each(Array.from({ length: 100 }, (_, group) => group))('a bare 9xx number with group %i', (group) => {
    const number = `912${String(group).padStart(2, '0')}3456`;
    const expected = ITIN_GROUPS.has(group) ? 'it is [ITIN removed]' : `it is ${number}`;
    expect(redactPii(`it is ${number}`).text).toBe(expected);
  });

  // SSN: no area 000, 666 or 900–999, no group 00, no serial 0000 (SSA, "Social Security Number
  // Randomization"; POMS RM 10201.035). Only a bare number that could be one is removed.
  it.each([
    ['123456789', true],
    ['001010001', true],
    ['665999999', true],
    ['000123456', false],
    ['666123456', false],
    ['123006789', false],
    ['123450000', false],
  ])('bare %s is %s an SSN', (number, isSsn) => {
    expect(redactPii(`number ${number} please`).text).toBe(
      isSsn ? 'number [SSN removed] please' : `number ${number} please`,
    );
  });

  it.each([
    ['123-45-6789', 'dashes'],
    ['123 45 6789', 'spaces'],
    ['123.45.6789', 'dots'],
  ])('an SSN with %s is removed wherever it is', (number) => {
    expect(redactPii(`hi ${number} thanks`).text).toBe('hi [SSN removed] thanks');
    expect(redactPii(`hi 123-45 6789 thanks`).text).toBe('hi 123-45 6789 thanks');
  });

  // Card numbers by issuer prefix (ISO/IEC 7812 IINs), grouped as printed on the card, with no word
  // such as "card" nearby: the prefix and the Luhn check are enough.
  it.each([
    ['Visa', '4', [4, 4, 4, 4]],
    ['Mastercard 51', '51', [4, 4, 4, 4]],
    ['Mastercard 55', '55', [4, 4, 4, 4]],
    ['Mastercard 2221', '2221', [4, 4, 4, 4]],
    ['Mastercard 2720', '2720', [4, 4, 4, 4]],
    ['Amex 34', '34', [4, 6, 5]],
    ['Amex 37', '37', [4, 6, 5]],
    ['Diners 300', '300', [4, 6, 4]],
    ['Diners 36', '36', [4, 6, 4]],
    ['JCB', '35', [4, 4, 4, 4]],
    ['Discover 6011', '6011', [4, 4, 4, 4]],
    ['Discover 644', '644', [4, 4, 4, 4]],
    ['Discover 65', '65', [4, 4, 4, 4]],
    ['UnionPay', '62', [4, 4, 4, 4, 3]],
  ] as const)('%s grouped %j is removed without the word card', (_issuer, prefix, groups) => {
    const length = groups.reduce((sum, n) => sum + n, 0);
    const digits = withLuhnDigit(prefix.padEnd(length - 1, '7'));
    let at = 0;
    const grouped = groups.map((n) => digits.slice(at, (at += n))).join(' ');
    expect(redactPii(`use ${grouped} today`).text).toBe('use [card number removed] today');
    expect(redactPii(`use ${grouped.replaceAll(' ', '-')} today`).text).toBe(
      'use [card number removed] today',
    );
  });

  it('keeps a grouped Luhn-valid number with no issuer prefix unless a card is mentioned', () => {
    const digits = withLuhnDigit('910000000000000');
    const grouped = `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8, 12)} ${digits.slice(12)}`;
    expect(redactPii(`ref ${grouped}`).text).toBe(`ref ${grouped}`);
    expect(redactPii(`debit card ${grouped}`).text).toBe('debit card [card number removed]');
  });

  it('keeps a grouped Visa-prefixed number that fails the Luhn check', () => {
    const valid = withLuhnDigit('411111111111111');
    const invalid = valid.slice(0, 15) + String((Number(valid[15]) + 1) % 10);
    const grouped = invalid.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(redactPii(`ref ${grouped}`).text).toBe(`ref ${grouped}`);
  });
});

describe('redactDeep', () => {
  it('redacts every string in a nested value and leaves the input unchanged', () => {
    const input = {
      message: 'SSN 123-45-6789',
      count: 3,
      ok: true,
      none: null,
      nested: { list: ['card 4111111111111111', 42, { pin: 'IP PIN 123456' }] },
    };
    const snapshot = structuredClone(input);
    expect(redactDeep(input)).toEqual({
      message: 'SSN [SSN removed]',
      count: 3,
      ok: true,
      none: null,
      nested: { list: ['card [card number removed]', 42, { pin: 'IP PIN [IP PIN removed]' }] },
    });
    expect(input).toEqual(snapshot);
  });

  it('passes primitives through and redacts a bare string', () => {
    expect(redactDeep(7)).toBe(7);
    expect(redactDeep(undefined)).toBeUndefined();
    expect(redactDeep('EIN 12-3456789')).toBe('EIN [EIN removed]');
  });

  it('survives a cycle instead of recursing forever', () => {
    const looped: Record<string, unknown> = { text: 'SSN 123-45-6789' };
    looped.self = looped;
    expect(redactDeep(looped)).toEqual({ text: 'SSN [SSN removed]', self: '[Circular]' });
  });

  it("redacts an error's message, stack, cause and own fields, and keeps its class", () => {
    class LookupError extends Error {
      readonly account: string;
      constructor(message: string, account: string, options?: ErrorOptions) {
        super(message, options);
        this.name = 'LookupError';
        this.account = account;
      }
    }
    const cause = new Error('SSN 123-45-6789 did not match');
    const error = new LookupError('account 12345678901 not found', 'acct 4432178', { cause });
    const redacted = redactDeep({ err: error }) as { err: LookupError };

    expect(redacted.err).toBeInstanceOf(LookupError);
    expect(redacted.err.message).toBe('account [account number removed] not found');
    expect(redacted.err.stack).toMatch(/^LookupError: account \[account number removed\] not found\n/);
    expect(redacted.err.account).toBe('acct [account number removed]');
    expect(redacted.err.cause).toBeInstanceOf(Error);
    expect((redacted.err.cause as Error).message).toBe('SSN [SSN removed] did not match');
    expect((redacted.err.cause as Error).stack).not.toMatch(/\d{3}-\d{2}-\d{4}/);
    // A copy: the error the caller holds is untouched.
    expect(error.message).toBe('account 12345678901 not found');
    expect(cause.message).toBe('SSN 123-45-6789 did not match');
  });

  it('redacts every error of an AggregateError and survives an error that is its own cause', () => {
    const looped = new Error('card 4111111111111111 declined');
    looped.cause = looped;
    const redacted = redactDeep(new AggregateError([looped], 'EIN 12-3456789')) as AggregateError;
    expect(redacted.message).toBe('EIN [EIN removed]');
    expect(redacted.errors).toHaveLength(1);
    const inner = (redacted.errors as Error[])[0] as Error;
    expect(inner.message).toBe('card [card number removed] declined');
    expect(inner.cause).toBe('[Circular]');
  });

  it('keeps a value shared by two branches in both', () => {
    const shared = { text: 'ok' };
    expect(redactDeep({ a: shared, b: shared })).toEqual({ a: { text: 'ok' }, b: { text: 'ok' } });
  });
});
describe('redactPii: the words and shapes people type', () => {
  it.each<[string, string]>([
    // Keywords in the forms people write them.
    ['my IPPIN is 123456', 'my IPPIN is [IP PIN removed]'],
    ['my IP PIN is 123456.', 'my IP PIN is [IP PIN removed].'],
    ['EIN 123456789', 'EIN [EIN removed]'],
    ['FEIN: 123456789', 'FEIN: [EIN removed]'],
    ['employer identification 123456789', 'employer identification [EIN removed]'],
    ['my EIN is 12-3456789, thanks', 'my EIN is [EIN removed], thanks'],
    ['d.o.b 04/12/1980', 'd.o.b [date of birth removed]'],
    ['birthdate 04/12/1980', 'birthdate [date of birth removed]'],
    // A keyword can be long: the whole phrase after the number is read.
    ['123456 is my identity protection PIN', '[IP PIN removed] is my identity protection PIN'],
    // Dates of birth in every numeric form: day or month first, one or two digits, dots, ISO.
    ['DOB 12/25/1980', 'DOB [date of birth removed]'],
    ['DOB 25/12/1980', 'DOB [date of birth removed]'],
    ['DOB 31.12.1980', 'DOB [date of birth removed]'],
    ['DOB 12/31/80', 'DOB [date of birth removed]'],
    ['date of birth 1980-4-5', 'date of birth [date of birth removed]'],
    ['date of birth 1980-11-05', 'date of birth [date of birth removed]'],
    ['date of birth 1980-04-5', 'date of birth [date of birth removed]'],
    ['date of birth 1980-12-31', 'date of birth [date of birth removed]'],
    ['date of birth 1980-04-20', 'date of birth [date of birth removed]'],
    // A name before a date makes it a date of birth.
    ['Maria Lopez 3/2/1975', 'Maria Lopez [date of birth removed]'],
    // Routing numbers in a list, however they are joined.
    ['routing 021000021 011000015', 'routing [routing number removed] [routing number removed]'],
    ['routing 021000021 and 011000015', 'routing [routing number removed] and [routing number removed]'],
    // A bare SSN or ITIN after other digits or a comma.
    ['on line 7 123456789', 'on line 7 [SSN removed]'],
    ['ok,123456789', 'ok,[SSN removed]'],
    // In a long message, the money earlier in it does not hide the account number.
    [
      'Hello, I paid the balance in full last week, but now the IRS letter asks for my bank account 12345678',
      'Hello, I paid the balance in full last week, but now the IRS letter asks for my bank account [account number removed]',
    ],
    [
      'I have a balance question about something else entirely: 12345678901 is my account number',
      'I have a balance question about something else entirely: [account number removed] is my account number',
    ],
    // Redacting a redacted text again: the words inside every placeholder are no keywords.
    [
      'SSN 123-45-6789 and acct 12345678 then 250000',
      'SSN [SSN removed] and acct [account number removed] then 250000',
    ],
  ])('redacts %j', (input, output) => {
    expect(redactPii(input).text).toBe(output);
  });

  it.each([
    // Money, written with a currency word or cents, is never an identifier.
    'account total 250000',
    'my account is owed 250000',
    'account due 250000',
    'my account has 1234567.89 in it',
    'account 2500000 dollars',
    'I was billed $ 123456789',
    'I owe 123456789 dollars',
    // A keyword in an earlier sentence does not reach a number in the next one.
    'I closed the account. Case 1234567 is still open',
    'I closed the account.  Case 1234567 is still open',
    // Not a routing number: it fails the ABA check digit, or is all zeros.
    'routing 000123456',
    'routing 000000000',
    // Capitalised words that are not a person's name before a date.
    'Due Date 3/2/2026',
    'Tax Court 3/2/2026',
    'Payment Deadline 3/2/2026',
    'Last Saturday 3/7/2026',
    'Thank You, 3/2/2026',
  ])('keeps %j as it is', (input) => {
    expect(redactPii(input)).toEqual({ text: input, found: [] });
  });

  // Mastercard's 2-series runs from 2221 to 2720 (ISO/IEC 7812 IIN table); 2730 and 2800 are no issuer's.
  it.each([
    ['2300 7777 7777 7778', true],
    ['2600 7777 7777 7775', true],
    ['2710 7777 7777 7772', true],
    ['2730 7777 7777 7778', false],
    ['2800 7777 7777 7773', false],
    // No issuer prefix at all, whatever digits follow.
    ['9123 4567 8901 2348', false],
    // Luhn-valid with a Visa prefix, but 12 or 20 digits: no card has that length (13 to 19).
    ['4111 1111 1117', false],
    ['4111 1111 1111 1111 1115', false],
  ])('a grouped number %s is a card: %s', (grouped, isCard) => {
    expect(redactPii(`use ${grouped} today`).text).toBe(
      isCard ? 'use [card number removed] today' : `use ${grouped} today`,
    );
  });
});

describe('redactDeep: what it copies and what it passes through', () => {
  it('redacts an object without a prototype, as a logger may build one', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { text: 'SSN 123-45-6789' });
    expect(redactDeep(bare)).toEqual({ text: 'SSN [SSN removed]' });
  });

  it('passes a value that is not plain data through as it is', () => {
    const when = new Date(0);
    expect(redactDeep({ when }) as { when: Date }).toEqual({ when });
    expect((redactDeep({ when }) as { when: Date }).when).toBe(when);
  });

  it('redacts the keys and values of a Map and the items of a Set, keeping their kind', () => {
    const byAccount = new Map([['account 12345678901', { note: 'SSN 123-45-6789' }]]);
    const redacted = redactDeep({ byAccount, seen: new Set(['EIN 12-3456789']) }) as {
      byAccount: Map<string, unknown>;
      seen: Set<string>;
    };
    expect(redacted.byAccount).toBeInstanceOf(Map);
    expect([...redacted.byAccount]).toEqual([
      ['account [account number removed]', { note: 'SSN [SSN removed]' }],
    ]);
    expect(redacted.seen).toEqual(new Set(['EIN [EIN removed]']));
    expect([...byAccount.keys()]).toEqual(['account 12345678901']);
  });

  it('redacts an instance of a class as a JSON log line shows it', () => {
    class Caller {
      readonly said = 'my SSN is 123-45-6789';
      readonly turns = 2;
    }
    class Link {
      readonly #href: string;
      constructor(href: string) {
        this.#href = href;
      }
      toJSON(): string {
        return this.#href;
      }
    }
    expect(redactDeep({ caller: new Caller() })).toEqual({
      caller: { said: 'my SSN is [SSN removed]', turns: 2 },
    });
    expect(redactDeep({ link: new Link('https://example.test/?ssn=123-45-6789') })).toEqual({
      link: 'https://example.test/?ssn=[SSN removed]',
    });
    expect(redactDeep(new URL('https://example.test/a?card=4111111111111111'))).toBe(
      'https://example.test/a?card=[card number removed]',
    );
  });

  it('passes binary data through as it is', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(redactDeep({ bytes }) as { bytes: Uint8Array }).toEqual({ bytes });
    expect((redactDeep({ bytes }) as { bytes: Uint8Array }).bytes).toBe(bytes);
  });

  it('gives an error whose fields can be changed, like the error it copies', () => {
    const redacted = redactDeep(new Error('SSN 123-45-6789')) as Error;
    redacted.message = `${redacted.message}!`;
    expect(redacted.message).toBe('SSN [SSN removed]!');
    expect(delete (redacted as { stack?: string }).stack).toBe(true);
  });
});
