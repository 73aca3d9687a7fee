import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  deadlinesToIcs,
  escapeText,
  foldLine,
  icsFileName,
  reminderTrigger,
  type IcsDeadline,
} from '../../src/intake/ics.ts';
import { triage } from '../../src/knowledge/triage.ts';

const NOW = new Date('2026-03-10T14:05:09.123Z');
const HOUR = 3600;
const DAY = 24 * HOUR;

function triageDeadlines(): IcsDeadline[] {
  const outcome = triage(
    { noticeCode: 'LT11', noticeDate: '2026-03-02', addressOutsideUS: false, amountDue: 5000 },
    '2026-03-10',
  );
  if (!outcome.ok) throw new Error('LT11 no longer triages');
  return outcome.result.deadlines;
}

function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

describe('deadlinesToIcs', () => {
  const deadlines = triageDeadlines();
  const ics = deadlinesToIcs(deadlines, {
    noticeCode: 'LT11',
    locale: 'en',
    uidSeed: 'intake-abc',
    now: NOW,
  });

  it('parses back, with an independent parser, to one all-day event per deadline', () => {
    const calendar = parse(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Notice Navigator/);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(deadlines.length).toBeGreaterThan(0);
    expect(events).toHaveLength(deadlines.length);
    events.forEach((event, i) => {
      const deadline = deadlines[i];
      if (!deadline) throw new Error('missing deadline');
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(deadline.date);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(DAY * 1000);
      expect(event.summary).toBe(`IRS LT11: ${deadline.label}`);
      expect(event.description).toContain(deadline.basis);
      expect(event.description).toContain(deadline.sourceUrl);
      expect(event.description).toMatch(/not legal or tax advice/);
      expect(event.component.getFirstPropertyValue('url')).toBe(deadline.sourceUrl);
      const stamp = event.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.toJSDate().toISOString()).toBe('2026-03-10T14:05:09.000Z');
    });
  });

  it('sets reminders 3 days and 1 day before each deadline, at 9 a.m.', () => {
    for (const vevent of parse(ics).getAllSubcomponents('vevent')) {
      const triggers = vevent.getAllSubcomponents('valarm').map((alarm) => {
        expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
        expect(alarm.getFirstPropertyValue('description')).toBeTruthy();
        return (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds();
      });
      expect(triggers).toEqual([-(3 * DAY) + 9 * HOUR, -DAY + 9 * HOUR]);
    }
  });

  it('gives stable UIDs: the same case gives the same ones, another case others', () => {
    const uids = (text: string) =>
      parse(text)
        .getAllSubcomponents('vevent')
        .map((v) => v.getFirstPropertyValue('uid'));
    const again = deadlinesToIcs(deadlines, {
      noticeCode: 'LT11',
      locale: 'en',
      uidSeed: 'intake-abc',
      now: new Date('2027-01-01T00:00:00Z'),
    });
    const other = deadlinesToIcs(deadlines, {
      noticeCode: 'LT11',
      locale: 'en',
      uidSeed: 'intake-xyz',
      now: NOW,
    });
    expect(uids(again)).toEqual(uids(ics));
    expect(new Set(uids(ics)).size).toBe(deadlines.length);
    expect(uids(other).some((uid) => uids(ics).includes(uid))).toBe(false);
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('escapes and folds text so that it reads back exactly, multi-byte characters included', () => {
    const label = 'Pay; then call, or write \\ both — “now”\nsecond line ' + 'é€😀'.repeat(30);
    const text = deadlinesToIcs([{ ...deadlines[0], label } as IcsDeadline], {
      noticeCode: 'CP14',
      locale: 'en',
      uidSeed: 's',
      now: NOW,
    });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const [event] = parse(text)
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(event?.summary).toBe(`IRS CP14: ${label}`);
    expect(event?.description.split('\n')[0]).toBe(label.split('\n')[0]);
  });

  it('makes an empty calendar for no deadlines', () => {
    const empty = parse(deadlinesToIcs([], { noticeCode: 'CP14', locale: 'en', uidSeed: 's', now: NOW }));
    expect(empty.getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('ics helpers', () => {
  it.each([
    ['a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['one\r\ntwo\nthree', 'one\\ntwo\\nthree'],
    ['tab\there', 'tabhere'],
  ])('escapeText(%j) = %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it('folds at 75 octets without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'€'.repeat(40)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.every((l) => Buffer.byteLength(l) <= 75 && !l.includes('\uFFFD'))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'€'.repeat(40)}`);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it.each([
    [3, '-P2DT15H'],
    [1, '-PT15H'],
    [7, '-P6DT15H'],
  ])('a reminder %i day(s) before is %s', (days, trigger) => {
    expect(reminderTrigger(days)).toBe(trigger);
  });

  it.each([
    ['CP14', 'irs-cp14-deadlines.ics'],
    ['Letter 1058', 'irs-letter-1058-deadlines.ics'],
    ['///', 'irs-notice-deadlines.ics'],
  ])('names the file for %s', (code, name) => {
    expect(icsFileName(code)).toBe(name);
  });
});
