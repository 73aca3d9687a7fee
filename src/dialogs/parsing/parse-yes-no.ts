import { foldText } from './conventions.ts';

/**
 * Reads a yes/no answer ("Is your address outside the US?", "Can you pay it all now?") the way people
 * type it: "yep", "nope!!", "yes I can", "no, not right now", "👍", "noo", "yse", "sí", "claro", "no puedo".
 * Spanish words are read in any conversation: none of them means something else in English.
 *
 * The reader below is shared with parse-agreement. It never guesses: every part of the message has to
 * be understood (except reasons after "because" or "porque"), and a message that says both yes and no, or anything
 * it does not know, is `not_understood`, so that the dialog asks again with a hint.
 */

/** Longer messages are a question or a story, not an answer: the dialog treats them as free text. */
export const MAX_ANSWER_LENGTH = 500;

export type YesNoParse = { ok: true; value: boolean } | { ok: false; code: 'not_understood' | 'empty' };

/** What a clause says; `neutral` clauses ("thanks", "ok") say nothing and are ignored. */
export type AnswerRule<S extends string> = readonly [pattern: RegExp, signal: S | 'neutral'];

export type AnswerReading<S extends string> =
  { ok: true; signals: ReadonlySet<S> } | { ok: false; code: 'empty' | 'not_understood' };

/** Words the rules use, so that a stretched or doubled spelling ("yesss", "noo", "disagre") finds them. */
const VOCABULARY = [
  'yes',
  'yeah',
  'yep',
  'yup',
  'nope',
  'nah',
  'no',
  'not',
  'sure',
  'agree',
  'agreed',
  'disagree',
  'correct',
  'incorrect',
  'right',
  'wrong',
  'true',
  'false',
  'okay',
  'absolutely',
  'definitely',
  'already',
  'paid',
  'payed',
  'owe',
  'maybe',
  'dunno',
  'idea',
  'mine',
  'mistake',
  'never',
  'please',
  'thanks',
  'accurate',
  'partly',
  'dont',
  'didnt',
  'doesnt',
  'isnt',
  'cant',
  'cannot',
  'wont',
  'know',
  'think',
  'check',
  'of',
  'off',
  'to',
  'too',
  'si',
  'acuerdo',
  'correcto',
  'pague',
  'claro',
] as const;

/** Long enough that a one-letter slip cannot turn one of them into another English answer word. */
const FUZZY_TARGETS = [
  'agree',
  'disagree',
  'correct',
  'incorrect',
  'wrong',
  'already',
  'definitely',
  'absolutely',
  'accurate',
];
const FUZZY_MIN_LENGTH = 4;

/** Typed or dictated forms spelled out, so the rules are written once in full words. */
const EXPANSIONS: Readonly<Record<string, string>> = {
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  aint: 'is not',
  cant: 'can not',
  cannot: 'can not',
  couldnt: 'could not',
  wont: 'will not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  havent: 'have not',
  hasnt: 'has not',
  im: 'i am',
  ive: 'i have',
  its: 'it is',
  thats: 'that is',
  theres: 'there is',
  idk: 'i do not know',
  dunno: 'do not know',
  thx: 'thanks',
  ty: 'thanks',
  pls: 'please',
  plz: 'please',
  u: 'you',
  yse: 'yes',
  ys: 'yes',
  yas: 'yes',
  yea: 'yeah',
  yeh: 'yeah',
  yah: 'yeah',
  ya: 'yeah',
  nop: 'nope',
  na: 'nah',
  ok: 'okay',
  k: 'okay',
};

const EMOJI: readonly (readonly [RegExp, string])[] = [
  [/[\u{1F44D}\u{1F44C}\u{2705}\u{2714}\u{2611}]/gu, ' yes '],
  [/[\u{1F44E}\u{274C}\u{274E}\u{2716}\u{2717}\u{2718}]/gu, ' no '],
  [/\u{1F937}/gu, ' not sure '],
  [/\u{1F64F}/gu, ' thanks '],
];

/** Split points inside a clause; what follows a reason word explains the answer, it is not the answer. */
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'plus', 'though', 'although', 'however', 'pero', 'aunque']);
const REASON_WORDS = new Set(['because', 'cause', 'cuz', 'coz', 'bc', 'since', 'so', 'porque', 'pues']);
/** A lone first or last word that answers by itself ("no I already paid", "I owe it yes", "sí, lo debo"). */
const ANSWER_WORDS = new Set([
  'yes',
  'y',
  'yeah',
  'yep',
  'yup',
  'sure',
  'no',
  'n',
  'nope',
  'nah',
  'okay',
  'si',
  'claro',
]);

/** Spoken padding around an answer: "well, um, yes I can, thanks". */
const LEADING_FILLER =
  /^(?:well|um+|uh+|hmm+|oh|ah|so|honestly|actually|i mean|i think|i believe|i guess|to be honest|tbh|hi|hello|hey|okay|alright|then|and|but|bueno|pues|mira|la verdad|hola|oiga)(?: |$)/;
const TRAILING_FILLER =
  /(?:(?:^| )(?:please|thanks|thank you|thanks a lot|lol|honestly|actually|tbh|though|sir|maam|i guess|i think|i believe|then|okay|gracias|muchas gracias|por favor|senor|senora|la verdad))+$/;

/** Exact-word sets shared by both parsers: the plain answers. */
export const PLAIN_YES =
  'yes|y|yeah|yep|yup|yes yes|yes sir|yes maam|sure|sure thing|of course|certainly|correct|right|true|exactly|absolutely|definitely|indeed|affirmative|for sure|totally|that is right|that is correct|that is true|yes it is|yes i do|yes i am|yes i can';
export const PLAIN_NO =
  'no|n|nope|nah|nay|no no|no way|hell no|no sir|no maam|not at all|absolutely not|definitely not|of course not|certainly not|negative|never|not really|false|no it is not|no i do not|no i am not|no i can not';

/** Spanish answers, with accents folded ("sí" → "si"): "sí", "claro que sí", "así es", "no, para nada". */
export const SPANISH_YES =
  'si|si si|sip|claro|claro que si|por supuesto|desde luego|asi es|exacto|exactamente|cierto|es cierto|correcto|es correcto|si es correcto|eso es|si senor|si senora|efectivamente';
export const SPANISH_NO =
  'no|no no|nop|para nada|claro que no|de ninguna manera|nunca|negativo|en absoluto|no es correcto|no es cierto|no senor|no senora';

const YES_NO_RULES: readonly AnswerRule<'yes' | 'no'>[] = [
  [new RegExp(`^(?:${SPANISH_YES})$`), 'yes'],
  [new RegExp(`^(?:${SPANISH_NO})$`), 'no'],
  [/^(?:si )?(?:lo )?(?:es|estoy|esta|vivo|tengo|puedo|podemos|quiero)$/, 'yes'],
  [/^no (?:lo )?(?:es|estoy|esta|vivo|tengo|puedo|podemos|quiero)$/, 'no'],
  [/^(?:creo que|supongo que) si$/, 'yes'],
  [/^(?:creo que|supongo que) no$|^no creo$/, 'no'],
  [
    /^(?:si )?(?:puedo|podemos) pagar(?:lo|la)?(?: todo| completo| el total| la totalidad| por completo)?(?: ahora| ya| hoy| ahora mismo)?$/,
    'yes',
  ],
  [
    /^no (?:puedo|podemos) pagar(?:lo|la)?(?: todo| completo| el total| la totalidad| por completo)?(?: ahora| ya| hoy| ahora mismo)?$/,
    'no',
  ],
  [/^(?:ahora no|todavia no|aun no|por ahora no|no por ahora|no ahora|no todavia)$/, 'no'],
  [/^(?:gracias|muchas gracias|por favor|hola|vale|ok|bueno)$/, 'neutral'],
  [new RegExp(`^(?:${PLAIN_YES})$`), 'yes'],
  [new RegExp(`^(?:${PLAIN_NO})$`), 'no'],
  [/^(?:i|it|that|this|we|they) (?:do|am|is|are|can|will|does|have)$/, 'yes'],
  [/^(?:i|it|that|this|we|they) (?:do|am|is|are|can|will|does|have) not$/, 'no'],
  [/^(?:i )?(?:think|believe|guess|suppose) so$/, 'yes'],
  [/^i do not (?:think|believe) so$/, 'no'],
  [
    /^(?:i )?can pay(?: it)?(?: all| in full| it all| all of it| the whole thing)?(?: now| right now| today)?$/,
    'yes',
  ],
  [
    /^(?:i )?(?:can not|could not) (?:afford it|pay(?: it)?(?: all| in full| it all| all of it| the whole thing)?(?: now| right now| today)?)$/,
    'no',
  ],
  [/^not (?:now|right now|at the moment|today|yet|really)$/, 'no'],
  [/^(?:thanks|thank you|please|okay|hi|hello)$/, 'neutral'],
];

/** Parses a yes/no answer. "not sure" and "maybe" are `not_understood`: this question has no third answer. */
export function parseYesNo(text: string): YesNoParse {
  const reading = readAnswer(text, YES_NO_RULES);
  if (!reading.ok) return reading;
  if (reading.signals.size !== 1) return { ok: false, code: 'not_understood' };
  return { ok: true, value: reading.signals.has('yes') };
}

/**
 * Splits a message into clauses, reads each with the rules and returns every signal found, or a failure
 * when any clause (other than a reason) is not understood. Each clause is tried whole first, so that
 * fixed phrases containing conjunctions ("yes and no") win over their parts.
 */
export function readAnswer<S extends string>(
  text: string,
  rules: readonly AnswerRule<S>[],
): AnswerReading<S> {
  if (text.length > MAX_ANSWER_LENGTH) return { ok: false, code: 'not_understood' };
  const clauses = toClauses(text);
  if (clauses.length === 0) return { ok: false, code: 'empty' };
  const signals = readClauses(clauses, rules);
  if (signals === undefined) return { ok: false, code: 'not_understood' };
  const meaningful = new Set(signals.filter((s): s is S => s !== 'neutral'));
  return meaningful.size === 0 ? { ok: false, code: 'not_understood' } : { ok: true, signals: meaningful };
}

function readClauses<S extends string>(
  clauses: readonly string[][],
  rules: readonly AnswerRule<S>[],
): (S | 'neutral')[] | undefined {
  const signals: (S | 'neutral')[] = [];
  for (const clause of clauses) {
    const read = readClause(clause, rules);
    if (read === undefined) return undefined;
    signals.push(...read);
  }
  return signals;
}

function readClause<S extends string>(
  tokens: readonly string[],
  rules: readonly AnswerRule<S>[],
): (S | 'neutral')[] | undefined {
  const whole = classify(tokens, rules);
  if (whole !== undefined) return [whole];
  const signals: (S | 'neutral')[] = [];
  for (const piece of splitAtConjunctions(tokens)) {
    const read = readPiece(piece.tokens, rules);
    if (read !== undefined) signals.push(...read);
    else if (!piece.isReason) return undefined;
  }
  return signals;
}

/** A piece, or a lone answer word at its start or end plus the rest ("no I already paid"). */
function readPiece<S extends string>(
  tokens: readonly string[],
  rules: readonly AnswerRule<S>[],
): (S | 'neutral')[] | undefined {
  const whole = classify(tokens, rules);
  if (whole !== undefined) return [whole];
  if (tokens.length < 2) return undefined;
  const splits: [readonly string[], readonly string[]][] = [];
  if (ANSWER_WORDS.has(tokens[0] ?? '')) splits.push([tokens.slice(0, 1), tokens.slice(1)]);
  if (ANSWER_WORDS.has(tokens.at(-1) ?? '')) splits.push([tokens.slice(0, -1), tokens.slice(-1)]);
  for (const [head, tail] of splits) {
    const first = classify(head, rules);
    const second = classify(tail, rules);
    if (first !== undefined && second !== undefined) return [first, second];
  }
  return undefined;
}

function splitAtConjunctions(tokens: readonly string[]): { tokens: string[]; isReason: boolean }[] {
  const pieces: { tokens: string[]; isReason: boolean }[] = [{ tokens: [], isReason: false }];
  for (const token of tokens) {
    if (CONJUNCTIONS.has(token) || REASON_WORDS.has(token)) {
      pieces.push({ tokens: [], isReason: REASON_WORDS.has(token) });
    } else {
      pieces.at(-1)?.tokens.push(token);
    }
  }
  return pieces.filter((piece) => piece.tokens.length > 0);
}

function classify<S extends string>(
  tokens: readonly string[],
  rules: readonly AnswerRule<S>[],
): S | 'neutral' | undefined {
  for (const candidate of unpadded(tokens.join(' '))) {
    if (candidate === '') return 'neutral';
    for (const [pattern, signal] of rules) if (pattern.test(candidate)) return signal;
  }
  return undefined;
}

/**
 * The phrase, then with its padding peeled off one word group at a time ("well i guess so" → "i guess
 * so" → "so"), so that rules starting with a filler word ("i guess so") still match. Padding alone
 * ("um", "ok thanks") ends as "", which reads as neutral.
 */
function unpadded(phrase: string): string[] {
  const candidates: string[] = [];
  let current = phrase;
  for (;;) {
    candidates.push(current, current.replace(TRAILING_FILLER, ''));
    const next = current.replace(LEADING_FILLER, '');
    if (next === current) break;
    current = next;
  }
  return candidates;
}

/** Lower-cased, emoji read, punctuation as clause breaks, typos and contractions resolved to words. */
function toClauses(text: string): string[][] {
  // "sí" reads as "si", "pagué" as "pague": the rules are written without accents.
  let prepared = foldText(text);
  for (const [pattern, words] of EMOJI) prepared = prepared.replace(pattern, words);
  return prepared
    .replace(/['\u2018\u2019\u02BC`´]/g, '')
    .split(/[.,;:!?\n\r]+/)
    .map((clause) =>
      clause
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
        .split(' ')
        .filter((token) => token !== '')
        .flatMap((token) => (EXPANSIONS[canonicalWord(token)] ?? canonicalWord(token)).split(' ')),
    )
    .filter((clause) => clause.length > 0);
}

const VOCABULARY_SET: ReadonlySet<string> = new Set(VOCABULARY);
const EXPANSION_KEYS: ReadonlySet<string> = new Set(Object.keys(EXPANSIONS));
const BY_COLLAPSED = collapsedIndex([...VOCABULARY, ...EXPANSION_KEYS]);

/** "yesss" → "yes", "noo" → "no", "disagre" → "disagree", "agred" → "agree"; unknown words unchanged. */
function canonicalWord(token: string): string {
  if (VOCABULARY_SET.has(token) || EXPANSION_KEYS.has(token)) return token;
  const collapsed = collapse(token);
  const known = BY_COLLAPSED.get(collapsed);
  if (known !== undefined) return known;
  if (collapsed.length < FUZZY_MIN_LENGTH) return token;
  const near = FUZZY_TARGETS.filter((target) => withinOneEdit(collapsed, collapse(target)));
  return near.length === 1 && near[0] !== undefined ? near[0] : token;
}

function collapse(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1');
}

/** Words that collapse alike ("to", "too") are left out: a doubled letter cannot tell them apart. */
function collapsedIndex(words: readonly string[]): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  const clashes = new Set<string>();
  for (const word of words) {
    const key = collapse(word);
    const existing = index.get(key);
    if (existing !== undefined && existing !== word) clashes.add(key);
    index.set(key, word);
  }
  for (const key of clashes) index.delete(key);
  return index;
}

/** Damerau–Levenshtein distance ≤ 1: one letter added, dropped, changed, or two neighbours swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
