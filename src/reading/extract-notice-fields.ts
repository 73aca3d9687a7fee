import { redactPii } from '../guardrails/pii/redact-pii.ts';
import type { IsoDate } from '../knowledge/facts-schema.ts';
import { lookupNotice } from '../knowledge/notices/notice-code.ts';
import type { DeadlineId, Notice } from '../knowledge/notices/notice-schema.ts';
import type { NoticeReading, PrintedDeadline } from './notice-reading.ts';
import { digits, PRINTED_DATE_SOURCE, printedDateFromGroups, type PrintedDate } from './printed-date.ts';
import { lineText, spanConfidence, type ReadLine } from './read-text.ts';

export type Extraction = { ok: true; reading: NoticeReading } | { ok: false; code: 'not_a_notice' };

/** Each character OCR had to put back (`O` read for `0`) makes a value this much less certain. */
const CORRECTION_FACTOR = 0.85;
/** Two readings of one field that disagree: neither is trusted enough to be assumed. */
const CONFLICT_FACTOR = 0.5;
/** A value that breaks a rule across fields (a deadline before the notice date) is kept but doubted. */
const IMPLAUSIBLE_FACTOR = 0.5;
/** An IRS code that is well formed but not in the catalog may be a misreading of one that is. */
const UNKNOWN_CODE_FACTOR = 0.5;
/** Printed windows run weeks or months from the notice date, never years. */
const MAX_DEADLINE_DAYS_AFTER_NOTICE = 400;

const DATE = PRINTED_DATE_SOURCE;
const DATE_GROUPS = 6;
/** A dollar amount with cents; `S` or `§` for a misread `$`, `,` for a misread `.` before the cents. */
const AMOUNT = String.raw`([$S§]?\s?[0-9OolI]{1,3}(?:[,.][0-9OolI]{3})*[.,][0-9OolI]{2})(?![0-9])`;
/** A notice or letter code: `CP14`, `CP504B`, `LT11` (OCR: `L711`, `LTI1`), `Letter 1058`, `1058`. */
const CODE = String.raw`((?:CP|C P|LT|L7|LI|L1|Letter|Ltr\.?)?\s?-?\s?[0-9OolIS]{2,5}(?:\s?-?[A-D])?)(?![0-9A-Za-z])`;

const CODE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:Notice(?:\s+number)?|Letter(?:\s+(?:number|no\.?))?)\s*[:#]?\s*${CODE}`, 'i'),
  // Unlabelled, only with a prefix that cannot be anything else.
  new RegExp(
    String.raw`(?<![A-Za-z0-9])((?:CP|LT)\s?[0-9]{2,5}[A-D]?|Letter\s[0-9]{3,4}[A-D]?)(?![0-9A-Za-z])`,
  ),
];
const NOTICE_DATE_PATTERN = new RegExp(
  String.raw`\b(?:(?:Notice|Letter)\s+da[tl1]e|Date\s+of\s+this\s+(?:notice|letter))\s*:?\s*${DATE}`,
  'i',
);
const TAX_YEAR_PATTERN = new RegExp(
  String.raw`\bTax\s+(?:year|period)s?(?:\s+ending|\s+ended)?\s*:?\s*(?:([0-9OolIS]{4})(?![0-9/])|${DATE})`,
  'i',
);
const AMOUNT_PATTERN = new RegExp(
  String.raw`\b(?:amount\s+(?:due|you\s+owe)|balance\s+due|total\s+(?:amount\s+)?(?:due|you\s+owe)|you\s+owe)(?:\s+immediately|\s+by\s+${DATE})?\s*:?\s*${AMOUNT}`,
  'i',
);

type DeadlineKind = 'pay' | 'respond' | 'hearing' | 'petition';
const DEADLINE_PATTERNS: readonly { kind: DeadlineKind; pattern: RegExp }[] = [
  {
    kind: 'pay',
    pattern: new RegExp(
      String.raw`\b(Amount\s+due\s+by|Pay(?:\s+the\s+amount\s+due)?\s+by)\s*:?\s*${DATE}`,
      'i',
    ),
  },
  {
    kind: 'respond',
    pattern: new RegExp(
      String.raw`\b(Respond\s+by|Response\s+due\s+date|Reply\s+by|Respond\s+no\s+later\s+than)\s*:?\s*${DATE}`,
      'i',
    ),
  },
  {
    kind: 'hearing',
    pattern: new RegExp(
      String.raw`\b(Last\s+(?:date|day)\s+to\s+request\s+a\s+(?:Collection\s+Due\s+Process\s+|CDP\s+)?hearing)\s*:?\s*${DATE}`,
      'i',
    ),
  },
  {
    kind: 'petition',
    pattern: new RegExp(
      String.raw`\b(Last\s+(?:date|day)\s+to\s+(?:file\s+a\s+)?petition\s+(?:with\s+)?the\s+(?:United\s+States|U\.?\s?S\.?)\s+Tax\s+Court)\s*:?\s*${DATE}`,
      'i',
    ),
  },
];

type Candidate<T> = { value: T; confidence: number; label?: string };

/**
 * Reads the notice code, notice date, tax year, amount due and the printed deadlines from the lines an engine
 * read. The text first passes the PII rail, so the taxpayer id never reaches a pattern; names and addresses
 * are never looked for. A value found more than once in agreement is as sure as its best reading; readings
 * that disagree, need OCR corrections or break a cross-field rule lower the confidence.
 */
export function extractNoticeFields(lines: readonly ReadLine[]): Extraction {
  const windows = searchWindows(lines.map(redactLine));

  const code = decide(findAll(windows, CODE_PATTERNS, codeCandidate));
  const noticeDate = decide(findAll(windows, [NOTICE_DATE_PATTERN], (m, line) => dateCandidate(m, 1, line)));
  // Without a notice code or a notice date, this is some other page (a W-2, a receipt, a photo of a cat).
  if (!code.best && !noticeDate.best) return { ok: false, code: 'not_a_notice' };
  const taxYear = decide(findAll(windows, [TAX_YEAR_PATTERN], taxYearCandidate));
  const amount = decide(findAll(windows, [AMOUNT_PATTERN], amountCandidate));
  const notice = code.best?.notice;

  const reading: NoticeReading = { printedDeadlines: [], confidence: { printedDeadlines: {} } };
  if (code.best) {
    reading.noticeCode = code.best.value;
    reading.confidence.noticeCode = rounded(code.confidence);
  }
  if (noticeDate.best) {
    reading.noticeDate = noticeDate.best.value;
    reading.confidence.noticeDate = rounded(noticeDate.confidence);
  }
  if (taxYear.best) {
    const noticeYear = reading.noticeDate ? Number(reading.noticeDate.slice(0, 4)) : undefined;
    const plausible = noticeYear === undefined || taxYear.best.value <= noticeYear;
    reading.taxYear = taxYear.best.value;
    reading.confidence.taxYear = rounded(taxYear.confidence * (plausible ? 1 : IMPLAUSIBLE_FACTOR));
  }
  if (amount.best) {
    reading.amountDue = amount.best.value;
    reading.confidence.amountDue = rounded(amount.confidence);
  }

  for (const { kind, pattern } of DEADLINE_PATTERNS) {
    const found = decide(
      findAll(windows, [pattern], (m, line) => {
        const date = dateCandidate(m, 2, line);
        return date && { ...date, label: tidyLabel(m[1] ?? '') };
      }),
    );
    if (!found.best) continue;
    const id = deadlineId(kind, notice);
    const plausible =
      reading.noticeDate === undefined || isPlausibleDeadline(reading.noticeDate, found.best.value);
    const deadline: PrintedDeadline = { id, label: found.best.label ?? '', date: found.best.value };
    reading.printedDeadlines.push(deadline);
    reading.confidence.printedDeadlines[id] = rounded(
      found.confidence * (plausible ? 1 : IMPLAUSIBLE_FACTOR),
    );
  }
  return { ok: true, reading };
}

/** Printed "pay by" dates belong to the interest-free window of a bill, or to the reply window of notices without one. */
function deadlineId(kind: DeadlineKind, notice: Notice | undefined): DeadlineId {
  switch (kind) {
    case 'pay': {
      const carries = (id: DeadlineId) => notice?.deadlines.some((d) => d.id === id) ?? false;
      return !carries('pay-interest-free') && carries('respond') ? 'respond' : 'pay-interest-free';
    }
    case 'respond':
      return 'respond';
    case 'hearing':
      return 'cdp-hearing';
    case 'petition':
      return 'tax-court-petition';
  }
}

function rounded(confidence: number): number {
  return Math.round(confidence * 100) / 100;
}

function isPlausibleDeadline(noticeDate: IsoDate, deadline: IsoDate): boolean {
  const days = (Date.parse(deadline) - Date.parse(noticeDate)) / 86_400_000;
  return days > 0 && days <= MAX_DEADLINE_DAYS_AFTER_NOTICE;
}

function redactLine(line: ReadLine): ReadLine {
  const text = lineText(line);
  const redacted = redactPii(text);
  if (redacted.found.length === 0) return line;
  const least = Math.min(...line.words.map((w) => w.confidence));
  return { words: redacted.text.split(/\s+/).map((word) => ({ text: word, confidence: least })) };
}

/** Each line, then each line joined with the next: a value may sit on the line under its label. */
function searchWindows(lines: readonly ReadLine[]): ReadLine[] {
  const pairs = lines.slice(1).map((next, i) => ({ words: [...lines[i]!.words, ...next.words] }));
  return [...lines, ...pairs];
}

type CodeValue = Candidate<string> & { notice?: Notice };

function findAll<T extends Candidate<unknown>>(
  windows: readonly ReadLine[],
  patterns: readonly RegExp[],
  read: (match: RegExpExecArray, line: ReadLine) => T | undefined,
): T[] {
  const found: T[] = [];
  // A pattern that matched in single lines is not searched again across line pairs (which repeat them).
  const singles = windows.length === 0 ? 0 : (windows.length + 1) / 2;
  for (const pattern of patterns) {
    const global = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g',
    );
    const fromPattern: T[] = [];
    for (const [index, window] of windows.entries()) {
      if (index >= singles && fromPattern.length > 0) break;
      const text = lineText(window);
      for (const match of text.matchAll(global)) {
        const candidate = read(match, window);
        if (candidate) fromPattern.push(candidate);
      }
    }
    found.push(...fromPattern);
    if (found.length > 0) break;
  }
  return found;
}

/** The value most readings agree on; confidence is its best reading's, halved when another value was read too. */
function decide<T extends Candidate<unknown>>(candidates: readonly T[]): { best?: T; confidence: number } {
  if (candidates.length === 0) return { confidence: 0 };
  const byValue = new Map<unknown, T[]>();
  for (const candidate of candidates) {
    const key = candidate.value;
    byValue.set(key, [...(byValue.get(key) ?? []), candidate]);
  }
  const groups = [...byValue.values()].sort(
    (a, b) => b.length - a.length || best(b).confidence - best(a).confidence,
  );
  const winner = best(groups[0]!);
  return { best: winner, confidence: winner.confidence * (groups.length > 1 ? CONFLICT_FACTOR : 1) };
}

function best<T extends Candidate<unknown>>(group: readonly T[]): T {
  return group.reduce((a, b) => (b.confidence > a.confidence ? b : a));
}

function matchConfidence(match: RegExpExecArray, group: number, line: ReadLine): number {
  const value = match[group] ?? '';
  const start = (match.index ?? 0) + match[0].lastIndexOf(value);
  return spanConfidence(line, start, start + value.length);
}

function codeCandidate(match: RegExpExecArray, line: ReadLine): CodeValue | undefined {
  const raw = (match[1] ?? '').toUpperCase().replace(/\s+/g, ' ').trim();
  const prefixMatch = /^(CP|C P|LT|L7|LI|L1|LETTER|LTR\.?)?\s?-?\s?(.*)$/.exec(raw);
  if (!prefixMatch) return undefined;
  const [, rawPrefix, rest = ''] = prefixMatch;
  let corrections = 0;
  let prefix = rawPrefix?.replace(' ', '') ?? '';
  if (prefix === 'L7' || prefix === 'LI' || prefix === 'L1') {
    prefix = 'LT';
    corrections += 1;
  }
  if (prefix === 'LTR' || prefix === 'LTR.') prefix = 'LETTER';
  const numberMatch = /^([0-9OLIS]+)\s?-?([A-D]?)$/.exec(rest);
  if (!numberMatch) return undefined;
  const number = digits(numberMatch[1]!.replace(/L/g, 'l'));
  corrections += number.corrections;
  if (!Number.isInteger(number.value) || number.value === 0) return undefined;
  // A bare number needs the "Letter" label; "Notice 2" of "Notice 2 of 3" is not a code.
  if (prefix === '' && !/^letter/i.test(match[0])) return undefined;
  const spelled = `${prefix === 'LETTER' || prefix === '' ? 'Letter ' : prefix}${number.value}${numberMatch[2] ?? ''}`;
  const lookup = lookupNotice(spelled);
  const confidence = matchConfidence(match, 1, line) * CORRECTION_FACTOR ** corrections;
  if (lookup.ok) return { value: lookup.notice.code, confidence, notice: lookup.notice };
  return { value: spelled, confidence: confidence * UNKNOWN_CODE_FACTOR };
}

function dateCandidate(
  match: RegExpExecArray,
  firstGroup: number,
  line: ReadLine,
): Candidate<IsoDate> | undefined {
  const groups = match.slice(firstGroup, firstGroup + DATE_GROUPS);
  const date = printedDateFromGroups(groups);
  if (!date) return undefined;
  return { value: date.date, confidence: dateConfidence(match, groups, line, date) };
}

function dateConfidence(
  match: RegExpExecArray,
  groups: readonly (string | undefined)[],
  line: ReadLine,
  date: PrintedDate,
): number {
  const present = groups.filter((g): g is string => g !== undefined);
  const text = match[0];
  const first = text.indexOf(present[0] ?? '');
  const lastPart = present.at(-1) ?? '';
  const last = text.lastIndexOf(lastPart) + lastPart.length;
  const start = (match.index ?? 0) + Math.max(first, 0);
  return spanConfidence(line, start, (match.index ?? 0) + last) * CORRECTION_FACTOR ** date.corrections;
}

function taxYearCandidate(match: RegExpExecArray, line: ReadLine): Candidate<number> | undefined {
  if (match[1] !== undefined) {
    const year = digits(match[1]);
    if (year.value < 1990 || year.value > 2100) return undefined;
    return {
      value: year.value,
      confidence: matchConfidence(match, 1, line) * CORRECTION_FACTOR ** year.corrections,
    };
  }
  const date = dateCandidate(match, 2, line);
  return date && { value: Number(date.value.slice(0, 4)), confidence: date.confidence };
}

function amountCandidate(match: RegExpExecArray, line: ReadLine): Candidate<number> | undefined {
  const raw = match.at(-1) ?? '';
  const body = raw.replace(/^[$S§]\s?/, '');
  const cents = body.slice(-2);
  const whole = body.slice(0, -3).replace(/[,.]/g, '');
  const value = digits(whole + cents);
  if (!Number.isFinite(value.value)) return undefined;
  const separatorFixed = body.at(-3) === ',' ? 1 : 0;
  const dollarFixed = /^[S§]/.test(raw) ? 1 : 0;
  const start = (match.index ?? 0) + match[0].lastIndexOf(raw);
  return {
    value: value.value / 100,
    confidence:
      spanConfidence(line, start, start + raw.length) *
      CORRECTION_FACTOR ** (value.corrections + separatorFixed + dollarFixed),
  };
}

function tidyLabel(label: string): string {
  const words = label.replace(/\s+/g, ' ').trim();
  return (
    words.charAt(0).toUpperCase() +
    words
      .slice(1)
      .toLowerCase()
      .replace(/united states tax court/, 'United States Tax Court')
  );
}
