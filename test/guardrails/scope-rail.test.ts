import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../../src/guardrails/disclaimer.ts';
import {
  outOfScopeCode,
  SCAM_REPORT_CODE,
  SCAM_WARNING_PASSAGE_IDS,
  scopeRail,
} from '../../src/guardrails/scope-rail.ts';
import { OutOfScopeCategorySchema, type OutOfScopeCategory } from '../../src/guardrails/scope/scope-rules.ts';

const ONE_MESSAGE_PER_CATEGORY: Partial<Record<OutOfScopeCategory, string>> = {
  guarantee: 'Can you guarantee the IRS will accept my offer?',
  act_on_behalf: 'Can you file my appeal for me?',
  evasion: 'how do I hide assets from the IRS',
  unrelated: 'tell me a joke',
};

describe('scope rail', () => {
  it.each([
    { text: 'Can you file my appeal for me?', category: 'act_on_behalf' as const },
    { text: 'how do I hide assets from the IRS', category: 'evasion' as const },
    { text: 'tell me a joke', category: 'unrelated' as const },
  ])('blocks $text with out_of_scope:$category and its refusal', ({ text, category }) => {
    expect(scopeRail.run({ locale: 'en', text })).toEqual({
      action: 'block',
      code: `out_of_scope:${category}`,
      reply: { route: 'refusal', text: refusalMessage(category, 'en') },
    });
  });

  // The signals travel as an array of typed values, never as a string to split again.
  it('blocks a scam report with the scam warning and its signals', () => {
    expect(scopeRail.run({ locale: 'en', text: 'A caller demanded gift cards' })).toEqual({
      action: 'block',
      code: SCAM_REPORT_CODE,
      reply: { route: 'scam-warning', passageIds: SCAM_WARNING_PASSAGE_IDS },
      scamSignals: ['gift_card'],
    });
  });

  it('allows an in-scope question', () => {
    expect(scopeRail.run({ locale: 'en', text: 'What is a CP504?' })).toEqual({ action: 'allow' });
  });

  // The code and the refusal must both be the category's the message fell in, for each category.
  it.each(OutOfScopeCategorySchema.options.filter((category) => category in ONE_MESSAGE_PER_CATEGORY))(
    'codes a %s question with its own category',
    (category) => {
      const text = ONE_MESSAGE_PER_CATEGORY[category] ?? '';
      expect(scopeRail.run({ locale: 'en', text })).toEqual({
        action: 'block',
        code: outOfScopeCode(category),
        reply: { route: 'refusal', text: refusalMessage(category, 'en') },
      });
      expect(outOfScopeCode(category)).toBe(`out_of_scope:${category}`);
    },
  );
});
