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

describe('the last day and the days around it', () => {
  // LT11 dated Fri Mar 20 2026: 30 days end Sun Apr 19, rolled to Mon Apr 20 (IRC 6330(a)(3)(B), 7503).
  const lt11 = { notice: notice('LT11'), noticeDate: '2026-03-20' };
  const cdpOn = (today: string, printed?: string) =>
    computeDeadlines({
      ...lt11,
      today,
      ...(printed ? { printed: { 'cdp-hearing': printed } } : {}),
    }).deadlines.find((d) => d.id === 'cdp-hearing');

  it('keeps a window open on its last day and passed the day after', () => {
    expect(cdpOn('2026-04-20')).toMatchObject({
      date: '2026-04-20',
      daysLeft: 0,
      status: 'open',
      passed: false,
    });
    expect(cdpOn('2026-04-21')).toMatchObject({ daysLeft: -1, status: 'passed', passed: true });
  });

  it('does the same for a date printed on the notice', () => {
    expect(cdpOn('2026-04-20', '2026-04-20')).toMatchObject({ daysLeft: 0, status: 'open', passed: false });
    expect(cdpOn('2026-04-21', '2026-04-20')).toMatchObject({ daysLeft: -1, status: 'passed', passed: true });
  });

  it('uses a printed date as it is: no estimate, no rollover, the computed date kept only when it differs', () => {
    expect(cdpOn('2026-04-01', '2026-04-20')).toEqual(
      expect.objectContaining({
        date: '2026-04-20',
        printed: true,
        estimate: false,
        rolloverReasons: [],
        notes: ['printed-date-used'],
      }),
    );
    expect(cdpOn('2026-04-01', '2026-04-20')).not.toHaveProperty('computedDate');
    expect(cdpOn('2026-04-01', '2026-04-24')).toMatchObject({
      date: '2026-04-24',
      computedDate: '2026-04-20',
    });
    expect(cdpOn('2026-04-01')).toMatchObject({ printed: false, estimate: true, rolledFrom: '2026-04-19' });
    expect(cdpOn('2026-04-01')?.rolloverReasons.length).toBeGreaterThan(0);
  });

  it.each([
    ['the day before the rule allows', '2026-04-19', true],
    ['the computed last day', '2026-04-20', false],
    ['14 days of mailing delay later (Mon May 4)', '2026-05-04', false],
    ['15 days later', '2026-05-05', true],
  ])('asks the person to check a printed date only when it is implausible: %s', (_, printed, unexpected) => {
    const notes = cdpOn('2026-04-01', printed)?.notes ?? [];
    expect(notes.includes('printed-date-unexpected')).toBe(unexpected);
  });

  it('measures a printed date against the latest the rule allows when an input is missing', () => {
    // CP3219A, address unknown: 90 days (Wed Apr 15 2026) to 150 days (Sun Jun 14, rolled to Mon Jun 15).
    const taxCourt = (printed: string) =>
      computeDeadlines({
        notice: notice('CP3219A'),
        noticeDate: '2026-01-15',
        today: '2026-02-01',
        printed: { 'tax-court-petition': printed },
      }).deadlines[0]?.notes;
    expect(taxCourt('2026-06-15')).not.toContain('printed-date-unexpected');
    expect(taxCourt('2026-06-29')).not.toContain('printed-date-unexpected');
    expect(taxCourt('2026-06-30')).toContain('printed-date-unexpected');
    // CP504: 30 days is only the earliest the notice can print (Sun May 31, rolled to Mon Jun 1).
    const cp504 = (printed: string) =>
      computeDeadlines({
        notice: notice('CP504'),
        noticeDate: '2026-05-01',
        today: '2026-05-02',
        printed: { respond: printed },
      }).deadlines[0]?.notes;
    expect(cp504('2026-06-15')).not.toContain('printed-date-unexpected');
    // Without a printed date, no latest date is known: only the notice can say.
    const computed = computeDeadlines({
      notice: notice('CP504'),
      noticeDate: '2026-05-01',
      today: '2026-05-02',
    });
    expect(computed.deadlines[0]).not.toHaveProperty('latestDate');
    expect(cp504('2026-06-16')).toContain('printed-date-unexpected');
  });
});

describe('ranges, notes and order', () => {
  it('gives the 150-day Tax Court window abroad on a weekday, where nothing rolls', () => {
    // IRC 6213(a): 150 days when addressed outside the US. Mon Feb 2 2026 + 150 days = Thu Jul 2 2026.
    const [petition] = computeDeadlines({
      notice: notice('CP3219A'),
      noticeDate: '2026-02-02',
      today: '2026-02-03',
      addressOutsideUS: true,
    }).deadlines;
    expect(petition).toMatchObject({ date: '2026-07-02', daysLeft: 149, rolloverReasons: [] });
    expect(petition).not.toHaveProperty('rolledFrom');
    expect(petition).not.toHaveProperty('latestDate');
    expect(petition?.notes).toEqual(['printed-date-governs']);
  });

  it('shows the earliest Tax Court date when the address is unknown, with the latest and what would decide', () => {
    const facts = { notice: notice('CP3219A'), noticeDate: '2026-01-15' };
    const on = (today: string) => computeDeadlines({ ...facts, today });
    expect(on('2026-02-01')).toMatchObject({ needs: ['addressOutsideUS'] });
    expect(on('2026-02-01').deadlines[0]).toMatchObject({
      date: '2026-04-15',
      latestDate: '2026-06-15',
      notes: ['printed-date-governs', 'abroad-unknown'],
    });
    // Past 90 days but within 150 the window may still be open; past 150 it has certainly closed.
    expect(on('2026-05-01').deadlines[0]).toMatchObject({ status: 'may-have-passed', passed: false });
    expect(on('2026-06-16').deadlines[0]).toMatchObject({ status: 'passed', passed: true });
  });

  it('dates the lien windows as a range without the filing date, and says the letter date is the earliest', () => {
    // Letter 3172 dated Tue Sep 1 2026: the 5 business days after it end Wed Sep 9 (Labor Day, Sep 7, skipped);
    // the CDP window is at earliest Thu Oct 1 and at latest Fri Oct 9 (IRC 6320(a)(2)-(3)(B)).
    const facts = { notice: notice('Letter 3172'), noticeDate: '2026-09-01' };
    const [cdp, equivalent] = computeDeadlines({ ...facts, today: '2026-09-02' }).deadlines;
    expect(cdp).toMatchObject({ date: '2026-10-01', latestDate: '2026-10-09' });
    expect(cdp?.notes).toEqual(['printed-date-governs', 'lien-earliest-date']);
    expect(equivalent).toMatchObject({ date: '2027-09-01', latestDate: '2027-09-09' });
    expect(equivalent?.notes).toEqual(['printed-date-governs', 'lien-earliest-date', 'start-unconfirmed']);
    expect(computeDeadlines({ ...facts, today: '2026-10-05' }).deadlines[0]?.status).toBe('may-have-passed');
    expect(computeDeadlines({ ...facts, today: '2026-10-10' }).deadlines[0]?.status).toBe('passed');
    // With the filing date the window is exact.
    const filed = computeDeadlines({ ...facts, today: '2026-09-02', lienFilingDate: '2026-08-28' })
      .deadlines[0];
    expect(filed?.notes).toEqual(['printed-date-governs', 'lien-from-filing-date']);
    expect(filed).not.toHaveProperty('latestDate');
  });

  it('never puts the lien note on a levy notice', () => {
    for (const deadline of computeDeadlines({
      notice: notice('LT11'),
      noticeDate: '2026-03-20',
      today: '2026-03-21',
    }).deadlines) {
      expect(deadline.notes).not.toContain('lien-earliest-date');
      expect(deadline).not.toHaveProperty('latestDate');
    }
  });

  it('notes that the interest-free window rolls by best understanding', () => {
    const [pay] = computeDeadlines({
      notice: notice('CP14'),
      noticeDate: '2026-03-02',
      today: '2026-03-03',
      amountDue: 1200,
    }).deadlines;
    expect(pay?.notes).toEqual(['printed-date-governs', 'rollover-best-understanding']);
  });

  it('tells a person abroad to go by the printed reply date, and only for the reply window', () => {
    const cp2000 = (addressOutsideUS: boolean) =>
      computeDeadlines({
        notice: notice('CP2000'),
        noticeDate: '2026-10-08',
        today: '2026-10-09',
        addressOutsideUS,
      }).deadlines[0]?.notes;
    expect(cp2000(true)).toContain('abroad-unconfirmed');
    expect(cp2000(false)).not.toContain('abroad-unconfirmed');
    const [petition] = computeDeadlines({
      notice: notice('CP3219A'),
      noticeDate: '2026-02-02',
      today: '2026-02-03',
      addressOutsideUS: true,
    }).deadlines;
    expect(petition?.notes).not.toContain('abroad-unconfirmed');
  });

  it('lists the deadlines by date, the earliest first', () => {
    // CP11 dated Jun 5 2026: pay by Jun 26 (21 days), ask for abatement by Aug 4 (60 days).
    const facts = { notice: notice('CP11'), noticeDate: '2026-06-05', today: '2026-06-06', amountDue: 800 };
    expect(computeDeadlines(facts).deadlines.map((d) => d.id)).toEqual([
      'pay-interest-free',
      'math-error-abatement',
    ]);
    // A printed pay-by date after the abatement window puts it second.
    const printed = computeDeadlines({ ...facts, printed: { 'pay-interest-free': '2026-08-10' } });
    expect(printed.deadlines.map((d) => [d.id, d.date])).toEqual([
      ['math-error-abatement', '2026-08-04'],
      ['pay-interest-free', '2026-08-10'],
    ]);
  });

  it('names what the notice asks for a reply window, with the passages on printed dates and contacting the IRS', () => {
    const [respond] = computeDeadlines({
      notice: notice('CP2000'),
      noticeDate: '2026-10-08',
      today: '2026-10-09',
    }).deadlines;
    const spec = notice('CP2000').deadlines[0];
    expect(spec?.id).toBe('respond');
    if (spec?.id !== 'respond') return;
    expect(respond).toMatchObject({ label: spec.action, basis: spec.basis, sourceUrl: spec.sourceUrl });
    expect(respond?.passageIds).toEqual(['printed-date-governs', 'contact-irs']);
  });
});
