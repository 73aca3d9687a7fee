import { z } from 'zod';
import { PASSAGE_CLAIMS } from './data/claims.ts';
import { ALL_PASSAGE_DATA } from './data/index.ts';
import { checkClaims, type PassageClaims } from './claims.ts';
import { checkPassage } from './passage-check.ts';
import { PassageSchema, type KnowledgeBase, type Passage } from './passage-schema.ts';

/**
 * Validates passage data and builds the lookup. A schema error, a failed passage check or a duplicate
 * id is a content bug, so it throws with the passage named: a bad passage must never reach a user.
 */
export function buildKnowledgeBase(
  data: readonly unknown[],
  reviewedClaims: Readonly<Record<string, PassageClaims>> = PASSAGE_CLAIMS,
): KnowledgeBase {
  const passages = data.map((item, index) => parsePassage(item, index));
  const byId = new Map<string, Passage>();
  const claims = new Map<string, PassageClaims>();
  for (const passage of passages) {
    if (byId.has(passage.id)) throw new Error(`Duplicate passage id "${passage.id}"`);
    const entry = reviewedClaims[passage.id];
    const problems = [...checkPassage(passage), ...checkClaims(passage.text, entry)];
    if (problems.length > 0) {
      const details = problems.map((p) => `${p.code}: ${p.detail}`).join('; ');
      throw new Error(`Passage "${passage.id}" failed its check: ${details}`);
    }
    byId.set(passage.id, passage);
    if (entry !== undefined) claims.set(passage.id, entry);
  }
  return { passages, byId, claims };
}

function parsePassage(item: unknown, index: number): Passage {
  const parsed = PassageSchema.safeParse(item);
  if (parsed.success) return Object.freeze(parsed.data);
  const id = z.object({ id: z.string() }).safeParse(item);
  const name = id.success ? `"${id.data.id}"` : `#${index}`;
  throw new Error(`Passage ${name} is invalid: ${z.prettifyError(parsed.error)}`);
}

export const knowledgeBase: KnowledgeBase = buildKnowledgeBase(ALL_PASSAGE_DATA);

/** The reviewed claims of a passage; an unknown id is a bug in the caller's data, so it throws. */
export function claimsOf(id: string, kb: KnowledgeBase = knowledgeBase): PassageClaims {
  const entry = kb.claims.get(id);
  if (entry === undefined) throw new Error(`No claims for passage "${id}"`);
  return entry;
}

/** The passage with this id; an unknown id is a bug in the caller's data, so it throws. */
export function getPassage(id: string, kb: KnowledgeBase = knowledgeBase): Passage {
  const passage = kb.byId.get(id);
  if (passage === undefined) throw new Error(`Unknown passage id "${id}"`);
  return passage;
}
