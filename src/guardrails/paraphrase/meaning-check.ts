import type { Claim, PassageClaims } from '../../knowledge/passages/claims.ts';
import {
  actorOf,
  clausesOf,
  contentTerms,
  deedsOf,
  PLAIN_TERMS,
  readerActionsOf,
  sentencesOf,
  wordsOf,
  signatureOf,
  termOf,
  directivesOf,
  isActorTerm,
  type Deed,
} from '../../knowledge/meaning/statements.ts';
import { extractFacts } from '../../knowledge/facts/extract-facts.ts';

/**
 * What a paraphrase says, checked against what its passages say. From the paraphrase's side: every content
 * word is one of the sources' (or a listed synonym, or a reviewed plain word), every clause keeps the
 * subject of the source clause it restates, and every instruction to the reader is one the sources give.
 * From the passages' side: every claim survives, with its key words, its facts and its negation.
 */

export type MeaningFailureCode =
  'unsupported_words' | 'changed_subject' | 'invented_instruction' | 'claim_dropped' | 'claim_changed';

export type MeaningResult = { ok: true } | { ok: false; code: MeaningFailureCode; details: string[] };

export type MeaningInput = {
  paraphrase: string;
  /** Passage texts and case facts: everything the paraphrase may say. */
  sources: readonly string[];
  /** The reviewed claims of the passages: everything it must keep. */
  claims: readonly PassageClaims[];
};

/** Dice similarity of content terms above which a paraphrase clause restates a source clause. */
const MIN_ALIGNMENT = 0.5;
const MIN_SHARED_TERMS = 2;

export function checkMeaning(input: MeaningInput): MeaningResult {
  const { paraphrase, sources, claims } = input;
  const sourceText = sources.join('\n');

  const supported = contentTerms(sourceText);
  const unsupported = [...contentTerms(paraphrase)].filter(
    (term) => !supported.has(term) && !PLAIN_TERMS.has(term),
  );
  if (unsupported.length > 0) return { ok: false, code: 'unsupported_words', details: unsupported };

  const paraClauses = clausesOf(paraphrase).map(analyse);
  const sourceClauses = sources.flatMap(clausesOf).map(analyse);

  const changedSubject = paraClauses.flatMap((clause) => {
    const source = bestAligned(clause, sourceClauses) ?? sameShortClause(clause, sourceClauses);
    if (source === undefined || clause.actor === undefined || source.actor === undefined) return [];
    return clause.actor === source.actor ? [] : [`"${source.text}" → "${clause.text}"`];
  });
  const swappedDeeds = paraClauses.flatMap((clause) => swappedDeedsOf(clause, sourceClauses));
  if (changedSubject.length > 0 || swappedDeeds.length > 0)
    return { ok: false, code: 'changed_subject', details: [...changedSubject, ...swappedDeeds] };

  const allowedActions = readerActionsOf(sourceText);
  const invented = [...directivesOf(paraphrase)].filter((action) => !allowedActions.has(action));
  if (invented.length > 0) return { ok: false, code: 'invented_instruction', details: invented };

  const paraTerms = contentTerms(paraphrase);
  const paraFacts = new Set(extractFacts(paraphrase));
  const dropped: string[] = [];
  const changed: string[] = [];
  for (const claim of claims.flatMap((entry) => entry.claims)) {
    const terms = claim.terms.map(termOf);
    const missing = [
      ...terms.filter((term) => !paraTerms.has(term)),
      ...claim.facts.filter((fact) => !paraFacts.has(fact)),
    ];
    if (missing.length > 0) {
      dropped.push(`${claim.terms.join(' ')} (missing ${missing.join(', ')})`);
      continue;
    }
    // One of the clauses that carry most of the claim's words must say it the same way round.
    const carriers = bestCarriers(terms, paraClauses);
    if (carriers.length === 0 || carriers.some((carrier) => keepsClaim(carrier, claim))) continue;
    changed.push(`${claim.terms.join(' ')}: "${carriers.map((carrier) => carrier.text).join('" / "')}"`);
  }
  dropped.push(...droppedBareAnswers(sources, paraphrase));
  if (dropped.length > 0) return { ok: false, code: 'claim_dropped', details: dropped };
  if (changed.length > 0) return { ok: false, code: 'claim_changed', details: changed };
  return { ok: true };
}

type Analysed = {
  text: string;
  terms: ReadonlySet<string>;
  actor: string | undefined;
  deeds: readonly Deed[];
  negated: boolean;
};

function analyse(clause: string): Analysed {
  return {
    text: clause,
    deeds: deedsOf(clause),
    // Parties are compared as subjects: "the IRS can pay" and "you can pay" say the same thing of different people.
    terms: new Set([...contentTerms(clause)].filter((term) => !isActorTerm(term))),
    actor: actorOf(clause),
    negated: signatureOf(clause).negated,
  };
}

/**
 * Who does what, wherever it stands in the clause: for each deed of a paraphrase clause, the source clauses
 * where someone does that same thing and that share most words with it say who does it. A paraphrase may
 * name a party where the source names none ("a levy is filed" → "the IRS files a levy"), never another one.
 */
function swappedDeedsOf(clause: Analysed, sources: readonly Analysed[]): string[] {
  return clause.deeds.flatMap((deed) => {
    const doers = sources.filter((source) => source.deeds.some((other) => other.action === deed.action));
    const scored = doers.map((source) => ({ source, shared: sharedTerms(clause, source) }));
    const most = Math.max(0, ...scored.map(({ shared }) => shared));
    if (most === 0) return [];
    const closest = scored.filter(({ shared }) => shared === most).map(({ source }) => source);
    const same = closest.some((source) =>
      source.deeds.some((other) => other.action === deed.action && other.actor === deed.actor),
    );
    return same ? [] : [`"${closest[0]?.text ?? ''}" → "${clause.text}"`];
  });
}

function sharedTerms(a: Analysed, b: Analysed): number {
  return [...a.terms].filter((term) => b.terms.has(term)).length;
}

/**
 * A short clause ("if you cannot pay", "you can agree") restates the source clause with the same few
 * words, when no source clause with those words has the paraphrase's subject.
 */
function sameShortClause(clause: Analysed, candidates: readonly Analysed[]): Analysed | undefined {
  if (clause.actor === undefined || clause.terms.size > MIN_SHARED_TERMS) return undefined;
  const same = candidates.filter(
    (candidate) =>
      candidate.terms.size === clause.terms.size &&
      [...clause.terms].every((term) => candidate.terms.has(term)),
  );
  if (same.some((candidate) => candidate.actor === clause.actor)) return undefined;
  return same.find((candidate) => candidate.actor !== undefined);
}

function bestAligned(clause: Analysed, candidates: readonly Analysed[]): Analysed | undefined {
  let best: { candidate: Analysed; score: number } | undefined;
  for (const candidate of candidates) {
    const shared = [...clause.terms].filter((term) => candidate.terms.has(term)).length;
    if (shared < MIN_SHARED_TERMS) continue;
    const score = (2 * shared) / (clause.terms.size + candidate.terms.size);
    if (score >= MIN_ALIGNMENT && (best === undefined || score > best.score)) best = { candidate, score };
  }
  return best?.candidate;
}

/** The paraphrase clauses holding most of a claim's terms (at least two, or all when it has fewer). */
function bestCarriers(terms: readonly string[], clauses: readonly Analysed[]): Analysed[] {
  const counted = clauses.map((clause) => ({
    clause,
    count: terms.filter((term) => clause.terms.has(term)).length,
  }));
  const most = Math.max(0, ...counted.map(({ count }) => count));
  if (most < Math.min(MIN_SHARED_TERMS, terms.length)) return [];
  return counted.filter(({ count }) => count === most).map(({ clause }) => clause);
}

function keepsClaim(carrier: Analysed, claim: Claim): boolean {
  if (carrier.negated !== claim.negated) return false;
  return claim.subject === undefined || carrier.actor === undefined || carrier.actor === claim.subject;
}

/**
 * A source sentence without a content word ("It can.") answers the question the passage is about; no claim
 * can carry it, so a paraphrase keeps its words as they are ("Yes, it can." does).
 */
function droppedBareAnswers(sources: readonly string[], paraphrase: string): string[] {
  const said = ` ${wordsOf(paraphrase).join(' ')} `;
  return sources
    .flatMap(sentencesOf)
    .filter((sentence) => contentTerms(sentence).size === 0)
    .filter((sentence) => !said.includes(` ${wordsOf(sentence).join(' ')} `));
}
