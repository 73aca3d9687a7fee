/**
 * Finds the checkable facts in a text (numbers, amounts, dates, forms, notice codes, code sections, phone
 * numbers, URLs) and writes each one in a single normal form, so that two texts can be compared fact by
 * fact whatever the formatting ("$1,200.50" and "$1200.50", "(800) 829 1040" and "800-829-1040").
 *
 * Matchers run from the most specific to the most general; each claims its span so that the digits of a
 * phone number or a date are not read again as loose numbers.
 */

export type FactKind =
  | 'url'
  | 'email'
  | 'phone'
  | 'form'
  | 'publication'
  | 'notice'
  | 'irc'
  | 'regulation'
  | 'date'
  | 'month-day'
  | 'month'
  | 'money'
  | 'percent'
  | 'number';

/** Replaces a claimed span: neither a word character nor whitespace, so later matchers see a hard break. */
const CLAIMED = '\u0001';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  // Spanish month names (written lower case in Spanish); none is an English word.
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

/** "May" is also a modal verb: only the capitalised word counts as the month. */
const MONTH_PATTERN =
  '(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|May|[Jj]un(?:e)?|[Jj]ul(?:y)?|[Aa]ug(?:ust)?|[Ss]ep(?:t(?:ember)?)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)';

/** Spanish month names, for "20 de noviembre de 2026" and "abril de 2026". */
const SPANISH_MONTH_PATTERN =
  '(?:[Ee]nero|[Ff]ebrero|[Mm]arzo|[Aa]bril|[Mm]ayo|[Jj]unio|[Jj]ulio|[Aa]gosto|[Ss]e(?:p)?tiembre|[Oo]ctubre|[Nn]oviembre|[Dd]iciembre)';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const SMALL_NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** Hosts ending in these are read as web addresses even without a scheme ("irs.gov/payments"). */
const BARE_URL_TLDS = 'gov|com|org|net|edu|us|mil|io|info|biz|co';

type Matcher = { pattern: RegExp; toTokens(match: RegExpMatchArray): string[] };

/** Extracts every fact token: sorted, unique, normalised. */
export function extractFacts(text: string): string[] {
  const tokens = new Set<string>();
  let rest = text;
  for (const matcher of MATCHERS) rest = claim(rest, matcher, tokens);
  return [...tokens].sort();
}

/** Tells what a token from `extractFacts` is, by its normal form. */
export function factKind(token: string): FactKind {
  if (token.startsWith('$')) return 'money';
  if (token.endsWith('%')) return 'percent';
  if (token.startsWith('form ')) return 'form';
  if (token.startsWith('publication ')) return 'publication';
  if (token.startsWith('letter ') || /^(?:cp|lt)\d/.test(token)) return 'notice';
  if (token.startsWith('irc ')) return 'irc';
  if (token.startsWith('reg ')) return 'regulation';
  if (/^\d{4}-\d{2}-\d{2}$/.test(token)) return 'date';
  if (/^--\d{2}-\d{2}$/.test(token)) return 'month-day';
  if (/^\d{4}-\d{2}$/.test(token)) return 'month';
  if (/^\d{10}$/.test(token)) return 'phone';
  if (token.includes('@')) return 'email';
  if (/^\d+(?:\.\d+)?$/.test(token)) return 'number';
  return 'url';
}

/** Adds the matcher's tokens and masks what it matched, so later (more general) matchers skip it. */
function claim(text: string, matcher: Matcher, tokens: Set<string>): string {
  let masked = '';
  let from = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const found = matcher.toTokens(match);
    if (found.length === 0) continue;
    for (const token of found) tokens.add(token);
    const start = match.index ?? 0;
    masked += text.slice(from, start) + CLAIMED.repeat(match[0].length);
    from = start + match[0].length;
  }
  return masked + text.slice(from);
}

// ---------------------------------------------------------------- normalisers

/** "1,200.50" → "1200.50"; "100,000.00" → "100000"; "007" → "7". */
export function normaliseNumber(raw: string): string {
  const plain = raw.replace(/,/g, '');
  const [whole = '0', fraction] = plain.split('.');
  const wholeDigits = whole.replace(/^0+(?=\d)/, '');
  if (fraction === undefined || /^0+$/.test(fraction)) return wholeDigits;
  return `${wholeDigits}.${fraction}`;
}

function scaled(raw: string, scale: string | undefined): string {
  const base = normaliseNumber(raw);
  const factor = scale === undefined ? undefined : SCALE_WORDS[scale.toLowerCase()];
  if (factor === undefined) return base;
  const [whole = '0', fraction = ''] = base.split('.');
  // Decimal shift on the digits themselves, so "$1.2 million" gives exactly "$1200000".
  const zeros = String(factor).length - 1;
  const digits = (whole + fraction.padEnd(zeros, '0')).slice(0, whole.length + zeros);
  const remainder = fraction.slice(zeros);
  return normaliseNumber(remainder === '' ? digits : `${digits}.${remainder}`);
}

function isValidDay(month: number, day: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = DAYS_IN_MONTH[month - 1] ?? 0;
  if (month === 2 && day === 29 && year !== undefined) return isLeapYear(year);
  return day <= max;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function fullYear(raw: string): number {
  const value = Number(raw);
  // Two-digit years on US forms and letters are this century.
  return raw.length === 2 ? 2000 + value : value;
}

function dateToken(year: number | undefined, month: number, day: number): string[] {
  if (!isValidDay(month, day, year)) return [];
  return year === undefined ? [`--${pad2(month)}-${pad2(day)}`] : [`${year}-${pad2(month)}-${pad2(day)}`];
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** "thirty", "twenty-one", "one hundred fifty" → 30, 21, 150; undefined when the words are not a number. */
export function wordsToNumber(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue;
    const small = SMALL_NUMBER_WORDS[word] ?? TENS_WORDS[word];
    if (small !== undefined) {
      current += small;
      seen = true;
    } else if (word === 'hundred') {
      current = (current === 0 ? 1 : current) * 100;
      seen = true;
    } else if (word === 'thousand') {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
      seen = true;
    } else {
      return undefined;
    }
  }
  return seen ? total + current : undefined;
}

/** Host and path, lower case, without scheme, "www.", query-less trailing slash or trailing punctuation. */
export function normaliseUrl(raw: string): string {
  let url = raw.toLowerCase().replace(/[.,;:!?'"]+$/, '');
  // A closing parenthesis belongs to the URL only when the URL opened one.
  while (url.endsWith(')') && (url.match(/\(/g) ?? []).length < (url.match(/\)/g) ?? []).length) {
    url = url.slice(0, -1).replace(/[.,;:!?]+$/, '');
  }
  url = url.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^www\./, '');
  url = url.replace(/#.*$/, '');
  return url.replace(/\/+(?=\?|$)/, '');
}

// ---------------------------------------------------------------- matchers

const WORD_NUMBER = (() => {
  const small = Object.keys(SMALL_NUMBER_WORDS).join('|');
  const tens = Object.keys(TENS_WORDS).join('|');
  const upToNinetyNine = `(?:(?:${tens})(?:[\\s-](?:${small}))?|${small})`;
  return `${upToNinetyNine}(?:\\s+hundred(?:\\s+(?:and\\s+)?${upToNinetyNine})?)?`;
})();

const SPANISH_UNITS: Readonly<Record<string, number>> = {
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiún: 21,
  veintidós: 22,
  veintitrés: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
};

const SPANISH_TENS: Readonly<Record<string, number>> = {
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
};

/** "treinta y cinco", "noventa", "quince"; longest words first so "dieciséis" is not read as "diez". */
const SPANISH_WORD_NUMBER = (() => {
  const byLength = (words: string[]) => words.sort((a, b) => b.length - a.length).join('|');
  const units = byLength([...Object.keys(SPANISH_UNITS), 'un', 'uno', 'una']);
  const tens = byLength(Object.keys(SPANISH_TENS));
  return `(?:(?:${tens})(?:\\s+y\\s+(?:${units}))?|${byLength(Object.keys(SPANISH_UNITS))})`;
})();

/** "treinta y cinco" → 35; undefined when the words are not a Spanish number. */
export function spanishWordsToNumber(words: string): number | undefined {
  const [tens = '', units] = words.toLowerCase().split(/\s+y\s+/);
  const first = SPANISH_UNITS[tens] ?? SPANISH_TENS[tens];
  if (first === undefined) return undefined;
  if (units === undefined) return first;
  const second = ['un', 'uno', 'una'].includes(units) ? 1 : SPANISH_UNITS[units];
  return second === undefined || !(tens in SPANISH_TENS) ? undefined : first + second;
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/** Identifiers after "Form", "Forms", including lists: "Forms 433-A and 433-B", "Form 668(Y)(c)". */
const FORM_ID = String.raw`(?:[A-Za-z]{1,2}-\d{1,4}[A-Za-z]?|\d{2,5}(?:-[A-Za-z0-9]{1,3})?(?:\([A-Za-z0-9]{1,3}\))*)(?![\w-])`;
const LIST_SEPARATOR = String.raw`(?:\s*,\s*(?:and\s+|or\s+|y\s+|o\s+)?|\s*\/\s*|\s+(?:and|or|&|y|e|o|u)\s+)`;
/** A list goes on only with an identifier-like item: in "Form 12153 and 30 days" the 30 is a count. */
const NOT_A_COUNT = String.raw`(?!\s*(?:%|percent|days?|business|calendar|weeks?|months?|years?|dollars?|por\s+ciento|d[ií]as?|semanas?|mes(?:es)?|años?|d[oó]lares?)\b)`;
const FORM_LIST_ID = String.raw`(?:[A-Za-z]{1,2}-\d{1,4}[A-Za-z]?|\d{3,5}(?:-[A-Za-z0-9]{1,3})?(?:\([A-Za-z0-9]{1,3}\))*)(?![\w-])${NOT_A_COUNT}`;
const SECTION_ID = String.raw`\d{1,4}[A-Z]?(?:\([a-zA-Z0-9]{1,4}\))*`;
const SECTION_LIST_ID = String.raw`\d{4}[A-Z]?(?:\([a-zA-Z0-9]{1,4}\))*(?!\d)${NOT_A_COUNT}`;

function listItems(list: string, item: RegExp): string[] {
  return [...list.matchAll(item)].map((found) => found[0]);
}

const MATCHERS: readonly Matcher[] = [
  {
    // Email addresses before URLs, so the domain of an address is not read as a web address.
    pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
    toTokens: (m) => [m[0].toLowerCase()],
  },
  {
    pattern: /\bhttps?:\/\/[^\s<>"'\]]+/gi,
    toTokens: (m) => [normaliseUrl(m[0])],
  },
  {
    pattern: new RegExp(
      String.raw`(?<![\w@.-])(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:${BARE_URL_TLDS})\b(?:\/[^\s<>"'\]]*)?`,
      'gi',
    ),
    toTokens: (m) => [normaliseUrl(m[0])],
  },
  {
    // US phone numbers in any common layout; an optional leading country code 1 is dropped.
    pattern: /(?<![\d-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?![\d-])/g,
    toTokens: (m) => {
      const digits = m[0].replace(/\D/g, '');
      const national = digits.length === 11 ? digits.slice(1) : digits;
      return national.length === 10 ? [national] : [];
    },
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:forms?|formularios?)\s+(?:no\.?\s*|n[uú]m\.?\s*)?(${FORM_ID}(?:${LIST_SEPARATOR}${FORM_LIST_ID})*)`,
      'gi',
    ),
    toTokens: (m) => listItems(m[1] ?? '', new RegExp(FORM_ID, 'g')).map((id) => `form ${id.toLowerCase()}`),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:publications?|publicaci(?:ón|on|ones)|pubs?\.?)\s*(\d{1,4}[A-Za-z]?(?:${LIST_SEPARATOR}\d{1,4}[A-Za-z]?)*)\b`,
      'gi',
    ),
    toTokens: (m) =>
      listItems(m[1] ?? '', /\d{1,4}[A-Za-z]?/g).map((id) => `publication ${id.toLowerCase()}`),
  },
  {
    // "Letter 1058", "Letters 3172 and 1058", "Ltr 1058-A", "L1058".
    pattern:
      /\b(?:letters?|cartas?|ltrs?\.?)\s*(\d{3,4}(?:-?[A-Za-z])?(?:(?:\s*,\s*|\s*\/\s*|\s+(?:and|or|y|o)\s+)\d{3,4}(?:-?[A-Za-z])?)*)\b|\bL-?(\d{3,4}(?:-[A-Za-z])?)\b/gi,
    toTokens: (m) => {
      const ids = m[1] === undefined ? [m[2] ?? ''] : listItems(m[1], /\d{3,4}(?:-?[A-Za-z])?/g);
      return ids.map((id) => `letter ${id.toLowerCase()}`);
    },
  },
  {
    // "CP14", "cp 14", "CP-504B", "LT11", "LT 16", "Notice CP2000".
    pattern: /\b(CP|LT)\s?-?\s?(\d{1,4}[A-Za-z]?)\b/gi,
    toTokens: (m) => [`${(m[1] ?? '').toLowerCase()}${(m[2] ?? '').toLowerCase()}`],
  },
  {
    // Form names that are recognisable without the word "Form": "W-2", "SS-4", "1099-K", "433-A", "1040-X".
    pattern: /\b(?:W|SS)-\d{1,2}[A-Z]?\b|\b\d{3,5}-[A-Z]{1,3}\b(?!-)/g,
    toTokens: (m) => [`form ${m[0].toLowerCase()}`],
  },
  {
    // "Treas. Reg. § 301.6330-1(c)(2)", "Reg. 301.6330-1", "§ 301.6320-1", or a bare "301.6330-1".
    pattern:
      /(?:\b(?:treas(?:ury)?\.?\s*)?regs?\.?\s*(?:§\s*)?|\bregulations?\s*(?:§\s*)?|§\s*)(\d{1,3}\.\d{1,4}-\d{1,3}(?:\([a-zA-Z0-9]{1,4}\))*)|\b(301\.\d{4}-\d{1,3}(?:\([a-zA-Z0-9]{1,4}\))*)/gi,
    toTokens: (m) => [`reg ${(m[1] ?? m[2] ?? '').toLowerCase()}`],
  },
  {
    // "IRC 6330", "IRC §6601(e)(3)", "section 6331(d)", "IRC 6320/6330", "§§ 6320 and 6330".
    pattern: new RegExp(
      String.raw`(?:\b(?:IRC|I\.R\.C\.|Internal Revenue Code)\s*(?:sections?\s*|§{1,2}\s*)?|\b(?:sections?|secci(?:ón|on|ones))\s+(?=\d{3})|§{1,2}\s*)(${SECTION_ID}(?:${LIST_SEPARATOR}${SECTION_LIST_ID})*)`,
      'gi',
    ),
    toTokens: (m) =>
      listItems(m[1] ?? '', new RegExp(SECTION_ID, 'g')).map((id) => `irc ${id.toLowerCase()}`),
  },
  {
    // A bare four-digit number with a lettered subsection is a Code section in this domain: "6213(b)(2)".
    pattern: /\b(\d{4}\([a-z]\)(?:\([0-9a-zA-Z]{1,4}\))*)/g,
    toTokens: (m) => [`irc ${(m[1] ?? '').toLowerCase()}`],
  },
  {
    pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g,
    toTokens: (m) => dateToken(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    pattern: /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])/g,
    toTokens: (m) => dateToken(fullYear(m[4] ?? ''), Number(m[1]), Number(m[3])),
  },
  {
    // "April 15, 2026", "Apr. 15th 2026", "April 15".
    pattern: new RegExp(
      String.raw`\b(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`,
      'g',
    ),
    toTokens: (m) =>
      dateToken(m[3] === undefined ? undefined : Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])),
  },
  {
    // "15 April 2026", "the 15th of April".
    pattern: new RegExp(
      String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_PATTERN})\b\.?(?:,?\s+(\d{4})\b)?`,
      'g',
    ),
    toTokens: (m) =>
      dateToken(m[3] === undefined ? undefined : Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])),
  },
  {
    // Spanish: "20 de noviembre de 2026", "el 15 de abril".
    pattern: new RegExp(
      String.raw`\b(\d{1,2})\s+de\s+(${SPANISH_MONTH_PATTERN})\b(?:\s+(?:de|del)\s+(\d{4})\b)?`,
      'g',
    ),
    toTokens: (m) =>
      dateToken(m[3] === undefined ? undefined : Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])),
  },
  {
    // Spanish: "abril de 2026".
    pattern: new RegExp(String.raw`\b(${SPANISH_MONTH_PATTERN})\s+(?:de|del)\s+(\d{4})\b`, 'g'),
    toTokens: (m) => [`${m[2] ?? ''}-${pad2(monthNumber(m[1] ?? ''))}`],
  },
  {
    // "April 2026".
    pattern: new RegExp(String.raw`\b(${MONTH_PATTERN})\.?,?\s+(\d{4})\b`, 'g'),
    toTokens: (m) => [`${m[2] ?? ''}-${pad2(monthNumber(m[1] ?? ''))}`],
  },
  {
    // "4/15": read as month and day only when both are in range; "6320/6330" is not a date.
    pattern: /(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?![\d/])/g,
    toTokens: (m) => dateToken(undefined, Number(m[1]), Number(m[2])),
  },
  {
    pattern: new RegExp(String.raw`(?<![\w$])\$\s?(${NUMBER})(?:\s*(thousand|million|billion)\b)?`, 'gi'),
    toTokens: (m) => [`$${scaled(m[1] ?? '', m[2])}`],
  },
  {
    pattern: new RegExp(
      String.raw`(?<![\w.,])(${NUMBER})(?:\s*(thousand|million|billion))?\s+(?:US\s+)?(?:dollars?|d[oó]lares?)\b`,
      'gi',
    ),
    toTokens: (m) => [`$${scaled(m[1] ?? '', m[2])}`],
  },
  {
    pattern: new RegExp(
      String.raw`(?<![\w.,])(${NUMBER})\s?(?:%|\s?per\s?cent\b|\s?percent\b|\s?por\s?ciento\b)`,
      'gi',
    ),
    toTokens: (m) => [`${normaliseNumber(m[1] ?? '')}%`],
  },
  {
    // Spelled-out counts only before a unit, so "one of your options" is not read as the number 1.
    pattern: new RegExp(
      String.raw`\b(${WORD_NUMBER})[\s-]+(?:(?:business|calendar|working)[\s-]+)?(days?|weeks?|months?|years?|percent|per\s?cent|dollars?)\b`,
      'gi',
    ),
    toTokens: (m) => {
      const value = wordsToNumber(m[1] ?? '');
      if (value === undefined) return [];
      const unit = (m[2] ?? '').toLowerCase();
      if (unit.startsWith('per')) return [`${value}%`];
      if (unit.startsWith('dollar')) return [`$${value}`];
      return [String(value)];
    },
  },
  {
    // Spanish counts spelled out before a unit: "treinta días", "diez por ciento". "Un"/"una" are left
    // alone: they are mostly the article ("un mes" is "a month").
    pattern: new RegExp(
      String.raw`(?<![\p{L}\d])(${SPANISH_WORD_NUMBER})\s+(?:(d[ií]as?(?:\s+h[aá]biles)?|semanas?|mes(?:es)?|años?)\b|(por\s+ciento)\b|(d[oó]lares?)\b)`,
      'giu',
    ),
    toTokens: (m) => {
      const value = spanishWordsToNumber(m[1] ?? '');
      if (value === undefined) return [];
      if (m[3] !== undefined) return [`${value}%`];
      if (m[4] !== undefined) return [`$${value}`];
      return [String(value)];
    },
  },
  {
    pattern: new RegExp(String.raw`(?<![\d.])(${NUMBER})(?:st|nd|rd|th)?(?!\d)`, 'g'),
    toTokens: (m) => [normaliseNumber(m[1] ?? '')],
  },
];
