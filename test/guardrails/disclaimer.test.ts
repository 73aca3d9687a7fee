import { describe, expect, it } from 'vitest';
import { messages } from '../../src/catalog/catalog.ts';
import { DISCLAIMER_VERSION, refusalMessage, withDisclaimer } from '../../src/guardrails/disclaimer.ts';
import type { RefusalCategory } from '../../src/guardrails/disclaimer.ts';
import { OutOfScopeCategorySchema } from '../../src/guardrails/scope/scope-rules.ts';
import { extractFacts } from '../../src/knowledge/facts/extract-facts.ts';
import { TestConversation } from '../support/conversation.ts';

const { disclaimer: disclaimers, piiNote } = messages('en');
const CATEGORIES: RefusalCategory[] = [...OutOfScopeCategorySchema.options, 'prompt_injection'];

describe('disclaimers', () => {
  it('has a dated version', () => {
    expect(DISCLAIMER_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    { name: 'full', text: disclaimers.full },
    { name: 'short', text: disclaimers.short },
  ])('the $name one says what the product is not and who to ask', ({ text }) => {
    expect(text).toMatch(/not legal or tax advice/i);
    expect(text).toMatch(/printed dates govern|dates and amounts printed on your notice/i);
    expect(text).toMatch(/CPA/);
    expect(text).toMatch(/enrolled agent/);
    expect(text).toMatch(/tax attorney/);
  });

  it('the full one also names its sources', () => {
    expect(disclaimers.full).toMatch(/public IRS sources/);
  });

  it('the short one fits one line', () => {
    expect(disclaimers.short).not.toContain('\n');
    expect(disclaimers.short.length).toBeLessThan(disclaimers.full.length);
  });
});

describe('withDisclaimer', () => {
  it.each([
    { form: 'short' as const, disclaimer: disclaimers.short },
    { form: 'full' as const, disclaimer: disclaimers.full },
  ])('appends the $form disclaimer after a blank line, once', ({ form, disclaimer }) => {
    const once = withDisclaimer('Your deadline is March 23, 2026.\n', form, 'en');
    expect(once).toBe(`Your deadline is March 23, 2026.\n\n${disclaimer}`);
    expect(withDisclaimer(once, form, 'en')).toBe(once);
  });

  it('returns the disclaimer alone for an empty text', () => {
    expect(withDisclaimer('  ', 'short', 'en')).toBe(disclaimers.short);
  });
});

describe('refusalMessage', () => {
  it.each(CATEGORIES)('%s: says what it can help with and offers a professional', (category) => {
    const message = refusalMessage(category, 'en');
    expect(message).toMatch(/What I can do is help you understand an IRS balance-due notice/);
    expect(message).toMatch(/CPA, an enrolled agent or a tax attorney/);
    expect(message.length).toBeLessThan(500);
  });

  it('gives each category its own opening', () => {
    const openings = CATEGORIES.map((c) => refusalMessage(c, 'en').split('. ')[0]);
    expect(new Set(openings).size).toBe(CATEGORIES.length);
  });

  // The one pointer a refusal may give is the form that does what the person asked for elsewhere.
  const POINTERS: Partial<Record<RefusalCategory, string[]>> = {
    act_on_behalf: ['form 2848'],
    judge_third_party: ['form 14157', 'irs.gov/forms-pubs/about-form-14157'],
  };

  it.each(CATEGORIES)('%s: states no figure, date or deadline that could read as an answer', (category) => {
    const pointers = POINTERS[category] ?? [];
    const facts = extractFacts(refusalMessage(category, 'en'));
    expect(facts.filter((f) => !pointers.includes(f))).toEqual([]);
    expect(pointers.filter((p) => !facts.includes(p))).toEqual([]);
  });
});

describe('piiNote', () => {
  it('asks gently not to share such numbers here', () => {
    expect(piiNote).toMatch(/removed/);
    expect(piiNote).toMatch(/please leave them out/i);
  });

  // The note is worth only what the bot does with it: sent in the turn where the rail removed a number,
  // and only then.
  it('is sent in the turn where a number was removed, and not otherwise', async () => {
    const conversation = new TestConversation({ today: '2026-03-10' });
    const withSsn = await conversation.say('my SSN is 123-45-6789, I got a CP14');
    expect(withSsn.map((reply) => reply.text)).toContain(piiNote);
    expect(JSON.stringify(withSsn)).not.toContain('123-45-6789');
    const plain = await conversation.say('March 2, 2026');
    expect(plain.map((reply) => reply.text)).not.toContain(piiNote);
  });
});
