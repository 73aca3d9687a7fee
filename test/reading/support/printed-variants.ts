import { expect } from 'vitest';
import { NOTICE_PAGES, type NoticePage } from './notice-pages.ts';

/** A fixture page with its printed dates moved: the dates the rules would give no longer match. */
function variant(name: string, replacements: [string, string][]): NoticePage {
  const page = NOTICE_PAGES.find((p) => p.name === name)!;
  let html = page.html;
  for (const [from, to] of replacements) {
    expect(html).toContain(from);
    html = html.replaceAll(from, to);
  }
  return { ...page, html };
}

/**
 * LT11 dated October 30, 2026: the rules give November 30 for the hearing (30 days, rolled past a
 * Sunday); the letter prints December 4, and an "Amount due by November 24" line that is no hearing date.
 */
export const LT11_PRINTED = variant('LT11 final notice', [
  ['October 5, 2026', 'October 30, 2026'],
  ['November 4, 2026', 'December 4, 2026'],
  ['<span>Amount you owe</span>', '<span>Amount due by November 24, 2026</span>'],
]);
/** CP3219A dated October 26, 2026: 90 days is January 25, 2027 (rolled past a Sunday); it prints January 27. */
export const CP3219A_PRINTED = variant('CP3219A notice of deficiency', [
  ['May 4, 2026', 'October 26, 2026'],
  ['August 3, 2026', 'January 27, 2027'],
]);
