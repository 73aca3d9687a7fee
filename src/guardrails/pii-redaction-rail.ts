import { messages } from '../catalog/catalog.ts';
import type { InputRail, InputRailVerdict } from './verdict.ts';
import { allow } from './verdict.ts';
import { redactPii } from './pii/redact-pii.ts';

export const PII_REDACTED_CODE = 'pii_redacted';

/**
 * Runs first after the size check, so that nothing later (logs, state, retrieval, the model) ever sees
 * the numbers: the rest of the turn works on the redacted text, and the person is told to leave them out.
 */
export const piiRedactionRail: InputRail = {
  name: 'pii-redaction',
  run(context): InputRailVerdict {
    const { text, found } = redactPii(context.text);
    if (found.length === 0) return allow();
    const note = { route: 'prompt', text: messages(context.locale).piiNote } as const;
    return { action: 'rewrite', text, code: PII_REDACTED_CODE, note };
  },
};
