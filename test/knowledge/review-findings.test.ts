import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, compareIsoDates } from '../../src/knowledge/calendar/civil-date.ts';
import { addBusinessDays } from '../../src/knowledge/calendar/irs-business-days.ts';
import { computeDeadlines, type Deadline } from '../../src/knowledge/deadlines/deadline-engine.ts';
import { listNoticeCodes, lookupNotice } from '../../src/knowledge/notices/notice-code.ts';
import type { Notice } from '../../src/knowledge/notices/notice-schema.ts';
import { triage, TriageRequestSchema, type TriageRequest } from '../../src/knowledge/triage.ts';
import { getPassage } from '../../src/knowledge/passages/knowledge-base.ts';
import { retrievePassages } from '../../src/knowledge/passages/retrieve.ts';
import { isPrimarySource } from '../../src/knowledge/primary-sources.ts';

/** The findings of the second review of the knowledge base (issue 12), each as it was reported. */

function ok(request: TriageRequest, today: string) {
  const outcome = triage(request, today);
  if (!outcome.ok) throw new Error(`expected a result, got ${outcome.code}`);
  return outcome.result;
}
const find = (deadlines: readonly Deadline[], id: Deadline['id']) => deadlines.find((d) => d.id === id);

describe('review finding: Letter 3172 counts from the lien filing (IRC 6320(a)(2), (a)(3)(B))', () => {
  const letter = { noticeCode: 'Letter 3172', noticeDate: '2026-10-29', agrees: 'no' } as const;

  it('with the filing date: the last day is Dec 3 2026, open on Dec 1, and the CDP option stays', () => {
    const result = ok({ ...letter, lienFilingDate: '2026-10-27' }, '2026-12-01');
    expect(find(result.deadlines, 'cdp-hearing')).toMatchObject({
      date: '2026-12-03',
      status: 'open',
      passed: false,
      daysLeft: 2,
    });
    expect(result.options.map((o) => o.id)).toContain('cdp-hearing');
    expect(result.warnings.map((w) => w.id)).not.toContain('deadline-passed');
  });

  it('without it: letter date + 30 is only the earliest, so Dec 1 is "may have passed", never "passed"', () => {
    const result = ok(letter, '2026-12-01');
    const cdp = find(result.deadlines, 'cdp-hearing');
    // Oct 29 + 30 = Nov 28 (Sat), rolled to Mon Nov 30; 5 business days after Oct 29 is Nov 5, + 30 = Dec 5 (Sat) → Dec 7.
    expect(cdp).toMatchObject({ date: '2026-11-30', latestDate: '2026-12-07', status: 'may-have-passed' });
    expect(cdp?.notes).toContain('lien-earliest-date');
    expect(result.needs).toContain('lienFilingDate');
    const options = result.options.map((o) => o.id);
    expect(options).toContain('cdp-hearing');
    expect(options.indexOf('cdp-hearing')).toBeLessThan(options.indexOf('equivalent-hearing'));
    const warning = result.warnings.find((w) => w.deadlineId === 'cdp-hearing');
    expect(warning).toMatchObject({ id: 'deadline-may-have-passed', severity: 'urgent' });
    expect(warning?.message).toMatch(/printed on your notice today/);
  });

  it('passes for certain only after the latest possible last day', () => {
    expect(find(ok(letter, '2026-12-07').deadlines, 'cdp-hearing')?.status).toBe('may-have-passed');
    const late = ok(letter, '2026-12-08');
    expect(find(late.deadlines, 'cdp-hearing')?.status).toBe('passed');
    expect(late.options.map((o) => o.id)).not.toContain('cdp-hearing');
    expect(late.options.map((o) => o.id)).toContain('equivalent-hearing');
  });

  it('refuses a filing date the letter cannot follow', () => {
    expect(TriageRequestSchema.safeParse({ ...letter, lienFilingDate: '2026-10-30' }).success).toBe(false);
    const tooEarly = triage({ ...letter, lienFilingDate: '2026-10-01' }, '2026-12-01');
    expect(tooEarly).toMatchObject({ ok: false, code: 'facts_do_not_fit' });
    const notALien = triage(
      { noticeCode: 'LT11', noticeDate: '2026-10-29', lienFilingDate: '2026-10-27' },
      '2026-11-01',
    );
    expect(notALien).toMatchObject({ ok: false, issues: [{ path: 'lienFilingDate' }] });
  });
});

describe('review finding: the printed date is an input, and it wins', () => {
  it('replaces the computed date: estimate false, printed true, status from the printed date', () => {
    const result = ok(
      { noticeCode: 'Letter 3172', noticeDate: '2026-10-29', printed: { 'cdp-hearing': '2026-12-03' } },
      '2026-12-01',
    );
    expect(find(result.deadlines, 'cdp-hearing')).toMatchObject({
      date: '2026-12-03',
      printed: true,
      estimate: false,
      status: 'open',
      computedDate: '2026-11-30',
    });
    expect(result.needs).not.toContain('lienFilingDate');
    expect(result.warnings.map((w) => w.id)).not.toContain('printed-date-check');
  });

  it('a passed printed date is certainly passed', () => {
    const result = ok(
      { noticeCode: 'LT11', noticeDate: '2026-03-20', printed: { 'cdp-hearing': '2026-04-20' } },
      '2026-04-21',
    );
    expect(find(result.deadlines, 'cdp-hearing')).toMatchObject({ status: 'passed', printed: true });
  });

  it('says when a printed date disagrees with the rules by more than mailing delay explains', () => {
    const early = ok(
      { noticeCode: 'CP3219A', noticeDate: '2026-01-15', printed: { 'tax-court-petition': '2026-02-14' } },
      '2026-01-20',
    );
    expect(early.warnings.find((w) => w.id === 'printed-date-check')?.message).toMatch(
      /Saturday, February 14, 2026.*Wednesday, April 15, 2026/,
    );
    const late = ok(
      { noticeCode: 'LT11', noticeDate: '2026-03-20', printed: { 'cdp-hearing': '2026-06-20' } },
      '2026-03-25',
    );
    expect(late.warnings.map((w) => w.id)).toContain('printed-date-check');
    const mailed = ok(
      { noticeCode: 'LT11', noticeDate: '2026-03-20', printed: { 'cdp-hearing': '2026-04-27' } },
      '2026-03-25',
    );
    expect(mailed.warnings.map((w) => w.id)).not.toContain('printed-date-check');
  });

  it.each([
    ['not a date', '2026-13-01', /date/i],
    ['before the notice date', '2026-03-01', /before/],
    ['more than two years after it', '2028-03-21', /more than 2 years/],
  ])('refuses a printed date that is %s, naming the field', (_name, date, message) => {
    const parsed = TriageRequestSchema.safeParse({
      noticeCode: 'LT11',
      noticeDate: '2026-03-20',
      printed: { 'cdp-hearing': date },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['printed.cdp-hearing', expect.stringMatching(message)],
    ]);
  });

  it('refuses a printed date for a deadline the notice does not carry', () => {
    const outcome = triage(
      { noticeCode: 'CP14', noticeDate: '2026-03-02', printed: { 'tax-court-petition': '2026-06-01' } },
      '2026-03-10',
    );
    expect(outcome).toMatchObject({
      ok: false,
      code: 'facts_do_not_fit',
      issues: [{ path: 'printed.tax-court-petition' }],
    });
  });
});

describe('review finding: a missing answer never hides the Tax Court date', () => {
  it.each(['CP3219A', 'CP3219N', 'Letter 531'])(
    '%s without addressOutsideUS shows 90 days and says 150 abroad',
    (code) => {
      const result = ok({ noticeCode: code, noticeDate: '2026-01-15' }, '2026-02-01');
      expect(find(result.deadlines, 'tax-court-petition')).toMatchObject({
        date: '2026-04-15',
        latestDate: '2026-06-15',
        status: 'open',
        notes: expect.arrayContaining(['abroad-unknown']),
      });
      expect(result.needs).toContain('addressOutsideUS');
    },
  );

  it('between 90 and 150 days it may have passed, and the petition option stays', () => {
    const result = ok({ noticeCode: 'CP3219A', noticeDate: '2026-01-15', agrees: 'no' }, '2026-05-01');
    expect(find(result.deadlines, 'tax-court-petition')?.status).toBe('may-have-passed');
    expect(result.options.map((o) => o.id)).toContain('tax-court-petition');
  });
});

describe('review finding: LT16 has no fixed day count', () => {
  it('computes no date, asks for the printed one and says to go by it', () => {
    const result = ok({ noticeCode: 'LT16', noticeDate: '2026-03-02' }, '2026-03-20');
    expect(result.deadlines).toEqual([]);
    expect(result.needs).toEqual(['printedDate']);
    expect(result.warnings.map((w) => w.id)).toContain('printed-date-only');
    const printed = ok(
      { noticeCode: 'LT16', noticeDate: '2026-03-02', printed: { respond: '2026-03-30' } },
      '2026-03-20',
    );
    expect(printed.deadlines).toEqual([
      expect.objectContaining({ id: 'respond', date: '2026-03-30', printed: true }),
    ]);
  });
});

describe('review finding: CP504', () => {
  it('30 days is not certain for CP504: past it, the window may have passed until the printed date says', () => {
    const result = ok({ noticeCode: 'CP504', noticeDate: '2026-05-01' }, '2026-06-10');
    expect(find(result.deadlines, 'respond')).toMatchObject({
      date: '2026-06-01',
      status: 'may-have-passed',
    });
    expect(result.needs).toContain('printedDate');
  });

  it('warns that the failure-to-pay rate rises to 1% a month after the 10th day (IRC 6651(d))', () => {
    const result = ok({ noticeCode: 'CP504', noticeDate: '2026-05-01' }, '2026-05-02');
    expect(result.warnings.find((w) => w.id === 'penalty-rate-rises')?.message).toMatch(
      /1% a month.*10 days.*6651\(d\)/,
    );
  });

  it('knows CP92, the post-levy notice with hearing rights after a state refund levy', () => {
    const result = ok({ noticeCode: 'CP92', noticeDate: '2026-05-01', agrees: 'no' }, '2026-05-02');
    expect(result.notice.title).toMatch(/state tax refund.*right to a hearing/i);
    expect(result.options.map((o) => o.id)).toContain('cdp-hearing');
    expect(result.notice.sources.map((s) => s.url)).toContain(
      'https://www.irs.gov/individuals/understanding-your-cp92-notice',
    );
  });
});

describe('review finding: passport certification on every seriously delinquent collection path', () => {
  it.each([
    'CP504',
    'CP504B',
    'LT11',
    'Letter 1058',
    'CP90',
    'Letter 3172',
    'CP92',
    'CP71A',
    'CP71D',
    'CP523',
    'LT16',
  ])('%s warns, with what stops certification and the threshold as printed', (code) => {
    const warning = ok({ noticeCode: code, noticeDate: '2026-05-01' }, '2026-05-02').warnings.find(
      (w) => w.id === 'passport',
    );
    expect(warning?.message).toMatch(/IRC 7345/);
    expect(warning?.message).toMatch(/installment agreement/);
    expect(warning?.message).toMatch(/hearing about a levy/);
    expect(warning?.message).toMatch(/print the amount/);
  });

  it('does not warn on a first bill or a proposal', () => {
    for (const code of ['CP14', 'CP2000', 'CP3219A']) {
      const warnings = ok({ noticeCode: code, noticeDate: '2026-05-01' }, '2026-05-02').warnings;
      expect(warnings.map((w) => w.id)).not.toContain('passport');
    }
  });
});

/** Every full set of inputs a request leaves open: the dates a deadline can really have. */
function completions(notice: Notice, request: TriageRequest): TriageRequest[] {
  const abroad = request.addressOutsideUS === undefined ? [false, true] : [request.addressOutsideUS];
  const lien = notice.deadlines.some((d) => d.id === 'cdp-hearing' && d.trigger === 'lien');
  const filings: (string | undefined)[] = [];
  if (!lien || request.lienFilingDate !== undefined) filings.push(request.lienFilingDate);
  else {
    // IRC 6320(a)(2): the letter goes out within 5 business days after the filing.
    for (let back = 0; back <= 10; back += 1) {
      const filing = addCalendarDays(request.noticeDate, -back);
      if (compareIsoDates(addBusinessDays(filing, 5), request.noticeDate) >= 0) filings.push(filing);
    }
  }
  return abroad.flatMap((addressOutsideUS) =>
    filings.map((lienFilingDate) => ({ ...request, addressOutsideUS, lienFilingDate })),
  );
}

describe('review finding: payment details (Form 9465 instructions, IRC 7122(c), Treas. Reg. 300.3)', () => {
  const primaryOnly = (id: string) => {
    const passage = getPassage(id);
    expect(passage.sources.map((s) => s.url).filter((url) => !isPrimarySource(url))).toEqual([]);
    return passage;
  };

  it('a plan for more than $25,000 up to $50,000 is paid by direct debit or payroll deduction, or comes with Form 433-F', () => {
    const passage = primaryOnly('installment-agreement');
    expect(passage.text).toMatch(
      /more than \$25,000 but not more than \$50,000.*direct debit.*payroll deduction.*Form 433-F/s,
    );
    expect(passage.sources.map((s) => s.url)).toContain('https://www.irs.gov/instructions/i9465/ch02.html');
  });

  it('plan fees are not quoted from a blog: no dollar figure, an IRS source checked in this review', () => {
    const passage = primaryOnly('installment-agreement-fees');
    expect(passage.text).not.toMatch(/\$\d/);
    expect(passage.text).toMatch(/Form 9465 instructions/);
    expect(passage.reviewedOn >= '2026-12-02').toBe(true);
    expect(passage.sources.some((s) => /checked 2026-12-02/.test(s.supports))).toBe(true);
  });

  it('the low-income test waives both the offer fee and the 20% (or first) payment', () => {
    const passage = primaryOnly('offer-in-compromise-costs');
    expect(passage.text).toMatch(
      /low-income test in Form 656, you pay neither the fee nor these up-front payments/,
    );
    expect(passage.text).toMatch(/lump-sum offer you send 20%/);
    expect(passage.sources.map((s) => s.url)).toEqual(
      expect.arrayContaining([
        'https://www.law.cornell.edu/uscode/text/26/7122',
        'https://www.ecfr.gov/current/title-26/section-300.3',
      ]),
    );
  });
});

describe('review finding: the scam screen (CP40, U.S. Treasury, TIGTA)', () => {
  it.each([
    ['a debt collection agency called me saying I owe the IRS, is that real?'],
    ['who do I pay, a private collection agency wants my payment'],
  ])('"%s" is answered with the private collection agency passage', (question) => {
    const retrieval = retrievePassages(question);
    expect(retrieval.ok && retrieval.passages.map((p) => p.passage.id)).toContain(
      'private-collection-agencies',
    );
  });

  it('says a CP40 comes first, and that payments are made out to U.S. Treasury', () => {
    const { text, sources } = getPassage('private-collection-agencies');
    expect(text).toMatch(/CP40 notice names the agency/);
    expect(text).toMatch(/made out to U\.S\. Treasury/);
    expect(sources.every((s) => isPrimarySource(s.url))).toBe(true);
  });

  it('sends impersonation reports to TIGTA, on a TIGTA source', () => {
    const { text, sources } = getPassage('report-impersonation');
    expect(text).toMatch(/Treasury Inspector General for Tax Administration \(TIGTA\)/);
    expect(sources.some((s) => new URL(s.url).hostname.endsWith('tigta.gov'))).toBe(true);
  });
});

describe('property: open until certainly closed', () => {
  const codes = listNoticeCodes();
  const day = (offset: number) => addCalendarDays('2024-01-01', offset);

  it('no deadline is passed while any possible real last day is still ahead; window options stay while it may be open', () => {
    fc.assert(
      fc.property(
        // Every notice, with the ones whose windows are ranges drawn more often.
        fc.oneof(fc.constantFrom(...codes), fc.constantFrom('Letter 3172', 'CP3219A', 'CP3219N', 'CP504')),
        fc.integer({ min: 0, max: 1500 }),
        // Any age, and more often the weeks around 30, 90, 150 days and a year, where windows end.
        fc.oneof(
          fc.integer({ min: 0, max: 500 }),
          fc.integer({ min: 25, max: 45 }),
          fc.integer({ min: 85, max: 160 }),
          fc.integer({ min: 360, max: 375 }),
        ),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        fc.constantFrom<'no' | 'unsure'>('no', 'unsure'),
        (code, offset, age, abroad, filingBack, agrees) => {
          const lookup = lookupNotice(code);
          if (!lookup.ok) throw new Error(code);
          const notice = lookup.notice;
          const noticeDate = day(offset);
          const today = day(offset + age);
          const lien = notice.deadlines.some((d) => d.id === 'cdp-hearing' && d.trigger === 'lien');
          const request: TriageRequest = {
            noticeCode: code,
            noticeDate,
            agrees,
            amountDue: 5000,
            addressOutsideUS: abroad,
            // A filing date the letter can follow: on the letter date or up to 4 calendar days before.
            ...(lien && filingBack !== undefined ? { lienFilingDate: day(offset - filingBack) } : {}),
          };
          const result = ok(request, today);
          const possible = completions(notice, request).map(
            (full) =>
              computeDeadlines({
                notice,
                noticeDate,
                today,
                amountDue: 5000,
                addressOutsideUS: full.addressOutsideUS,
                lienFilingDate: full.lienFilingDate,
              }).deadlines,
          );
          for (const deadline of result.deadlines) {
            const dates = possible.map((all) => find(all, deadline.id)?.date ?? deadline.date);
            const stillAhead = dates.some((date) => compareIsoDates(date, today) >= 0);
            const unconfirmedCount = deadline.id === 'respond' && deadline.confidence !== 'C';
            if (stillAhead || unconfirmedCount) expect(deadline.status).not.toBe('passed');
            if (deadline.status === 'open')
              expect(compareIsoDates(deadline.date, today)).toBeGreaterThanOrEqual(0);
          }
          const options = result.options.map((o) => o.id);
          const status = (id: Deadline['id']) => find(result.deadlines, id)?.status;
          const cdp = status('cdp-hearing');
          if (cdp !== undefined && cdp !== 'passed') expect(options).toContain('cdp-hearing');
          const equivalent = status('equivalent-hearing');
          if (cdp !== undefined && cdp !== 'open' && equivalent !== 'passed') {
            expect(options).toContain('equivalent-hearing');
          }
          if (status('tax-court-petition') !== undefined && status('tax-court-petition') !== 'passed') {
            expect(options).toContain('tax-court-petition');
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});
