import { describe, expect, it } from 'vitest';
import { resultMessage } from '../../src/dialogs/result-message.ts';
import { addCalendarDays } from '../../src/knowledge/calendar/civil-date.ts';
import { listNoticeCodes } from '../../src/knowledge/notices/notice-code.ts';
import { triage, type TriageRequest, type TriageResult } from '../../src/knowledge/triage.ts';
import { shownResult } from '../../src/render/shown-result.ts';

const TODAY = '2026-03-10';
const LINKS = { calendarUrl: 'https://bot.example/c.ics', summaryUrl: 'https://bot.example/c' };

/** Requests that between them give every optional field of a result (see the second test). */
const REQUESTS: Omit<TriageRequest, 'noticeCode'>[] = [
  { noticeDate: '2026-03-02', agrees: 'yes', amountDue: 1200, addressOutsideUS: false },
  { noticeDate: '2026-01-05' },
  { noticeDate: '2026-02-17', agrees: 'no', scamSignals: ['gift_card'] },
];

function result(request: TriageRequest): TriageResult | undefined {
  const outcome = triage(request, TODAY);
  return outcome.ok ? outcome.result : undefined;
}

/** Each result again with its first deadline printed on the notice three days later. */
function withPrinted(computed: TriageResult): TriageResult | undefined {
  const [first] = computed.deadlines;
  if (!first) return undefined;
  const printed = { [first.id]: addCalendarDays(first.date, 3) };
  return result({ noticeCode: computed.notice.code, noticeDate: computed.noticeDate, printed });
}

const COMPUTED = listNoticeCodes().flatMap((noticeCode) =>
  REQUESTS.flatMap((request) => result({ noticeCode, ...request }) ?? []),
);
const RESULTS = [...COMPUTED, ...COMPUTED.flatMap((r) => withPrinted(r) ?? [])];

describe('the result a message shows', () => {
  it.each(RESULTS.map((r) => [r.notice.code, r.noticeDate, r] as const))(
    '%s of %s: read back from its result message as the triage gave it, with its links',
    (_code, _date, triageResult) => {
      expect(shownResult(resultMessage(triageResult, 'en', LINKS))).toEqual({
        triage: triageResult,
        caseLinks: LINKS,
      });
      expect(shownResult(resultMessage(triageResult, 'es'))).toEqual({ triage: triageResult });
    },
  );

  it('the table gives every optional field of a result at least once', () => {
    const deadlines = RESULTS.flatMap((r) => r.deadlines);
    expect(deadlines.some((d) => d.latestDate !== undefined)).toBe(true);
    expect(deadlines.some((d) => d.computedDate !== undefined)).toBe(true);
    expect(deadlines.some((d) => d.rolledFrom !== undefined)).toBe(true);
    expect(RESULTS.some((r) => r.warnings.some((w) => w.deadlineId !== undefined))).toBe(true);
  });

  it('is undefined for a message that shows no result', () => {
    expect(shownResult({})).toBeUndefined();
    expect(shownResult({ channelData: { guidance: {} } })).toBeUndefined();
    expect(shownResult({ channelData: 'triage' })).toBeUndefined();
  });

  const [cp14] = RESULTS;
  it.each([
    ['a date that is not one', { ...cp14, noticeDate: 'soon' }, 'noticeDate'],
    ['a field the result does not have', { ...cp14, notice: { ...cp14?.notice, color: 'red' } }, 'notice'],
    ['a deadline note it does not know', { ...cp14, needs: ['shoeSize'] }, 'needs'],
    ['no deadlines', { ...cp14, deadlines: undefined }, 'deadlines'],
  ])('refuses a result of another shape (%s), naming the field', (_name, triageResult, field) => {
    expect(() => shownResult({ channelData: { triage: triageResult } })).toThrow(field);
  });

  it('refuses case links that are not links', () => {
    expect(() => shownResult({ channelData: { triage: cp14, caseLinks: { summaryUrl: 'c' } } })).toThrow(
      'caseLinks',
    );
  });
});
