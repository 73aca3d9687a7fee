import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../src/knowledge/deadlines/deadline-engine.ts';
import { lookupNotice } from '../../../src/knowledge/notices/notice-code.ts';
import type { Notice } from '../../../src/knowledge/notices/notice-schema.ts';

function notice(code: string): Notice {
  const found = lookupNotice(code);
  if (!found.ok) throw new Error(`test setup: ${code} is not in the catalog`);
  return found.notice;
}

type Row = {
  name: string;
  code: string;
  noticeDate: string;
  amountDue?: number;
  abroad?: boolean;
  lienFilingDate?: string;
  expected: Record<string, string>;
  /** Inputs that would make a ranged or printed-only date exact. */
  needs?: string[];
  rolledFrom?: Record<string, string>;
};

// Every expected date was checked by hand against a calendar (weekday noted where it matters).
const ROWS: Row[] = [
  {
    name: 'CP14 under $100,000: 21 calendar days, Mon Mar 23',
    code: 'CP14',
    noticeDate: '2026-03-02',
    amountDue: 1200,
    expected: { 'pay-interest-free': '2026-03-23' },
  },
  {
    name: 'CP14 at $99,999.99 is still 21 calendar days',
    code: 'CP14',
    noticeDate: '2026-03-02',
    amountDue: 99_999.99,
    expected: { 'pay-interest-free': '2026-03-23' },
  },
  {
    name: 'CP14 at exactly $100,000: 10 business days, Mon Mar 16',
    code: 'CP14',
    noticeDate: '2026-03-02',
    amountDue: 100_000,
    expected: { 'pay-interest-free': '2026-03-16' },
  },
  {
    name: '10 business days skip Thanksgiving (Nov 26 2026)',
    code: 'CP161',
    noticeDate: '2026-11-17',
    amountDue: 250_000,
    expected: { 'pay-interest-free': '2026-12-02' },
  },
  {
    name: '21 days landing on Christmas (Fri Dec 25 2026) roll to Mon Dec 28',
    code: 'CP22A',
    noticeDate: '2026-12-04',
    amountDue: 500,
    expected: { 'pay-interest-free': '2026-12-28' },
    rolledFrom: { 'pay-interest-free': '2026-12-25' },
  },
  {
    name: 'LT11 CDP: 30 days land on Sunday Apr 19 2026, roll to Monday',
    code: 'LT11',
    noticeDate: '2026-03-20',
    expected: { 'cdp-hearing': '2026-04-20', 'equivalent-hearing': '2027-03-22' },
    rolledFrom: { 'cdp-hearing': '2026-04-19', 'equivalent-hearing': '2027-03-20' },
  },
  {
    name: 'Letter 1058 CDP landing on DC Emancipation Day (Fri Apr 16 2027) rolls past the weekend',
    code: 'Letter 1058',
    noticeDate: '2027-03-17',
    expected: { 'cdp-hearing': '2027-04-19', 'equivalent-hearing': '2028-03-17' },
  },
  {
    name: 'CP3219A: 90 days, Wed Apr 15 2026',
    code: 'CP3219A',
    noticeDate: '2026-01-15',
    abroad: false,
    expected: { 'tax-court-petition': '2026-04-15' },
  },
  {
    name: 'CP3219A abroad: 150 days land on Sunday Jun 14 2026, roll to Monday',
    code: 'CP3219A',
    noticeDate: '2026-01-15',
    abroad: true,
    expected: { 'tax-court-petition': '2026-06-15' },
  },
  {
    name: 'Letter 531 across a year end: 90 days from Nov 2 2026 is Sun Jan 31 2027, roll to Feb 1',
    code: 'Letter 531',
    noticeDate: '2026-11-02',
    abroad: false,
    expected: { 'tax-court-petition': '2027-02-01' },
  },
  {
    name: 'CP11: interest-free window and 60-day math-error abatement',
    code: 'CP11',
    noticeDate: '2026-06-05',
    amountDue: 800,
    expected: { 'pay-interest-free': '2026-06-26', 'math-error-abatement': '2026-08-04' },
  },
  {
    name: 'CP13: 60 days to ask for reversal, no balance due',
    code: 'CP13',
    noticeDate: '2026-06-05',
    expected: { 'math-error-abatement': '2026-08-04' },
  },
  {
    name: 'CP2000: 30 days land on Saturday Nov 7 2026, roll to Monday',
    code: 'CP2000',
    noticeDate: '2026-10-08',
    expected: { respond: '2026-11-09' },
  },
  {
    name: 'LT16: no IRS source gives a day count, so only the printed date can date it',
    code: 'LT16',
    noticeDate: '2025-12-11',
    expected: {},
    needs: ['printedDate'],
  },
  {
    name: 'CP504: 30 days is only the earliest (confirmed for CP504B); the printed date decides',
    code: 'CP504',
    noticeDate: '2026-05-01',
    expected: { respond: '2026-06-01' },
    needs: ['printedDate'],
  },
  { name: 'CP523: 30 days', code: 'CP523', noticeDate: '2026-02-02', expected: { respond: '2026-03-04' } },
  {
    name: 'Letter 1153: 60 days to protest',
    code: 'Letter 1153',
    noticeDate: '2026-02-02',
    expected: { respond: '2026-04-03' },
    needs: ['printedDate'],
  },
  {
    name: 'Letter 3172 without the filing date: 30 days from the letter is the earliest possible last day',
    code: 'Letter 3172',
    noticeDate: '2026-09-01',
    expected: { 'cdp-hearing': '2026-10-01', 'equivalent-hearing': '2027-09-01' },
    needs: ['lienFilingDate'],
  },
  {
    // IRC 6320(a)(2), (a)(3)(B): lien filed Tue Oct 27 2026; the 5 business days end Tue Nov 3; the 30-day
    // period begins Wed Nov 4 and ends Thu Dec 3. The equivalent hearing: one year after Nov 3.
    name: 'Letter 3172 with the filing date: 30 days from the day after the 5-business-day period',
    code: 'Letter 3172',
    noticeDate: '2026-10-29',
    lienFilingDate: '2026-10-27',
    expected: { 'cdp-hearing': '2026-12-03', 'equivalent-hearing': '2027-11-03' },
  },
  {
    name: 'equivalent hearing from a leap day: Feb 29 2024 + 1 year is Fri Feb 28 2025',
    code: 'CP90',
    noticeDate: '2024-02-29',
    expected: { 'cdp-hearing': '2024-04-01', 'equivalent-hearing': '2025-02-28' },
  },
  {
    name: 'CP501 prints its own due date: nothing computed',
    code: 'CP501',
    noticeDate: '2026-03-02',
    expected: {},
  },
];

describe('computeDeadlines', () => {
  it.each(ROWS)('$name', (row) => {
    const { deadlines, needs } = computeDeadlines({
      notice: notice(row.code),
      noticeDate: row.noticeDate,
      today: '2020-01-01',
      amountDue: row.amountDue,
      addressOutsideUS: row.abroad,
      lienFilingDate: row.lienFilingDate,
    });
    expect(needs).toEqual(row.needs ?? []);
    expect(Object.fromEntries(deadlines.map((d) => [d.id, d.date]))).toEqual(row.expected);
    for (const [id, raw] of Object.entries(row.rolledFrom ?? {})) {
      expect(deadlines.find((d) => d.id === id)?.rolledFrom).toBe(raw);
    }
  });

  it('rolls a CDP window of Saturday Mar 30 2024 to Monday Apr 1', () => {
    const [cdp] = computeDeadlines({
      notice: notice('CP90'),
      noticeDate: '2024-02-29',
      today: '2024-03-01',
    }).deadlines;
    expect(cdp).toMatchObject({ id: 'cdp-hearing', date: '2024-04-01', rolledFrom: '2024-03-30' });
    expect(cdp?.rolloverReasons.length).toBe(2);
  });

  it('asks for the amount before dating the interest-free window, and for the address before the Tax Court date', () => {
    expect(
      computeDeadlines({ notice: notice('CP14'), noticeDate: '2026-03-02', today: '2026-03-05' }),
    ).toEqual({
      deadlines: [],
      needs: ['amountDue'],
    });
    expect(
      computeDeadlines({ notice: notice('CP3219N'), noticeDate: '2026-03-02', today: '2026-03-05' }).needs,
    ).toEqual(['addressOutsideUS']);
  });

  it('counts days left from today and marks a passed deadline with what it means', () => {
    const facts = { notice: notice('LT11'), noticeDate: '2026-03-20', today: '2026-04-10' };
    const [cdp, equivalent] = computeDeadlines(facts).deadlines;
    expect(cdp).toMatchObject({ id: 'cdp-hearing', daysLeft: 10, passed: false });
    const late = computeDeadlines({ ...facts, today: '2026-04-21' }).deadlines;
    expect(late[0]).toMatchObject({ id: 'cdp-hearing', daysLeft: -1, passed: true });
    expect(late[0]?.ifMissed).toMatch(/equivalent hearing/);
    expect(late[1]).toMatchObject({ id: 'equivalent-hearing', passed: false });
    expect(equivalent?.notes).toContain('start-unconfirmed');
  });

  it('marks every computed date as an estimate the printed date overrides, with its basis and source', () => {
    const { deadlines } = computeDeadlines({
      notice: notice('CP11'),
      noticeDate: '2026-06-05',
      today: '2026-06-06',
      amountDue: 10,
    });
    for (const deadline of deadlines) {
      expect(deadline.estimate).toBe(true);
      expect(deadline.notes).toContain('printed-date-governs');
      expect(deadline.basis).toMatch(/IRC/);
      expect(deadline.sourceUrl).toMatch(/^https?:\/\//);
    }
  });

  it('says the lien date is the earliest possible and that the Tax Court cannot extend its deadline', () => {
    const lien = computeDeadlines({
      notice: notice('Letter 3172'),
      noticeDate: '2026-09-01',
      today: '2026-09-02',
    });
    expect(lien.deadlines[0]?.notes).toContain('lien-earliest-date');
    const snod = computeDeadlines({
      notice: notice('CP3219A'),
      noticeDate: '2026-01-15',
      today: '2026-06-01',
      addressOutsideUS: false,
    });
    expect(snod.deadlines[0]).toMatchObject({ passed: true });
    expect(snod.deadlines[0]?.ifMissed).toMatch(/cannot extend/);
  });
});
