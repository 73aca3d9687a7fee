import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MESSAGE_LIMITS,
  fitsInMessage,
  markdownToPlainText,
  segmentCount,
  smsEncoding,
  smsLength,
  splitForSms,
  splitSentences,
  toGsmFriendly,
  UCS2_MESSAGE_LIMIT,
  type MessageLimits,
} from '../../../src/channels/sms/sms-text.ts';

const CYRILLIC = 'ж'; // outside GSM-7: one UTF-16 unit in UCS-2
const EMOJI = '😀'; // outside GSM-7 and outside the BMP: two UTF-16 units
const a = (n: number) => 'a'.repeat(n);

describe('smsEncoding', () => {
  it.each([
    ['plain ASCII letters and digits', 'Pay by 3/23/2026.', 'gsm7'],
    ['newlines', 'one\ntwo', 'gsm7'],
    ['basic-table accents', 'café Ñandù à ÄÖÜ ß', 'gsm7'],
    ['an accent outside the table', 'ú', 'ucs2'],
    ['extension characters', '€ [ ] { } ~ ^ | \\', 'gsm7'],
    ['£ $ § ¿ ¡ @ _', '£ $ § ¿ ¡ @ _', 'gsm7'],
    ['a bullet', '• item', 'ucs2'],
    ['a curly apostrophe', 'it’s', 'ucs2'],
    ['a backtick', 'use `x`', 'ucs2'],
    ['lowercase c cedilla (only the capital is GSM-7)', 'ç', 'ucs2'],
    ['a tab', 'a\tb', 'ucs2'],
    ['Cyrillic', `${CYRILLIC}`, 'ucs2'],
    ['an emoji', `ok ${EMOJI}`, 'ucs2'],
    ['the empty text', '', 'gsm7'],
  ])('%s → %s', (_name, text, expected) => {
    expect(smsEncoding(text)).toBe(expected);
  });
});

describe('smsLength', () => {
  it.each([
    ['ASCII counts one septet each', 'abc', 3],
    ['an extension character counts two', '[x]', 5],
    ['the euro sign counts two', '€5', 3],
    ['a basic-table accent counts one', 'é', 1],
    ['UCS-2 counts UTF-16 units', `a${CYRILLIC}`, 2],
    ['in UCS-2 an extension character is one unit', `[${CYRILLIC}]`, 3],
    ['an emoji is two units', EMOJI, 2],
    ['empty', '', 0],
  ])('%s', (_name, text, expected) => {
    expect(smsLength(text)).toBe(expected);
  });
});

describe('segmentCount', () => {
  it.each([
    ['nothing', '', 0],
    ['160 GSM-7 characters: one segment', a(160), 1],
    ['161: two parts of 153', a(161), 2],
    ['306: still two', a(306), 2],
    ['307: three', a(307), 3],
    ['80 euro signs are 160 septets: one segment', '€'.repeat(80), 1],
    ['81 euro signs: 76 fit the first part (152), 5 the second', '€'.repeat(81), 2],
    ['an escape pair never straddles two parts', `${a(152)}€${a(152)}`, 3],
    ['70 UCS-2 characters: one segment', CYRILLIC.repeat(70), 1],
    ['71 UCS-2 characters: two parts of 67', CYRILLIC.repeat(71), 2],
    ['134 UCS-2 characters: two', CYRILLIC.repeat(134), 2],
    ['135 UCS-2 characters: three', CYRILLIC.repeat(135), 3],
    ['a surrogate pair never straddles two parts', `${CYRILLIC.repeat(66)}${EMOJI}${CYRILLIC.repeat(66)}`, 3],
    ['one non-GSM character switches the whole text to UCS-2', `${a(70)}•`, 2],
  ])('%s', (_name, text, expected) => {
    expect(segmentCount(text)).toBe(expected);
  });
});

describe('fitsInMessage (320 GSM-7 septets, 201 UCS-2 units)', () => {
  it('keeps the UCS-2 limit at the same three parts as 320 septets', () => {
    expect(segmentCount(a(320))).toBe(3);
    expect(segmentCount(CYRILLIC.repeat(UCS2_MESSAGE_LIMIT))).toBe(3);
    expect(DEFAULT_MESSAGE_LIMITS).toEqual({ gsm7: 320, ucs2: 201 });
  });

  it.each([
    ['320 GSM-7 characters', a(320), true],
    ['321 GSM-7 characters', a(321), false],
    ['160 euro signs (320 septets)', '€'.repeat(160), true],
    ['319 letters and a euro sign (321 septets)', `${a(319)}€`, false],
    ['201 UCS-2 characters', CYRILLIC.repeat(201), true],
    ['202 UCS-2 characters', CYRILLIC.repeat(202), false],
    ['200 letters and a bullet (UCS-2, 201 units)', `${a(200)}•`, true],
    ['201 letters and a bullet (UCS-2, 202 units)', `${a(201)}•`, false],
  ])('%s → %s', (_name, text, expected) => {
    expect(fitsInMessage(text)).toBe(expected);
  });
});

describe('toGsmFriendly', () => {
  it.each([
    ['curly single quotes', 'it’s ‘fine’', "it's 'fine'"],
    ['curly double quotes', '“quoted”', '"quoted"'],
    ['en and em dashes', 'a – b — c', 'a - b - c'],
    ['an ellipsis', 'wait…', 'wait...'],
    [
      'Spanish á í ó ú (not in GSM-7), keeping é ñ ü ¿ ¡',
      '¿Cuál es el código? Ó Ú Á Í, é ñ ü ¡sí!',
      '¿Cual es el codigo? O U A I, é ñ ü ¡si!',
    ],
    ['a bullet', '• item', '- item'],
    ['non-breaking and thin spaces', 'Form\u00a0433-A\u2009now', 'Form 433-A now'],
    ['zero-width characters', 'CP\u200b14\ufeff', 'CP14'],
    ['control characters and carriage returns', 'a\u0007b\r\nc', 'ab\nc'],
    ['a backtick', '`x`', "'x'"],
    ['text that is already GSM-7', 'Pay $100 by 3/23.', 'Pay $100 by 3/23.'],
  ])('%s', (_name, text, expected) => {
    expect(toGsmFriendly(text)).toBe(expected);
    expect(smsEncoding(toGsmFriendly(text))).toBe('gsm7');
  });
});

describe('markdownToPlainText', () => {
  it.each([
    ['bold', '**CP14: Balance due**', 'CP14: Balance due'],
    ['bold with underscores', '__important__', 'important'],
    ['italic with asterisks', 'Type *help* or *restart*.', 'Type help or restart.'],
    ['italic with underscores', '_The printed date governs._', 'The printed date governs.'],
    ['bold label then text', '**Next step:** call the IRS.', 'Next step: call the IRS.'],
    ['words with underscores are not emphasis', 'see file_name_here', 'see file_name_here'],
    ['a lone asterisk is not emphasis', '2 * 3 = 6', '2 * 3 = 6'],
    ['headings', '# Title\n## Sub heading ##', 'Title\nSub heading'],
    ['dash bullets become plain lines', '- one\n- two', 'one\ntwo'],
    ['star and plus bullets too', '* one\n+ two', 'one\ntwo'],
    [
      'indented continuation lines lose the indent',
      '- **Mon** (3 days)\n  Protects: x',
      'Mon (3 days)\nProtects: x',
    ],
    ['numbered lists stay numbered', '1. Pay\n2. Plan', '1. Pay\n2. Plan'],
    [
      'a link becomes text and URL',
      'See [Form 9465](https://www.irs.gov/forms-pubs/about-form-9465).',
      'See Form 9465: https://www.irs.gov/forms-pubs/about-form-9465.',
    ],
    ['a link whose text is its URL', '[https://www.irs.gov](https://www.irs.gov)', 'https://www.irs.gov'],
    ['an autolink', '<https://www.irs.gov/payments>', 'https://www.irs.gov/payments'],
    [
      'URLs keep their underscores and asterisks',
      'Go to https://example.gov/a_b_c/*x* now',
      'Go to https://example.gov/a_b_c/*x* now',
    ],
    ['a URL in bold', '**See https://www.irs.gov/pay_now**', 'See https://www.irs.gov/pay_now'],
    ['images keep their alt text', '![IRS logo](https://x.gov/logo.png)', 'IRS logo'],
    ['horizontal rules disappear', 'above\n\n---\n\nbelow', 'above\n\nbelow'],
    ['blockquotes', '> quoted', 'quoted'],
    ['inline code', 'type `restart`', 'type restart'],
    ['escaped characters', '5 \\* 3 and \\_x\\_', '5 * 3 and _x_'],
    [
      'numbered sources stay as they are',
      '[1] Pay now: https://www.irs.gov/payments',
      '[1] Pay now: https://www.irs.gov/payments',
    ],
    ['runs of blank lines collapse', 'a\n\n\n\nb', 'a\n\nb'],
    ['Windows line ends', 'a\r\nb', 'a\nb'],
  ])('%s', (_name, markdown, expected) => {
    expect(markdownToPlainText(markdown)).toBe(expected);
  });

  it('leaves no Markdown in the bot result text', () => {
    const markdown = [
      '**CP14: Balance due**\nAct soon\n\nYou owe tax.',
      '**Deadlines**\n- **Monday, March 23, 2026** (13 days left): Pay in full\n  Protects: interest\n  _Earlier is safer._',
      '**What you can do, in order**\n1. Pay\n2. Plan',
      '**Next step:** Pay, before Monday, March 23, 2026.',
    ].join('\n\n');
    const plain = markdownToPlainText(markdown);
    expect(plain).not.toMatch(/\*|(^|\s)_|_(\s|$)|^#|^\s*- /m);
    expect(plain).toContain(
      'Monday, March 23, 2026 (13 days left): Pay in full\nProtects: interest\nEarlier is safer.',
    );
  });
});

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'Pay now. Then call.', ['Pay now.', 'Then call.']],
    ['question and exclamation marks', 'Why? Because! Ok.', ['Why?', 'Because!', 'Ok.']],
    [
      'a closing quote stays with its sentence',
      'He said "stop." Then left.',
      ['He said "stop."', 'Then left.'],
    ],
    [
      'not after U.S.',
      'Petition the U.S. Tax Court. Then wait.',
      ['Petition the U.S. Tax Court.', 'Then wait.'],
    ],
    ['not after an abbreviation', 'See No. 5 and Form 12153. Done.', ['See No. 5 and Form 12153.', 'Done.']],
    ['not before a lowercase word', 'e.g. this and i.e. that. Next.', ['e.g. this and i.e. that.', 'Next.']],
    [
      'a sentence starting with a number',
      'Pay by then. 21 days later it ends.',
      ['Pay by then.', '21 days later it ends.'],
    ],
    ['decimal amounts are not breaks', 'Owe $1,250.00 now.', ['Owe $1,250.00 now.']],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('splitForSms', () => {
  const small: MessageLimits = { gsm7: 30, ucs2: 15 };

  it.each([
    ['nothing to send', '   ', small, []],
    [
      'a text that fits is sent whole, unnumbered',
      'Para one.\n\nPara two.',
      small,
      ['Para one.\n\nPara two.'],
    ],
    [
      'at a sentence boundary',
      'The first sentence. The second one.',
      small,
      ['1/2 The first sentence.', '2/2 The second one.'],
    ],
    [
      'at a word boundary when a sentence is too long',
      'alpha beta gamma delta epsilon zeta',
      small,
      ['1/2 alpha beta gamma delta', '2/2 epsilon zeta'],
    ],
    [
      'paragraphs that fit stay whole, each in its own part',
      'First paragraph here.\n\nSecond paragraph.',
      small,
      ['1/2 First paragraph here.', '2/2 Second paragraph.'],
    ],
    [
      'lines of a long paragraph',
      'Deadlines\nMon: pay in full\nTue: respond',
      small,
      ['1/2 Deadlines\nMon: pay in full', '2/2 Tue: respond'],
    ],
    [
      'UCS-2 limits once a non-GSM character is in the part',
      `${CYRILLIC.repeat(5)} ${CYRILLIC.repeat(5)} ${CYRILLIC.repeat(5)}`,
      small,
      [`1/2 ${CYRILLIC.repeat(5)} ${CYRILLIC.repeat(5)}`, `2/2 ${CYRILLIC.repeat(5)}`],
    ],
    [
      'extension characters count twice',
      '{a} {b} {c} {d} {e} {f} {g}',
      small,
      ['1/2 {a} {b} {c} {d}', '2/2 {e} {f} {g}'],
    ],
    [
      'a single word longer than a message is the only thing cut',
      `go ${a(40)}`,
      small,
      [`1/2 go ${a(23)}`, `2/2 ${a(17)}`],
    ],
  ])('%s', (_name, text, limits, expected) => {
    const parts = splitForSms(text, limits);
    expect(parts).toEqual(expected);
    for (const part of parts) expect(fitsInMessage(part, limits)).toBe(true);
  });

  it('numbers ten parts and more with a label that counts against the limit', () => {
    const text = Array.from({ length: 12 }, (_, i) => `Sentence number ${i + 1} is here.`).join(' ');
    const parts = splitForSms(text, { gsm7: 40, ucs2: 20 });
    expect(parts).toHaveLength(12);
    expect(parts[0]).toBe('1/12 Sentence number 1 is here.');
    expect(parts[11]).toBe('12/12 Sentence number 12 is here.');
    for (const part of parts) expect(smsLength(part)).toBeLessThanOrEqual(40);
  });

  it('keeps 320 GSM-7 characters per message by default and each part in three segments', () => {
    const paragraph = 'Interest keeps growing until the balance is paid in full. '.repeat(12).trim();
    const parts = splitForSms(paragraph);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(smsLength(part)).toBeLessThanOrEqual(320);
      expect(segmentCount(part)).toBeLessThanOrEqual(3);
      expect(part).toMatch(/^\d+\/\d+ Interest.*\.$/s);
    }
  });

  const word = fc.stringMatching(/^[A-Za-z0-9$,.€é]{1,15}$/);
  const paragraph = fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));
  const text = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('\n\n'));
  const limits = fc.record({
    gsm7: fc.integer({ min: 24, max: 400 }),
    ucs2: fc.integer({ min: 24, max: 200 }),
  });
  const unlabel = (part: string) => part.replace(/^\d+\/\d+ /, '');
  const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');

  it('never cuts a word, loses or reorders nothing, and every part fits (property)', () => {
    fc.assert(
      fc.property(text, limits, (input, lim) => {
        const parts = splitForSms(input, lim);
        for (const part of parts) expect(fitsInMessage(part, lim)).toBe(true);
        const rejoined = parts.map(unlabel);
        expect(rejoined.flatMap(words)).toEqual(words(input));
        if (parts.length > 1) {
          parts.forEach((part, i) => {
            expect(part.startsWith(`${i + 1}/${parts.length} `)).toBe(true);
          });
        }
      }),
    );
  });

  it('keeps every part whole-word with non-GSM characters mixed in (property)', () => {
    const mixed = fc
      .array(fc.oneof(word, fc.constantFrom(`${CYRILLIC}${CYRILLIC}`, EMOJI, 'ça', '[x]')), {
        minLength: 1,
        maxLength: 80,
      })
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(mixed, (input) => {
        const parts = splitForSms(input);
        for (const part of parts) expect(fitsInMessage(part)).toBe(true);
        expect(parts.map(unlabel).flatMap(words)).toEqual(words(input));
      }),
    );
  });
});
