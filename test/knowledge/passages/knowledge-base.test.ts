import { describe, expect, it } from 'vitest';
import { SOURCE_URL } from '../../../src/knowledge/passages/data/sources.ts';
import {
  buildKnowledgeBase,
  getPassage,
  knowledgeBase,
} from '../../../src/knowledge/passages/knowledge-base.ts';
import { countWords } from '../../../src/knowledge/passages/passage-check.ts';
import {
  MAX_PASSAGE_WORDS,
  MIN_PASSAGE_WORDS,
  PassageSchema,
  type Passage,
} from '../../../src/knowledge/passages/passage-schema.ts';

/** Ids other parts of the product (options, deadlines, warnings, dialogs) refer to. */
const REQUIRED_IDS = [
  'verify-notice-is-real',
  'scam-signs',
  'report-impersonation',
  'urgent-vs-disputable',
  'printed-date-governs',
  'deadline-rollover',
  'timely-mailing',
  'gather-documents',
  'check-the-calculation',
  'common-causes',
  'contact-irs',
  'call-script',
  'keep-a-log',
  'pay-in-full-methods',
  'interest-free-window',
  'failure-to-pay-penalty',
  'short-term-payment-plan',
  'installment-agreement',
  'installment-agreement-fees',
  'offer-in-compromise',
  'currently-not-collectible',
  'first-time-abatement',
  'reasonable-cause',
  'math-error-abatement',
  'cp2000-response',
  'cdp-hearing',
  'equivalent-hearing',
  'tax-court-petition',
  'collection-appeals-program',
  'appeals-protest',
  'lien-vs-levy',
  'social-security-levy',
  'federal-payment-levy',
  'passport-certification',
  'taxpayer-advocate',
  'representation-forms',
  'low-income-taxpayer-clinics',
  'records-and-follow-up',
  'timelines',
  'common-mistakes',
  'file-missing-returns',
] as const;

const { passages } = knowledgeBase;
const vettedUrls = new Set<string>(Object.values(SOURCE_URL));

describe('knowledge base', () => {
  it('holds at least 40 passages', () => {
    expect(passages.length).toBeGreaterThanOrEqual(40);
  });

  it.each(REQUIRED_IDS)('has the passage %s', (id) => {
    expect(knowledgeBase.byId.get(id)?.id).toBe(id);
  });

  it('has unique ids, each in byId', () => {
    const ids = passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(knowledgeBase.byId.size).toBe(ids.length);
  });

  it.each(passages.map((p) => [p.id, p] as const))(
    '%s is valid, in range, sourced and reviewed',
    (_id, passage) => {
      expect(PassageSchema.parse(passage)).toEqual(passage);
      const words = countWords(passage.text);
      expect(words).toBeGreaterThanOrEqual(MIN_PASSAGE_WORDS);
      expect(words).toBeLessThanOrEqual(MAX_PASSAGE_WORDS);
      expect(['C', 'P']).toContain(passage.confidence);
      expect(passage.sources.length).toBeGreaterThan(0);
      for (const source of passage.sources) expect(vettedUrls).toContain(source.url);
      expect(new Set(passage.facts).size).toBe(passage.facts.length);
      // The first review, or the second one against primary sources (issue 12); never a future date.
      expect(['2026-11-22', '2026-12-02']).toContain(passage.reviewedOn);
    },
  );

  it('never states the unconfirmed payment-plan fees or the TIGTA number', () => {
    const unconfirmed = ['$22', '$69', '$178', '800-366-4484'];
    const stated = passages.filter((p) => unconfirmed.some((figure) => p.text.includes(figure)));
    expect(stated.map((p) => p.id)).toEqual([]);
  });

  it('tells the reader to check current fees instead of stating them', () => {
    const fees = getPassage('installment-agreement-fees');
    expect(fees.text).not.toMatch(/\$\d/);
    expect(fees.text).toMatch(/check the IRS payment plan page or your notice/);
  });
});

describe('getPassage', () => {
  it('returns the passage with that id', () => {
    expect(getPassage('scam-signs').title).toMatch(/scam/i);
  });

  it('throws on an unknown id, naming it', () => {
    expect(() => getPassage('no-such-passage')).toThrow(/no-such-passage/);
  });
});

describe('buildKnowledgeBase', () => {
  const valid: Passage = getPassage('timelines');

  it('builds from valid data', () => {
    const kb = buildKnowledgeBase([valid]);
    expect(kb.passages).toHaveLength(1);
    expect(kb.byId.get('timelines')).toEqual(valid);
  });

  it.each([
    ['a schema error', [{ ...valid, id: 'Not Kebab' }], /Not Kebab/],
    ['a failed passage check', [{ ...valid, facts: valid.facts.slice(1) }], /"timelines".*fact_not_listed/],
    ['a duplicate id', [valid, valid], /Duplicate passage id "timelines"/],
    [
      'a text changed since its claims were reviewed',
      [{ ...valid, text: `${valid.text} You can wait.` }],
      /"timelines".*claims_stale.*npm run claims/,
    ],
    ['a passage with no id', [{ title: 'x' }], /#0/],
  ] as const)('throws on %s, naming the passage', (_name, data, message) => {
    expect(() => buildKnowledgeBase(data)).toThrow(message);
  });
});
