import { describe, expect, it } from 'vitest';
import { extractNoticeFields } from '../../src/reading/extract-notice-fields.ts';
import { CONFIDENT, NoticeReadingSchema, type NoticeReading } from '../../src/reading/notice-reading.ts';
import type { ReadLine } from '../../src/reading/read-text.ts';
import { textLayerLines } from '../../src/reading/text-layer-lines.ts';

/** Lines as OCR returns them; a word written `word@0.4` was read with confidence 0.4, others with 0.95. */
function ocr(text: string): ReadLine[] {
  return text
    .trim()
    .split('\n')
    .map((line) => ({
      words: line
        .trim()
        .split(/\s+/)
        .map((token) => {
          const [word = '', confidence] = token.split('@');
          return { text: word, confidence: confidence === undefined ? 0.95 : Number(confidence) };
        }),
    }));
}

function read(text: string): NoticeReading {
  const extraction = extractNoticeFields(ocr(text));
  if (!extraction.ok) throw new Error(`not read: ${extraction.code}`);
  expect(NoticeReadingSchema.parse(extraction.reading)).toEqual(extraction.reading);
  return extraction.reading;
}

const CP14 = `
Department of the Treasury Notice CP14
Internal Revenue Service Tax year 2025
Kansas City, MO 64999-0023 Notice date November 16, 2026
Social Security number 123-45-6789
JORDAN Q TAXPAYER
4417 MAPLEWOOD AVE APT 2
Amount due by December 7, 2026 $2,418.77
Tax you owed $2,301.00
`;

describe('extractNoticeFields', () => {
  it('reads the header block, the amount box and the dated line of a CP notice', () => {
    expect(read(CP14)).toEqual({
      noticeCode: 'CP14',
      noticeDate: '2026-11-16',
      taxYear: 2025,
      amountDue: 2418.77,
      printedDeadlines: [{ id: 'pay-interest-free', label: 'Amount due by', date: '2026-12-07' }],
      confidence: {
        noticeCode: 0.95,
        noticeDate: 0.95,
        taxYear: 0.95,
        amountDue: 0.95,
        printedDeadlines: { 'pay-interest-free': 0.95 },
      },
    });
  });

  it('never returns the taxpayer id, name or address', () => {
    const text = JSON.stringify(read(CP14));
    for (const secret of ['6789', 'JORDAN', 'MAPLEWOOD', '64999']) expect(text).not.toContain(secret);
  });

  it.each([
    [
      'LT11 with "Letter date" and "Tax periods"',
      'Letter date October 5, 2026\nTax periods December 31, 2023\nLetter LT11\nAmount you owe $7,052.30\nLast date to request a hearing November 4, 2026',
      {
        noticeCode: 'LT11',
        noticeDate: '2026-10-05',
        taxYear: 2023,
        amountDue: 7052.3,
        printedDeadlines: [
          { id: 'cdp-hearing', label: 'Last date to request a hearing', date: '2026-11-04' },
        ],
      },
    ],
    [
      'Letter 1058 with numeric dates',
      'Letter Number Letter 1058\nLetter Date 06/15/2026\nTax Periods 12/31/2024\nTotal amount due $31,220.45\nLast day to request a hearing: July 15, 2026',
      {
        noticeCode: 'Letter 1058',
        noticeDate: '2026-06-15',
        taxYear: 2024,
        amountDue: 31220.45,
        printedDeadlines: [{ id: 'cdp-hearing', label: 'Last day to request a hearing', date: '2026-07-15' }],
      },
    ],
    [
      'CP504 "Pay by" maps to its reply window',
      'Notice CP504\nNotice date March 2, 2026\nTax year 2024\nAmount due immediately $14,906.12\nPay by April 1, 2026',
      {
        noticeCode: 'CP504',
        noticeDate: '2026-03-02',
        taxYear: 2024,
        amountDue: 14906.12,
        printedDeadlines: [{ id: 'respond', label: 'Pay by', date: '2026-04-01' }],
      },
    ],
    [
      'CP3219A Tax Court line',
      'Notice CP3219A\nNotice date May 4, 2026\nTax year 2023\nAmount due $5,102.88\nLast day to file a petition with the United States Tax Court August 3, 2026',
      {
        noticeCode: 'CP3219A',
        noticeDate: '2026-05-04',
        taxYear: 2023,
        amountDue: 5102.88,
        printedDeadlines: [
          {
            id: 'tax-court-petition',
            label: 'Last day to file a petition with the United States Tax Court',
            date: '2026-08-03',
          },
        ],
      },
    ],
    [
      'a value on the line under its label',
      'Notice CP2000\nNotice date\nAugust 10, 2026\nResponse due date\nSeptember 9, 2026\nProposed amount due\n$1,175.00',
      {
        noticeCode: 'CP2000',
        noticeDate: '2026-08-10',
        amountDue: 1175,
        printedDeadlines: [{ id: 'respond', label: 'Response due date', date: '2026-09-09' }],
      },
    ],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it('puts back what OCR confuses, and is less sure for each correction', () => {
    const reading = read('Notice CPl4\nNotice date Novernber 16, 2O26\nTax year 2025\nAmount due: S2,418,77');
    expect(reading).toMatchObject({ noticeCode: 'CP14', noticeDate: '2026-11-16', amountDue: 2418.77 });
    expect(reading.confidence.noticeCode).toBeLessThan(0.95);
    expect(reading.confidence.noticeDate).toBeLessThan(0.95 * 0.85);
    expect(reading.confidence.amountDue).toBeLessThan(CONFIDENT);
  });

  it('reads LT11 misread as L711, but only as sure as the word was', () => {
    const reading = read('Letter date October 5, 2026\nLetter L711@0.29');
    expect(reading.noticeCode).toBe('LT11');
    expect(reading.confidence.noticeCode).toBeLessThan(CONFIDENT);
  });

  it('doubts an amount read two different ways', () => {
    const reading = read('Notice CP14\nAmount due $2,418.77\nAmount due $2,416.77');
    expect(reading.confidence.amountDue).toBeLessThan(CONFIDENT);
  });

  it('doubts a printed deadline before the notice date and a tax year after it', () => {
    const reading = read(
      'Notice CP14\nNotice date November 16, 2026\nTax year 2027\nAmount due by October 7, 2026 $5.00',
    );
    expect(reading.confidence.printedDeadlines['pay-interest-free']).toBeLessThan(CONFIDENT);
    expect(reading.confidence.taxYear).toBeLessThan(CONFIDENT);
  });

  it('keeps a code the catalog does not know, without trusting it', () => {
    const reading = read('Notice CP88\nNotice date May 4, 2026');
    expect(reading.noticeCode).toBe('CP88');
    expect(reading.confidence.noticeCode).toBeLessThan(CONFIDENT);
  });

  it('leaves out what is not printed, and refuses impossible dates', () => {
    const reading = read('Notice CP14\nNotice date February 30, 2026');
    expect(reading).toEqual({
      noticeCode: 'CP14',
      printedDeadlines: [],
      confidence: { noticeCode: 0.95, printedDeadlines: {} },
    });
  });

  it.each([
    [
      'a W-2',
      'Form W-2 Wage and Tax Statement 2025\nDepartment of the Treasury Internal Revenue Service\n1 Wages, tips, other compensation 52,118.00\n2 Federal income tax withheld 6,204.11',
    ],
    ['a cat', 'ee 7 /\\ .. ~~'],
    ['nothing', ''],
    ['"Notice 2 of 3" on another page', 'Notice 2 of 3\nAmount due $40.00'],
  ])('says %s is not a notice', (_name, text) => {
    expect(extractNoticeFields(ocr(text))).toEqual({ ok: false, code: 'not_a_notice' });
  });
});

describe('textLayerLines', () => {
  it('puts a PDF text layer back into lines, top to bottom and left to right', () => {
    const lines = textLayerLines([
      { text: 'CP14', x: 300, y: 700, height: 10 },
      { text: 'Notice', x: 200, y: 701, height: 10 },
      { text: 'Notice date', x: 200, y: 680, height: 10 },
      { text: 'November 16, 2026', x: 300, y: 680, height: 10 },
      { text: ' ', x: 0, y: 500, height: 10 },
    ]);
    expect(lines.map((line) => line.words.map((w) => w.text).join(' '))).toEqual([
      'Notice CP14',
      'Notice date November 16, 2026',
    ]);
    expect(extractNoticeFields(lines)).toMatchObject({
      ok: true,
      reading: { noticeCode: 'CP14', noticeDate: '2026-11-16' },
    });
  });
});
