import { dayOfWeek, daysBetween, isValidIsoDate } from '../../knowledge/calendar/civil-date.ts';
import type { IsoDate } from '../../knowledge/facts-schema.ts';
import { foldText, type Conventions } from './conventions.ts';

/**
 * Reads the date printed on a notice from what a person types ("3/2/2026", "March 2nd", "it's dated
 * Mar. 2 2026"), in English or Spanish ("20 de noviembre de 2026", "el 3 de marzo"). Numeric dates follow the
 * conversation's conventions: month first in English; in Spanish either order is common, so "20/11/2026" is
 * refused as ambiguous and the hint asks for the month in words. When the text could mean two things it
 * refuses with a code the dialog turns into a hint; it never swaps day and month, guesses a relative date
 * or picks one of two.
 *
 * No Date objects are built from the text: dates are checked as `YYYY-MM-DD` strings through the civil
 * calendar helpers, so the process time zone cannot shift a day.
 */

/**
 * Above this age the dialog warns that newer letters have most likely followed (or the year was
 * mistyped). Passed deadlines need no such warning: the result shows each one as passed. Three years
 * matches the dialog's wording ("several years old").
 */
export const VERY_OLD_NOTICE_DAYS = 365 * 3;

/**
 * Anything earlier is a mistyped year, not a notice someone is acting on today: a notice date before 2000
 * is refused with a hint (issue 19), like one in the future.
 */
export const EARLIEST_NOTICE_DATE = '2000-01-01';

/** "3/2/26" is 2026: two-digit years on US letters and forms are this century. */
const TWO_DIGIT_YEAR_BASE = 2000;

/** A year-less Feb 29 needs a leap year; eight years back always holds one. */
const YEAR_INFERENCE_SPAN = 8;

export type NoticeDateFailure =
  | 'empty'
  | 'not_a_date'
  | 'relative_date'
  | 'impossible_date'
  | 'ambiguous'
  | 'date_in_future'
  | 'before_irs_notices';

export type NoticeDateParse =
  { ok: true; date: IsoDate; veryOld: boolean } | { ok: false; code: NoticeDateFailure };

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  febuary: 2,
  feburary: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  enero: 1,
  ene: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  abr: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  dic: 12,
};

/** 0 = Sunday, as `dayOfWeek`. */
const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tues: 2,
  tue: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thurs: 4,
  thur: 4,
  thu: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  domingo: 0,
  lunes: 1,
  martes: 2,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sabado: 6,
};

const MONTH = `(${Object.keys(MONTHS).join('|')})(?![a-z])\\.?`;
/** A weekday written right before a date ("Monday, March 2") is checked against it. */
const WEEKDAY_PREFIX = `(?:(${Object.keys(WEEKDAYS).join('|')})(?![a-z])\\.?,?\\s+)?`;
/** A count of time: "days", "semanas", "años" (accents are folded before reading). */
const DURATION = '(?:days?|weeks?|months?|years?|dias?|semanas?|mes|meses|anos?)(?![a-z])';
/**
 * Year after a month-name date ("Mar 2, 2026", "Mar 2 26", "Mar 2 '26", "20 de noviembre de 2026"), but
 * not a count of time ("March 2, 14 days ago").
 */
const YEAR_SUFFIX = `(?:(?:(?:\\s*,\\s*|\\s+)(?:(?:of|del?)\\s+)?|\\s*(?='))'?(\\d{4}|\\d{2})(?!\\d)(?!\\s*${DURATION}))?`;
/** "March 2 days ago": the number counts time, it is not a day. */
const NOT_A_DURATION = `(?!\\s*${DURATION})`;

/** Digits with / . or - between them, not glued to letters, money or other digits ("CP14", "$1.20"). */
const NUMERIC_DATE = new RegExp(
  `(?<![\\w$.,/-])${WEEKDAY_PREFIX}(\\d+)([/.-])(\\d+)(?:([/.-])(\\d+))?(?![\\w/-]|[.,]\\d)`,
  'g',
);
const MONTH_FIRST_DATE = new RegExp(
  // After the day: no "/" or "-" ("may 3/2/2026" is one numeric date, "March 2-3" a range).
  `(?<![a-z0-9])${WEEKDAY_PREFIX}${MONTH},?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![a-z0-9/-]|\\.\\d)${YEAR_SUFFIX}${NOT_A_DURATION}`,
  'g',
);
/** Day first, as Spanish always writes it: "20 de noviembre de 2026", "1º de marzo" (NFKC turns º into o). */
const DAY_FIRST_DATE = new RegExp(
  `(?<![0-9/-])${WEEKDAY_PREFIX}(\\d{1,2})(?:st|nd|rd|th|ro|o)?\\s*(?:(?:of|de)\\s+)?${MONTH}${YEAR_SUFFIX}`,
  'g',
);

/** A loose number next to a year-less date ("March 2 … 2025") might be its year or not: not guessed. */
const LONE_NUMBER = /(?<![\w$.,/-])\d{1,4}(?![\w/-]|[.,]\d)/g;
/** Numbers that name a notice, form or letter are neither days nor years ("CP 2000", "Letter 1058"). */
const CODE_BEFORE =
  /(?<![a-z])(?:cp|lt|l|letter|form|notice|pub|publication|no|number|aviso|carta|formulario|numero|num|#)\s*-?\s*$/;

/**
 * Digits joined by / . or - that no pattern read ("3/30/0/1985", "3-2", "yesterday0/0"): a date the
 * parser cannot see. Only money ("$1.20") and the middle of a number are not a start.
 */
const DIGIT_RUN = /(?<![\d$])\d+(?:[/.-]\d+)+/g;

const SPANISH_WEEKDAYS = 'domingo|lunes|martes|miercoles|jueves|viernes|sabado';
const RELATIVE = new RegExp(
  [
    // Spanish: "ayer", "hace dos semanas", "el mes pasado", "el próximo lunes", "el lunes".
    '\\b(?:ayer|anteayer|antier|hoy|hace)\\b',
    `\\b(?:semana|mes|ano|fin de semana|${SPANISH_WEEKDAYS}) (?:pasad[oa]|anterior|que viene|proxim[oa])\\b`,
    `\\b(?:este|esta|proxim[oa]|pasad[oa])\\s+(?:semana|mes|ano|${SPANISH_WEEKDAYS})\\b`,
    `\\b(?:${SPANISH_WEEKDAYS})\\b`,
    '\\b(?:yesterday|today|tonight|tomorrow|ago)\\b',
    '\\bthe (?:other|day before|day after)\\b',
    `\\b(?:last|this|next|past|previous|coming)\\s+(?:week|weekend|month|year|${Object.keys(WEEKDAYS).join('|')}|${Object.keys(MONTHS).join('|')})\\b`,
    '\\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\\b',
    '\\b(?:days?|weeks?|months?|years?) (?:back|before|earlier)\\b',
  ].join('|'),
);

type Mention = {
  start: number;
  end: number;
  month: number;
  day: number;
  /** Absent when the person gave none. */
  year?: number;
  weekday?: number;
  /** Date-shaped but unusable as written: mixed separators, or a day glued to money or a word. */
  unreadable?: boolean;
  /** Numeric day and month in a language where either may come first: the month must be written. */
  orderUnknown?: boolean;
};

type Reading =
  | { kind: 'date'; date: IsoDate; weekday?: number }
  | { kind: 'month-day'; month: number; day: number; weekday?: number }
  | { kind: 'failure'; code: NoticeDateFailure };

function fail(code: NoticeDateFailure): NoticeDateParse {
  return { ok: false, code };
}

/** Parses the notice date typed by a person; `today` bounds it and resolves a missing year. */
export function parseNoticeDate(text: string, today: IsoDate, conventions: Conventions): NoticeDateParse {
  if (!isValidIsoDate(today))
    throw new RangeError(`today must be a YYYY-MM-DD date, got ${JSON.stringify(today)}`);
  const normalized = normalizeDateText(text);
  if (normalized.trim() === '') return fail('empty');

  const mentions = findMentions(normalized, conventions);
  const rest = blankOut(normalized, mentions);
  if (mentions.length === 0) return fail(RELATIVE.test(rest) ? 'relative_date' : 'not_a_date');
  // A second, unreadable date next to a readable one: the readable one may not be the notice date.
  if (overlaps(mentions) || hasUnreadDate(rest)) return fail('ambiguous');

  const readings = mentions.map(readMention);
  const failures = unique(readings.flatMap((r) => (r.kind === 'failure' ? [r.code] : [])));
  const dates = readings.flatMap((r) => (r.kind === 'date' ? [r] : []));
  const monthDays = readings.flatMap((r) => (r.kind === 'month-day' ? [r] : []));
  const distinctDates = unique(dates.map((r) => r.date));

  if (failures.length + distinctDates.length > 1) return fail('ambiguous');
  const [failure] = failures;
  if (failure !== undefined) return fail(monthDays.length > 0 ? 'ambiguous' : failure);

  const [date] = distinctDates;
  if (date !== undefined) {
    // "March 2nd, so 3/2/2026": a year-less mention must be the same day, or the text names two dates.
    const [, month, day] = date.split('-').map(Number);
    if (monthDays.some((m) => m.month !== month || m.day !== day)) return fail('ambiguous');
    if (dates.some((r) => !weekdayMatches(date, r.weekday))) return fail('ambiguous');
    return settle(date, today);
  }

  const distinctMonthDays = unique(monthDays.map((m) => `${m.month}-${m.day}`));
  const [first] = monthDays;
  if (first === undefined || distinctMonthDays.length > 1) return fail('ambiguous');
  // "March 2 last year", "3/2, two weeks ago": the year could be anything the words imply; ask again.
  if (RELATIVE.test(rest)) return fail('relative_date');
  if (hasLoneNumber(rest)) return fail('ambiguous');
  const inferred = inferYear(first.month, first.day, today);
  if (inferred === undefined) return fail('impossible_date');
  if (monthDays.some((m) => !weekdayMatches(inferred, m.weekday))) return fail('ambiguous');
  return settle(inferred, today);
}

function normalizeDateText(text: string): string {
  return foldText(text)
    .replace(/[\u2010-\u2015\u2212\uFE63]/g, '-')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'");
}

function findMentions(text: string, conventions: Conventions): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const mention = numericMention(match, conventions);
    if (mention !== undefined) mentions.push(mention);
  }
  for (const match of text.matchAll(MONTH_FIRST_DATE)) {
    const [, weekday, monthName = '', day = '', year] = match;
    mentions.push(namedMention(match, weekday, monthName, day, year));
  }
  for (const match of text.matchAll(DAY_FIRST_DATE)) {
    const [, weekday, day = '', monthName = '', year] = match;
    // "CP 14 March 2026" names a notice and a month, not March 14.
    if (followsCode(text, match.index ?? 0)) continue;
    const mention = namedMention(match, weekday, monthName, day, year);
    // "$12 March", "1.5 March", "x12 March": the number belongs to something else. Kept as unreadable
    // so that it cannot pass unnoticed next to a month-first reading of the same words.
    const glued = /[a-z$.,]/.test(text.charAt((match.index ?? 0) - 1));
    mentions.push(glued ? { ...mention, unreadable: true } : mention);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function span(match: RegExpMatchArray): { start: number; end: number } {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length };
}

function weekdayNumber(name: string | undefined): number | undefined {
  return name === undefined ? undefined : WEEKDAYS[name];
}

function fullYear(digits: string): number {
  return digits.length === 2 ? TWO_DIGIT_YEAR_BASE + Number(digits) : Number(digits);
}

function namedMention(
  match: RegExpMatchArray,
  weekday: string | undefined,
  monthName: string,
  day: string,
  year: string | undefined,
): Mention {
  return {
    ...span(match),
    month: MONTHS[monthName] ?? 0,
    day: Number(day),
    ...(year === undefined ? {} : { year: fullYear(year) }),
    ...(weekday === undefined ? {} : { weekday: weekdayNumber(weekday) }),
  };
}

/** Numbers that are not shaped like a date (phone numbers, decimals, "3-2") are no mention at all. */
function numericMention(match: RegExpMatchArray, conventions: Conventions): Mention | undefined {
  const [, weekday, a = '', sep1, b = '', sep2, c] = match;
  const base = {
    ...span(match),
    ...(weekday === undefined ? {} : { weekday: weekdayNumber(weekday) }),
    ...(conventions.numericDates === 'ask' ? { orderUnknown: true } : {}),
  };
  const isShort = (part: string): boolean => part.length <= 2;
  if (c === undefined) {
    // Year-less only with a slash: "3.2" is a decimal and "3-2" a score or a range.
    return sep1 === '/' && isShort(a) && isShort(b)
      ? { ...base, month: Number(a), day: Number(b) }
      : undefined;
  }
  const unreadable = sep1 !== sep2;
  if (a.length === 4 && isShort(b) && isShort(c)) {
    // Year first (2026-11-20) is read one way in every language.
    return { ...base, year: Number(a), month: Number(b), day: Number(c), unreadable, orderUnknown: false };
  }
  if (isShort(a) && isShort(b) && (c.length === 2 || c.length === 4)) {
    return { ...base, month: Number(a), day: Number(b), year: fullYear(c), unreadable };
  }
  return undefined;
}

function readMention(mention: Mention): Reading {
  if (mention.unreadable === true) return { kind: 'failure', code: 'not_a_date' };
  if (mention.orderUnknown === true) return { kind: 'failure', code: 'ambiguous' };
  const { month, day, year, weekday } = mention;
  const withWeekday = weekday === undefined ? {} : { weekday };
  if (year === undefined) {
    // Feb 29 exists in some year; the year inference settles whether it fits.
    return isValidIsoDate(isoDate(2000, month, day))
      ? { kind: 'month-day', month, day, ...withWeekday }
      : { kind: 'failure', code: 'impossible_date' };
  }
  const date = isoDate(year, month, day);
  return isValidIsoDate(date)
    ? { kind: 'date', date, ...withWeekday }
    : { kind: 'failure', code: 'impossible_date' };
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The most recent year that puts month/day on or before today. */
function inferYear(month: number, day: number, today: IsoDate): IsoDate | undefined {
  const thisYear = Number(today.slice(0, 4));
  for (let year = thisYear; year >= thisYear - YEAR_INFERENCE_SPAN; year -= 1) {
    const candidate = isoDate(year, month, day);
    if (isValidIsoDate(candidate) && candidate <= today) return candidate;
  }
  return undefined;
}

function weekdayMatches(date: IsoDate, weekday: number | undefined): boolean {
  return weekday === undefined || dayOfWeek(date) === weekday;
}

function settle(date: IsoDate, today: IsoDate): NoticeDateParse {
  // Fixed-width YYYY-MM-DD strings compare chronologically.
  if (date < EARLIEST_NOTICE_DATE) return fail('before_irs_notices');
  if (date > today) return fail('date_in_future');
  return { ok: true, date, veryOld: daysBetween(date, today) > VERY_OLD_NOTICE_DAYS };
}

function overlaps(sorted: readonly Mention[]): boolean {
  return sorted.some((mention, i) => i > 0 && mention.start < (sorted[i - 1]?.end ?? 0));
}

/** The text with every mention replaced by spaces, so later checks see only the words around them. */
function blankOut(text: string, sorted: readonly Mention[]): string {
  let result = '';
  let from = 0;
  for (const { start, end } of sorted) {
    if (start < from) continue;
    result += text.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return result + text.slice(from);
}

function followsCode(text: string, index: number): boolean {
  return CODE_BEFORE.test(text.slice(Math.max(0, index - 16), index));
}

function hasLoneNumber(text: string): boolean {
  for (const match of text.matchAll(LONE_NUMBER)) {
    if (!followsCode(text, match.index ?? 0)) return true;
  }
  return false;
}

/**
 * Date-shaped: any run with a slash, or parts of one or two digits with at most one of four (a year).
 * Phone numbers (3-3-4) and decimals with three or more whole digits ("1200.50") are not.
 */
function hasUnreadDate(text: string): boolean {
  for (const [run] of text.matchAll(DIGIT_RUN)) {
    if (run.includes('/')) return true;
    const parts = run.split(/[.-]/);
    const isDecimal = parts.length === 2 && run.includes('.') && (parts[0]?.length ?? 0) >= 3;
    const shortOrYear = parts.every((part) => part.length <= 2 || part.length === 4);
    const years = parts.filter((part) => part.length === 4).length;
    if (!isDecimal && shortOrYear && years <= 1) return true;
  }
  return false;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
