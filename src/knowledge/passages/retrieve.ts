import { extractFacts, factKind } from '../facts/extract-facts.ts';
import { knowledgeBase as defaultKnowledgeBase } from './knowledge-base.ts';
import { PASSAGE_LANGUAGE, type KnowledgeBase, type Passage } from './passage-schema.ts';
import {
  DOMAIN_WORDS,
  LIGHT_WORDS,
  PHRASE_EXPANSIONS,
  STOP_WORDS,
  TYPO_FIXES,
  UNCOVERED_SUBJECTS,
  WORD_EXPANSIONS,
  type PhraseExpansion,
} from './synonyms.ts';
import {
  SPANISH_DOMAIN_WORDS,
  SPANISH_LIGHT_WORDS,
  SPANISH_PHRASE_EXPANSIONS,
  SPANISH_STOP_WORDS,
  SPANISH_UNCOVERED_SUBJECTS,
  SPANISH_WORD_EXPANSIONS,
  SPANISH_WORD_RENAMES,
} from './synonyms-es.ts';
import { spanishStem, spanishWords } from '../spanish/spanish-words.ts';

export type ScoredPassage = { passage: Passage; score: number };
export type Retrieval =
  | { ok: true; passages: ScoredPassage[]; confidence: number }
  | { ok: false; code: 'out_of_scope'; confidence: number };
export type RetrieveOptions = {
  max?: number;
  threshold?: number;
  /** The language the question is written in: its passages are read in it (the twins for Spanish). */
  language?: string;
};

export const DEFAULT_MAX_PASSAGES = 3;
/** Share of the question's meaningful words (weighted by rarity) the chosen passages must cover. */
const DEFAULT_CONFIDENCE_THRESHOLD = 0.5;

// BM25 constants: the usual values for short documents.
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** Title and topic words say what a passage is about; the body also says much else. */
const TITLE_WEIGHT = 2.5;
const TOPIC_WEIGHT = 2;
const TEXT_WEIGHT = 1;
/** Words added by the synonym tables count less than the reader's own words. */
const EXPANSION_WEIGHT = 0.6;
/** A notice code or form number names the subject outright. */
const CODE_IN_HEADING_BOOST = 8;
const CODE_IN_TEXT_BOOST = 2.5;
/** A question naming a code the knowledge base knows is in scope whatever its other words. */
const KNOWN_CODE_CONFIDENCE = 0.9;
/** Passages scoring below this share of the best one add noise rather than answer. */
const RELATIVE_SCORE_CUTOFF = 0.35;
/** A question with no word of this field keeps only this share of its confidence. */
const NO_DOMAIN_WORD_FACTOR = 0.75;
const MIN_FUZZY_LENGTH = 5;
const FUZZY_CREDIT = 0.5;
/** Confidence is judged on what the passages shown would cover: the best two, as the bot shows. */
const COVERAGE_PASSAGES = 2;
/** A word the knowledge base knows, but not the chosen passages, is only weakly answered. */
const ELSEWHERE_CREDIT = 0.25;
/** An everyday word the passages never use ("safe", "true") weighs this much: it is not the subject. */
const LIGHT_WORD_WEIGHT = 0.5;
/** A word no passage uses is a stronger sign of another subject than even the rarest word they use. */
const UNKNOWN_WORD_FACTOR = 1.5;
/** A question about a subject no passage covers stays below any sensible threshold. */
const UNCOVERED_SUBJECT_CONFIDENCE = 0.1;
const SCORE_DECIMALS = 6;
const CONFIDENCE_DECIMALS = 3;

type IndexedPassage = {
  passage: Passage;
  termWeights: ReadonlyMap<string, number>;
  length: number;
  headingCodes: ReadonlySet<string>;
  textCodes: ReadonlySet<string>;
};

type Index = {
  lexicon: Lexicon;
  docs: readonly IndexedPassage[];
  documentFrequency: ReadonlyMap<string, number>;
  averageLength: number;
  /** Code keys by their digits, so a bare "12153" in a question finds Form 12153. */
  codesByNumber: ReadonlyMap<string, readonly string[]>;
  vocabulary: readonly string[];
};

/** One of the reader's own meaningful words, stemmed, with the index terms that stand for it. */
type ContentWord = {
  stem: string;
  matches: readonly string[];
  corrected: string | undefined;
  /** An everyday word the knowledge base does not use and that says nothing about the subject. */
  light: boolean;
};

type Query = {
  /** Stemmed terms with their weight (1 for the reader's words, less for expansions). */
  terms: ReadonlyMap<string, number>;
  contentWords: readonly ContentWord[];
  codes: ReadonlySet<string>;
  /** The question names a subject no vetted passage covers ("innocent spouse relief"). */
  uncovered: boolean;
};

/**
 * Finds the vetted passages that answer a free-text question, or says it is out of scope. Lexical and
 * deterministic: the same question and knowledge base always give the same passages, scores and order.
 */
export function retrievePassages(
  question: string,
  kb: KnowledgeBase = defaultKnowledgeBase,
  options: RetrieveOptions = {},
): Retrieval {
  const max = options.max ?? DEFAULT_MAX_PASSAGES;
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be a positive integer, got ${max}`);
  const threshold = options.threshold ?? DEFAULT_CONFIDENCE_THRESHOLD;
  const index = indexFor(kb, options.language ?? PASSAGE_LANGUAGE);
  const query = parseQuery(question, index);
  const ranked = index.docs
    .map((doc) => ({ passage: doc.passage, score: round(scoreDoc(doc, query, index), SCORE_DECIMALS) }))
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score || compareIds(a.passage.id, b.passage.id));
  const top = ranked[0];
  const shown = ranked.filter((scored) => scored.score >= (top?.score ?? 0) * RELATIVE_SCORE_CUTOFF);
  const confidence =
    top === undefined
      ? 0
      : round(confidenceOf(query, index, shown.slice(0, COVERAGE_PASSAGES)), CONFIDENCE_DECIMALS);
  if (top === undefined || confidence < threshold) {
    return { ok: false, code: 'out_of_scope', confidence };
  }
  return { ok: true, passages: shown.slice(0, max), confidence };
}

// ---------------------------------------------------------------- text to terms

const CONTRACTION_VERBS: Readonly<Record<string, string>> = { ll: 'will', re: 'are', ve: 'have', d: 'would' };

/** Lower case, straight apostrophes dropped ("can't" → "cant"), typos fixed, as a list of words. */
export function normaliseWords(text: string): string[] {
  const words = text
    .toLowerCase()
    // "I'll" must not become "ill", nor "we're" "were": expand contractions before dropping apostrophes.
    .replace(/\b(i|you|we|they|he|she|it|that|there)['’](ll|re|ve|d)\b/g, (_, who: string, verb: string) => {
      return `${who} ${CONTRACTION_VERBS[verb] ?? verb}`;
    })
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  return words.flatMap((word) => (TYPO_FIXES[word] ?? word).split(' '));
}

const IRREGULAR_STEMS: Readonly<Record<string, string>> = {
  paid: 'pay',
  owed: 'owe',
  owes: 'owe',
  owing: 'owe',
  took: 'take',
  taken: 'take',
  sent: 'send',
  levies: 'levy',
  levied: 'levy',
  wages: 'wage',
};

/** A light suffix stripper: enough to meet "penalties" with "penalty" and "filed" with "filing". */
export function stem(word: string): string {
  const irregular = IRREGULAR_STEMS[word];
  if (irregular !== undefined) return stripFinalE(irregular);
  if (word.length <= 3 || /\d/.test(word)) return word;
  let base = pluralStripped(word);
  if (base.endsWith('ing') && base.length >= 6) base = undouble(base.slice(0, -3));
  else if (base.endsWith('ed') && base.length >= 5) base = undouble(base.slice(0, -2));
  return stripFinalE(base);
}

function pluralStripped(word: string): string {
  if (/[^aeiou]ie[sd]$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  // "status", "basis", "business" are not plurals.
  if (/(?:ss|us|is)$/.test(word) || !word.endsWith('s')) return word;
  return word.slice(0, -1);
}

function undouble(word: string): string {
  return /([^aeiouls])\1$/.test(word) ? word.slice(0, -1) : word;
}

function stripFinalE(word: string): string {
  return word.length >= 4 && word.endsWith('e') ? word.slice(0, -1) : word;
}

// ---------------------------------------------------------------- languages

/**
 * One language's reading of questions and passages: how text becomes words and stems, the tables that
 * bridge a reader's words to the passages' (synonyms.ts, synonyms-es.ts), and which words of a passage
 * are read (the English passage's, or its twin's).
 */
type LexiconSource = {
  words: (text: string) => string[];
  stem: (word: string) => string;
  stopWords: ReadonlySet<string>;
  wordExpansions: Readonly<Record<string, readonly string[]>>;
  phraseExpansions: readonly PhraseExpansion[];
  domainWords: readonly string[];
  lightWords: readonly string[];
  uncoveredSubjects: readonly RegExp[];
  /** A passage's words in this language, each with its weight; none for a passage not written in it. */
  fields: (passage: Passage, kb: KnowledgeBase) => [string, number][];
};

type Lexicon = LexiconSource & {
  /** Stop words by stem too, so "saying" goes the way of "say". */
  stopStems: ReadonlySet<string>;
  expansionsByStem: ReadonlyMap<string, readonly string[]>;
  domainStems: ReadonlySet<string>;
  lightStems: ReadonlySet<string>;
};

function lexicon(source: LexiconSource): Lexicon {
  const stemsOf = (word: string) => source.words(word).map(source.stem);
  return {
    ...source,
    stopStems: new Set([...source.stopWords].map(source.stem)),
    expansionsByStem: new Map(
      Object.entries(source.wordExpansions).map(([word, adds]) => [source.stem(word), adds.flatMap(stemsOf)]),
    ),
    domainStems: new Set(source.domainWords.flatMap(stemsOf)),
    lightStems: new Set(source.lightWords.flatMap(stemsOf)),
  };
}

const LEXICONS: Readonly<Record<string, Lexicon>> = {
  en: lexicon({
    words: normaliseWords,
    stem,
    stopWords: STOP_WORDS,
    wordExpansions: WORD_EXPANSIONS,
    phraseExpansions: PHRASE_EXPANSIONS,
    domainWords: DOMAIN_WORDS,
    lightWords: LIGHT_WORDS,
    uncoveredSubjects: UNCOVERED_SUBJECTS,
    fields: (passage) => [
      [passage.title, TITLE_WEIGHT],
      [passage.topics.join(' '), TOPIC_WEIGHT],
      [passage.text, TEXT_WEIGHT],
    ],
  }),
  // A Spanish question is read against the Spanish twins, in Spanish words (the English topics would
  // only add words no Spanish reader types).
  es: lexicon({
    words: (text) => spanishWords(text).map((word) => SPANISH_WORD_RENAMES[word] ?? word),
    stem: spanishStem,
    stopWords: SPANISH_STOP_WORDS,
    wordExpansions: SPANISH_WORD_EXPANSIONS,
    phraseExpansions: SPANISH_PHRASE_EXPANSIONS,
    domainWords: SPANISH_DOMAIN_WORDS,
    lightWords: SPANISH_LIGHT_WORDS,
    uncoveredSubjects: SPANISH_UNCOVERED_SUBJECTS,
    fields: (passage, kb) => {
      const twin = kb.twins.get('es')?.get(passage.id);
      return twin === undefined
        ? []
        : [
            [twin.title, TITLE_WEIGHT],
            [twin.text, TEXT_WEIGHT],
          ];
    },
  }),
};

function lexiconOf(language: string): Lexicon {
  const found = LEXICONS[language];
  if (found === undefined) throw new RangeError(`No retrieval lexicon for language "${language}"`);
  return found;
}

function contentStems(text: string, lex: Lexicon): string[] {
  return lex
    .words(text)
    .filter((word) => !lex.stopWords.has(word))
    .map(lex.stem)
    .filter((term) => !lex.stopStems.has(term));
}

/** Notice codes and form numbers in the shared extractor's normal form ("cp2000", "form 12153", "letter 1058"). */
function codesIn(text: string): string[] {
  // "form12153" and "letter1058" typed without a space are still the form and the letter.
  const spaced = text.replace(/\b(forms?|letters?)(?=\d)/gi, '$1 ');
  return extractFacts(spaced).filter((token) => {
    const kind = factKind(token);
    return kind === 'notice' || kind === 'form';
  });
}

function codeDigits(code: string): string {
  return code.replace(/^(?:form |letter |cp|lt)/, '').replace(/-/g, '');
}

// ---------------------------------------------------------------- index

const indexCache = new WeakMap<KnowledgeBase, Map<string, Index>>();

function indexFor(kb: KnowledgeBase, language: string): Index {
  const byLanguage = indexCache.get(kb) ?? new Map<string, Index>();
  indexCache.set(kb, byLanguage);
  const cached = byLanguage.get(language);
  if (cached !== undefined) return cached;
  const built = buildIndex(kb, lexiconOf(language));
  byLanguage.set(language, built);
  return built;
}

function buildIndex(kb: KnowledgeBase, lex: Lexicon): Index {
  const docs = kb.passages.map((passage) => indexPassage(passage, kb, lex));
  const documentFrequency = new Map<string, number>();
  for (const doc of docs) {
    for (const term of doc.termWeights.keys())
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const codesByNumber = new Map<string, string[]>();
  for (const doc of docs) {
    for (const code of [...doc.headingCodes, ...doc.textCodes]) {
      const digits = codeDigits(code);
      const known = codesByNumber.get(digits) ?? [];
      if (!known.includes(code)) codesByNumber.set(digits, [...known, code].sort());
    }
  }
  const totalLength = docs.reduce((sum, doc) => sum + doc.length, 0);
  return {
    lexicon: lex,
    docs,
    documentFrequency,
    averageLength: docs.length === 0 ? 1 : totalLength / docs.length,
    codesByNumber,
    vocabulary: [...documentFrequency.keys()].sort(),
  };
}

function indexPassage(passage: Passage, kb: KnowledgeBase, lex: Lexicon): IndexedPassage {
  const termWeights = new Map<string, number>();
  let length = 0;
  for (const [text, weight] of lex.fields(passage, kb)) {
    for (const term of contentStems(text, lex)) {
      termWeights.set(term, (termWeights.get(term) ?? 0) + weight);
      length += weight;
    }
  }
  const headingCodes = new Set([...codesIn(passage.title), ...passage.topics.flatMap(codesIn)]);
  const textCodes = new Set(codesIn(passage.text).filter((code) => !headingCodes.has(code)));
  return { passage, termWeights, length, headingCodes, textCodes };
}

// ---------------------------------------------------------------- query

/** True when the pattern spells the word out itself rather than matching it through a wildcard. */
function namedByPattern(word: string, pattern: RegExp): boolean {
  return new RegExp(`(?:^|[^a-z])${word}(?:[^a-z]|$)`).test(pattern.source);
}

/** Amounts, years and ordinals ("60k", "2022", "30th") say nothing about the topic; codes are counted apart. */
const NUMBER_LIKE = /^\d+(?:k|m|s|st|nd|rd|th)?$/;

/** A form-like number the passages use ("1099", "150"): it names something, unlike an amount or a year. */
const FORM_NUMBER = /^[1-9]\d{2,4}$/;

/** A word that can carry the topic: not a stop word, an amount or a single letter ("1099-K"). */
function isContentWord(word: string, index: Index): boolean {
  const lex = index.lexicon;
  const own = lex.stem(word);
  if (lex.stopWords.has(word) || lex.stopStems.has(own) || word.length < 2) return false;
  if (!NUMBER_LIKE.test(word)) return true;
  // A known code's number ("12153") is counted as that code, apart.
  return FORM_NUMBER.test(word) && index.documentFrequency.has(word) && !index.codesByNumber.has(word);
}

function parseQuery(question: string, index: Index): Query {
  const terms = new Map<string, number>();
  const addTerm = (term: string, weight: number) => terms.set(term, Math.max(terms.get(term) ?? 0, weight));

  const lex = index.lexicon;
  const words = lex.words(question);
  const phraseText = words.join(' ');
  const contentWords: ContentWord[] = [];
  // What a matched phrase means, by the words it spans: "throw away" gives "throw" a meaning.
  const phraseMeanings = new Map<string, string[]>();
  const thingWords = new Set<string>();
  for (const { pattern, adds, namesThing } of lex.phraseExpansions) {
    const match = pattern.exec(phraseText);
    if (match === null) continue;
    const stems = adds.map(lex.stem);
    for (const term of stems) addTerm(term, EXPANSION_WEIGHT);
    const spanned = match[0].split(' ');
    for (const word of spanned) {
      phraseMeanings.set(word, [...(phraseMeanings.get(word) ?? []), ...stems]);
      if (namesThing === true || namedByPattern(word, pattern)) thingWords.add(word);
    }
    // A phrase made only of small words ("what not to do") still says what the question is about.
    if (!spanned.some((word) => isContentWord(word, index))) {
      const matches = stems.filter((term) => index.documentFrequency.has(term));
      if (matches.length > 0)
        contentWords.push({ stem: match[0], matches, corrected: undefined, light: false });
    }
  }

  for (const word of words) {
    if (!isContentWord(word, index)) continue;
    const own = lex.stem(word);
    const expansions = lex.expansionsByStem.get(own) ?? [];
    const known = index.documentFrequency.has(own);
    const lightWord = !known && expansions.length === 0 && lex.lightStems.has(own);
    // A phrase lends its meaning to the words in it ("throw" in "throw it away"), but not to a word that
    // only fell inside it and names a subject the passages do not know ("electric" in "why is my electric
    // bill so high"); a word the phrase itself spells out ("disappeared") or a phrase naming one thing
    // ("apple pay") does take it.
    const lends = known || lightWord || expansions.length > 0 || thingWords.has(word);
    const phraseMeaning = lends ? (phraseMeanings.get(word) ?? []) : [];
    const corrected =
      known || expansions.length > 0 || lightWord || phraseMeaning.length > 0
        ? undefined
        : closestTerm(own, index);
    const matches = [...new Set([...(known ? [own] : []), ...expansions, ...phraseMeaning])].filter((term) =>
      index.documentFrequency.has(term),
    );
    addTerm(corrected ?? own, 1);
    for (const term of expansions) addTerm(term, EXPANSION_WEIGHT);
    contentWords.push({ stem: own, matches, corrected, light: lightWord });
  }
  return {
    terms,
    contentWords,
    codes: new Set(knownCodes(question, index)),
    uncovered: lex.uncoveredSubjects.some((pattern) => pattern.test(phraseText)),
  };
}

/** Codes in the question that some passage carries; a bare number counts when it is a known code's number. */
function knownCodes(question: string, index: Index): string[] {
  const known = new Set(index.docs.flatMap((doc) => [...doc.headingCodes, ...doc.textCodes]));
  const named = codesIn(question).filter((code) => known.has(code));
  const bareNumbers = (question.match(/\b\d{3,5}[a-z]?\b/gi) ?? []).map((n) => n.toLowerCase());
  const byNumber = bareNumbers.flatMap((digits) => index.codesByNumber.get(digits) ?? []);
  return [...new Set([...named, ...byNumber])].sort();
}

/**
 * The index term one typo away from an unknown word (two for long words), so "garnishmnet" still finds
 * "garnishment". Ties go to the more common term, then alphabetically, to stay deterministic.
 */
function closestTerm(word: string, index: Index): string | undefined {
  if (word.length < MIN_FUZZY_LENGTH || /\d/.test(word)) return undefined;
  const allowed = word.length >= 8 ? 2 : 1;
  let best: { term: string; distance: number; frequency: number } | undefined;
  for (const term of index.vocabulary) {
    if (Math.abs(term.length - word.length) > allowed || term.length < MIN_FUZZY_LENGTH) continue;
    const distance = editDistance(word, term, allowed);
    if (distance > allowed) continue;
    const frequency = index.documentFrequency.get(term) ?? 0;
    if (
      best === undefined ||
      distance < best.distance ||
      (distance === best.distance && frequency > best.frequency)
    ) {
      best = { term, distance, frequency };
    }
  }
  return best?.term;
}

/** Optimal-string-alignment distance (a swap of two neighbours counts as one edit), capped at `limit + 1`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

// ---------------------------------------------------------------- scoring

function inverseDocumentFrequency(term: string, index: Index): number {
  const frequency = index.documentFrequency.get(term) ?? 0;
  const total = index.docs.length;
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}

function scoreDoc(doc: IndexedPassage, query: Query, index: Index): number {
  let score = 0;
  const lengthNorm = 1 - BM25_B + (BM25_B * doc.length) / index.averageLength;
  for (const [term, weight] of query.terms) {
    const tf = doc.termWeights.get(term) ?? 0;
    if (tf === 0) continue;
    score +=
      weight * inverseDocumentFrequency(term, index) * ((tf * (BM25_K1 + 1)) / (tf + BM25_K1 * lengthNorm));
  }
  for (const code of query.codes) {
    if (doc.headingCodes.has(code)) score += CODE_IN_HEADING_BOOST;
    else if (doc.textCodes.has(code)) score += CODE_IN_TEXT_BOOST;
  }
  return score;
}

/**
 * How much of the question the chosen passages answer: the rarity-weighted share of the reader's
 * meaningful words that the best passages (or the synonym tables, through them) cover. A rare word the
 * passages never mention ("innocent" in "innocent spouse relief") weighs the most, so a question whose
 * subject is missing from the knowledge base stays out of scope even when its other words match.
 */
function confidenceOf(query: Query, index: Index, shown: readonly ScoredPassage[]): number {
  const codeConfidence = query.codes.size > 0 ? KNOWN_CODE_CONFIDENCE : 0;
  if (query.contentWords.length === 0) return codeConfidence;
  const shownDocs = index.docs.filter((doc) => shown.some((scored) => scored.passage === doc.passage));
  const covers = (term: string) => shownDocs.some((doc) => doc.termWeights.has(term));
  const unknownWeight = inverseDocumentFrequency('', index) * UNKNOWN_WORD_FACTOR;
  let known = 0;
  let total = 0;
  for (const word of query.contentWords) {
    const { weight, credit } = wordCredit(word, index, covers, unknownWeight);
    known += weight * credit;
    total += weight;
  }
  const { domainStems } = index.lexicon;
  const inField = query.contentWords.some(
    (word) => domainStems.has(word.stem) || word.matches.some((term) => domainStems.has(term)),
  );
  const lexical = total === 0 ? 0 : (known / total) * (inField ? 1 : NO_DOMAIN_WORD_FACTOR);
  // A notice code keeps the question in scope ("I sold bitcoin and got a CP2000"); a form such as a W-2 does not.
  const namesNotice = [...query.codes].some((code) => factKind(code) === 'notice');
  if (query.uncovered && !namesNotice) return Math.min(lexical, UNCOVERED_SUBJECT_CONFIDENCE);
  return Math.max(codeConfidence, lexical);
}

/** A word's weight (its rarity) and the share of it the shown passages answer. */
function wordCredit(
  word: ContentWord,
  index: Index,
  covers: (term: string) => boolean,
  unknownWeight: number,
): { weight: number; credit: number } {
  // An everyday word weighs little, answered or not; it counts as answered when a phrase gave it a
  // meaning the passages cover ("throw" in "throw it away").
  if (word.light) return { weight: LIGHT_WORD_WEIGHT, credit: word.matches.some(covers) ? 1 : 0 };
  if (word.matches.length > 0) {
    const weight = Math.max(...word.matches.map((term) => inverseDocumentFrequency(term, index)));
    return { weight, credit: word.matches.some(covers) ? 1 : ELSEWHERE_CREDIT };
  }
  if (word.corrected !== undefined) {
    // A word read as a typo of a known term is only half understood.
    return { weight: unknownWeight, credit: FUZZY_CREDIT * (covers(word.corrected) ? 1 : ELSEWHERE_CREDIT) };
  }
  return { weight: unknownWeight, credit: 0 };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Plain code-unit order, so the ordering never depends on the runtime's locale. */
function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
