import { describe, expect, it } from 'vitest';
import { outOfScopeCode, SCAM_REPORT_CODE, scopeRail } from '../../src/guardrails/scope-rail.ts';
import { OutOfScopeCategorySchema, type OutOfScopeCategory } from '../../src/guardrails/scope/scope-rules.ts';

const ONE_MESSAGE_PER_CATEGORY: Partial<Record<OutOfScopeCategory, string>> = {
  guarantee: 'Can you guarantee the IRS will accept my offer?',
  act_on_behalf: 'Can you file my appeal for me?',
  evasion: 'how do I hide assets from the IRS',
  unrelated: 'tell me a joke',
};

describe('scope rail', () => {
  it.each([
    { text: 'Can you file my appeal for me?', code: 'out_of_scope:act_on_behalf' },
    { text: 'how do I hide assets from the IRS', code: 'out_of_scope:evasion' },
    { text: 'tell me a joke', code: 'out_of_scope:unrelated' },
  ])('blocks $text with $code', ({ text, code }) => {
    expect(scopeRail.run({ text })).toEqual({ action: 'block', code });
  });

  it('blocks a scam report with its signals as the detail', () => {
    expect(scopeRail.run({ text: 'A caller demanded gift cards' })).toEqual({
      action: 'block',
      code: SCAM_REPORT_CODE,
      detail: 'gift_card',
    });
  });

  it('allows an in-scope question', () => {
    expect(scopeRail.run({ text: 'What is a CP504?' })).toEqual({ action: 'allow' });
  });

  // The bot picks the refusal from the category in the code, so the code must carry the category the
  // message fell in, for each category.
  it.each(OutOfScopeCategorySchema.options.filter((category) => category in ONE_MESSAGE_PER_CATEGORY))(
    'codes a %s question with its own category',
    (category) => {
      const text = ONE_MESSAGE_PER_CATEGORY[category] ?? '';
      expect(scopeRail.run({ text })).toEqual({ action: 'block', code: outOfScopeCode(category) });
      expect(outOfScopeCode(category)).toBe(`out_of_scope:${category}`);
    },
  );
});
