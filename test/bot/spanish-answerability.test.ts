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
  // 0 of 22 correct, 22 falsely refused, 0/10 falsely answered. After the first round (Spanish retrieval
  // over the twins, with main's Spanish scope and injection rails of 2470758): tuning 18/24 correct, 0/8
  // falsely answered; held-out top-1 7, top-3 9, correct 7, wrong 6, falsely refused 9, 1/10 falsely
  // answered. The tuning set then grew by 24 questions (13 of their 20 answerable answered before tuning on
  // them). After the second round: tuning top-1 35, top-3 36, correct 36 of 44, wrong 0, falsely refused 8
  // (seven messages with no question word or mark the dialog reads as a question, such as "presentaron
  // un gravamen contra mi casa" or "hay algun costo…", and "finge ser", which the injection rail reads as
  // role play), 0/12 falsely answered; held-out top-1 7, top-3 11, correct 8, wrong
  // 6, falsely refused 8, 1/10 falsely answered. The tuning set then grew by 28 answerable questions for
  // the passages it barely asked about and 4 look-alikes to refuse (with the old tables: top-1 42, top-3
  // 47, correct 44 of 72, wrong 7, falsely refused 21, 2/16 falsely answered). After the third round
  // (everyday and borrowed words for every subject, generic verbs as stop words, two look-alike subjects
  // refused): tuning top-1 53, top-3 55, correct 55 of 72, wrong 1, falsely refused 16 (most of them
  // statements the dialog reads as triage input), 0/16 falsely answered; held-out, measured once, top-1
  // 7 → 12, top-3 11 → 15, correct 8 → 15, wrong 6 → 0, falsely refused 8 → 7, 1/10 falsely answered.
  { name: 'Spanish tuning', questions: SPANISH_TUNING_QUESTIONS, minCorrect: 55, maxFalseAnswers: 0 },
  { name: 'Spanish held-out', questions: SPANISH_HELD_OUT_QUESTIONS, minCorrect: 15, maxFalseAnswers: 1 },
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
