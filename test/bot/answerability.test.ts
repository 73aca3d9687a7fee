import { describe, expect, it } from 'vitest';
import { TestConversation } from '../support/conversation.ts';
import { retrievePassages } from '../../src/knowledge/passages/retrieve.ts';
import { HELD_OUT_QUESTIONS, TUNING_QUESTIONS, type LabelledQuestion } from './answerability-questions.ts';

/**
 * Whether the bot answers a free question only when a vetted passage answers it: each question opens a
 * conversation with the whole bot (rails, dialogs, retrieval) and the passages of its reply are checked
 * against the label. Floors are what the after-measurement gave, so a change that makes it worse fails.
 */

const ANSWER_ROUTES = new Set(['answer', 'scam-warning']);

type Tally = {
  answerable: number;
  correct: number;
  /** The first passage shown answers the question. */
  top1: number;
  /** One of the three best passages retrieval ranks answers the question (the bot answered). */
  top3: number;
  wrong: number;
  refused: number;
  unanswerable: number;
  answered: number;
};

async function passagesAnswering(question: string): Promise<string[] | undefined> {
  const replies = await new TestConversation({ today: '2026-12-02' }).say(question);
  // The scam warning answers from vetted passages too (the scope rail's route for a reported scam).
  return replies.find((reply) => ANSWER_ROUTES.has(reply.guidance.route))?.guidance.passageIds;
}

async function measure(questions: readonly LabelledQuestion[]): Promise<{ tally: Tally; misses: string[] }> {
  const tally: Tally = {
    answerable: 0,
    correct: 0,
    top1: 0,
    top3: 0,
    wrong: 0,
    refused: 0,
    unanswerable: 0,
    answered: 0,
  };
  const misses: string[] = [];
  for (const { question, answer } of questions) {
    const shown = await passagesAnswering(question);
    if (answer === 'none') {
      tally.unanswerable += 1;
      if (shown) {
        tally.answered += 1;
        misses.push(`answered, should refuse: ${question} → ${shown.join(', ')}`);
      }
    } else {
      tally.answerable += 1;
      if (!shown) {
        tally.refused += 1;
        misses.push(`refused, should answer: ${question}`);
        continue;
      }
      const ranked = retrievePassages(question, undefined, { max: 3 });
      const topThree = ranked.ok ? ranked.passages.map((scored) => scored.passage.id) : shown;
      if (answer.includes(shown[0] ?? '')) tally.top1 += 1;
      if (topThree.some((id) => answer.includes(id))) tally.top3 += 1;
      if (shown.some((id) => answer.includes(id))) tally.correct += 1;
      else {
        tally.wrong += 1;
        misses.push(`wrong passage: ${question} → ${shown.join(', ')}`);
      }
    }
  }
  return { tally, misses };
}

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
      const { tally, misses } = await measure(questions);
      const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`;
      console.log(
        `answerability ${name}: answerable ${tally.answerable}, top-1 ${tally.top1} (${pct(tally.top1, tally.answerable)}), ` +
          `top-3 ${tally.top3} (${pct(tally.top3, tally.answerable)}), answered correctly ${tally.correct} ` +
          `(${pct(tally.correct, tally.answerable)}), wrong passage ${tally.wrong}, falsely refused ${tally.refused} ` +
          `(${pct(tally.refused, tally.answerable)}); unanswerable ${tally.unanswerable}, refused ` +
          `${tally.unanswerable - tally.answered}, falsely answered ${tally.answered} ` +
          `(${pct(tally.answered, tally.unanswerable)})`,
      );
      // The held-out misses stay unprinted unless asked for: reading them is tuning on them.
      if (name === 'tuning' || process.env.SHOW_HELD_OUT_MISSES === '1')
        console.log(`  ${misses.join('\n  ')}`);
      expect(tally.correct).toBeGreaterThanOrEqual(minCorrect);
      expect(tally.answered).toBeLessThanOrEqual(maxFalseAnswers);
    },
    60_000,
  );
});
