import { checkFidelity, type FidelityInput, type FidelityResult } from './fidelity-rail.ts';
import { foldAccents, spanishStem, spanishWords } from '../knowledge/spanish/spanish-words.ts';

/**
 * The fidelity check for a Spanish paraphrase of Spanish twins. The facts (numbers, amounts, dates in
 * Spanish, Formulario and notice codes, phone numbers, URLs) and the required deadlines are checked as in
 * English (the shared fact extractor reads Spanish), and each count keeps its unit; what the sentences
 * say is checked in Spanish words:
 * - every content word must be the twins' own (by its Snowball stem) or a plain word the editor table
 *   allows for one of them (`unsupported_words`);
 * - every negation and modal ("no", "nunca", "debe", "tiene que", "puede") stays with the word it governs,
 *   and none is added (`polarity_changed`);
 * - each sentence of the twins keeps most of its content words somewhere in the paraphrase
 *   (`claim_dropped`).
 */

/** Words that carry no claim of their own: articles, prepositions, pronouns, common verbs of linking. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a al algo algun alguna alguno algunos ante aqui asi cada como con cual cuales de del desde donde e el
  ella ellas ello ellos en entre era es esa esas ese eso esos esta estas este esto estos fue ha han hay la
  las le les lo los me mi mis muy nos o os para pero por porque que quien se sea ser si sido sobre son su
  sus tal te tu tus u un una uno unos unas usted ustedes y ya yo mas tambien esto decir es decir`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** The words that negate what follows. */
const NEGATIONS: ReadonlySet<string> = new Set([
  'no',
  'nunca',
  'jamas',
  'tampoco',
  'ni',
  'ningun',
  'ninguna',
]);

/** The modal verbs, by stem, and what they say: an obligation or a possibility. */
const MODAL_STEMS: ReadonlyMap<string, 'must' | 'may'> = new Map([
  ['deb', 'must'],
  ['tien', 'must'],
  ['teng', 'must'],
  ['ten', 'must'],
  ['hay', 'must'],
  ['pued', 'may'],
  ['pod', 'may'],
  ['podr', 'may'],
]);

/** Pronouns between a marker and its verb ("no le pague", "puede pedirle"): skipped when pairing. */
const CLITICS: ReadonlySet<string> = new Set([
  'se',
  'le',
  'les',
  'lo',
  'la',
  'los',
  'las',
  'me',
  'nos',
  'que',
]);

/**
 * Plain words an editor may use for the twins' words (and the twins' own inflections that Snowball stems
 * apart, "pida" and "pedir"), by stem → the stem both are compared as. Reviewed like the passages: a word
 * here must mean the same as its counterpart wherever the twins use it.
 */
const PLAIN_WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['conserve', 'guarde'],
      ['conservar', 'guardar'],
      ['llame', 'comuniquese'],
      ['contacte', 'comuniquese'],
      ['contactar', 'comunicarse'],
      ['solicitar', 'pedir'],
      ['solicite', 'pedir'],
      ['pida', 'pedir'],
      ['pide', 'pedir'],
      ['carta', 'aviso'],
      ['entero', 'completo'],
      ['total', 'completo'],
      ['monto', 'cantidad'],
      ['enseguida', 'pronto'],
    ] as const
  ).map(([plain, twin]) => [spanishStem(plain), spanishStem(twin)]),
);

/** Openers an editor puts in front of a passage: they say nothing of their own. */
const SIGNPOST_STEMS: ReadonlySet<string> = new Set(
  ['resumen', 'pocas', 'palabras', 'breve', 'dicho', 'forma', 'sencilla', 'importante', 'saber', 'clave'].map(
    spanishStem,
  ),
);

/** A sentence of the twins is kept when the paraphrase has at least this share of its content words. */
const MIN_SENTENCE_COVERAGE = 0.85;

type Token = { word: string; stem: string };

function tokens(text: string): Token[] {
  return spanishWords(text).map((word) => ({ word, stem: spanishStem(word) }));
}

/** The stem a content word is compared as: its twin counterpart when the editor table has one. */
function comparedStem(stem: string): string {
  return PLAIN_WORDS.get(stem) ?? stem;
}

function contentStems(text: string): string[] {
  return tokens(text)
    .filter(
      ({ word, stem }) =>
        !FUNCTION_WORDS.has(word) && !NEGATIONS.has(word) && !MODAL_STEMS.has(stem) && !/^\d/.test(word),
    )
    .map(({ stem }) => comparedStem(stem));
}

/**
 * Each negation and modal with the content word it governs ("no|envi", "may|ped"): the next word that is
 * neither a pronoun nor another marker, within a short reach.
 */
function markedPairs(text: string): string[] {
  return sentencesOf(text).flatMap(sentencePairs);
}

/** The pairs of one sentence: a marker governs nothing past its sentence ("Sí, puede. Avisos…"). */
function sentencePairs(sentence: string): string[] {
  const all = tokens(sentence);
  const pairs: string[] = [];
  all.forEach(({ word, stem }, index) => {
    const marker = NEGATIONS.has(word) ? 'no' : MODAL_STEMS.get(stem);
    if (marker === undefined) return;
    const governed = all
      .slice(index + 1, index + 4)
      .find(
        (next) =>
          !CLITICS.has(next.word) &&
          !NEGATIONS.has(next.word) &&
          !MODAL_STEMS.has(next.stem) &&
          !FUNCTION_WORDS.has(next.word),
      );
    // A modal that ends its sentence governs nothing, and still says what it says ("que usted debe").
    pairs.push(`${marker}|${governed === undefined ? '' : comparedStem(governed.stem)}`);
  });
  return pairs;
}

/**
 * Each count with its unit and kind ("10 años", "21 días naturales", "0.5 %"): the shared fact extractor also lets a bare
 * number through when a code carries it ("11" from "LT11"), which "11 años" must not borrow.
 */
function counts(text: string): string[] {
  const found = foldAccents(text.toLowerCase()).matchAll(
    /(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(%|por ciento|dias?|semanas?|mes(?:es)?|anos?)(?![a-z])(?: (naturales|habiles|calendario))?/g,
  );
  return [...found].map(([, count = '', unit = '', kind = '']) =>
    `${count} ${unit === '%' ? '%' : spanishStem(unit)} ${kind}`.trim(),
  );
}

function tally(items: readonly string[]): Map<string, number> {
  const counted = new Map<string, number>();
  for (const item of items) counted.set(item, (counted.get(item) ?? 0) + 1);
  return counted;
}

function sentencesOf(text: string): string[] {
  return foldAccents(text)
    .split(/(?<=[.!?:;])\s+/)
    .filter((sentence) => sentence.trim() !== '');
}

export function checkSpanishFidelity(input: FidelityInput): FidelityResult {
  // Facts and deadlines: language-blind tokens. The English clause and claim checks are not asked for.
  const facts = checkFidelity({
    paraphrase: input.paraphrase,
    sources: input.sources,
    requiredFacts: input.requiredFacts,
  });
  if (!facts.ok) return facts;
  const sourceText = input.sources.join('\n');
  const sourceCounts = new Set(counts(sourceText));
  const changedCounts = counts(input.paraphrase).filter((count) => !sourceCounts.has(count));
  if (changedCounts.length > 0) return { ok: false, code: 'added_fact', details: changedCounts };

  const known = new Set(contentStems(sourceText));
  const unsupported = [
    ...new Set(
      contentStems(input.paraphrase).filter((stem) => !known.has(stem) && !SIGNPOST_STEMS.has(stem)),
    ),
  ];
  if (unsupported.length > 0) return { ok: false, code: 'unsupported_words', details: unsupported };

  // Counted, not just listed: "nunca le pague" elsewhere does not vouch for "Nunca pague" → "Pague".
  const sourcePairs = tally(markedPairs(sourceText));
  const paraphrasePairs = tally(markedPairs(input.paraphrase));
  const paraphraseStems = new Set(contentStems(input.paraphrase));
  const added = [...paraphrasePairs].filter(([pair, count]) => count > (sourcePairs.get(pair) ?? 0));
  // A marker lost while the word it governed stays ("no envíe dinero" → "envíe dinero").
  const lost = [...sourcePairs].filter(([pair, count]) => {
    const governed = pair.split('|')[1] ?? '';
    // A bare answer ("Sí, puede.") governs no word: it is lost when the paraphrase no longer says it.
    return count > (paraphrasePairs.get(pair) ?? 0) && (governed === '' || paraphraseStems.has(governed));
  });
  if (added.length > 0 || lost.length > 0)
    return {
      ok: false,
      code: 'polarity_changed',
      details: [...added.map(([pair]) => pair), ...lost.map(([pair]) => `lost ${pair}`)],
    };

  const dropped = sentencesOf(sourceText).filter((sentence) => {
    const stems = [...new Set(contentStems(sentence))];
    if (stems.length === 0) return false;
    const kept = stems.filter((stem) => paraphraseStems.has(stem)).length;
    return kept / stems.length < MIN_SENTENCE_COVERAGE;
  });
  if (dropped.length > 0) return { ok: false, code: 'claim_dropped', details: dropped };
  return { ok: true };
}
