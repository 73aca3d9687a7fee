import { createHash } from 'node:crypto';
import { z } from 'zod';
import { extractFacts } from '../facts/extract-facts.ts';
import {
  actorOf,
  clausesOf,
  contentTerms,
  isContentWord,
  PLAIN_TERMS,
  signatureOf,
  termOf,
  wordsOf,
} from '../meaning/statements.ts';

/**
 * The claims of a passage: one per clause that says something, with the words that must survive any
 * rewrite, who acts, whether it is negated, how it binds the reader, and its facts. They are data beside
 * the passage, reviewed like its text, and tied to that text by a hash: a passage whose text changes
 * fails the passage check until its claims are drafted again (`npm run claims`) and reviewed.
 */

const ModalitySchema = z.enum(['obligation', 'permission', 'advice', 'certainty']);

const ClaimSchema = z.strictObject({
  /** Words of the clause, as written there, that a paraphrase must keep (or use a listed synonym of). */
  terms: z.array(z.string().min(1)).min(1),
  /** The party the clause is about ("reader", "irs", …); absent when it names none. */
  subject: z.string().min(1).optional(),
  negated: z.boolean(),
  modality: z.array(ModalitySchema),
  /** The numbers, dates, forms and codes the clause states, normalised. */
  facts: z.array(z.string().min(1)),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const PassageClaimsSchema = z.strictObject({
  /** First 16 hex digits of the SHA-256 of the passage text these claims were reviewed against. */
  textHash: z.string().regex(/^[0-9a-f]{16}$/),
  claims: z.array(ClaimSchema).min(1),
});
export type PassageClaims = z.infer<typeof PassageClaimsSchema>;

export function passageTextHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Clauses with fewer content words than this ("If you can") state nothing on their own. */
const MIN_CLAIM_WORDS = 2;
/** The rarest words of a clause are what makes it this claim and not another: at most this many must survive. */
const TERMS_PER_CLAIM = 3;

/**
 * A first draft of a passage's claims, for a reviewer to correct. `rarity` counts, for each term, how many
 * clauses of the whole knowledge base use it: the rarest words of a clause carry its claim.
 */
export function draftClaims(text: string, rarity: ReadonlyMap<string, number>): PassageClaims {
  const claims: Claim[] = [];
  // A word used by one clause only marks that clause: if it is gone, the clause is gone.
  const inPassage = termRarity([text]);
  for (const clause of clausesOf(text)) {
    const words = wordsOf(clause).filter(isContentWord);
    const candidates = [...new Set(words)].filter((word) => !PLAIN_TERMS.has(termOf(word)));
    if (candidates.length < MIN_CLAIM_WORDS) continue;
    const terms = candidates
      .map((word, order) => ({
        word,
        order,
        local: inPassage.get(termOf(word)) ?? 0,
        rarity: rarity.get(termOf(word)) ?? 0,
      }))
      .sort((a, b) => a.local - b.local || a.rarity - b.rarity || a.order - b.order)
      .slice(0, TERMS_PER_CLAIM)
      .sort((a, b) => a.order - b.order)
      .map(({ word }) => word);
    const signature = signatureOf(clause);
    const subject = actorOf(clause);
    claims.push({
      terms,
      ...(subject === undefined ? {} : { subject }),
      negated: signature.negated,
      modality: [...signature.modalities],
      facts: extractFacts(clause),
    });
  }
  return { textHash: passageTextHash(text), claims };
}

/** How many clauses of these texts use each term. */
export function termRarity(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const clause of texts.flatMap(clausesOf)) {
    for (const term of contentTerms(clause)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

export type ClaimProblem = { code: 'claims_missing' | 'claims_stale' | 'claim_not_in_text'; detail: string };

/** What is wrong with a passage's claims; empty when they were reviewed against this text and match it. */
export function checkClaims(text: string, entry: PassageClaims | undefined): ClaimProblem[] {
  if (entry === undefined) return [{ code: 'claims_missing', detail: 'no claims; run `npm run claims`' }];
  const hash = passageTextHash(text);
  if (entry.textHash !== hash) {
    return [
      {
        code: 'claims_stale',
        detail: `the text changed since its claims were reviewed (${entry.textHash} → ${hash}); run \`npm run claims\` and review them`,
      },
    ];
  }
  const words = new Set(wordsOf(text));
  const facts = new Set(extractFacts(text));
  return entry.claims.flatMap((claim) => [
    ...claim.terms
      .filter((term) => !words.has(term))
      .map((term) => ({ code: 'claim_not_in_text' as const, detail: `"${term}" is not a word of the text` })),
    ...claim.facts
      .filter((fact) => !facts.has(fact))
      .map((fact) => ({ code: 'claim_not_in_text' as const, detail: `the text does not state "${fact}"` })),
  ]);
}
