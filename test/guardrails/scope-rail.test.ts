import { describe, expect, it } from 'vitest';
import { outOfScopeCode, SCAM_REPORT_CODE, scopeRail } from '../../src/guardrails/scope-rail.ts';

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

  it('builds codes as out_of_scope:<category>', () => {
    expect(outOfScopeCode('guarantee')).toBe('out_of_scope:guarantee');
    expect(SCAM_REPORT_CODE).toBe('scam_report');
  });
});
