/**
 * SMS text: Markdown to plain text, GSM-7 / UCS-2 length and segment counting, and clean splitting.
 * Pure functions only; the channel adapter decides what to send.
 */

export type SmsEncoding = 'gsm7' | 'ucs2';

/** The GSM 03.38 basic character set (one septet each), without the escape character. */
const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** The extension table: each costs two septets (escape + character). */
const GSM7_EXTENSION = new Set('^{}\\[~]|€\f');

/** Single-segment capacity and per-part capacity of a concatenated message (the rest is the UDH). */
const SEGMENT_LIMITS: Readonly<Record<SmsEncoding, { single: number; multi: number }>> = {
  gsm7: { single: 160, multi: 153 },
  ucs2: { single: 70, multi: 67 },
};

/** Longest text of one message, in septets (GSM-7) or UTF-16 code units (UCS-2). */
export type MessageLimits = Readonly<Record<SmsEncoding, number>>;

/** Twilio's advice: keep a message within 320 GSM-7 characters. */
const GSM7_MESSAGE_LIMIT = 320;
/** 320 septets take three concatenated parts; the UCS-2 limit keeps the same three parts (3 × 67). */
export const UCS2_MESSAGE_LIMIT = 3 * SEGMENT_LIMITS.ucs2.multi;
export const DEFAULT_MESSAGE_LIMITS: MessageLimits = { gsm7: GSM7_MESSAGE_LIMIT, ucs2: UCS2_MESSAGE_LIMIT };

function isGsm7Char(char: string): boolean {
  return GSM7_BASIC.has(char) || GSM7_EXTENSION.has(char);
}

/** GSM-7 when every character is in the basic or extension table; one other character makes it UCS-2. */
export function smsEncoding(text: string): SmsEncoding {
  for (const char of text) if (!isGsm7Char(char)) return 'ucs2';
  return 'gsm7';
}

/** What one character costs: septets in GSM-7 (extension characters 2), UTF-16 code units in UCS-2. */
function charCost(char: string, encoding: SmsEncoding): number {
  if (encoding === 'ucs2') return char.length;
  return GSM7_EXTENSION.has(char) ? 2 : 1;
}

/** The length that counts against SMS limits: septets for GSM-7, UTF-16 code units for UCS-2. */
export function smsLength(text: string): number {
  const encoding = smsEncoding(text);
  let length = 0;
  for (const char of text) length += charCost(char, encoding);
  return length;
}

/**
 * How many SMS segments the text is billed and sent as. A character never straddles two parts, so an
 * escape pair (GSM-7) or a surrogate pair (UCS-2) that would cross a boundary starts the next part.
 */
export function segmentCount(text: string): number {
  if (text === '') return 0;
  const encoding = smsEncoding(text);
  const limits = SEGMENT_LIMITS[encoding];
  if (smsLength(text) <= limits.single) return 1;
  let segments = 1;
  let used = 0;
  for (const char of text) {
    const cost = charCost(char, encoding);
    if (used + cost > limits.multi) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return segments;
}

export function fitsInMessage(text: string, limits: MessageLimits = DEFAULT_MESSAGE_LIMITS): boolean {
  return smsLength(text) <= limits[smsEncoding(text)];
}

/** Typography with a GSM-7 equivalent: one curly quote would otherwise switch a whole message to UCS-2. */
const GSM_FRIENDLY: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201A\u2032\u00B4`]/g, "'"],
  [/[\u201C\u201D\u201E\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u2022\u00B7\u25AA\u25CF]/g, '-'],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' '],
  [/[\u200B-\u200D\u2060\uFEFF]/g, ''],
  // Spanish: GSM-7 has é, ñ, ü, ¿ and ¡ but not á, í, ó, ú. Texting Spanish without those accents is
  // common and reads fine; with one, the whole text is UCS-2 and costs two to three times the segments.
  ...[...'áíóúÁÍÓÚ'].map(
    (accented) => [new RegExp(accented, 'g'), accented.normalize('NFD')[0] ?? ''] as const,
  ),
  // Characters XML 1.0 cannot carry, and carriage returns that some handsets show as boxes.
  // eslint-disable-next-line no-control-regex
  [/[\u0000-\u0008\u000B-\u001F\u007F]/g, ''],
];

export function toGsmFriendly(text: string): string {
  return GSM_FRIENDLY.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** A URL ends before trailing punctuation or emphasis marks ("see https://x.gov/a." or "**https://x.gov**"). */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>()]*[^\s<>().,;:!?'"*_]/g;
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>~|])/g;
/** Escaped ASCII punctuation is parked in the private-use area while the Markdown is read. */
const PRIVATE_USE_BASE = 0xe000;
const HIDDEN_ESCAPED = /[\ue000-\ue07f]/g;
const hideEscaped = (char: string) => String.fromCharCode(PRIVATE_USE_BASE + char.charCodeAt(0));
const PLACEHOLDER = (index: number) => `\u0000${index}\u0000`;
// eslint-disable-next-line no-control-regex
const PLACEHOLDER_PATTERN = /\u0000(\d+)\u0000/g;

/**
 * The bot's Markdown as plain text for SMS: no emphasis marks, headings or bullets; links as
 * "text: url". URLs are kept exactly as they are, underscores and asterisks included.
 */
export function markdownToPlainText(markdown: string): string {
  const urls: string[] = [];
  const keep = (url: string) => {
    urls.push(url);
    return PLACEHOLDER(urls.length - 1);
  };
  // Escaped characters are set aside first, so "\\_x\\_" is never read as emphasis.
  let text = markdown.replace(/\r\n?/g, '\n').replace(ESCAPED, (_m, char: string) => hideEscaped(char));
  text = text.replace(/```[^\n]*\n?/g, '');
  // Images keep their alt text; links become "text: url" (or the url alone when both are the same).
  text = text.replace(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, '$1');
  text = text.replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_m, label: string, url: string) =>
    label === url ? keep(url) : `${label}: ${keep(url)}`,
  );
  text = text.replace(/<(https?:\/\/[^>\s]+)>/g, (_m, url: string) => keep(url));
  text = text.replace(URL_PATTERN, keep);

  const lines = text.split('\n').map((line) => plainLine(line));
  text = lines
    .filter((line) => line !== null)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text
    .replace(PLACEHOLDER_PATTERN, (_m, index: string) => urls[Number(index)] ?? '')
    .replace(HIDDEN_ESCAPED, (char) => String.fromCharCode(char.charCodeAt(0) - PRIVATE_USE_BASE));
}

/** One line without its Markdown; null for a line that only drew a rule. */
function plainLine(line: string): string | null {
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return null;
  let result = line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s*>\s?/, '')
    // Bullets become plain lines: "•" is not in GSM-7 and would halve what one message can hold.
    .replace(/^\s*[-*+]\s+/, '')
    .replace(/^\s+/, '');
  result = stripEmphasis(result);
  return result
    .replace(/`([^`]*)`/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trimEnd();
}

function stripEmphasis(line: string): string {
  return (
    line
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      // A single * or _ only counts as emphasis when it opens and closes around words, not inside them.
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1$2')
      .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?![\w_])/g, '$1$2')
  );
}

/** Where text may be broken, from the cleanest to the last resort. */
type Level = 'paragraph' | 'line' | 'sentence' | 'word' | 'character';
const LEVELS: readonly Level[] = ['paragraph', 'line', 'sentence', 'word', 'character'];
const SEPARATOR: Readonly<Record<Level, string>> = {
  paragraph: '\n\n',
  line: '\n',
  sentence: ' ',
  word: ' ',
  character: '',
};

/** After . ! or ?, before a capital or digit, and not after an initial ("U.S.") or a short abbreviation. */
const SENTENCE_BREAK =
  /(?<=[.!?]['")\]]?)(?<!\b[A-Za-z]\.)(?<!\b(?:Mr|Mrs|Ms|Dr|No|St|vs|etc|Inc|Co)\.)\s+(?=['"(]?[A-Z0-9$])/;

/** Sentences of one line, for breaking a paragraph too long for a message. */
export function splitSentences(text: string): string[] {
  return text.split(SENTENCE_BREAK);
}

function pieces(text: string, level: Level): string[] {
  switch (level) {
    case 'paragraph':
      return text.split(/\n{2,}/);
    case 'line':
      return text.split('\n');
    case 'sentence':
      return splitSentences(text);
    case 'word':
      return text.split(/ +/);
    case 'character':
      return [...text];
  }
}

/** A piece of text that fits a message on its own, with the separator that joins it to the previous one. */
type Atom = { separator: string; text: string };

/**
 * Cuts the text at the coarsest boundary that yields pieces fitting a message: whole paragraphs where
 * they fit, else their lines, sentences or words. Only a single word longer than a whole message is
 * ever cut inside.
 */
function atoms(text: string, levelIndex: number, separator: string, fits: (text: string) => boolean): Atom[] {
  const level = LEVELS[levelIndex] ?? 'character';
  const result: Atom[] = [];
  let joiner = separator;
  for (const piece of pieces(text, level).map((p) => p.trim())) {
    if (piece === '') continue;
    if (fits(piece) || level === 'character') result.push({ separator: joiner, text: piece });
    else result.push(...atoms(piece, levelIndex + 1, joiner, fits));
    joiner = SEPARATOR[level];
  }
  return result;
}

/** Fills each message greedily; a paragraph that fits a message on its own is never split. */
function pack(text: string, fits: (text: string) => boolean): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const atom of atoms(text, 0, '', fits)) {
    const candidate = current === '' ? atom.text : `${current}${atom.separator}${atom.text}`;
    if (current !== '' && !fits(candidate)) {
      chunks.push(current);
      current = atom.text;
    } else {
      current = candidate;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/** "2/5 " before each part of a message sent in several. */
function partLabel(index: number, total: number): string {
  return `${index + 1}/${total} `;
}

/**
 * Splits a plain text into messages that each fit the limits, breaking at paragraphs, then lines,
 * then sentences, then words. Several parts are numbered ("1/3 ", "2/3 "…), and the number counts
 * against the limit, since carriers may deliver the parts out of order.
 */
export function splitForSms(text: string, limits: MessageLimits = DEFAULT_MESSAGE_LIMITS): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (fitsInMessage(trimmed, limits)) return [trimmed];
  let reserved = partLabel(0, 2).length;
  for (;;) {
    // The label is digits, "/" and a space: one unit each in either encoding.
    const room = 'x'.repeat(reserved);
    const parts = pack(trimmed, (candidate) => fitsInMessage(room + candidate, limits));
    const needed = partLabel(parts.length - 1, parts.length).length;
    if (needed <= reserved) return parts.map((part, index) => partLabel(index, parts.length) + part);
    reserved = needed;
  }
}
