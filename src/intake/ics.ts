import { createHash } from 'node:crypto';
import { messages, type Messages } from '../catalog/catalog.ts';
import type { Locale } from '../catalog/locale.ts';
import { addCalendarDays } from '../knowledge/calendar/civil-date.ts';
import type { IntakeDeadline } from './intake-schema.ts';

/*
 * An iCalendar file (RFC 5545) of a person's deadlines, to download from the chat: one all-day event per
 * deadline with two reminders. Pure: the clock is passed in, and the same input gives the same bytes, so
 * importing the file again updates the events instead of duplicating them (stable UIDs).
 */

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export type IcsDeadline = Pick<IntakeDeadline, 'id' | 'date' | 'label' | 'basis' | 'sourceUrl' | 'estimate'>;

export type IcsOptions = {
  noticeCode: string;
  /** The language of the events' words. */
  locale: Locale;
  /** Ties the UIDs to one case (an intake id or conversation id); the same seed gives the same UIDs. */
  uidSeed: string;
  /** DTSTAMP: when the file was made. */
  now: Date;
};

/** Reminders this many days before each deadline, at REMINDER_HOUR local time. */
export const REMINDER_DAYS = [3, 1] as const;
/** 9 a.m.: a reminder at midnight would go unseen. */
export const REMINDER_HOUR = 9;

const PRODUCT_ID = '-//Notice Navigator//IRS notice deadlines//EN';
const UID_DOMAIN = 'notice-navigator';
const UID_HASH_CHARS = 32;
const CRLF = '\r\n';
/** RFC 5545 3.1: lines longer than 75 octets are folded. */
const MAX_LINE_OCTETS = 75;
const HOURS_PER_DAY = 24;

export function deadlinesToIcs(deadlines: readonly IcsDeadline[], options: IcsOptions): string {
  const words = messages(options.locale);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(words.calendar.name(options.noticeCode))}`,
    ...deadlines.flatMap((deadline) => eventLines(deadline, options, words)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A suggested download name, e.g. `irs-cp14-deadlines.ics`. */
export function icsFileName(noticeCode: string): string {
  const slug = noticeCode
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `irs-${slug || 'notice'}-deadlines.ics`;
}

function eventLines(deadline: IcsDeadline, options: IcsOptions, words: Messages): string[] {
  const summary = words.calendar.event(options.noticeCode, deadline.label);
  return [
    'BEGIN:VEVENT',
    `UID:${eventUid(options.uidSeed, deadline.id)}`,
    `DTSTAMP:${utcDateTime(options.now)}`,
    `DTSTART;VALUE=DATE:${basicDate(deadline.date)}`,
    // All-day: DTEND is the next day, exclusive (RFC 5545 3.6.1).
    `DTEND;VALUE=DATE:${basicDate(addCalendarDays(deadline.date, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(describe(deadline, words))}`,
    `URL:${deadline.sourceUrl}`,
    'TRANSP:TRANSPARENT',
    ...REMINDER_DAYS.flatMap((days) => alarmLines(words.calendar.reminder(days, summary), days)),
    'END:VEVENT',
  ];
}

function describe(deadline: IcsDeadline, { calendar, disclaimer }: Messages): string {
  return [
    deadline.label,
    calendar.legalBasis(deadline.basis),
    calendar.source(deadline.sourceUrl),
    ...(deadline.estimate ? [calendar.estimate] : []),
    disclaimer.short,
  ].join('\n');
}

function alarmLines(description: string, days: number): string[] {
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER;RELATED=START:${reminderTrigger(days)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'END:VALARM',
  ];
}

/** A negative duration from the event's start (midnight) to REMINDER_HOUR `days` days before. */
export function reminderTrigger(days: number): string {
  const hours = days * HOURS_PER_DAY - REMINDER_HOUR;
  const whole = Math.floor(hours / HOURS_PER_DAY);
  const rest = hours % HOURS_PER_DAY;
  return `-P${whole > 0 ? `${whole}D` : ''}${rest > 0 ? `T${rest}H` : ''}`;
}

function eventUid(seed: string, deadlineId: string): string {
  const hash = createHash('sha256')
    .update(`${seed}\u0000${deadlineId}`)
    .digest('hex')
    .slice(0, UID_HASH_CHARS);
  return `${hash}-${deadlineId}@${UID_DOMAIN}`;
}

function basicDate(isoDate: string): string {
  return isoDate.replaceAll('-', '');
}

function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(/[-:]/g, '');
}

/** RFC 5545 3.3.11: backslash, semicolon and comma are escaped, line breaks become `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\p{Cc}/gu, '');
}

/**
 * Folds a content line into pieces of at most 75 octets of UTF-8, continuation lines starting with a
 * space (which counts), never splitting a character.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      pieces.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(CRLF);
}
