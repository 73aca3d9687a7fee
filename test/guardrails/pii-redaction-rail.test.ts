import { describe, expect, it } from 'vitest';
import { messages } from '../../src/catalog/catalog.ts';

import { PII_REDACTED_CODE, piiRedactionRail } from '../../src/guardrails/pii-redaction-rail.ts';
import { runRails } from '../../src/guardrails/verdict.ts';

const { piiNote } = messages('en');

describe('pii-redaction rail', () => {
  it('rewrites a message carrying a number that must not be shared', () => {
    expect(piiRedactionRail.run({ locale: 'en', text: 'my SSN is 123-45-6789, I got a CP14' })).toEqual({
      action: 'rewrite',
      text: 'my SSN is [SSN removed], I got a CP14',
      code: PII_REDACTED_CODE,
      note: { route: 'prompt', text: piiNote },
    });
  });

  it.each([
    ['ITIN 912-78-1234', 'ITIN [ITIN removed]'],
    ['routing 021000021', 'routing [routing number removed]'],
    ['card 4111 1111 1111 1111', 'card [card number removed]'],
    ['DOB 4/5/1980', 'DOB [date of birth removed]'],
    [
      'I owe $2,400 and 12345678901 is my account number',
      'I owe $2,400 and [account number removed] is my account number',
    ],
  ])('rewrites %j', (text, redacted) => {
    expect(piiRedactionRail.run({ locale: 'en', text })).toEqual({
      action: 'rewrite',
      text: redacted,
      code: PII_REDACTED_CODE,
      note: { route: 'prompt', text: piiNote },
    });
  });

  it('allows a message with only what the product needs', () => {
    expect(piiRedactionRail.run({ locale: 'en', text: 'CP14 dated 3/2/2026, I owe $1,234.56' })).toEqual({
      action: 'allow',
    });
  });

  it('hands the redacted text on to the rails after it', async () => {
    const seen: string[] = [];
    const spy = {
      name: 'after',
      run(context: { text: string }) {
        seen.push(context.text);
        return { action: 'allow' as const };
      },
    };
    const outcome = await runRails([piiRedactionRail, spy], { locale: 'en', text: 'IP PIN 123456' });
    expect(seen).toEqual(['IP PIN [IP PIN removed]']);
    expect(outcome.text).toBe('IP PIN [IP PIN removed]');
  });
});
