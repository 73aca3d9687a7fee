import { describe, expect, it } from 'vitest';
import { SPANISH_HELD_OUT_QUESTIONS, SPANISH_TUNING_QUESTIONS } from './spanish-answerability-questions.ts';
import { measure, tallyLine } from './answerability-measure.ts';

/**
 * The Spanish mirror of answerability.test.ts: each question opens a conversation in Spanish (the channel's
 * es-US), so the whole bot answers it from the Spanish twins or refuses. Floors are what the
 * after-measurement gave, so a change that makes it worse fails.
 */

const SETS = [
  // Before (main at d13e722, English retrieval for every question): tuning top-1 1, top-3 1, correct 1 of
  // 24 (the scam report, answered by the scope rail), 23 falsely refused, 0/8 falsely answered; held-out
  // 0 of 22 correct, 22 falsely refused, 0/10 falsely answered. After (Spanish retrieval over the twins,
  // with main's Spanish scope and injection rails of 2470758): tuning top-1 18, top-3 18, correct 18, wrong
  // 0, falsely refused 6 (five statements with no question in them, and "finge ser", which the injection
  // rail reads as role play), 0/8 falsely answered; held-out top-1 7, top-3 9, correct 7, wrong 6, falsely
  // refused 9, 1/10 falsely answered.
  { name: 'Spanish tuning', questions: SPANISH_TUNING_QUESTIONS, minCorrect: 18, maxFalseAnswers: 0 },
  { name: 'Spanish held-out', questions: SPANISH_HELD_OUT_QUESTIONS, minCorrect: 7, maxFalseAnswers: 1 },
] as const;

describe('Spanish answerability: the bot answers what the Spanish twins answer, and refuses the rest', () => {
  it.each(SETS)(
    '$name set',
    async ({ name, questions, minCorrect, maxFalseAnswers }) => {
      const { tally, misses } = await measure(questions, 'es');
      console.log(tallyLine(name, tally));
      // The held-out misses stay unprinted unless asked for: reading them is tuning on them.
      if (name === 'Spanish tuning' || process.env.SHOW_HELD_OUT_MISSES === '1')
        console.log(`  ${misses.join('\n  ')}`);
      expect(tally.correct).toBeGreaterThanOrEqual(minCorrect);
      expect(tally.answered).toBeLessThanOrEqual(maxFalseAnswers);
    },
    60_000,
  );
});
