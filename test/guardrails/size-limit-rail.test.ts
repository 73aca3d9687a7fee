import { describe, expect, it } from 'vitest';
import { messages } from '../../src/catalog/catalog.ts';
import {
  createSizeLimitRail,
  DEFAULT_MAX_MESSAGE_CHARS,
  exceedsCharLimit,
} from '../../src/guardrails/size-limit-rail.ts';

describe('exceedsCharLimit', () => {
  it.each([
    { text: '', max: 1, over: false },
    { text: 'abc', max: 3, over: false },
    { text: 'abcd', max: 3, over: true },
    // Each emoji is a surrogate pair: two UTF-16 units, one character.
    { text: '😡😡😡', max: 3, over: false },
    { text: '😡😡😡😡', max: 3, over: true },
    { text: 'a😡b', max: 3, over: false },
  ])('$text with max $max → $over', ({ text, max, over }) => {
    expect(exceedsCharLimit(text, max)).toBe(over);
  });
});

describe('size-limit rail', () => {
  const rail = createSizeLimitRail();

  it('defaults to 2,000 characters', () => {
    expect(DEFAULT_MAX_MESSAGE_CHARS).toBe(2000);
    expect(rail.run({ locale: 'en', text: 'x'.repeat(2000) })).toEqual({ action: 'allow' });
    expect(rail.run({ locale: 'en', text: 'x'.repeat(2001) })).toMatchObject({
      action: 'block',
      code: 'too_long',
    });
  });

  it('counts 2,000 emoji as 2,000 characters, not 4,000', () => {
    expect(rail.run({ locale: 'en', text: '🙂'.repeat(2000) })).toEqual({ action: 'allow' });
    expect(rail.run({ locale: 'en', text: '🙂'.repeat(2001) })).toMatchObject({
      action: 'block',
      code: 'too_long',
    });
  });

  it('takes a configured limit', () => {
    const tight = createSizeLimitRail({ maxChars: 10 });
    expect(tight.run({ locale: 'en', text: '0123456789' })).toEqual({ action: 'allow' });
    expect(tight.run({ locale: 'en', text: '0123456789!' })).toEqual({
      action: 'block',
      code: 'too_long',
      detail: 'more than 10 characters',
      reply: { route: 'refusal', text: messages('en').dialog.blockedTooLong(10) },
    });
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => createSizeLimitRail({ maxChars: 0 })).toThrow(RangeError);
    expect(() => createSizeLimitRail({ maxChars: 1.5 })).toThrow(RangeError);
  });
});
