import { describe, expect, it } from 'vitest';
import { HELD_OUT_QUESTIONS, TUNING_QUESTIONS } from './answerability-questions.ts';
import { measure, tallyLine } from './answerability-measure.ts';

/**
 * Whether the bot answers a free question only when a vetted passage answers it (answerability-measure.ts).
 * Floors are what the after-measurement gave, so a change that makes it worse fails.
 */

const SETS = [
  // Before (main at bfc6ded): tuning 9/20 correct, 7 falsely refused, 3/10 falsely answered; held-out
  // 15/20 correct, 3 falsely refused, 3/10 falsely answered. Second session (issue 19), cbd7f57 → 0837c65
  // (which also has issue 12's passage sources), on the first 30 tuning questions: top-1 12 → 16, top-3
  // 14 → 19, correct 13 → 18, falsely answered 2 → 0; held-out top-1 14 → 16, top-3 17 → 19, correct
  // 16 → 18, falsely answered 2 → 2.
  { name: 'tuning', questions: TUNING_QUESTIONS, minCorrect: 21, maxFalseAnswers: 0 },
  { name: 'held-out', questions: HELD_OUT_QUESTIONS, minCorrect: 18, maxFalseAnswers: 2 },
] as const;

describe('answerability: the bot answers what the vetted passages answer, and refuses the rest', () => {
  it.each(SETS)(
    '$name set',
    async ({ name, questions, minCorrect, maxFalseAnswers }) => {
      const { tally, misses } = await measure(questions, 'en');
      console.log(tallyLine(name, tally));
      // The held-out misses stay unprinted unless asked for: reading them is tuning on them.
      if (name === 'tuning' || process.env.SHOW_HELD_OUT_MISSES === '1')
        console.log(`  ${misses.join('\n  ')}`);
      expect(tally.correct).toBeGreaterThanOrEqual(minCorrect);
      expect(tally.answered).toBeLessThanOrEqual(maxFalseAnswers);
    },
    60_000,
  );
});
