import { describe, expect, it } from 'vitest';
import {
  extractFacts,
  factKind,
  normaliseNumber,
  normaliseUrl,
  wordsToNumber,
} from '../../../src/knowledge/facts/extract-facts.ts';
import type { FactKind } from '../../../src/knowledge/facts/extract-facts.ts';

describe('extractFacts', () => {
  const cases: [text: string, expected: string[]][] = [
    // numbers and amounts
    ['$1,200.50', ['$1200.50']],
    ['100,000', ['100000']],
    ['$100,000 or more', ['$100000']],
    ['$100,000.00', ['$100000']],
    ['$0 setup fee', ['$0']],
    ['$ 205 application fee', ['$205']],
    ['$1.2 million', ['$1200000']],
    ['500 dollars', ['$500']],
    ['a fee of fifty dollars', ['$50']],
    ['0.5%', ['0.5%']],
    ['0.25 percent a month', ['0.25%']],
    ['up to 25 % in all', ['25%']],
    ['five percent', ['5%']],
    ['Tax year 2024', ['2024']],
    ['the 21st day', ['21']],
    ['1,2345', ['1', '2345']],
    // day counts
    ['30 days', ['30']],
    ['10 business days', ['10']],
    ['21 calendar days, or 10 business days', ['10', '21']],
    ['a 30-day window', ['30']],
    ['the 10-year period', ['10']],
    ['thirty days', ['30']],
    ['Twenty-one calendar days', ['21']],
    ['one hundred fifty days', ['150']],
    ['within one year', ['1']],
    ['ninety-day letter', ['90']],
    ['one of the options', []],
    // dates
    ['April 15', ['--04-15']],
    ['April 15, 2026', ['2026-04-15']],
    ['Apr. 15th 2026', ['2026-04-15']],
    ['Wednesday, April 15, 2026', ['2026-04-15']],
    ['15 April 2026', ['2026-04-15']],
    ['the 15th of April', ['--04-15']],
    ['4/15/2026', ['2026-04-15']],
    ['04/15/26', ['2026-04-15']],
    ['4-15-2026', ['2026-04-15']],
    ['2026-03-02', ['2026-03-02']],
    ['Mar 2', ['--03-02']],
    ['3/2/2026', ['2026-03-02']],
    ['4/15', ['--04-15']],
    ['May 1', ['--05-01']],
    ['You may pay in May 2026', ['2026-05']],
    ['you may 1 day', ['1']],
    ['February 29, 2028', ['2028-02-29']],
    ['February 29, 2027', ['2027', '29']],
    ['13/45/2026', ['13', '2026', '45']],
    ['24/7 support', ['24', '7']],
    ['Mark 15 people', ['15']],
    ['a decimal 5', ['5']],
    // forms and publications
    ['12153', ['12153']],
    ['Form 12153', ['form 12153']],
    ['form 433-A', ['form 433-a']],
    ['FORM 9465', ['form 9465']],
    ['Forms 433-A and 433-B', ['form 433-a', 'form 433-b']],
    ['Forms 656, 433-A or 433-B', ['form 433-a', 'form 433-b', 'form 656']],
    ['Form 12153 and 30 days', ['30', 'form 12153']],
    ['Form 668(Y)(c)', ['form 668(y)(c)']],
    ['Form 433-A (OIC)', ['form 433-a']],
    ['Form W-2 and 1099-K', ['form 1099-k', 'form w-2']],
    ['the W-2, 1099 and other income forms', ['1099', 'form w-2']],
    ['a 1099-K or an SS-4', ['form 1099-k', 'form ss-4']],
    ['file a 1040-X', ['form 1040-x']],
    ['CP504-B is not a form', ['cp504']],
    ['Pub 1660', ['publication 1660']],
    ['Publication 594', ['publication 594']],
    ['Pub. L. 104-168', ['104', '168']],
    // notices and letters
    ['CP2000', ['cp2000']],
    ['cp 14', ['cp14']],
    ['CP-504B', ['cp504b']],
    ['Notice CP3219N', ['cp3219n']],
    ['LT11', ['lt11']],
    ['LT 16', ['lt16']],
    ['Letter 1058', ['letter 1058']],
    ['letter 1058-A', ['letter 1058-a']],
    ['L1058', ['letter 1058']],
    ['Letters 3172 and 1058', ['letter 1058', 'letter 3172']],
    // code sections and regulations
    ['IRC 6330', ['irc 6330']],
    ['IRC 6320/6330', ['irc 6320', 'irc 6330']],
    ['IRC 6330 and 150 days', ['150', 'irc 6330']],
    ['IRC §6601(e)(3)', ['irc 6601(e)(3)']],
    ['Internal Revenue Code section 7502', ['irc 7502']],
    ['section 6331(d)', ['irc 6331(d)']],
    ['§§ 6320 and 6330', ['irc 6320', 'irc 6330']],
    ['under 6213(b)(2)', ['irc 6213(b)(2)']],
    ['Form 656 section 1', ['1', 'form 656']],
    ['Reg. 301.6330-1(c)(2)', ['reg 301.6330-1(c)(2)']],
    ['Treas. Reg. § 301.6320-1', ['reg 301.6320-1']],
    ['see 301.6330-1', ['reg 301.6330-1']],
    // phone numbers
    ['800-829-1040', ['8008291040']],
    ['(800) 829 1040', ['8008291040']],
    ['(800)829-1040', ['8008291040']],
    ['1-800-829-1040', ['8008291040']],
    ['+1 800.829.1040', ['8008291040']],
    ['8008291040', ['8008291040']],
    ['Call 877-777-4778 or see taxpayeradvocate.irs.gov.', ['8777774778', 'taxpayeradvocate.irs.gov']],
    // URLs and email
    ['irs.gov/payments', ['irs.gov/payments']],
    ['Visit https://www.irs.gov/payments/.', ['irs.gov/payments']],
    ['HTTPS://WWW.IRS.GOV/Payments', ['irs.gov/payments']],
    ['(see irs.gov/payments)', ['irs.gov/payments']],
    ['https://irs.gov/x#part-2', ['irs.gov/x']],
    ['www.irs.gov', ['irs.gov']],
    ['email help@irs.gov now', ['help@irs.gov']],
    ['e.g. this, i.e. that', []],
    ['U.S. Tax Court', []],
    // mixed text
    [
      'Pay $1,234.56 by April 15, 2026 or call 800-829-1040; see Form 9465 and irs.gov/payments (IRC 6601(e)(3)).',
      ['$1234.56', '2026-04-15', '8008291040', 'form 9465', 'irc 6601(e)(3)', 'irs.gov/payments'],
    ],
    [
      'You have 30 days from the date of Letter 1058 or LT11 to ask for a hearing on Form 12153.',
      ['30', 'form 12153', 'letter 1058', 'lt11'],
    ],
    ['No digits at all, just words.', []],
    ['', []],
  ];

  it.each(cases)('%j → %j', (text, expected) => {
    expect(extractFacts(text)).toEqual(expected);
  });

  it('returns sorted unique tokens', () => {
    const facts = extractFacts('30 days, 30 days, $5 and 30 days again, Form 12153, form 12153');
    expect(facts).toEqual(['$5', '30', 'form 12153']);
    expect([...facts].sort()).toEqual(facts);
  });

  it('gives the same tokens for the same fact written differently', () => {
    const variants = [
      ['$1,200.50', '$1200.50', '1,200.50 dollars'],
      ['800-829-1040', '(800) 829 1040', '800.829.1040', '1 800 829 1040'],
      ['April 15, 2026', '4/15/2026', '2026-04-15', '15 April 2026'],
      ['https://www.irs.gov/payments/', 'irs.gov/payments', 'www.irs.gov/payments'],
      ['CP14', 'cp 14', 'CP-14'],
      ['thirty days', '30 days', '30-day'],
    ];
    for (const group of variants) {
      const seen = group.map((text) => extractFacts(text));
      for (const facts of seen) expect(facts).toEqual(seen[0]);
    }
  });
});

describe('factKind', () => {
  const cases: [text: string, kind: FactKind][] = [
    ['$1,200', 'money'],
    ['0.5%', 'percent'],
    ['Form 12153', 'form'],
    ['Pub 1660', 'publication'],
    ['CP2000', 'notice'],
    ['LT11', 'notice'],
    ['Letter 1058', 'notice'],
    ['IRC 6330', 'irc'],
    ['Reg. 301.6330-1', 'regulation'],
    ['April 15, 2026', 'date'],
    ['April 15', 'month-day'],
    ['April 2026', 'month'],
    ['800-829-1040', 'phone'],
    ['help@irs.gov', 'email'],
    ['30 days', 'number'],
    ['irs.gov/payments', 'url'],
  ];

  it.each(cases)('%s is a %s', (text, kind) => {
    const [token] = extractFacts(text);
    expect(token).toBeDefined();
    expect(factKind(token ?? '')).toBe(kind);
  });
});

describe('normalisers', () => {
  it.each([
    ['1,200.50', '1200.50'],
    ['007', '7'],
    ['0.5', '0.5'],
    ['100,000.00', '100000'],
    ['0', '0'],
  ])('normaliseNumber(%s) = %s', (raw, expected) => {
    expect(normaliseNumber(raw)).toBe(expected);
  });

  it.each([
    ['https://www.IRS.gov/payments/', 'irs.gov/payments'],
    ['irs.gov/payments).', 'irs.gov/payments'],
    ['https://en.wikipedia.org/wiki/Foo_(bar)', 'en.wikipedia.org/wiki/foo_(bar)'],
    ['http://a.gov/x/?q=1', 'a.gov/x?q=1'],
  ])('normaliseUrl(%s) = %s', (raw, expected) => {
    expect(normaliseUrl(raw)).toBe(expected);
  });

  it.each([
    ['thirty', 30],
    ['twenty-one', 21],
    ['one hundred and fifty', 150],
    ['hundred', 100],
    ['two thousand', 2000],
    ['banana', undefined],
    ['', undefined],
  ])('wordsToNumber(%s) = %s', (words, expected) => {
    expect(wordsToNumber(words)).toBe(expected);
  });
});

describe('extractFacts in Spanish (the twins of issue 17)', () => {
  it.each([
    ['el 20 de noviembre de 2026', ['2026-11-20']],
    ['antes del 15 de abril', ['--04-15']],
    ['en abril de 2026', ['2026-04']],
    ['tiene 30 días', ['30']],
    ['tiene treinta días hábiles', ['30']],
    ['treinta y cinco días', ['35']],
    ['el diez por ciento', ['10%']],
    ['0.5% al mes', ['0.5%']],
    ['1,200 dólares', ['$1200']],
    ['veinte dólares', ['$20']],
    ['$1,200 el 1 de julio', ['$1200', '--07-01']],
    ['el Formulario 9465', ['form 9465']],
    ['los Formularios 433-A y 433-B', ['form 433-a', 'form 433-b']],
    ['la Publicación 594', ['publication 594']],
    ['la carta 1058', ['letter 1058']],
    ['las cartas 3172 y 1058', ['letter 1058', 'letter 3172']],
    ['la sección 6330', ['irc 6330']],
  ])('"%s" → %j', (text, expected) => {
    expect(extractFacts(text)).toEqual([...expected].sort());
  });

  it('reads "un" and "una" as the article, not the number one', () => {
    expect(extractFacts('tiene un mes y una semana')).toEqual([]);
  });
});
