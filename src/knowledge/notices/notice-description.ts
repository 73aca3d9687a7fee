import { noticeCatalog, type NoticeCatalog } from './notice-catalog.ts';
import type { Notice } from './notice-schema.ts';

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'to',
  'your',
  'you',
  'my',
  'on',
  'for',
  'it',
  'says',
  'say',
  'letter',
  'notice',
  'irs',
  'from',
  'in',
  'is',
  'at',
  'top',
  'we',
  'our',
  'this',
  'that',
  'with',
  'or',
  'about',
]);

/** A match needs at least this many shared words, and must beat the runner-up. */
const MIN_SHARED_WORDS = 2;

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 1 && !STOP_WORDS.has(word)),
  );
}

/**
 * Finds the notice a person describes in their own words ("final notice of intent to levy") by the words
 * it shares with notice titles. Only a clear, unique best match counts: a guess is worse than none.
 */
export function matchNoticeByDescription(
  text: string,
  catalog: NoticeCatalog = noticeCatalog,
): Notice | undefined {
  const described = words(text);
  const scored = catalog.notices
    .map((notice) => ({
      notice,
      shared: [...words(notice.title)].filter((word) => described.has(word)).length,
    }))
    .sort((a, b) => b.shared - a.shared);
  const [best, second] = scored;
  if (!best || best.shared < MIN_SHARED_WORDS) return undefined;
  if (second && second.shared === best.shared) return undefined;
  return best.notice;
}
