import { TestConversation } from '../support/conversation.ts';
import { retrievePassages } from '../../src/knowledge/passages/retrieve.ts';
import type { Locale } from '../../src/catalog/locale.ts';
import type { LabelledQuestion } from './answerability-questions.ts';

/**
 * Whether the bot answers a free question only when a vetted passage answers it: each question opens a
 * conversation with the whole bot (rails, dialogs, retrieval) in the language asked for, and the passages
 * of its reply are checked against the label.
 */

const ANSWER_ROUTES = new Set(['answer', 'scam-warning']);
const CHANNEL_TAGS: Readonly<Record<Locale, string>> = { en: 'en-US', es: 'es-US' };

export type Tally = {
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

async function passagesAnswering(question: string, locale: Locale): Promise<string[] | undefined> {
  const conversation = new TestConversation({ today: '2026-12-02', locale: CHANNEL_TAGS[locale] });
  const replies = await conversation.say(question);
  // The scam warning answers from vetted passages too (the scope rail's route for a reported scam).
  return replies.find((reply) => ANSWER_ROUTES.has(reply.guidance.route))?.guidance.passageIds;
}

export async function measure(
  questions: readonly LabelledQuestion[],
  locale: Locale,
): Promise<{ tally: Tally; misses: string[] }> {
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
    const shown = await passagesAnswering(question, locale);
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
      const ranked = retrievePassages(question, undefined, { max: 3, language: locale });
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

/** One line of counts and shares, the same for every language and set. */
export function tallyLine(name: string, tally: Tally): string {
  const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`;
  return (
    `answerability ${name}: answerable ${tally.answerable}, top-1 ${tally.top1} (${pct(tally.top1, tally.answerable)}), ` +
    `top-3 ${tally.top3} (${pct(tally.top3, tally.answerable)}), answered correctly ${tally.correct} ` +
    `(${pct(tally.correct, tally.answerable)}), wrong passage ${tally.wrong}, falsely refused ${tally.refused} ` +
    `(${pct(tally.refused, tally.answerable)}); unanswerable ${tally.unanswerable}, refused ` +
    `${tally.unanswerable - tally.answered}, falsely answered ${tally.answered} ` +
    `(${pct(tally.answered, tally.unanswerable)})`
  );
}
