import type { Rail, RailContext, RailVerdict } from './verdict.ts';
import { allow, block } from './verdict.ts';
import type { OutOfScopeCategory } from './scope/scope-rules.ts';
import { classifyScope } from './scope/scope-rules.ts';

export const SCAM_REPORT_CODE = 'scam_report';

export function outOfScopeCode(category: OutOfScopeCategory): `out_of_scope:${OutOfScopeCategory}` {
  return `out_of_scope:${category}`;
}

/**
 * Stops what the assistant must not answer (`out_of_scope:<category>`, answered with a refusal) and what
 * looks like a scam in progress (`scam_report`, answered with the scam warning; the signals ride in the
 * detail). Runs last among the input rails, on the redacted text.
 */
export const scopeRail: Rail<RailContext> = {
  name: 'scope',
  run(context): RailVerdict {
    const scope = classifyScope(context.text);
    switch (scope.kind) {
      case 'in_scope':
        return allow();
      case 'out_of_scope':
        return block(outOfScopeCode(scope.category));
      case 'scam_report':
        return block(SCAM_REPORT_CODE, scope.signals.join(','));
    }
  },
};
