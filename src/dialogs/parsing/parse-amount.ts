import { foldText, type Conventions } from './conventions.ts';

/**
 * Reads the amount due from what a person types: "$1,234.56", "12k", "about $3,000", "$1.2 million",
 * "USD 500", "$1.200,50", "1.200 dólares", "unos 3 mil dólares". The question asked for one amount, so a lone bare number is one; two different amounts,
 * a bound ("less than $100,000") or a number whose separators could be read two ways are refused, since
 * the amount decides which rules apply ($100,000, payment-plan thresholds).
 */

export const MAX_PLAUSIBLE_AMOUNT = 1_000_000_000;

export type AmountFailure = 'empty' | 'no_amount' | 'negative' | 'too_large' | 'ambiguous';
export type AmountParse = { ok: true; amount: number } | { ok: false; code: AmountFailure };

const CENTS_PER_DOLLAR = 100;

/** Powers of ten a word or suffix after the number multiplies it by. */
const SCALES: Readonly<Record<string, number>> = {
  cent: -2,
  cents: -2,
  hundred: 2,
  k: 3,
  thousand: 3,
  grand: 3,
  m: 6,
  mm: 6,
  million: 6,
  millions: 6,
  bn: 9,
  billion: 9,
  millon: 6,
  millones: 6,
};

const MONTH =
  '(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?![a-z])\\.?';

/**
 * Numbers that are not the amount, blanked before reading: notice, form and letter numbers ("CP14",
 * "Letter 1058"), dates, times, phone numbers, percentages and explicit tax years.
 */
const NOT_AMOUNTS: readonly RegExp[] = [
  /(?<![a-z])(?:cp|lt|l|letter|notice|form|pub|publication|schedule|line|box|section|irc|§|aviso|carta|formulario|publicacion|anexo|linea|casilla|seccion)\s*-?\s*\d+[a-z]?(?![a-z0-9])/g,
  /(?:\(\d{3}\)\s*|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g,
  /(?<![\d.,])\d{1,4}([/-])\d{1,2}\1\d{2,4}(?![\d])/g,
  /(?<![\d.,])\d{1,2}\/\d{1,2}(?![\d/])/g,
  new RegExp(`(?<![a-z])${MONTH}\\s*\\d{1,2}(?:st|nd|rd|th)?(?![\\d])(?:,?\\s*\\d{4})?`, 'g'),
  new RegExp(
    `(?<![\\d.,])\\d{1,2}(?:st|nd|rd|th|ro|o)?\\s+(?:(?:of|de)\\s+)?${MONTH}(?:(?:,?\\s*|\\s+del?\\s+)\\d{4})?`,
    'g',
  ),
  new RegExp(`(?<![a-z])${MONTH}\\s*(?:,\\s*)?(?:19|20)\\d{2}(?![\\d,.])`, 'g'),
  /\b\d{1,2}:\d{2}\b/g,
  /(?<![\d.])\d+(?:[.,]\d+)?\s*(?:%|percent\b|pct\b|por ciento\b)/g,
  /\b(?:tax\s+)?years?\s+(?:19|20)\d{2}\b/g,
  /\b(?:in|from|since|during)\s+(?:19|20)\d{2}\b(?![,.]\d)/g,
  /\banos?(?:\s+fiscal(?:es)?)?\s+(?:de\s+)?(?:19|20)\d{2}\b/g,
  /\b(?:en|desde|durante|del)\s+(?:19|20)\d{2}\b(?![,.]\d)/g,
];

/** Words that make the number a bound, not the amount. */
const BOUND =
  /\b(?:less|more|fewer|greater|under|over|below|above|at least|at most|up to|almost|nearly|just under|just over|max|min|maximum|minimum|menos de|mas de|al menos|por lo menos|hasta|casi|como maximo|como minimo|maximo|minimo)\b|[<>≤≥]|\d[a-z]*\s*\+/;
/** Amounts in another currency are not converted. */
const OTHER_CURRENCY = /[€£¥₹]|\b(?:euros?|pounds?|yen|pesos?|rupees?|libras?)\b/;

/** A number as written: digits with dots and commas between them, read by `splitNumber`. */
const NUMBER = /(?<![a-z0-9_.,])\d+(?:[.,]\d+)*/g;
/** "1,200.50": commas group thousands, a dot marks the decimals. */
const US_NUMBER = /^(\d+(?:,\d+)*)(?:\.(\d+))?$/;
/** "1.200,50": dots group thousands, a comma marks the cents. */
const SPANISH_NUMBER = /^(\d+(?:\.\d+)*)(?:,(\d{1,2}))?$/;
const UNIT_AFTER = /^\s*([a-z]+)(?![a-z])/;
const CURRENCY_BEFORE = /(?:\$|\busd|\bus\$|\bdollars?|\bdolares)\s*$/;
const CURRENCY_AFTER = /^\s*(?:\$|usd\b|dollars?\b|bucks\b|dolar(?:es)?\b|dls\b)/;
const MINUS_BEFORE = /(?:(?:^|[^\d\s])\s*-|\bminus|\bnegative|\bnegativo)\s*(?:\$|usd\s*)?\s*$/;

type Reading = {
  cents: number;
  negative: boolean;
  hasCurrency: boolean;
  yearLike: boolean;
  unclear: boolean;
};

/** Parses an amount of US dollars, rounded to cents; `conventions` settle "1200,50" and "mil". */
export function parseAmount(text: string, conventions: Conventions): AmountParse {
  const normalized = foldText(text).replace(/[\u2010-\u2015\u2212\uFE63]/g, '-');
  if (normalized.trim() === '') return { ok: false, code: 'empty' };
  if (OTHER_CURRENCY.test(normalized)) return { ok: false, code: 'ambiguous' };

  const cleaned = NOT_AMOUNTS.reduce((rest, pattern) => rest.replace(pattern, ' ; '), normalized);
  const found = [...cleaned.matchAll(NUMBER)].flatMap((match) => readNumber(cleaned, match, conventions));
  // "$3,000 for 2025": with a dollar amount present, a bare year is the year.
  const anyCurrency = found.some((r) => r.hasCurrency);
  const readings = anyCurrency ? found.filter((r) => r.hasCurrency || !r.yearLike) : found;

  const distinct = new Set(readings.map((r) => (r.negative ? -r.cents : r.cents)));
  if (distinct.size > 1) return { ok: false, code: 'ambiguous' };
  const [reading] = readings;
  if (reading === undefined) return { ok: false, code: 'no_amount' };
  if (readings.some((r) => r.unclear) || BOUND.test(cleaned)) return { ok: false, code: 'ambiguous' };
  if (reading.negative && reading.cents !== 0) return { ok: false, code: 'negative' };
  if (reading.cents > MAX_PLAUSIBLE_AMOUNT * CENTS_PER_DOLLAR) return { ok: false, code: 'too_large' };
  return { ok: true, amount: reading.cents / CENTS_PER_DOLLAR };
}

/** One number with what surrounds it, or nothing when it is part of a word ("1st", "22a"). */
function readNumber(text: string, match: RegExpMatchArray, conventions: Conventions): Reading[] {
  const [raw] = match;
  const start = match.index ?? 0;
  const end = start + raw.length;
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, start - 24), start);

  const unit = UNIT_AFTER.exec(after)?.[1];
  const exponent = unit === 'mil' ? conventions.milExponent : unit === undefined ? undefined : SCALES[unit];
  const gluedLetter = /^[a-z]/.test(after);
  if (gluedLetter && exponent === undefined && !CURRENCY_AFTER.test(after)) return [];

  const { whole, fraction, unclear } = splitNumber(raw, exponent !== undefined, conventions);
  const shift = exponent ?? 0;
  const afterUnit =
    unit !== undefined && exponent !== undefined ? after.slice(after.indexOf(unit) + unit.length) : after;

  return [
    {
      cents: toCents(whole, fraction, shift),
      negative: MINUS_BEFORE.test(before),
      hasCurrency: CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(afterUnit) || exponent !== undefined,
      yearLike: exponent === undefined && fraction === '' && /^(?:19|20)\d{2}$/.test(whole),
      unclear,
    },
  ];
}

type Split = { whole: string; fraction: string; unclear: boolean };

/**
 * The digits before and after the decimal mark. "1,200.50" and "1.200,50" can each be read one way only,
 * in any conversation. "1.200" could be 1.2 or 1,200: a Spanish conversation groups with dots, and a
 * scale word ("1.234k") makes it a decimal; otherwise it is unclear. "1200,50" is 1,200.50 where a comma
 * marks decimals, and an unclear grouping elsewhere.
 */
function splitNumber(raw: string, scaled: boolean, conventions: Conventions): Split {
  const us = US_NUMBER.exec(raw);
  const spanish = SPANISH_NUMBER.exec(raw);
  const usReading = us && groupedBy(us[1] ?? '', ',') ? read(us[1], us[2], ',') : undefined;
  const spanishReading =
    spanish && groupedBy(spanish[1] ?? '', '.') ? read(spanish[1], spanish[2], '.') : undefined;
  const commaDecimalOnly = spanish?.[2] !== undefined && !raw.includes('.');
  if (spanishReading && commaDecimalOnly && !conventions.decimalComma) return unclearSplit(raw);
  if (usReading && spanishReading && !sameValue(usReading, spanishReading)) {
    if (scaled) return usReading;
    return conventions.decimalComma ? spanishReading : unclearSplit(raw);
  }
  return usReading ?? spanishReading ?? unclearSplit(raw);
}

/** Digits in groups of three after the first (or no separator at all). */
function groupedBy(whole: string, separator: ',' | '.'): boolean {
  const escaped = separator === '.' ? '\\.' : separator;
  return !whole.includes(separator) || new RegExp(`^\\d{1,3}(?:${escaped}\\d{3})+$`).test(whole);
}

function read(whole = '', fraction = '', separator: ',' | '.'): Split {
  return { whole: whole.split(separator).join(''), fraction, unclear: false };
}

function unclearSplit(raw: string): Split {
  return { whole: raw.replace(/\D/g, ''), fraction: '', unclear: true };
}

function sameValue(a: Split, b: Split): boolean {
  return Number(`${a.whole}.${a.fraction || '0'}`) === Number(`${b.whole}.${b.fraction || '0'}`);
}

/** Whole cents by moving the decimal point on the digits themselves (no binary rounding), half up. */
function toCents(whole: string, fraction: string, exponent: number): number {
  const shift = exponent + 2;
  const digits = whole + fraction.padEnd(shift, '0').slice(0, shift);
  const rest = fraction.slice(shift);
  const roundUp = rest !== '' && rest.charCodeAt(0) >= '5'.charCodeAt(0);
  return Number(digits) + (roundUp ? 1 : 0);
}
