import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

/** The JSON lines pino writes, through its real destination interface. */
function capture(): {
  text: () => string;
  lines: () => Record<string, unknown>[];
  write(chunk: string): void;
} {
  let written = '';
  return {
    text: () => written,
    lines: () =>
      written
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    write(chunk: string) {
      written += chunk;
    },
  };
}

const TYPED_NUMBERS = /123-45-6789|12345678901|4111111111111111/;

describe('createLogger', () => {
  it('redacts what a person typed in a logged error, its cause and its stack', () => {
    const out = capture();
    const cause = new Error('SSN 123-45-6789 did not match', { cause: new Error('card 4111111111111111') });
    createLogger('info', out).error(new Error('account 12345678901 not found', { cause }), 'lookup failed');

    expect(out.text()).not.toMatch(TYPED_NUMBERS);
    const line = out.lines()[0] ?? {};
    expect(line.msg).toBe('lookup failed');
    // pino's error serializer still sees an error: its type, message and stack are kept, redacted.
    expect(line.err).toMatchObject({
      type: 'Error',
      message: expect.stringContaining('account [account number removed] not found') as unknown,
      stack: expect.stringContaining('Error: account [account number removed] not found') as unknown,
    });
    expect(JSON.stringify(line.err)).toContain('SSN [SSN removed] did not match');
  });

  it('redacts an error logged under another key and in the message itself', () => {
    const out = capture();
    createLogger('info', out).warn({ failure: new Error('EIN 12-3456789 rejected') }, 'SSN 123-45-6789 seen');
    expect(out.text()).not.toMatch(/12-3456789|123-45-6789/);
    const line = out.lines()[0] ?? {};
    expect(line.msg).toBe('SSN [SSN removed] seen');
  });
});
