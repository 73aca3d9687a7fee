import { passageTextHash, type Claim, type PassageClaims } from '../../knowledge/passages/claims.ts';
import {
  actorOf,
  clausesOf,
  contentTerms,
  deedsOf,
  PLAIN_TERMS,
  readerActionsOf,
  sameParty,
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
  | 'unsupported_words'
  | 'unsupported_clause'
  | 'changed_subject'
  | 'invented_instruction'
  | 'claim_dropped'
  | 'claim_changed';

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

  const unsupportedClauses = clausesSaidNowhere(sources, paraphrase);
  if (unsupportedClauses.length > 0)
    return { ok: false, code: 'unsupported_clause', details: unsupportedClauses };

  const paraTerms = contentTerms(paraphrase);
  const paraFacts = new Set(extractFacts(paraphrase));
  // Every clause of the passages is still said, each by a clause of its own.
  const dropped = unsaidClauses(sources, claims, paraphrase).map((clause) => `"${clause}" is no longer said`);
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

/**
 * Clauses of the paraphrase whose words no sentence of the sources holds together (nor two sentences side by
 * side, which an editor may merge): each word is the sources', but the statement is not ("a hearing request
 * is late after 30 days" from "30 days", "hearing", "late" and "letter date" said apart).
 */
function clausesSaidNowhere(sources: readonly string[], paraphrase: string): string[] {
  const sentences = sources.flatMap(sentencesOf).map(sayableTerms);
  const windows = [
    ...sentences,
    ...sentences.slice(1).map((second, index) => new Set([...(sentences[index] ?? []), ...second])),
  ];
  return clausesOf(paraphrase).filter((clause) => {
    const terms = [...sayableTerms(clause)];
    return !windows.some((window) => terms.every((term) => window.has(term)));
  });
}

/**
 * The words of a text that say something: content terms but the reviewed plain additions, and numbers ("or
 * 150 days" says something "30 days" does not).
 */
function sayableTerms(text: string): Set<string> {
  return new Set([
    ...[...contentTerms(text)].filter((term) => !PLAIN_TERMS.has(term)),
    ...wordsOf(text).filter((word) => /^\d+$/.test(word)),
  ]);
}

/**
 * The clauses of the passages (the sources their reviewed claims were written against; case facts are not
 * passages) that no clause of the paraphrase says: one whose words (or listed synonyms) hold all of the
 * clause's words that can carry something. A paraphrase clause may say several passage clauses at once
 * ("write down the date and the number"), but not two where one's words are all in the other: "that may
 * not stop this levy" is not said by "it cannot stop an IRS levy" when that clause is also needed for itself.
 */
function unsaidClauses(
  sources: readonly string[],
  claims: readonly PassageClaims[],
  paraphrase: string,
): string[] {
  const reviewed = new Set(claims.map((entry) => entry.textHash));
  const needed = sources
    .filter((source) => reviewed.has(passageTextHash(source)))
    .flatMap(clausesOf)
    .map((text) => ({ text, terms: sayableTerms(text) }))
    .filter(({ terms }) => terms.size > 0)
    // The fullest first: a clause that another one's words contain is placed after it.
    .sort((a, b) => b.terms.size - a.terms.size);
  // Each clause of the paraphrase says what it holds; a passage clause an editor cut in two ("If you pay …, you
  // may save the plan") is said by two clauses side by side in one sentence that say nothing else.
  type Sayer = { terms: ReadonlySet<string>; says: ReadonlySet<string>[] };
  const sentences = sentencesOf(paraphrase).map((sentence) =>
    clausesOf(sentence).map((clause): Sayer => ({ terms: sayableTerms(clause), says: [] })),
  );
  const within = (terms: ReadonlySet<string>, holder: ReadonlySet<string>) =>
    [...terms].every((term) => holder.has(term));
  const unsaid: string[] = [];
  for (const { text, terms } of needed) {
    const sayer = sentences
      .flat()
      .filter((unit) => within(terms, unit.terms) && !unit.says.some((said) => within(terms, said)))
      .sort((a, b) => a.says.length - b.says.length)[0];
    if (sayer !== undefined) {
      sayer.says.push(terms);
      continue;
    }
    const halves = sentences
      .flatMap((clauses) => clauses.slice(1).map((second, index) => [clauses[index] as Sayer, second]))
      .find(
        (pair) =>
          pair.every(({ says }) => says.length === 0) &&
          within(terms, new Set(pair.flatMap((half) => [...half.terms]))),
      );
    if (halves === undefined) unsaid.push(text);
    else for (const half of halves) half.says.push(terms);
  }
  return unsaid;
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
      source.deeds.some((other) => other.action === deed.action && sameParty(other.actor, deed.actor)),
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
