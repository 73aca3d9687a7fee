import { codeToKey, noticeCatalog, type NoticeCatalog } from './notice-catalog.ts';
import type { Notice } from './notice-schema.ts';

export type NoticeLookup =
  | { ok: true; notice: Notice }
  /** Code-shaped but not in the catalog; suggestions are display codes, best first. */
  | { ok: false; code: 'unknown_notice'; key: string; suggestions: string[] }
  /** Nothing code-shaped at all; suggestions come from words of the titles, if any match. */
  | { ok: false; code: 'no_code_found'; suggestions: string[] };

const MAX_SUGGESTIONS = 5;
/** Edits (Damerau-Levenshtein, plus a prefix change) still worth suggesting. */
const MAX_SUGGESTION_DISTANCE = 2;
const PREFIX_CHANGE_COST = 1;
/** `L` and `LT` are easily confused (Letter 1058 vs LT11), so swapping them costs less. */
const LETTER_PREFIX_CHANGE_COST = 0.5;

/**
 * A prefixed code: `CP14`, `cp-14`, `LT 11`, `Letter 1058`, `Ltr. 1058`, `L-1058`, `CP 504 B`, `Letter No. 1058`,
 * and in Spanish `carta 1058`, `carta núm. 1058` ("aviso CP14" holds a prefixed code already).
 * Groups: prefix, separator before the number, number, separator before the suffix, suffix letter.
 */
const PREFIXED_CODE =
  /(?<![A-Z0-9])(LETTER|CARTA|LTR|LT|CP|L)([\s.:#-]{0,3}(?:(?:NO\.?|NUMBER|NUM\.?|NUMERO|NÚM\.?|NÚMERO)[\s.:#-]{0,3})?)0*(\d{1,6})(?!\d)(?:(\s*-\s*|\s+)?([A-Z])(?![A-Z0-9]))?/g;
/** A bare number, possibly with a joined or hyphenated suffix letter: `1058`, `1058-A`, `504B`. */
const BARE_NUMBER = /(?<![A-Z0-9$.,/-])0*(\d{1,6})(?![\d/]|[.,]\d|-\d)(?:(-?)([A-Z])(?![A-Z0-9]))?/g;
/**
 * A spaced single letter that is also an English word ("cp14 a week ago") is read as a suffix only second,
 * unless the code itself is spaced ("cp 297 a notice"), which makes a spaced suffix the likely reading.
 */
const WORD_LIKE_SUFFIXES = new Set(['A', 'I']);
const FOLLOWED_BY_WORD = /^\s+[A-Z]/;

/** A number right after these is an amount, a date's day, or another document's number, not a notice. */
const NOT_A_CODE_BEFORE =
  /(?:\$|\bUSD|\bFORMS?|\bPUB|\bPUBLICATION|\bSCHEDULE|\bLINE|\bBOX|\bPAGE|\bSECTION|\bIRC|§|\bFORMULARIO|\bPUBLICACI[OÓ]N|\bANEXO|\bL[IÍ]NEA|\bCASILLA|\bP[AÁ]GINA|\bSECCI[OÓ]N|\b(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?|ENERO|FEBRERO|MARZO|ABRIL|MAYO|JUNIO|JULIO|AGOSTO|SEPTIEMBRE|SETIEMBRE|OCTUBRE|NOVIEMBRE|DICIEMBRE))\.?\s*$/;
/** A number right before these is an amount or a count, or an ordinal ("the 14th", "my 2nd notice"). */
const NOT_A_CODE_AFTER =
  /^(?:ST|ND|RD|TH)\b|^\s*(?:%|PERCENT\b|DOLLARS?\b|USD\b|DAYS?\b|WEEKS?\b|MONTHS?\b|YEARS?\b|POR CIENTO\b|D[OÓ]LARES\b|D[IÍ]AS?\b|SEMANAS?\b|MES(?:ES)?\b|AÑOS?\b|DE (?:ENERO|FEBRERO|MARZO|ABRIL|MAYO|JUNIO|JULIO|AGOSTO|SEPTIEMBRE|SETIEMBRE|OCTUBRE|NOVIEMBRE|DICIEMBRE)\b)/;
/**
 * Words that make a year-shaped number a year ("from 2024", "March 2, 2026", "de 2026", "del año 2024");
 * "notice for 14" stays CP14.
 */
const YEAR_CUE_BEFORE =
  /(?:\b(?:IN|FROM|FOR|SINCE|YEARS?|TAX|DATED|OF|ON|BY|UNTIL|BEFORE|AFTER|DE|DEL|EN|DESDE|PARA|AÑO|FISCAL|HASTA|ANTES|DESPU[EÉ]S)|\d,)\s*$/;
const YEAR_SHAPE = /^(?:19|20)\d\d$/;
/**
 * Any key, including bare ones and those the catalog could never hold (`CP0`). Only keys this module or
 * `codeToKey` built are split, so the anchors cannot change a result; they say the whole key is read.
 */
// Stryker disable next-line Regex: see above; a key is always one of these shapes from end to end.
const LOOSE_KEY = /^(CP|LT|L)?(\d+)([A-Z]?)$/;

const PREFIX_ORDER = ['CP', 'LT', 'L'] as const;
const TITLE_STOPWORDS = new Set(
  'THE AND FOR YOUR YOU NOTICE LETTER IRS TAX TAXES GOT HAVE RECEIVED FROM WITH THIS THAT ABOUT WHAT SAYS SAID OWE DAY'.split(
    ' ',
  ),
);
const MIN_KEYWORD_LENGTH = 3;

type CodeToken = {
  kind: 'prefixed' | 'bare';
  /** Canonical keys (bare tokens: number and suffix only), most likely reading first. */
  readings: string[];
};

type KeyParts = { prefix: string | undefined; body: string; number: string };

/**
 * The canonical key of the first code-shaped token: `cp 14` → `CP14`, `Ltr. 1058` → `L1058`. A code with a
 * prefix wins over bare numbers, so amounts and years in free text are never taken for a code when a real
 * one is present. A bare number gives a key without prefix (`1058`, `1058A`) that `lookupNotice` resolves
 * against the catalog. Undefined when nothing code-shaped is present.
 */
export function noticeKey(input: string): string | undefined {
  // scanTokens lists prefixed tokens first.
  return scanTokens(input)[0]?.readings[0];
}

/**
 * The catalog notice of a code the catalog itself gave (`notice.code`, as a conversation keeps it), or
 * undefined when the catalog no longer has it. An exact key: free text goes through `lookupNotice`.
 */
export function noticeByCode(code: string, catalog: NoticeCatalog = noticeCatalog): Notice | undefined {
  return catalog.byKey.get(codeToKey(code));
}

/** Resolves free text to a catalog notice, or explains why not with suggestions. Never throws. */
export function lookupNotice(input: string, catalog: NoticeCatalog = noticeCatalog): NoticeLookup {
  const tokens = scanTokens(input);
  const prefixed = tokens.filter((token) => token.kind === 'prefixed');
  if (prefixed.length > 0) return lookupPrefixed(prefixed, catalog);
  if (tokens.length > 0) return lookupBare(tokens, catalog);
  return { ok: false, code: 'no_code_found', suggestions: keywordSuggestions(input, catalog) };
}

/** Every catalog code for a "show me the list" answer: CP codes, then LT, then letters, by number. */
export function listNoticeCodes(catalog: NoticeCatalog = noticeCatalog): string[] {
  return [...catalog.notices]
    .sort((a, b) => compareKeys(codeToKey(a.code), codeToKey(b.code)))
    .map((n) => n.code);
}

function lookupPrefixed(tokens: CodeToken[], catalog: NoticeCatalog): NoticeLookup {
  for (const token of tokens) {
    for (const key of token.readings) {
      const notice = catalog.byKey.get(key);
      if (notice) return { ok: true, notice };
    }
  }
  // Stryker disable next-line OptionalChaining,StringLiteral: called with at least one token, each with a reading.
  const key = tokens[0]?.readings[0] ?? '';
  return { ok: false, code: 'unknown_notice', key, suggestions: nearMisses(key, catalog) };
}

function lookupBare(tokens: CodeToken[], catalog: NoticeCatalog): NoticeLookup {
  for (const token of tokens) {
    // Stryker disable next-line StringLiteral: a token always has a reading.
    const body = token.readings[0] ?? '';
    const matches = uniqueNotices(
      // Stryker disable next-line OptionalChaining: every catalog key splits.
      [...catalog.byKey].filter(([key]) => splitKey(key)?.body === body).map(([, notice]) => notice),
    );
    const [only, ...others] = matches;
    if (only === undefined) continue;
    if (others.length === 0) return { ok: true, notice: only };
    // At most three: one notice per prefix (CP, LT, Letter) with this number and suffix.
    const codes = matches.map((notice) => notice.code);
    return { ok: false, code: 'unknown_notice', key: body, suggestions: orderedCodes(codes) };
  }
  // Stryker disable next-line OptionalChaining,StringLiteral: called with at least one token, each with a reading.
  const key = tokens[0]?.readings[0] ?? '';
  return { ok: false, code: 'unknown_notice', key, suggestions: nearMisses(key, catalog) };
}

function scanTokens(input: string): CodeToken[] {
  const text = normalize(input);
  // Bare numbers count only when no prefixed code is present, so one inside a prefixed code never matters.
  const prefixed = [...text.matchAll(PREFIXED_CODE)].map((match) => prefixedToken(match, text));
  const bare = [...text.matchAll(BARE_NUMBER)].flatMap((match) => bareToken(match, text));
  return [...prefixed, ...bare];
}

function normalize(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

function prefixedToken(match: RegExpExecArray, text: string): CodeToken {
  // Stryker disable next-line StringLiteral: the prefix, its separator and the number always take part in a match.
  const [whole, rawPrefix = '', numberSeparator = '', number = '', separator, suffix = ''] = match;
  // LETTER, CARTA, LTR and L all name a letter.
  const prefix = rawPrefix === 'CP' || rawPrefix === 'LT' ? rawPrefix : 'L';
  const plain = `${prefix}${number}`;
  // Without a suffix, `suffixed` is `plain` and `separator` undefined: one reading.
  const suffixed = plain + suffix;
  const after = text.slice(match.index + whole.length);
  const spaced = separator !== undefined && separator.trim() === '';
  const compact = numberSeparator === '';
  const wordLike = spaced && compact && WORD_LIKE_SUFFIXES.has(suffix) && FOLLOWED_BY_WORD.test(after);
  if (wordLike) return { kind: 'prefixed', readings: [plain, suffixed] };
  return { kind: 'prefixed', readings: spaced ? [suffixed, plain] : [suffixed] };
}

function bareToken(match: RegExpExecArray, text: string): CodeToken[] {
  // Stryker disable next-line StringLiteral: the number always takes part in a match.
  const [whole, number = '', , suffix = ''] = match;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + whole.length);
  const isYear = YEAR_SHAPE.test(number) && YEAR_CUE_BEFORE.test(before);
  if (isYear || NOT_A_CODE_BEFORE.test(before) || NOT_A_CODE_AFTER.test(after)) return [];
  return [{ kind: 'bare', readings: [number + suffix] }];
}

function splitKey(key: string): KeyParts | undefined {
  const parts = LOOSE_KEY.exec(key);
  // Stryker disable next-line ConditionalExpression: only keys built from a code are split (see LOOSE_KEY).
  if (!parts) return undefined;
  // Stryker disable next-line StringLiteral: the number and the (possibly empty) suffix always take part.
  const [, prefix, number = '', suffix = ''] = parts;
  return { prefix, body: number + suffix, number };
}

type Scored = { notice: Notice; distance: number; anagram: boolean; contains: boolean; samePrefix: boolean };

function nearMisses(key: string, catalog: NoticeCatalog): string[] {
  const query = splitKey(key);
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: every key built from a code splits.
  if (!query) return [];
  const best = new Map<Notice, Scored>();
  for (const [candidateKey, notice] of catalog.byKey) {
    const candidate = splitKey(candidateKey);
    // Stryker disable next-line ConditionalExpression: every catalog key splits.
    if (!candidate) continue;
    const scored: Scored = {
      notice,
      distance: editDistance(query.body, candidate.body) + prefixCost(query.prefix, candidate.prefix),
      anagram: sortedChars(query.body) === sortedChars(candidate.body),
      contains: query.body.startsWith(candidate.number) || candidate.body.startsWith(query.number),
      samePrefix: query.prefix === candidate.prefix,
    };
    const previous = best.get(notice);
    if (scored.distance <= MAX_SUGGESTION_DISTANCE && (!previous || compareScored(scored, previous) < 0)) {
      best.set(notice, scored);
    }
  }
  return [...best.values()]
    .sort(compareScored)
    .slice(0, MAX_SUGGESTIONS)
    .map((scored) => scored.notice.code);
}

function compareScored(a: Scored, b: Scored): number {
  return (
    a.distance - b.distance ||
    Number(b.anagram) - Number(a.anagram) ||
    Number(b.contains) - Number(a.contains) ||
    Number(b.samePrefix) - Number(a.samePrefix) ||
    compareKeys(codeToKey(a.notice.code), codeToKey(b.notice.code))
  );
}

function prefixCost(query: string | undefined, candidate: string | undefined): number {
  if (query === undefined || query === candidate) return 0;
  const letters = new Set(['L', 'LT']);
  return letters.has(query) && candidate !== undefined && letters.has(candidate)
    ? LETTER_PREFIX_CHANGE_COST
    : PREFIX_CHANGE_COST;
}

function sortedChars(text: string): string {
  return [...text].sort().join();
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
function editDistance(a: string, b: string): number {
  // First row j, first column i; every other cell is computed below.
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (j === 0 ? i : j)),
  );
  // Stryker disable next-line OptionalChaining: only cells inside the table are read.
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      const row = rows[i];
      // Stryker disable next-line ConditionalExpression: row i exists for every i of the loop.
      if (row) row[j] = value;
    }
  }
  return at(a.length, b.length);
}

function compareKeys(a: string, b: string): number {
  const left = splitKey(a);
  const right = splitKey(b);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: catalog keys always split.
  if (!left || !right) return a.localeCompare(b);
  const prefixRank = (prefix: string | undefined) => PREFIX_ORDER.findIndex((known) => known === prefix);
  return (
    prefixRank(left.prefix) - prefixRank(right.prefix) ||
    Number(left.number) - Number(right.number) ||
    left.body.localeCompare(right.body)
  );
}

function orderedCodes(codes: string[]): string[] {
  return [...codes].sort((a, b) => compareKeys(codeToKey(a), codeToKey(b)));
}

function uniqueNotices(notices: Notice[]): Notice[] {
  return [...new Set(notices)];
}

/** For text with no code at all ("a letter about a lien"): notices whose titles share its words. */
function keywordSuggestions(input: string, catalog: NoticeCatalog): string[] {
  const words = new Set(keywords(input));
  // Stryker disable next-line ConditionalExpression: a shortcut; with no words every title scores 0 and none is kept.
  if (words.size === 0) return [];
  return catalog.notices
    .map((notice) => ({ notice, score: keywords(notice.title).filter((word) => words.has(word)).length }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || compareKeys(codeToKey(a.notice.code), codeToKey(b.notice.code)))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ notice }) => notice.code);
}

function keywords(text: string): string[] {
  return (
    normalize(text)
      // Stryker disable next-line Regex: splitting at each non-letter only adds empty words, which are too short.
      .split(/[^A-Z]+/)
      .filter((word) => word.length >= MIN_KEYWORD_LENGTH && !TITLE_STOPWORDS.has(word))
      .map((word) => word.replace(/S$/, ''))
  );
}
