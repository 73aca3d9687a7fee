import { describe, expect, it } from 'vitest';
import {
  buildKnowledgeBase,
  getPassage,
  knowledgeBase,
} from '../../../src/knowledge/passages/knowledge-base.ts';
import {
  DEFAULT_MAX_PASSAGES,
  editDistance,
  normaliseWords,
  retrievePassages,
  stem,
  type Retrieval,
} from '../../../src/knowledge/passages/retrieve.ts';
import {
  FINAL_IN_SCOPE,
  FINAL_OFF_TOPIC,
  FRESH_IN_SCOPE,
  FRESH_OFF_TOPIC,
  HELD_OUT_IN_SCOPE,
  HELD_OUT_OFF_TOPIC,
  type HeldOutQuestion,
  PEOPLE_IN_SCOPE,
  PEOPLE_OFF_TOPIC,
} from './retrieval-held-out.ts';
import { IN_SCOPE_QUESTIONS, OUT_OF_SCOPE_QUESTIONS } from './retrieval-questions.ts';

function ids(retrieval: Retrieval): string[] {
  return retrieval.ok ? retrieval.passages.map((scored) => scored.passage.id) : [];
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)}%`;
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

/**
 * Floors just under what retrieval achieves on each held-out set (one question's slack), so a change that
 * makes it worse fails here. Set C is the honest estimate: it was written last and measured once.
 */
const HELD_OUT_SETS = [
  {
    name: 'A (written first, seen while tuning)',
    inScope: HELD_OUT_IN_SCOPE,
    offTopic: HELD_OUT_OFF_TOPIC,
    minTop3: 0.98,
    minRefused: 0.93,
  },
  {
    name: 'B (written after the first round, then used to find gaps)',
    inScope: FRESH_IN_SCOPE,
    offTopic: FRESH_OFF_TOPIC,
    minTop3: 0.95,
    minRefused: 0.9,
  },
  {
    name: 'C (written last, measured once)',
    inScope: FINAL_IN_SCOPE,
    offTopic: FINAL_OFF_TOPIC,
    minTop3: 0.73,
    minRefused: 0.85,
  },
  {
    name: 'D (written the way people write, issue 19)',
    inScope: PEOPLE_IN_SCOPE,
    offTopic: PEOPLE_OFF_TOPIC,
    minTop3: 0,
    minRefused: 0,
  },
] as const;

const HELD_OUT_QUESTIONS: readonly HeldOutQuestion[] = HELD_OUT_SETS.flatMap((set) => set.inScope);
const HELD_OUT_REFUSALS: readonly string[] = HELD_OUT_SETS.flatMap((set) => set.offTopic);

describe('retrievePassages: held-out questions', () => {
  it('expects only passages that exist, and repeats no question of the tables', () => {
    const tableQuestions = new Set([...IN_SCOPE_QUESTIONS.map((q) => q.question), ...OUT_OF_SCOPE_QUESTIONS]);
    const heldOut = [...HELD_OUT_QUESTIONS.map((q) => q.question), ...HELD_OUT_REFUSALS];
    expect(HELD_OUT_IN_SCOPE.length).toBeGreaterThanOrEqual(60);
    expect(HELD_OUT_OFF_TOPIC.length).toBeGreaterThanOrEqual(30);
    expect(new Set(heldOut).size).toBe(heldOut.length);
    expect(heldOut.filter((question) => tableQuestions.has(question))).toEqual([]);
    for (const { expected } of HELD_OUT_QUESTIONS) {
      expect(expected.length).toBeGreaterThan(0);
      for (const id of expected) expect(() => getPassage(id)).not.toThrow();
    }
  });

  it.each(HELD_OUT_SETS)(
    'set $name: top-3 hit rate and off-topic refusal rate stay above their floors',
    ({ name, inScope, offTopic, minTop3, minRefused }) => {
      const found = inScope.map(({ question, expected }) => ({
        expected,
        ids: ids(retrievePassages(question)),
      }));
      const inTop3 = found.filter((r) => r.ids.some((id) => r.expected.includes(id))).length;
      const first = found.filter((r) => r.ids[0] !== undefined && r.expected.includes(r.ids[0])).length;
      const answered = found.filter((r) => r.ids.length > 0).length;
      const refused = offTopic.filter((question) => !retrievePassages(question).ok).length;
      console.log(
        `held-out ${name}: in scope ${inScope.length}, answered ${answered}, top-3 hit ${inTop3} ` +
          `(${percent(inTop3, inScope.length)}), top-1 ${first}; off topic refused ${refused}/${offTopic.length} ` +
          `(${percent(refused, offTopic.length)})`,
      );
      expect(inTop3 / inScope.length).toBeGreaterThanOrEqual(minTop3);
      expect(refused / offTopic.length).toBeGreaterThanOrEqual(minRefused);
    },
  );
});

describe('retrievePassages: questions it used to refuse or answer wrongly', () => {
  // As the bot asks: at most two passages.
  it.each([
    [
      'Why is the interest so high',
      ['interest-free-window', 'failure-to-pay-penalty', 'check-the-calculation'],
    ],
    ['Should I hire a tax attorney?', ['professional-help']],
    ['Is it true they can take my passport if I owe over 60k?', ['passport-certification']],
    ['Can I pay with PayPal?', ['pay-in-full-methods']],
    ["I'm a US citizen living in Germany, do I get more time?", ['timelines', 'tax-court-petition']],
    ['My SSN is on the letter, is it safe to throw away?', ['records-and-follow-up', 'keep-a-log']],
    ['I sold some bitcoin and now I have a CP2000', ['cp2000-response']],
    ['will the irs levy my state tax refund', ['intent-to-levy', 'lien-vs-levy']],
    ['how do I file my missing return', ['file-missing-returns']],
    ['can i pay with klarna', ['pay-in-full-methods']],
  ])('answers %j with one of %j', (question, expected) => {
    const found = ids(retrievePassages(question, undefined, { max: 2 }));
    expect(found.filter((id) => expected.includes(id))).not.toEqual([]);
  });

  it.each([
    // No vetted passage covers these: a near miss would be a confident wrong answer.
    'How do I get innocent spouse relief?',
    'how is bitcoin taxed',
    'when will my state refund arrive',
    'how do i file my taxes',
    // A form the passages mention (W-2) does not bring an uncovered subject back in scope.
    'my employer never sent me my W-2',
    // "so high" and "throw away" lend their meaning to everyday words, not to a subject the passages lack.
    'why is my electric bill so high',
    'is it safe to throw away old batteries',
  ])('refuses %j', (question) => {
    expect(retrievePassages(question)).toMatchObject({ ok: false, code: 'out_of_scope' });
    expect(retrievePassages(question).confidence).toBeLessThan(0.5);
  });
});

describe('retrievePassages: behaviour', () => {
  it('is deterministic: the same question twice gives identical results', () => {
    for (const question of [...IN_SCOPE_QUESTIONS, ...HELD_OUT_QUESTIONS].map((q) => q.question)) {
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
    const questions = [...IN_SCOPE_QUESTIONS, ...HELD_OUT_QUESTIONS].map((q) => q.question);
    for (const question of [...questions, ...OUT_OF_SCOPE_QUESTIONS, ...HELD_OUT_REFUSALS]) {
      const { confidence } = retrievePassages(question);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('normaliseWords', () => {
  it('expands contractions before dropping apostrophes, so "I\'ll" is not "ill"', () => {
    expect(normaliseWords("I'll pay, we’re late, they'd know")).toEqual([
      'i',
      'will',
      'pay',
      'we',
      'are',
      'late',
      'they',
      'would',
      'know',
    ]);
  });

  it('keeps the typo table', () => {
    expect(normaliseWords("can't find my pasport")).toEqual(['cannot', 'find', 'my', 'passport']);
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
