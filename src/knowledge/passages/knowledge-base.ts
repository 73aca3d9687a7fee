import { z } from 'zod';
import { PASSAGE_CLAIMS } from './data/claims.ts';
import { ALL_PASSAGE_DATA } from './data/index.ts';
import { ALL_SPANISH_TWINS } from './data/es/index.ts';
import { checkClaims, type PassageClaims } from './claims.ts';
import { checkPassage, checkTwin } from './passage-check.ts';
import {
  PassageSchema,
  PassageTwinSchema,
  type KnowledgeBase,
  type Passage,
  type PassageTwin,
} from './passage-schema.ts';

/** Each language's twins as written, by language (see PassageTwinSchema). */
const PASSAGE_TWIN_DATA: Readonly<Record<string, readonly unknown[]>> = { es: ALL_SPANISH_TWINS };

/**
 * Validates passage data and builds the lookup. A schema error, a failed passage check or a duplicate
 * id is a content bug, so it throws with the passage named: a bad passage must never reach a user. The
 * same holds for each language's twins (`twinData`, by language).
 */
export function buildKnowledgeBase(
  data: readonly unknown[],
  reviewedClaims: Readonly<Record<string, PassageClaims>> = PASSAGE_CLAIMS,
  twinData: Readonly<Record<string, readonly unknown[]>> = {},
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
  const twins = new Map(
    Object.entries(twinData).map(([language, items]) => [language, buildTwins(language, items, byId)]),
  );
  return { passages, byId, claims, twins };
}

/** One language's twins, each checked against its English passage; any problem throws, naming the twin. */
function buildTwins(
  language: string,
  items: readonly unknown[],
  byId: ReadonlyMap<string, Passage>,
): ReadonlyMap<string, PassageTwin> {
  const twins = new Map<string, PassageTwin>();
  items.forEach((item, index) => {
    const parsed = PassageTwinSchema.safeParse(item);
    if (!parsed.success) {
      throw new Error(`Twin #${index} (${language}) is invalid: ${z.prettifyError(parsed.error)}`);
    }
    const twin = Object.freeze(parsed.data);
    const english = byId.get(twin.id);
    if (english === undefined) throw new Error(`Twin "${twin.id}" (${language}) has no English passage`);
    if (twins.has(twin.id)) throw new Error(`Duplicate twin "${twin.id}" (${language})`);
    const problems = checkTwin(english, twin);
    if (problems.length > 0) {
      const details = problems.map((p) => `${p.code}: ${p.detail}`).join('; ');
      throw new Error(`Twin "${twin.id}" (${language}) failed its check: ${details}`);
    }
    twins.set(twin.id, twin);
  });
  return twins;
}

function parsePassage(item: unknown, index: number): Passage {
  const parsed = PassageSchema.safeParse(item);
  if (parsed.success) return Object.freeze(parsed.data);
  const id = z.object({ id: z.string() }).safeParse(item);
  const name = id.success ? `"${id.data.id}"` : `#${index}`;
  throw new Error(`Passage ${name} is invalid: ${z.prettifyError(parsed.error)}`);
}

export const knowledgeBase: KnowledgeBase = buildKnowledgeBase(
  ALL_PASSAGE_DATA,
  PASSAGE_CLAIMS,
  PASSAGE_TWIN_DATA,
);

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

export type LocalisedPassage = {
  /** The passage with its title, text and sources in the language asked for. */
  passage: Passage;
  /** True when the text is a twin's, not the English passage's (its paraphrase is checked in that language). */
  twin: boolean;
};

/**
 * The passage in a reader's language: its twin in that language, or the English passage for English and
 * for a passage that has no twin yet. The one place that chooses the words of a passage by language.
 */
export function passageIn(id: string, language: string, kb: KnowledgeBase = knowledgeBase): LocalisedPassage {
  const passage = getPassage(id, kb);
  const twin = kb.twins.get(language)?.get(id);
  if (twin === undefined) return { passage, twin: false };
  const { title, text, sources = [], facts } = twin;
  const cited = [...sources, ...passage.sources];
  return { passage: Object.freeze({ ...passage, title, text, sources: cited, facts }), twin: true };
}
