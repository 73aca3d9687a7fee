import { describe, expect, it } from 'vitest';
import { listNoticeCodes } from '../../src/knowledge/notices/notice-code.ts';
import { triage, type TriageRequest, type TriageResult } from '../../src/knowledge/triage.ts';
import {
  buildResultViewModel,
  byUrgency,
  deadlineTone,
  ResultViewModelSchema,
} from '../../src/render/result-view-model.ts';

function result(request: TriageRequest, today: string): TriageResult {
  const outcome = triage(request, today);
  if (!outcome.ok) throw new Error(`triage failed: ${outcome.code}`);
  return outcome.result;
}

describe('deadlineTone', () => {
  it.each([
    [-30, 'passed'],
    [-1, 'passed'],
    [0, 'week'],
    [7, 'week'],
    [8, 'month'],
    [30, 'month'],
    [31, 'later'],
    [365, 'later'],
  ] as const)('%i days left is %s', (daysLeft, tone) => {
    expect(deadlineTone(daysLeft)).toBe(tone);
  });
});

describe('byUrgency', () => {
  it('puts upcoming deadlines first, soonest first, then passed ones, most recent first', () => {
    const days = [40, -3, 0, -20, 12].map((daysLeft) => ({ daysLeft }));
    expect([...days].sort(byUrgency).map((d) => d.daysLeft)).toEqual([0, 12, 40, -3, -20]);
  });
});

describe('buildResultViewModel', () => {
  it('shows a CP14 bill with its interest-free date, days left and colour', () => {
    const view = buildResultViewModel(
      result({ noticeCode: 'CP14', noticeDate: '2026-03-02', agrees: 'yes', amountDue: 1200 }, '2026-03-10'),
      'en',
    );
    expect(view.notice).toMatchObject({ code: 'CP14', urgencyText: expect.any(String) });
    expect(view.deadlines).toEqual([
      expect.objectContaining({
        id: 'pay-interest-free',
        date: '2026-03-23',
        dateText: 'Monday, March 23, 2026',
        daysLeft: 13,
        daysLeftText: '13 days left',
        tone: 'month',
      }),
    ]);
    expect(view.options.map((o) => o.rank)).toEqual(view.options.map((_, i) => i + 1));
    // The headline says the date; the next step points to it rather than saying it again.
    expect(view.nextStep).toBe('Pay the full balance, by that date.');
    expect(view.sources.length).toBeGreaterThan(0);
    expect(new Set(view.sources.map((s) => s.url)).size).toBe(view.sources.length);
  });

  it('orders several deadlines by urgency and marks passed ones', () => {
    // A CDP notice dated long ago: the hearing window has passed, the equivalent hearing is still open.
    const view = buildResultViewModel(
      result({ noticeCode: 'LT11', noticeDate: '2026-01-05', agrees: 'no' }, '2026-03-10'),
      'en',
    );
    const tones = view.deadlines.map((d) => d.tone);
    expect(tones).toContain('passed');
    expect(tones.indexOf('passed')).toBe(tones.length - tones.filter((t) => t === 'passed').length);
    const upcoming = view.deadlines.filter((d) => d.tone !== 'passed').map((d) => d.daysLeft);
    expect(upcoming).toEqual([...upcoming].sort((a, b) => a - b));
    expect(view.deadlines.find((d) => d.tone === 'passed')?.daysLeftText).toMatch(/^passed \d+ days? ago$/);
  });

  it.each(listNoticeCodes())('builds a valid view for %s', (code) => {
    const view = buildResultViewModel(
      result(
        {
          noticeCode: code,
          noticeDate: '2026-02-02',
          agrees: 'unsure',
          amountDue: 5000,
          addressOutsideUS: false,
        },
        '2026-03-10',
      ),
      'en',
    );
    expect(ResultViewModelSchema.safeParse(view).success).toBe(true);
    expect(view.disclaimer.length).toBeGreaterThan(20);
  });
});
