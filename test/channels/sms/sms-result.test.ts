import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/catalog/catalog.ts';
import { smsResult } from '../../../src/channels/sms/sms-result.ts';
import { segmentCount, smsEncoding, toGsmFriendly } from '../../../src/channels/sms/sms-text.ts';
import { listNoticeCodes } from '../../../src/knowledge/notices/notice-code.ts';
import { triage, type TriageRequest } from '../../../src/knowledge/triage.ts';

const smsCopy = messages('en').sms;

const LINKS = {
  calendarUrl: 'https://navigator.example.com/cases/abc/deadlines.ics',
  summaryUrl: 'https://navigator.example.com/cases/abc',
};

/** The answers that change what a result says: agreement, payment, abroad, and a deadline already passed. */
const SITUATIONS: readonly (Omit<TriageRequest, 'noticeCode'> & { today: string })[] = [
  { noticeDate: '2026-03-02', today: '2026-03-10', agrees: 'yes', amountDue: 1200, canPayInFull: true },
  { noticeDate: '2026-03-02', today: '2026-03-10', agrees: 'yes', amountDue: 250_000, canPayInFull: false },
  { noticeDate: '2026-03-02', today: '2026-03-10', agrees: 'no', addressOutsideUS: true },
  { noticeDate: '2026-03-02', today: '2026-03-10', agrees: 'unsure' },
  { noticeDate: '2025-06-02', today: '2026-03-10', agrees: 'yes', amountDue: 900, canPayInFull: false },
];

const cases = listNoticeCodes().flatMap((code) =>
  SITUATIONS.map((situation, index) => [code, index, situation] as const),
);

describe('smsResult', () => {
  it.each(cases)('%s (situation %i): the first text is GSM-7 and at most two segments', (code, _i, s) => {
    const { today, ...request } = s;
    const outcome = triage({ noticeCode: code, ...request }, today);
    if (!outcome.ok) throw new Error(`triage of ${code} failed: ${outcome.code}`);
    const { summary, choices } = smsResult(outcome.result, LINKS, 'Book a consultation', 'en');
    const sent = toGsmFriendly(summary);
    expect(smsEncoding(sent)).toBe('gsm7');
    expect(segmentCount(sent)).toBeLessThanOrEqual(2);
    expect(sent.startsWith(`${outcome.result.notice.code}: `)).toBe(true);
    expect(sent.endsWith(smsCopy.result.menu)).toBe(true);
    expect(choices.map((c) => c.title)).toEqual(['options', 'documents', 'talk to a person']);
    expect(choices[2]).toEqual({ title: 'talk to a person', value: 'Book a consultation' });
  });

  it('opens with the most urgent date, weekday first, and its days left', () => {
    const outcome = triage({ noticeCode: 'LT11', noticeDate: '2026-03-02', agrees: 'yes' }, '2026-03-10');
    if (!outcome.ok) throw new Error('triage failed');
    const { summary } = smsResult(outcome.result, undefined, smsCopy.result.personCommand, 'en');
    expect(summary.split('\n')[0]).toBe(
      'LT11: Ask for a Collection Due Process hearing (Form 12153) by Wednesday, April 1, 2026 (22 days left).',
    );
  });

  it('says the last day has passed instead of "by" a date in the past', () => {
    const outcome = triage({ noticeCode: 'LT11', noticeDate: '2024-06-03', agrees: 'yes' }, '2026-03-10');
    if (!outcome.ok) throw new Error('triage failed');
    const { summary } = smsResult(outcome.result, undefined, smsCopy.result.personCommand, 'en');
    expect(summary.split('\n')[0]).toMatch(/^LT11: .+: \w+day, .+ \(passed \d+ days ago\)\.$/);
  });

  it('sends the options with the other dates, the alerts and the summary link, and the menu again', () => {
    const outcome = triage(
      { noticeCode: 'LT11', noticeDate: '2026-03-02', agrees: 'no', scamSignals: ['gift_card'] },
      '2026-03-10',
    );
    if (!outcome.ok) throw new Error('triage failed');
    const [options, documents] = smsResult(outcome.result, LINKS, 'x', 'en').choices;
    const text = (options?.texts ?? []).map((t) => t.replace(/^\d+\/\d+ /, '')).join('\n');
    expect(text).toMatch(/^What you can do, in order:\n1\. /);
    expect(text).toContain(`Printable summary: ${LINKS.summaryUrl}`);
    expect(text.endsWith(smsCopy.result.menu)).toBe(true);
    expect(documents?.texts?.join('\n')).toMatch(/^(\d\/\d )?Documents to gather:\n/);
  });
});
