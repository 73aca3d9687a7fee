import { describe, expect, it } from 'vitest';
import {
  buildKnowledgeBase,
  getPassage,
  knowledgeBase,
} from '../../../src/knowledge/passages/knowledge-base.ts';
import {
  DEFAULT_MAX_PASSAGES,
  editDistance,
  retrievePassages,
  stem,
  type Retrieval,
} from '../../../src/knowledge/passages/retrieve.ts';
import { IN_SCOPE_QUESTIONS, OUT_OF_SCOPE_QUESTIONS } from './retrieval-questions.ts';

function ids(retrieval: Retrieval): string[] {
  return retrieval.ok ? retrieval.passages.map((scored) => scored.passage.id) : [];
}

describe('retrievePassages: real questions', () => {
  it('has a table of at least 60 in-scope and 25 out-of-scope questions', () => {
    expect(IN_SCOPE_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    expect(OUT_OF_SCOPE_QUESTIONS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(IN_SCOPE_QUESTIONS)('"$question" → $expected in the top 3', ({ question, expected }) => {
    const retrieval = retrievePassages(question);
    expect(retrieval.ok).toBe(true);
    expect(ids(retrieval)).toContain(expected);
  });

  it.each(OUT_OF_SCOPE_QUESTIONS)('"%s" is out of scope', (question) => {
    const retrieval = retrievePassages(question);
    expect(retrieval).toMatchObject({ ok: false, code: 'out_of_scope' });
  });

  it('reports its hit rate, and puts most expected passages first', () => {
    const results = IN_SCOPE_QUESTIONS.map(({ question, expected }) => ({
      expected,
      found: ids(retrievePassages(question)),
    }));
    const inTop3 = results.filter((r) => r.found.includes(r.expected)).length;
    const first = results.filter((r) => r.found[0] === r.expected).length;
    const refused = OUT_OF_SCOPE_QUESTIONS.filter((q) => !retrievePassages(q).ok).length;
    const total = results.length;
    console.log(
      `retrieval: top-3 hit rate ${inTop3}/${total} (${((100 * inTop3) / total).toFixed(1)}%), ` +
        `top-1 ${first}/${total}, out of scope refused ${refused}/${OUT_OF_SCOPE_QUESTIONS.length}`,
    );
    expect(inTop3).toBe(total);
    expect(first / total).toBeGreaterThanOrEqual(0.85);
  });

  it.each(knowledgeBase.passages.map((p) => [p.id, p.title] as const))(
    'finds %s from its own title',
    (id, title) => {
      expect(ids(retrievePassages(title))).toContain(id);
    },
  );
});

describe('retrievePassages: behaviour', () => {
  it('is deterministic: the same question twice gives identical results', () => {
    for (const { question } of IN_SCOPE_QUESTIONS) {
      expect(retrievePassages(question)).toEqual(retrievePassages(question));
    }
  });

  it('returns at most 3 passages by default, best first', () => {
    const retrieval = retrievePassages('how do i set up a payment plan with monthly payments');
    expect(DEFAULT_MAX_PASSAGES).toBe(3);
    if (!retrieval.ok) throw new Error('expected passages');
    expect(retrieval.passages.length).toBeLessThanOrEqual(3);
    const scores = retrieval.passages.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('honours max', () => {
    expect(ids(retrievePassages('can they take my paycheck', undefined, { max: 1 }))).toEqual([
      'lien-vs-levy',
    ]);
    expect(() => retrievePassages('can they take my paycheck', undefined, { max: 0 })).toThrow(RangeError);
  });

  it('honours threshold', () => {
    const question = 'what documents do i need to gather';
    const loose = retrievePassages(question, undefined, { threshold: 0 });
    const strict = retrievePassages(question, undefined, { threshold: 1.01 });
    expect(loose.ok).toBe(true);
    expect(strict).toEqual({ ok: false, code: 'out_of_scope', confidence: loose.confidence });
  });

  it('breaks score ties by id', () => {
    const retrieval = retrievePassages('12153');
    if (!retrieval.ok) throw new Error('expected passages');
    const [first, second] = retrieval.passages;
    expect(first?.score).toBe(second?.score);
    expect([first?.passage.id, second?.passage.id]).toEqual(['cdp-hearing', 'equivalent-hearing']);
  });

  it.each([
    ['CP504', 'intent-to-levy'],
    ['cp 504', 'intent-to-levy'],
    ['CP-504', 'intent-to-levy'],
    ['what is an lt11', 'final-levy-notice'],
    ['Letter 1058', 'final-levy-notice'],
    ['L1058', 'final-levy-notice'],
    ['1058', 'final-levy-notice'],
    ['form12153', 'cdp-hearing'],
    ['Form 9423?', 'collection-appeals-program'],
    ['cp91', 'social-security-levy'],
    ['cp 3219a', 'what-is-a-notice-of-deficiency'],
  ])('puts the passage about %s first', (question, expected) => {
    const retrieval = retrievePassages(question);
    expect(ids(retrieval)[0]).toBe(expected);
    expect(retrieval.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['', '   ', '?!', 'the and of', 'cp9999'])('treats %j as out of scope', (question) => {
    expect(retrievePassages(question)).toMatchObject({ ok: false, code: 'out_of_scope' });
  });

  it('searches the knowledge base it is given', () => {
    const small = buildKnowledgeBase([getPassage('scam-signs'), getPassage('timelines')]);
    expect(ids(retrievePassages('how do I set up monthly payments', small))).not.toContain(
      'installment-agreement',
    );
    expect(ids(retrievePassages('they want a gift card, is this a scam', small))).toEqual(['scam-signs']);
  });

  it('reports a confidence between 0 and 1', () => {
    for (const question of [...IN_SCOPE_QUESTIONS.map((q) => q.question), ...OUT_OF_SCOPE_QUESTIONS]) {
      const { confidence } = retrievePassages(question);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('stem', () => {
  it.each([
    ['penalties', 'penalty'],
    ['levies', 'levy'],
    ['levied', 'levy'],
    ['notices', 'notic'],
    ['notice', 'notic'],
    ['filing', 'fil'],
    ['filed', 'fil'],
    ['file', 'fil'],
    ['payments', 'payment'],
    ['paid', 'pay'],
    ['getting', 'get'],
    ['status', 'status'],
    ['business', 'business'],
    ['cp2000', 'cp2000'],
    ['tax', 'tax'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['levy', 'levy', 0],
    ['lein', 'lien', 1],
    ['garnishmnet', 'garnishment', 1],
    ['penalty', 'penality', 1],
    ['bread', 'break', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s ↔ %s = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('stops counting past its limit', () => {
    expect(editDistance('pizza', 'penalty', 1)).toBe(2);
  });
});
