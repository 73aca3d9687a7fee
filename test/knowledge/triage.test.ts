import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupNotice, listNoticeCodes } from '../../src/knowledge/notices/notice-code.ts';
import { followUpQuestions, triage, type TriageRequest } from '../../src/knowledge/triage.ts';

const TODAY = '2026-03-10';

function ok(request: TriageRequest, today = TODAY) {
  const outcome = triage(request, today);
  if (!outcome.ok) throw new Error(`expected a result, got ${outcome.code}`);
  return outcome.result;
}
const optionIds = (request: TriageRequest, today = TODAY) => ok(request, today).options.map((o) => o.id);

describe('triage options', () => {
  it.each<[string, TriageRequest, string[]]>([
    [
      'agrees and can pay: pay in full, then penalty relief',
      { noticeCode: 'CP14', noticeDate: '2026-03-02', agrees: 'yes', amountDue: 1200, canPayInFull: true },
      ['pay-in-full', 'penalty-relief', 'representation'],
    ],
    [
      'agrees, cannot pay, under $100,000: plans from the shortest',
      { noticeCode: 'CP14', noticeDate: '2026-03-02', agrees: 'yes', amountDue: 8000, canPayInFull: false },
      [
        'short-term-plan',
        'installment-agreement',
        'offer-in-compromise',
        'currently-not-collectible',
        'penalty-relief',
        'taxpayer-advocate',
        'representation',
      ],
    ],
    [
      'agrees, cannot pay, $100,000 or more: no short-term plan',
      {
        noticeCode: 'CP14',
        noticeDate: '2026-03-02',
        agrees: 'yes',
        amountDue: 100_000,
        canPayInFull: false,
      },
      [
        'installment-agreement',
        'offer-in-compromise',
        'currently-not-collectible',
        'penalty-relief',
        'taxpayer-advocate',
        'representation',
      ],
    ],
    [
      'disagrees with a bill: call, then representation; nothing to pay',
      { noticeCode: 'CP14', noticeDate: '2026-03-02', agrees: 'no' },
      ['dispute-by-phone', 'representation'],
    ],
    [
      'disagrees with a reminder: call, then the Collection Appeals Program',
      { noticeCode: 'CP501', noticeDate: '2026-03-02', agrees: 'no' },
      ['dispute-by-phone', 'collection-appeals-program', 'representation'],
    ],
    [
      'disagrees with a CP2000: reply with documents',
      { noticeCode: 'CP2000', noticeDate: '2026-03-02', agrees: 'no' },
      ['cp2000-response', 'representation'],
    ],
    [
      'agrees with a CP2000: reply, then the payment paths',
      { noticeCode: 'CP2000', noticeDate: '2026-03-02', agrees: 'yes', amountDue: 900, canPayInFull: true },
      ['cp2000-response', 'pay-in-full', 'penalty-relief', 'representation'],
    ],
    [
      'disputes a CDP notice: the hearing first',
      { noticeCode: 'LT11', noticeDate: '2026-03-02', agrees: 'unsure', amountDue: 4000 },
      [
        'cdp-hearing',
        'dispute-by-phone',
        'collection-appeals-program',
        'pay-in-full',
        'short-term-plan',
        'installment-agreement',
        'offer-in-compromise',
        'currently-not-collectible',
        'penalty-relief',
        'taxpayer-advocate',
        'representation',
      ],
    ],
    [
      'disputes a 90-day letter: the Tax Court petition',
      { noticeCode: 'CP3219A', noticeDate: '2026-03-02', agrees: 'no', addressOutsideUS: false },
      ['tax-court-petition', 'representation'],
    ],
    [
      'disputes a math-error bill: abatement first',
      { noticeCode: 'CP11', noticeDate: '2026-03-02', agrees: 'no', amountDue: 300 },
      ['math-error-abatement', 'representation'],
    ],
    [
      'a non-filer notice: file the return',
      { noticeCode: 'CP59', noticeDate: '2026-03-02', agrees: 'yes' },
      ['file-missing-returns', 'representation'],
    ],
    [
      'disputes a proposed trust fund penalty: protest to Appeals',
      { noticeCode: 'Letter 1153', noticeDate: '2026-03-02', agrees: 'no' },
      ['appeals-protest', 'representation'],
    ],
  ])('%s', (_name, request, expected) => {
    expect(optionIds(request)).toEqual(expected);
  });

  it('offers the equivalent hearing once the CDP window has passed', () => {
    const ids = optionIds({ noticeCode: 'LT11', noticeDate: '2026-01-05', agrees: 'no' });
    expect(ids[0]).toBe('equivalent-hearing');
    expect(ids).not.toContain('cdp-hearing');
  });
});

describe('triage follow-up questions', () => {
  const notice = (code: string) => {
    const found = lookupNotice(code);
    if (!found.ok) throw new Error(code);
    return found.notice;
  };
  it.each<[string, Parameters<typeof followUpQuestions>[1], string[]]>([
    ['CP14', { agrees: 'yes' }, ['amountDue', 'canPayInFull']],
    ['CP14', { agrees: 'no' }, ['amountDue']],
    ['CP14', { agrees: 'yes', amountDue: 10, canPayInFull: true }, []],
    ['CP2000', { agrees: 'no' }, []],
    ['CP2000', { agrees: 'yes' }, ['amountDue', 'canPayInFull']],
    ['CP3219A', { agrees: 'no' }, ['addressOutsideUS']],
    // The printed petition date wins over the 90 or 150 days, so the address no longer matters.
    ['CP3219A', { agrees: 'no', printedDeadlines: ['tax-court-petition'] }, []],
    ['CP3219A', { agrees: 'no', printedDeadlines: ['respond'] }, ['addressOutsideUS']],
    ['LT11', { agrees: 'unsure' }, ['amountDue', 'canPayInFull']],
    ['CP13', { agrees: 'yes' }, []],
  ])('%s with %j asks %j', (code, answers, expected) => {
    expect(followUpQuestions(notice(code), answers)).toEqual(expected);
  });
});

describe('triage warnings and failures', () => {
  it('warns about a passed deadline, one close at hand, and an old notice', () => {
    const passed = ok({ noticeCode: 'LT11', noticeDate: '2026-01-05' }).warnings.map((w) => w.id);
    expect(passed).toContain('deadline-passed');
    const soon = ok({ noticeCode: 'LT11', noticeDate: '2026-02-10' }).warnings.map((w) => w.id);
    expect(soon).toContain('deadline-soon');
    const old = ok({ noticeCode: 'CP501', noticeDate: '2024-01-10' }).warnings.map((w) => w.id);
    expect(old).toContain('old-notice');
  });

  it('flags reported scam signals first and always offers verification', () => {
    const result = ok({ noticeCode: 'CP14', noticeDate: '2026-03-02', scamSignals: ['gift_card'] });
    expect(result.warnings[0]).toMatchObject({ id: 'scam-signals', severity: 'urgent' });
    expect(result.warnings.at(-1)?.id).toBe('verify-first');
  });

  it('reports an unknown code with suggestions and a notice date after today', () => {
    expect(triage({ noticeCode: 'CP140', noticeDate: '2026-03-02' }, TODAY)).toMatchObject({
      ok: false,
      code: 'unknown_notice',
      suggestions: expect.arrayContaining(['CP14']),
    });
    expect(triage({ noticeCode: 'CP14', noticeDate: '2026-03-11' }, TODAY)).toEqual({
      ok: false,
      code: 'date_in_future',
      noticeDate: '2026-03-11',
      asOf: TODAY,
    });
  });

  it('depends on nothing but its inputs, for every notice', () => {
    const codes = listNoticeCodes();
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.option(fc.double({ min: 0, max: 500_000, noNaN: true }), { nil: undefined }),
        fc.option(fc.constantFrom<'yes' | 'no' | 'unsure'>('yes', 'no', 'unsure'), {
          nil: undefined,
        }),
        fc.option(fc.boolean(), { nil: undefined }),
        (code, dayOffset, ageDays, amountDue, agrees, flag) => {
          const noticeDate = new Date(Date.UTC(2015, 0, 1 + dayOffset)).toISOString().slice(0, 10);
          const today = new Date(Date.UTC(2015, 0, 1 + dayOffset + ageDays)).toISOString().slice(0, 10);
          const request = {
            noticeCode: code,
            noticeDate,
            amountDue,
            agrees,
            addressOutsideUS: flag,
            canPayInFull: flag,
          };
          const first = triage(request, today);
          expect(triage(structuredClone(request), today)).toEqual(first);
          expect(first.ok).toBe(true);
          if (first.ok) {
            for (const d of first.result.deadlines) expect(d.date >= noticeDate).toBe(true);
            expect(first.result.options.at(-1)?.id).toBe('representation');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
