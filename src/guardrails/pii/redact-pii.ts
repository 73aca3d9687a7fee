/**
 * Finds and replaces the numbers a taxpayer must never have to share with a chat bot (SSN, ITIN, EIN,
 * bank, routing and card numbers, IRS Identity Protection PINs, dates of birth), while leaving what the
 * product needs intact: notice codes, form numbers, amounts, years, notice dates and IRS phone numbers.
 * Pure and synchronous; the logger and storage use it too.
 */

export type PiiKind =
  'ssn' | 'itin' | 'ein' | 'bank_account' | 'routing_number' | 'card_number' | 'irs_pin' | 'date_of_birth';

export type PiiRedaction = { text: string; found: PiiKind[] };

export const PII_PLACEHOLDERS: Readonly<Record<PiiKind, string>> = {
  ssn: '[SSN removed]',
  itin: '[ITIN removed]',
  ein: '[EIN removed]',
  bank_account: '[account number removed]',
  routing_number: '[routing number removed]',
  card_number: '[card number removed]',
  irs_pin: '[IP PIN removed]',
  date_of_birth: '[date of birth removed]',
};

type Span = { start: number; end: number; kind: PiiKind };
type Detector = (scan: string) => Span[];

// Placeholders are blanked with this character before scanning, so that the words inside them
// ("account", "PIN", "date of birth") never act as keywords for the numbers around them.
const MASK = '\u0000';
const PLACEHOLDER_PATTERN = new RegExp(
  Object.values(PII_PLACEHOLDERS)
    .map((p) => p.replace(/[[\]]/g, '\\$&'))
    .join('|'),
  'g',
);

/** How far before a number a keyword may sit (characters of filler, never crossing another number). */
const MAX_FILLER_BEFORE = 30;
/** How far after a number a trailing keyword ("… is my routing number") may start. */
const MAX_FILLER_AFTER = 15;
/** How much text before a number is searched for a keyword. */
const LOOKBEHIND_WINDOW = 80;

// Filler that mentions money means the number is an amount, not an identifier ("account balance 125000").
const MONEY_WORDS =
  /\$|\b(?:owe[ds]?|owing|due|balance|amount|total|pay|paid|paying|payment|dollars?|bill(?:ed)?|penalt(?:y|ies)|interest|refund|charge[ds]?|debo|debe|deuda|saldo|monto|cantidad|pagar|pago|pagu[eé]|d[oó]lares|multas?|intereses|reembolso|cargos?)(?![\p{L}\d])/iu;
const SENTENCE_BREAK = /[!?\n]|\.\s+[A-Z]/;

// Keywords in English and Spanish ("número de seguro social", "cuenta", "fecha de nacimiento").
const ACCOUNT_KEYWORD = /\b(?:account|acct|acc't|a\/c|cuenta|cta)\b/gi;
const ROUTING_KEYWORD = /\b(?:routing|aba|rtn|transit|ruta|tr[aá]nsito)(?![\p{L}\d])/giu;
const PIN_KEYWORD = /\b(?:ip[ -]?pin|identity protection (?:pin|personal identification number)|pin)\b/gi;
const EIN_KEYWORD =
  /\b(?:f?ein|employer identification(?: number)?|employer id|tax id|tin|n[uú]mero de identificaci[oó]n (?:patronal|del empleador))(?![\p{L}\d])/giu;
const SSN_KEYWORD = /\b(?:ssn|ss#|social security(?: number| no\.?| #)?|social)\b/gi;
const ITIN_KEYWORD = /\bitin\b/gi;
const CARD_KEYWORD =
  /\b(?:card|visa|mastercard|amex|american express|discover|debit|credit|tarjeta|d[eé]bito|cr[eé]dito)(?![\p{L}\d])/giu;
const DOB_KEYWORD =
  /\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born(?: on)?|b-day|fecha de nacimiento|nac[ií](?: el)?|cumplea[nñ]os)(?=\W|$)/giu;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SPANISH_MONTH =
  '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const DATE_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `(?<!\\d)(?:0?[1-9]|[12]\\d|3[01])\\s+de\\s+${SPANISH_MONTH}\\s+(?:de|del)\\s+\\d{4}(?!\\d)`,
    'gi',
  ),
  /(?<!\d)(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:\d{4}|\d{2})(?!\d)/g,
  /(?<!\d)\d{4}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?!\d)/g,
  new RegExp(`\\b${MONTH}\\.?\\s+(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)`, 'gi'),
  new RegExp(
    `(?<!\\d)(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}(?!\\d)`,
    'gi',
  ),
];

// Capitalised words that start sentences or name things on a notice, never a person.
const NOT_NAME_WORDS = new Set(
  (
    'the my our your his her their a an on by in at for from since until before after dated date due ' +
    'notice letter form irs internal revenue service tax taxes court appeals office department treasury ' +
    'today received sent paid payment deadline hearing cp lt monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec i hi hello dear thanks thank please yes no ok okay ' +
    'city county state street avenue road beach park island lake valley springs north south east west new'
  ).split(' '),
);
const NAME_BEFORE = /([A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2})\s*[,:(-]?\s*$/;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      // Stryker disable next-line EqualityOperator: a doubled digit is even, never 9, so `> 9` and `>= 9` agree.
      if (d > 9) d -= 9;
    }
    // Stryker disable next-line AssignmentOperator: -sum is a multiple of 10 exactly when sum is.
    sum += d;
  }
  return sum % 10 === 0;
}

const ABA_WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1] as const;
/** The ABA check digit over nine digits (the only caller passes NINE_DIGITS matches). */
function abaValid(digits: string): boolean {
  const sum = ABA_WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  return sum % 10 === 0 && sum > 0;
}

// ITIN: 9XX-(50–65, 70–88, 90–92, 94–99)-XXXX.
function isItin(digits: string): boolean {
  if (digits[0] !== '9') return false;
  const group = Number(digits.slice(3, 5));
  return (
    (group >= 50 && group <= 65) ||
    (group >= 70 && group <= 88) ||
    (group >= 90 && group <= 92) ||
    group >= 94
  );
}

function isPlausibleSsn(digits: string): boolean {
  const area = digits.slice(0, 3);
  return (
    area !== '000' &&
    area !== '666' &&
    digits[0] !== '9' &&
    digits.slice(3, 5) !== '00' &&
    digits.slice(5) !== '0000'
  );
}

function ssnOrItin(digits: string): PiiKind {
  return isItin(digits) ? 'itin' : 'ssn';
}

function matchesOf(pattern: RegExp, text: string): RegExpMatchArray[] {
  return [...text.matchAll(pattern)];
}

// "routing 021000021, 011000015": once the first item is redacted, the next one in the list follows.
const LIST_JOINER = /^\s*(?:,|;|\/|&|and|or)?\s*$/i;

function acceptableFiller(filler: string, maxLength: number): boolean {
  const lastMask = filler.lastIndexOf(MASK);
  if (lastMask >= 0) return LIST_JOINER.test(filler.slice(lastMask + 1));
  return (
    filler.length <= maxLength &&
    !/\d/.test(filler) &&
    !SENTENCE_BREAK.test(filler) &&
    !MONEY_WORDS.test(filler)
  );
}

function looksLikeAmount(scan: string, start: number, end: number): boolean {
  const after = scan.slice(end, end + 10);
  return (
    /\$\s?$/.test(scan.slice(0, start)) ||
    /^(?:[.,]\d|\s*(?:dollars?|usd|bucks|d[oó]lares)(?![\p{L}\d]))/iu.test(after)
  );
}

/** True when a keyword ends shortly before `start`, or starts shortly after `end`, with plain filler between. */
function keywordNear(scan: string, start: number, end: number, keyword: RegExp): boolean {
  const windowStart = Math.max(0, start - LOOKBEHIND_WINDOW);
  const before = matchesOf(keyword, scan.slice(windowStart, start));
  const last = before.at(-1);
  if (last?.index !== undefined) {
    const fillerStart = windowStart + last.index + last[0].length;
    if (acceptableFiller(scan.slice(fillerStart, start), MAX_FILLER_BEFORE)) return true;
  }
  // "… 021000021 is my routing number": only when nothing before the number says it is money.
  const after = matchesOf(keyword, scan.slice(end, end + MAX_FILLER_AFTER + 40));
  const first = after[0];
  return (
    first?.index !== undefined &&
    acceptableFiller(scan.slice(end, end + first.index), MAX_FILLER_AFTER) &&
    !MONEY_WORDS.test(ownLeadIn(scan, start))
  );
}

/**
 * The text just before a number that can only be about that number: it stops at the previous number, so
 * the money in "I owe $2,400 and 12345678901 is my account number" belongs to 2,400, not to the account.
 */
function ownLeadIn(scan: string, start: number): string {
  const limit = Math.max(0, start - MAX_FILLER_BEFORE);
  let from = start;
  while (from > limit && !/\d/.test(scan.charAt(from - 1)) && scan.charAt(from - 1) !== MASK) from -= 1;
  return scan.slice(from, start);
}

// Each detector finds one kind of number; the order of DETECTORS is the priority when spans overlap.

const detectDateOfBirth: Detector = (scan) =>
  DATE_PATTERNS.flatMap((pattern) => matchesOf(pattern, scan))
    .filter((m) => {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (keywordNear(scan, start, end, DOB_KEYWORD)) return true;
      const name = NAME_BEFORE.exec(scan.slice(Math.max(0, start - LOOKBEHIND_WINDOW), start))?.[1];
      return name !== undefined && isPersonName(name);
    })
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'date_of_birth' }));

/** NAME_BEFORE gives two or three capitalised words (and perhaps an initial): a name unless one is a notice's word. */
function isPersonName(candidate: string): boolean {
  return candidate.split(' ').every((w) => !NOT_NAME_WORDS.has(w.toLowerCase()));
}

function contextualDetector(
  candidate: RegExp,
  keyword: RegExp,
  kind: (digits: string) => PiiKind | undefined,
): Detector {
  return (scan) =>
    matchesOf(candidate, scan).flatMap((m) => {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const digits = m[0];
      const k = kind(digits);
      if (k === undefined || looksLikeAmount(scan, start, end) || !keywordNear(scan, start, end, keyword))
        return [];
      return [{ start, end, kind: k }];
    });
}

const SIX_DIGITS = /(?<!\d)\d{6}(?!\d)/g;
const NINE_DIGITS = /(?<!\d)\d{9}(?!\d)/g;
const ACCOUNT_DIGITS = /(?<!\d)\d{6,17}(?!\d)/g;

const detectIrsPin = contextualDetector(SIX_DIGITS, PIN_KEYWORD, () => 'irs_pin');
const detectRouting = contextualDetector(NINE_DIGITS, ROUTING_KEYWORD, (d) =>
  abaValid(d) ? 'routing_number' : undefined,
);
const detectSsnByKeyword = contextualDetector(NINE_DIGITS, SSN_KEYWORD, ssnOrItin);
const detectItinByKeyword = contextualDetector(NINE_DIGITS, ITIN_KEYWORD, () => 'itin');
const detectEinByKeyword = contextualDetector(NINE_DIGITS, EIN_KEYWORD, () => 'ein');
const detectBankAccount = contextualDetector(ACCOUNT_DIGITS, ACCOUNT_KEYWORD, () => 'bank_account');

const EIN_SHAPE = /(?<![\d-])\d{2}-\d{7}(?![\d]|-\d)/g;
const detectEinShape: Detector = (scan) =>
  matchesOf(EIN_SHAPE, scan).map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    kind: 'ein',
  }));

// 13–19 digits in a row, Luhn-valid: a card number whatever is around it.
const CARD_CONTIGUOUS = /(?<!\d)\d{13,19}(?!\d)/g;
// Grouped as typed from a card (4-4-4-4, 4-6-5, 4-4-4-4-3…): Luhn-valid and either a card issuer's
// prefix or the word "card" nearby, so that lists of years ("2021 2022 2023 2024") are left alone.
const CARD_GROUPED = /(?<![\d-])\d{4}([ -])\d{4,6}(?:\1\d{3,5}){1,3}(?![\d]|-\d)/g;
// Visa 4; Mastercard 51–55 and 2221–2720; Amex 34, 37; Diners 300–305, 36, 38; JCB 35; Discover 6011, 644–649, 65; UnionPay 62.
const CARD_ISSUER_PREFIX =
  /^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|3(?:0[0-5]|[68])|35|6(?:011|4[4-9]|5|2))/;

const detectCard: Detector = (scan) => [
  ...matchesOf(CARD_CONTIGUOUS, scan)
    .filter((m) => luhnValid(m[0]))
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'card_number' as const })),
  ...matchesOf(CARD_GROUPED, scan).flatMap((m) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const digits = m[0].replace(/\D/g, '');
    const plausible =
      digits.length >= 13 &&
      digits.length <= 19 &&
      luhnValid(digits) &&
      (CARD_ISSUER_PREFIX.test(digits) || keywordNear(scan, start, end, CARD_KEYWORD));
    return plausible ? [{ start, end, kind: 'card_number' as const }] : [];
  }),
];

// 123-45-6789, 123 45 6789, 123.45.6789: this shape is never anything the product needs.
const SSN_SEPARATED = /(?<!\d)\d{3}([ .-])\d{2}\1\d{4}(?!\d)/g;
const detectSsnShape: Detector = (scan) =>
  matchesOf(SSN_SEPARATED, scan).map((m) => {
    const start = m.index ?? 0;
    return { start, end: start + m[0].length, kind: ssnOrItin(m[0].replace(/\D/g, '')) };
  });

// Nine bare digits that follow the SSN or ITIN numbering rules and are not written as money.
const SSN_BARE = /(?<![\d$]|\d[.,])\d{9}(?!\d|[.,]\d)/g;
const detectSsnBare: Detector = (scan) =>
  matchesOf(SSN_BARE, scan).flatMap((m) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (looksLikeAmount(scan, start, end) || !(isPlausibleSsn(m[0]) || isItin(m[0]))) return [];
    return [{ start, end, kind: ssnOrItin(m[0]) }];
  });

const DETECTORS: readonly Detector[] = [
  detectDateOfBirth,
  detectIrsPin,
  detectRouting,
  detectItinByKeyword,
  detectEinByKeyword,
  detectSsnByKeyword,
  detectBankAccount,
  detectCard,
  detectEinShape,
  detectSsnShape,
  detectSsnBare,
];

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function detect(text: string): Span[] {
  const scan = text.replace(PLACEHOLDER_PATTERN, (p) => MASK.repeat(p.length));
  const chosen: Span[] = [];
  for (const detector of DETECTORS) {
    for (const span of detector(scan)) {
      if (!chosen.some((c) => overlaps(c, span))) chosen.push(span);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function redactOnce(text: string): PiiRedaction {
  const spans = detect(text);
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start) + PII_PLACEHOLDERS[span.kind];
    cursor = span.end;
  }
  return { text: out + text.slice(cursor), found: spans.map((s) => s.kind) };
}

/**
 * Replaces every SSN, ITIN, EIN, bank, routing and card number, IRS IP PIN and date of birth with a fixed
 * placeholder. Runs until nothing more is found (a redaction can reveal a list's next item), so the result
 * is a fixed point: redacting it again changes nothing. Every pass removes digits, so it always ends.
 */
export function redactPii(text: string): PiiRedaction {
  const found = new Set<PiiKind>();
  let current = text;
  for (;;) {
    const pass = redactOnce(current);
    if (pass.found.length === 0) break;
    pass.found.forEach((k) => found.add(k));
    current = pass.text;
  }
  return { text: current, found: [...found] };
}

/** Redacts every string inside a value (for log lines and stored state); returns a copy. */
export function redactDeep(value: unknown): unknown {
  return redactValue(value, new WeakSet());
}

function redactValue(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactPii(value).text;
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  const copy = redactObject(value, seen);
  seen.delete(value);
  return copy;
}

/**
 * Every kind of object a log call can carry. Maps and Sets keep their kind; an instance of any other class
 * becomes what a JSON log line shows of it (its `toJSON()`, or else its own enumerable fields), redacted.
 * Only a Date and binary data pass as they are: they hold no text.
 */
function redactObject(value: object, seen: WeakSet<object>): unknown {
  if (Array.isArray(value)) return value.map((item) => redactValue(item, seen));
  if (value instanceof Error) return redactError(value, seen);
  if (value instanceof Map) {
    return new Map([...value].map(([key, item]) => [redactValue(key, seen), redactValue(item, seen)]));
  }
  if (value instanceof Set) return new Set([...value].map((item) => redactValue(item, seen)));
  if (value instanceof Date || value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return value;
  const toJSON: unknown = Reflect.get(value, 'toJSON');
  if (typeof toJSON === 'function') return redactValue(toJSON.call(value), seen);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, seen)]));
}

/**
 * An error is logged with its message, stack, cause and own fields ("account 12345678901 not found"),
 * none of them enumerable but the last (and V8's stack is an accessor): copy the value of each own
 * property, redacted, onto an error of the same class, so that the logger's error serializer still sees
 * an error.
 */
function redactError(error: Error, seen: WeakSet<object>): Error {
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Error;
  for (const key of Object.getOwnPropertyNames(error)) {
    Object.defineProperty(copy, key, {
      value: redactValue(Reflect.get(error, key), seen),
      enumerable: Object.prototype.propertyIsEnumerable.call(error, key),
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
