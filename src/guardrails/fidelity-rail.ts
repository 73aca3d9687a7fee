import { extractFacts, factKind } from '../knowledge/facts/extract-facts.ts';
import {
  clausesOf as statementClausesOf,
  contentTerms,
  signatureOf,
  wordsOf,
  type ClauseSignature,
} from '../knowledge/meaning/statements.ts';
import type { PassageClaims } from '../knowledge/passages/claims.ts';
import { checkMeaning, type MeaningFailureCode } from './paraphrase/meaning-check.ts';
import { allow, block, rewrite } from './verdict.ts';
import type { Rail, RailVerdict } from './verdict.ts';

/**
 * The fidelity check: a rewrite may change the words but not the facts. Every fact in the paraphrase must
 * come from the sources (vetted passages and the case's computed facts), every required fact (each
 * deadline) must survive, and no statement may flip between "can" and "cannot", "may" and "must".
 */

export type FidelityInput = {
  paraphrase: string;
  /** The vetted passage texts and the case's deterministic facts (deadline dates, days left, amounts). */
  sources: readonly string[];
  /** Facts that must appear in the paraphrase, e.g. each deadline date. */
  requiredFacts: readonly string[];
  /** The passages' reviewed claims; when given, what each sentence says is checked too (meaning-check.ts). */
  claims?: readonly PassageClaims[];
};

export type FidelityFailureCode =
  'added_fact' | 'dropped_fact' | 'polarity_changed' | 'empty' | MeaningFailureCode;

export type FidelityResult = { ok: true } | { ok: false; code: FidelityFailureCode; details: string[] };

export function checkFidelity(input: FidelityInput): FidelityResult {
  const { paraphrase, sources, requiredFacts } = input;
  if (paraphrase.trim() === '') return { ok: false, code: 'empty', details: [] };

  const supported = supportedFacts(sources.flatMap((source) => extractFacts(source)));
  const added = extractFacts(paraphrase).filter((token) => !supported.has(token));
  if (added.length > 0) return { ok: false, code: 'added_fact', details: added };

  const dropped = missingRequiredFacts(paraphrase, requiredFacts);
  if (dropped.length > 0) return { ok: false, code: 'dropped_fact', details: dropped };

  const flipped = polarityChanges(sources.join('\n'), paraphrase);
  if (flipped.length > 0) return { ok: false, code: 'polarity_changed', details: flipped };

  if (input.claims !== undefined) return checkMeaning({ paraphrase, sources, claims: input.claims });
  return { ok: true };
}

// ---------------------------------------------------------------- facts

/**
 * Tokens a paraphrase may use: the sources' own, plus less precise forms of them ("April 15" for
 * "2026-04-15", "12153" for "Form 12153", "irs.gov" for "irs.gov/payments"). Never more precise ones.
 */
export function supportedFacts(sourceTokens: readonly string[]): Set<string> {
  const supported = new Set<string>();
  for (const token of sourceTokens) {
    supported.add(token);
    for (const looser of looserForms(token)) supported.add(looser);
  }
  return supported;
}

function looserForms(token: string): string[] {
  switch (factKind(token)) {
    case 'date': {
      const [year = '', month = '', day = ''] = token.split('-');
      return [`--${month}-${day}`, `${year}-${month}`, year];
    }
    case 'month':
      return [token.slice(0, 4)];
    case 'money':
      return [token.slice(1)];
    case 'percent':
      return [token.slice(0, -1)];
    // Stryker disable ConditionalExpression: a form, publication or notice falling through to the citation case
    // gets itself (already supported) and the number inside it: the same tokens.
    case 'form':
    case 'publication':
    case 'notice':
      return numberInside(token);
    // Stryker restore ConditionalExpression
    case 'irc':
    case 'regulation': {
      // "irc 6601(e)(3)" also supports "irc 6601(e)", "irc 6601" and "6601". No loop that strips groups until
      // none is left: a mutant of its condition would run until memory ran out and crash the test worker.
      const base = token.replace(/\(.*$/, '');
      // Stryker disable next-line MethodExpression,ArrayDeclaration: the base ends before the first bracket, so the
      // whole token has the same groups; and one group or none gives no shorter citation (the last is dropped).
      const groups = token.slice(base.length).match(/\([^()]*\)/g) ?? [];
      const shorter = groups.slice(0, -1).map((_, last) => base + groups.slice(0, last + 1).join(''));
      return [...shorter, base, ...numberInside(base)];
    }
    case 'url': {
      // Parent paths of the same site: "irs.gov/payments/plans" supports "irs.gov/payments" and "irs.gov".
      const segments = token.replace(/\?.*$/, '').split('/');
      return segments.map((_, index) => segments.slice(0, index + 1).join('/'));
    }
    default:
      return [];
  }
}

function numberInside(token: string): string[] {
  const digits = /\d+/.exec(token);
  return digits === null ? [] : [String(Number(digits[0]))];
}

/** A required fact is found when every token it carries is in the paraphrase; plain words by inclusion. */
function missingRequiredFacts(paraphrase: string, requiredFacts: readonly string[]): string[] {
  const present = new Set(extractFacts(paraphrase));
  const lowerParaphrase = paraphrase.toLowerCase();
  return requiredFacts.filter((fact) => {
    const tokens = extractFacts(fact);
    if (tokens.length === 0) return !lowerParaphrase.includes(fact.trim().toLowerCase());
    return tokens.some((token) => !present.has(token));
  });
}

// ---------------------------------------------------------------- polarity

export { signatureOf };

type Clause = {
  text: string;
  words: ReadonlySet<string>;
  /** Every word but the polarity words: how short clauses ("If you can", "It cannot") are paired. */
  residual: string;
  signature: ClauseSignature;
};

const POLARITY_WORDS = new Set(
  (
    'not never no none nothing nobody neither nor cannot unable without must shall have has had need needs ' +
    'needed required require requires obliged mandatory may might can could able allowed permitted entitled ' +
    'right should ought recommend recommended advise advised best good idea will wont won ' +
    'would going don doesn didn isn aren wasn weren haven hasn hadn shouldn wouldn couldn mustn needn ca wo'
  ).split(' '),
);

/** Dice similarity of content words above which two clauses are taken to say the same thing. */
const MIN_CLAUSE_SIMILARITY = 0.5;
const MIN_SHARED_WORDS = 2;
/** A disagreeing best match is forgiven when an agreeing clause is nearly as close (the text says both). */
const NEAR_TIE = 0.8;

/**
 * Finds statements whose negation or modality changed. Each clause of the paraphrase is paired with the
 * source clause sharing most content words (so reordering and splitting sentences is fine); a pair must agree on
 * whether it is negated, and, where both carry a modal, on which. A paraphrase may drop a modal ("you
 * must call" → "call"), but not swap it ("may" → "must") or flip it ("cannot" → "can").
 */
export function polarityChanges(sourceText: string, paraphrase: string): string[] {
  const sourceClauses = clausesOf(sourceText);
  const changes = new Set<string>();
  // From the paraphrase's side only: a paraphrase may leave a statement out, but what it says must agree.
  for (const para of clausesOf(paraphrase)) {
    const source = disagreeingMatch(para, sourceClauses);
    if (source !== undefined) changes.add(`"${source.text}" → "${para.text}"`);
  }
  return [...changes];
}

function signaturesAgree(a: ClauseSignature, b: ClauseSignature): boolean {
  if (a.negated !== b.negated) return false;
  if (a.modalities.size === 0 || b.modalities.size === 0) return true;
  return (
    a.modalities.size === b.modalities.size &&
    [...a.modalities].every((modality) => b.modalities.has(modality))
  );
}

/** The closest counterpart of a clause when it says the opposite and no agreeing clause comes near it. */
function disagreeingMatch(clause: Clause, candidates: readonly Clause[]): Clause | undefined {
  let best: { candidate: Clause; score: number } | undefined;
  let bestAgreeing = 0;
  const short = clause.words.size < MIN_SHARED_WORDS;
  for (const candidate of candidates) {
    const score = short
      ? Number(candidate.residual === clause.residual)
      : similarity(clause.words, candidate.words);
    if (score < MIN_CLAUSE_SIMILARITY) continue;
    if (signaturesAgree(clause.signature, candidate.signature)) bestAgreeing = Math.max(bestAgreeing, score);
    else if (best === undefined || score > best.score) best = { candidate, score };
  }
  if (best === undefined || bestAgreeing >= best.score * NEAR_TIE) return undefined;
  return best.candidate;
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  if (shared < Math.min(MIN_SHARED_WORDS, a.size, b.size) || shared === 0) return 0;
  return (2 * shared) / (a.size + b.size);
}

/** The clauses of a text (statements.ts cuts them), each with what pairs it and what it says. */
export function clausesOf(text: string): Clause[] {
  return statementClausesOf(text).map((part) => ({
    text: part,
    words: contentTerms(part),
    residual: residualOf(part),
    signature: signatureOf(part),
  }));
}

function residualOf(clause: string): string {
  return wordsOf(clause)
    .filter((word) => !POLARITY_WORDS.has(word))
    .join(' ');
}

// ---------------------------------------------------------------- rail

export type FidelityRailContext = {
  /** The text to check: a paraphrase of the sources. */
  text: string;
  sources: readonly string[];
  requiredFacts: readonly string[];
  claims?: readonly PassageClaims[];
  /** The vetted text to fall back to; without it an unfaithful text is blocked. */
  vettedText?: string;
};

export const FIDELITY_RAIL_NAME = 'fidelity';

/**
 * Output rail: a faithful text passes; an unfaithful one is replaced by the vetted text, or blocked. The
 * check is the language's (spanish-fidelity.ts for Spanish twins).
 */
export function createFidelityRail(
  check: (input: FidelityInput) => FidelityResult = checkFidelity,
): Rail<FidelityRailContext> {
  return {
    name: FIDELITY_RAIL_NAME,
    run(context): RailVerdict {
      // The vetted text is faithful by definition; its passages need not carry the case's deadlines.
      if (context.vettedText !== undefined && context.text === context.vettedText) return allow();
      const result = check({
        paraphrase: context.text,
        sources: context.sources,
        requiredFacts: context.requiredFacts,
        ...(context.claims === undefined ? {} : { claims: context.claims }),
      });
      if (result.ok) return allow();
      const code = `fidelity_${result.code}`;
      if (context.vettedText !== undefined) return rewrite(context.vettedText, code);
      return block(code, result.details.join('; '));
    },
  };
}
