import { refusalMessage } from './disclaimer.ts';
import type { InputRail, InputRailVerdict } from './verdict.ts';
import { allow } from './verdict.ts';
import type { OutOfScopeCategory } from './scope/scope-rules.ts';
import { classifyScope } from './scope/scope-rules.ts';

export const SCAM_REPORT_CODE = 'scam_report';

/** What a person who reports a scam is shown: the signs, how to check a notice is real, where to report. */
export const SCAM_WARNING_PASSAGE_IDS: readonly string[] = [
  'scam-signs',
  'verify-notice-is-real',
  'report-impersonation',
];

export function outOfScopeCode(category: OutOfScopeCategory): `out_of_scope:${OutOfScopeCategory}` {
  return `out_of_scope:${category}`;
}

/**
 * Stops what the assistant must not answer (`out_of_scope:<category>`, answered with that category's
 * refusal) and what looks like a scam in progress (`scam_report`, answered with the scam warning; the
 * signals ride along for the consultation request). Runs last among the input rails, on the redacted text.
 */
export const scopeRail: InputRail = {
  name: 'scope',
  run(context): InputRailVerdict {
    const scope = classifyScope(context.text);
    switch (scope.kind) {
      case 'in_scope':
        return allow();
      case 'out_of_scope':
        return {
          action: 'block',
          code: outOfScopeCode(scope.category),
          reply: { route: 'refusal', text: refusalMessage(scope.category, context.locale) },
        };
      case 'scam_report':
        return {
          action: 'block',
          code: SCAM_REPORT_CODE,
          reply: { route: 'scam-warning', passageIds: SCAM_WARNING_PASSAGE_IDS },
          scamSignals: scope.signals,
        };
    }
  },
};
