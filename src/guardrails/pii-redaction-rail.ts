import type { Rail, RailContext, RailVerdict } from './verdict.ts';
import { allow, rewrite } from './verdict.ts';
import { redactPii } from './pii/redact-pii.ts';

/** The rewrite code the bot looks for to add the "never share these numbers here" note (see disclaimer.ts). */
export const PII_REDACTED_CODE = 'pii_redacted';

/**
 * Runs first after the size check, so that nothing later (logs, state, retrieval, the model) ever sees
 * the numbers: the rest of the turn works on the redacted text.
 */
export const piiRedactionRail: Rail<RailContext> = {
  name: 'pii-redaction',
  run(context): RailVerdict {
    const { text, found } = redactPii(context.text);
    return found.length === 0 ? allow() : rewrite(text, PII_REDACTED_CODE);
  },
};
