import { describe, expect, it } from 'vitest';
import { allow, block, rewrite, runRails } from '../../src/guardrails/verdict.ts';
import type { Rail, RailContext } from '../../src/guardrails/verdict.ts';

type Ctx = RailContext & { channel: string };

const upper: Rail<Ctx> = { name: 'upper', run: (c) => rewrite(c.text.toUpperCase(), 'upper') };
const exclaim: Rail<Ctx> = {
  name: 'exclaim',
  run: async (c) => Promise.resolve(rewrite(`${c.text}!`, 'exclaim')),
};
const noSecrets: Rail<Ctx> = {
  name: 'no-secrets',
  run: (c) => (c.text.includes('SECRET') ? block('secret', `in ${c.channel}`) : allow()),
};
const seen: string[] = [];
const spy: Rail<Ctx> = {
  name: 'spy',
  run: (c) => {
    seen.push(c.text);
    return allow();
  },
};

describe('runRails', () => {
  it('applies rails in declared order, each rewrite feeding the next rail', async () => {
    const outcome = await runRails([upper, exclaim], { text: 'hello', channel: 'sms' });
    expect(outcome).toEqual({
      text: 'HELLO!',
      blocked: false,
      verdicts: {
        upper: { action: 'rewrite', text: 'HELLO', code: 'upper' },
        exclaim: { action: 'rewrite', text: 'HELLO!', code: 'exclaim' },
      },
    });
  });

  it('order matters: the same rails reversed give another text', async () => {
    const outcome = await runRails([exclaim, upper], { text: 'hello', channel: 'sms' });
    expect(outcome.text).toBe('HELLO!');
    const other = await runRails([exclaim, exclaim, upper], { text: 'a', channel: 'sms' });
    expect(other.text).toBe('A!!');
  });

  it('stops at a block and keeps the text as it stood', async () => {
    seen.length = 0;
    const outcome = await runRails([upper, noSecrets, spy], { text: 'my secret', channel: 'teams' });
    expect(outcome.blocked).toBe(true);
    expect(outcome.text).toBe('MY SECRET');
    expect(outcome.blockedBy).toEqual({ rail: 'no-secrets', code: 'secret', detail: 'in teams' });
    expect(Object.keys(outcome.verdicts)).toEqual(['upper', 'no-secrets']);
    expect(seen).toEqual([]);
  });

  it('passes the other context fields along and never mutates the given context', async () => {
    seen.length = 0;
    const context = Object.freeze({ text: 'x', channel: 'web' });
    const outcome = await runRails([upper, spy], context);
    expect(seen).toEqual(['X']);
    expect(context.text).toBe('x');
    expect(outcome.blocked).toBe(false);
  });

  it('with no rails returns the text unchanged', async () => {
    expect(await runRails<Ctx>([], { text: 'same', channel: 'sms' })).toEqual({
      text: 'same',
      verdicts: {},
      blocked: false,
    });
  });

  it('builds verdicts', () => {
    expect(allow()).toEqual({ action: 'allow' });
    expect(block('too_long')).toEqual({ action: 'block', code: 'too_long' });
    expect(block('too_long', '9000 chars')).toEqual({
      action: 'block',
      code: 'too_long',
      detail: '9000 chars',
    });
    expect(rewrite('t', 'c')).toEqual({ action: 'rewrite', text: 't', code: 'c' });
  });
});
