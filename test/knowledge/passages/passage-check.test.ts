import { describe, expect, it } from 'vitest';
import { SOURCE_URL } from '../../../src/knowledge/passages/data/sources.ts';
import { knowledgeBase } from '../../../src/knowledge/passages/knowledge-base.ts';
import {
  checkPassage,
  countWords,
  type PassageProblemCode,
} from '../../../src/knowledge/passages/passage-check.ts';
import type { Passage } from '../../../src/knowledge/passages/passage-schema.ts';

const VALID: Passage = {
  id: 'sample-passage',
  version: 1,
  title: 'A sample passage about the CP2000',
  topics: ['sample'],
  text:
    'A CP2000 proposes changes to your return. Send your reply and any proof within 30 days of the date on ' +
    'the letter. If you need more time, call the number on the notice before the deadline and ask. You can ' +
    'also look up the IRS phone number yourself on IRS.gov before you call anyone.',
  sources: [{ url: SOURCE_URL.cp2000Script, supports: 'CP2000: reply within 30 days' }],
  facts: ['CP2000', '30 days', 'IRS.gov'],
  reviewedBy: 'Notice Navigator content review',
  reviewedOn: '2026-11-22',
  confidence: 'C',
};

const LONG_TEXT = `${VALID.text} ${'More plain words follow here for the reader. '.repeat(20)}`;

/** Each seeded fault, and the problem code the check must report for it. */
const FAULTS: readonly { name: string; change: Partial<Passage>; code: PassageProblemCode }[] = [
  {
    name: 'a number in the text that facts do not list',
    change: { text: `${VALID.text} Interest is added after 21 days.` },
    code: 'fact_not_listed',
  },
  {
    name: 'an amount in the text that facts do not list',
    change: { text: `${VALID.text} Plans cost $31 online.` },
    code: 'fact_not_listed',
  },
  {
    name: 'a form in the text that facts do not list',
    change: { text: `${VALID.text} Use Form 9465 to ask.` },
    code: 'fact_not_listed',
  },
  {
    name: 'a phone number in the text that facts do not list',
    change: { text: `${VALID.text} Or call 800-829-4933.` },
    code: 'fact_not_listed',
  },
  {
    name: 'a URL in the text that facts do not list',
    change: {
      text: `${VALID.text} Read https://www.irs.gov/payments first.`,
      sources: [...VALID.sources, { url: SOURCE_URL.cp14, supports: 'irs.gov' }],
    },
    code: 'fact_not_listed',
  },
  {
    name: 'a fact in the title that facts do not list',
    change: { title: 'A sample passage about the CP2501' },
    code: 'fact_not_listed',
  },
  {
    name: 'a listed fact the text does not state',
    change: { facts: [...VALID.facts, '60 days'] },
    code: 'listed_fact_absent',
  },
  {
    name: 'a listed fact written differently from the text',
    change: { facts: ['cp 2000', '30 days', 'IRS.gov'] },
    code: 'listed_fact_absent',
  },
  { name: 'no source', change: { sources: [] }, code: 'missing_source' },
  {
    name: 'a source URL that is not http(s)',
    change: { sources: [{ url: 'ftp://irs.gov/pub/cp2000.pdf', supports: 'a file' }] },
    code: 'bad_url',
  },
  {
    name: 'a source URL that is not vetted',
    change: { sources: [{ url: 'https://example.com/tax-tips', supports: 'a blog' }] },
    code: 'unvetted_source',
  },
  {
    name: 'a URL in the text that no source is on',
    change: {
      text: `${VALID.text} See example.com for more.`,
      facts: [...VALID.facts, 'example.com'],
    },
    code: 'unsourced_url',
  },
  {
    name: 'an unconfirmed fee stated as fact',
    change: { text: `${VALID.text} A plan costs $22 online.`, facts: [...VALID.facts, '$22'] },
    code: 'unconfirmed_fact',
  },
  {
    name: 'the unconfirmed TIGTA number stated as fact',
    change: { text: `${VALID.text} Report it at 800-366-4484.`, facts: [...VALID.facts, '800-366-4484'] },
    code: 'unconfirmed_fact',
  },
  {
    name: 'a text that is too short',
    change: { text: 'A CP2000 asks for a reply within 30 days on IRS.gov.' },
    code: 'text_length',
  },
  { name: 'a text that is too long', change: { text: LONG_TEXT }, code: 'text_length' },
  {
    name: 'Markdown emphasis',
    change: { text: VALID.text.replace('proposes', '**proposes**') },
    code: 'markdown',
  },
  { name: 'a Markdown bullet', change: { text: `- ${VALID.text}` }, code: 'markdown' },
];

describe('checkPassage', () => {
  it('accepts a well-formed passage', () => {
    expect(checkPassage(VALID)).toEqual([]);
  });

  it.each(FAULTS)('reports $code for $name', ({ change, code }) => {
    const problems = checkPassage({ ...VALID, ...change });
    expect(problems.map((p) => p.code)).toContain(code);
    expect(problems.every((p) => p.passageId === VALID.id)).toBe(true);
  });

  it('accepts an amount listed exactly as the text writes it', () => {
    const text = `${VALID.text} The balance was $1,000.00 on the notice.`;
    expect(checkPassage({ ...VALID, text, facts: [...VALID.facts, '$1,000.00'] })).toEqual([]);
  });

  it('passes every passage of the knowledge base', () => {
    const problems = knowledgeBase.passages.flatMap(checkPassage);
    expect(problems).toEqual([]);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['Pay by the date  on\nthe notice.', 7],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
