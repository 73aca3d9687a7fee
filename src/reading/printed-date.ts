import type { IsoDate } from '../knowledge/facts-schema.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/**
 * A date as notices print it: `November 16, 2026`, `Nov. 16, 2026`, `11/16/2026`. The month word may be
 * misread by a letter or two (`Novernber`), digits by the usual OCR confusions (`O`/`0`, `l`/`1`, `S`/`5`).
 * Groups: month word, day, year, or numeric month, day, year.
 */
export const PRINTED_DATE_SOURCE = String.raw`(?:([A-Za-z]{3,10})\.?\s*([0-9OolIS]{1,2})\s*[,.]?\s*([0-9OolIS]{4})|([0-9OolI]{1,2})\s*/\s*([0-9OolIS]{1,2})\s*/\s*([0-9OolIS]{4}))`;

export type PrintedDate = {
  date: IsoDate;
  /** How many characters had to be corrected to read it. */ corrections: number;
};

/** Reads the groups of a `PRINTED_DATE_SOURCE` match; undefined when they are not a real calendar date. */
export function printedDateFromGroups(groups: readonly (string | undefined)[]): PrintedDate | undefined {
  const [monthWord, wordDay, wordYear, numMonth, numDay, numYear] = groups;
  if (monthWord !== undefined && wordDay !== undefined && wordYear !== undefined) {
    const month = monthFromWord(monthWord);
    return month && dateFrom(month, wordDay, wordYear);
  }
  if (numMonth !== undefined && numDay !== undefined && numYear !== undefined)
    return dateFrom(digits(numMonth), numDay, numYear);
  return undefined;
}

type ReadNumber = { value: number; corrections: number };

/** The date of a month already read and the printed day and year, with every correction counted. */
function dateFrom(month: ReadNumber, dayText: string, yearText: string): PrintedDate | undefined {
  const day = digits(dayText);
  const year = digits(yearText);
  return calendarDate(
    year.value,
    month.value,
    day.value,
    month.corrections + day.corrections + year.corrections,
  );
}

/** Digits with the letters OCR mistakes for them put back. */
export function digits(text: string): ReadNumber {
  let corrections = 0;
  const fixed = text.replace(/[OolIS]/g, (ch) => {
    corrections += 1;
    return ch === 'S' ? '5' : ch === 'o' || ch === 'O' ? '0' : '1';
  });
  return { value: Number(fixed), corrections };
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function calendarDate(
  year: number,
  month: number,
  day: number,
  corrections: number,
): PrintedDate | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return undefined;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date, corrections };
}

/** A month name or its abbreviation, allowing one misread letter in a name of five letters or more. */
function monthFromWord(word: string): ReadNumber | undefined {
  const lower = word.toLowerCase();
  for (const [i, name] of MONTHS.entries()) {
    if (
      lower === name ||
      (lower.length >= 3 && name.startsWith(lower) && (lower.length === 3 || lower === 'sept'))
    )
      return { value: i + 1, corrections: 0 };
  }
  if (lower.length < 5) return undefined;
  const near = MONTHS.map((name, i) => ({ value: i + 1, distance: editDistance(lower, name) })).filter(
    (candidate) => candidate.distance <= 2,
  );
  // Only an unambiguous near match counts ("Jume" could be June or July's neighbour; those are short anyway).
  return near.length === 1 && near[0] ? { value: near[0].value, corrections: near[0].distance } : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
