import { describe, expect, it } from 'vitest';
import { PII_REDACTED_CODE, piiRedactionRail } from '../../src/guardrails/pii-redaction-rail.ts';
import { runRails } from '../../src/guardrails/verdict.ts';

describe('pii-redaction rail', () => {
  it('rewrites a message carrying a number that must not be shared', () => {
    expect(piiRedactionRail.run({ text: 'my SSN is 123-45-6789, I got a CP14' })).toEqual({
      action: 'rewrite',
      text: 'my SSN is [SSN removed], I got a CP14',
      code: PII_REDACTED_CODE,
    });
    expect(PII_REDACTED_CODE).toBe('pii_redacted');
  });

  it('allows a message with only what the product needs', () => {
    expect(piiRedactionRail.run({ text: 'CP14 dated 3/2/2026, I owe $1,234.56' })).toEqual({
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
    const outcome = await runRails([piiRedactionRail, spy], { text: 'IP PIN 123456' });
    expect(seen).toEqual(['IP PIN [IP PIN removed]']);
    expect(outcome.text).toBe('IP PIN [IP PIN removed]');
  });
});
