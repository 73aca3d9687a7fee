import { z } from 'zod';
import { collectionPassages } from './data/collection.ts';
import { deadlinePassages } from './data/deadlines.ts';
import { disputePassages } from './data/disputes.ts';
import { helpPassages } from './data/help.ts';
import { paymentPassages } from './data/payment.ts';
import { reliefPassages } from './data/relief.ts';
import { respondPassages } from './data/respond.ts';
import { verifyPassages } from './data/verify.ts';
import { checkPassage } from './passage-check.ts';
import { PassageSchema, type KnowledgeBase, type Passage } from './passage-schema.ts';

const ALL_PASSAGE_DATA: readonly unknown[] = [
  ...verifyPassages,
  ...deadlinePassages,
  ...respondPassages,
  ...paymentPassages,
  ...reliefPassages,
  ...disputePassages,
  ...collectionPassages,
  ...helpPassages,
];

/**
 * Validates passage data and builds the lookup. A schema error, a failed passage check or a duplicate
 * id is a content bug, so it throws with the passage named: a bad passage must never reach a user.
 */
export function buildKnowledgeBase(data: readonly unknown[]): KnowledgeBase {
  const passages = data.map((item, index) => parsePassage(item, index));
  const byId = new Map<string, Passage>();
  for (const passage of passages) {
    if (byId.has(passage.id)) throw new Error(`Duplicate passage id "${passage.id}"`);
    const problems = checkPassage(passage);
    if (problems.length > 0) {
      const details = problems.map((p) => `${p.code}: ${p.detail}`).join('; ');
      throw new Error(`Passage "${passage.id}" failed its check: ${details}`);
    }
    byId.set(passage.id, passage);
  }
  return { passages, byId };
}

function parsePassage(item: unknown, index: number): Passage {
  const parsed = PassageSchema.safeParse(item);
  if (parsed.success) return Object.freeze(parsed.data);
  const id = z.object({ id: z.string() }).safeParse(item);
  const name = id.success ? `"${id.data.id}"` : `#${index}`;
  throw new Error(`Passage ${name} is invalid: ${z.prettifyError(parsed.error)}`);
}

export const knowledgeBase: KnowledgeBase = buildKnowledgeBase(ALL_PASSAGE_DATA);

/** The passage with this id; an unknown id is a bug in the caller's data, so it throws. */
export function getPassage(id: string, kb: KnowledgeBase = knowledgeBase): Passage {
  const passage = kb.byId.get(id);
  if (passage === undefined) throw new Error(`Unknown passage id "${id}"`);
  return passage;
}
