/**
 * The one verdict every rail returns (NeMo Guardrails style): let the text through, stop the turn with a
 * fixed code, or hand the next rail a rewritten text.
 */
export type RailVerdict =
  | { action: 'allow' }
  | { action: 'block'; code: string; detail?: string }
  | { action: 'rewrite'; text: string; code: string };

export type Rail<C> = { name: string; run(context: C): RailVerdict | Promise<RailVerdict> };

export type RailsOutcome = {
  /** The text after every rewrite, or the text as it stood when a rail blocked. */
  text: string;
  /** Verdicts by rail name, in the order the rails ran; rails after a block are absent. */
  verdicts: Record<string, RailVerdict>;
  blocked: boolean;
  /** The block verdict that stopped the run, if any. */
  blockedBy?: { rail: string; code: string; detail?: string };
};

export const ALLOW: RailVerdict = Object.freeze({ action: 'allow' });

export function allow(): RailVerdict {
  return ALLOW;
}

export function block(code: string, detail?: string): RailVerdict {
  return detail === undefined ? { action: 'block', code } : { action: 'block', code, detail };
}

export function rewrite(text: string, code: string): RailVerdict {
  return { action: 'rewrite', text, code };
}

/** What every rail context carries: the text that flows through the rails; anything else rides along. */
export type RailContext = { text: string };

/**
 * Runs rails in their declared order. A rewrite hands the next rail a context with the new text (the
 * given context is never mutated); a block stops the run.
 */
export async function runRails<C extends RailContext>(
  rails: readonly Rail<C>[],
  context: C,
): Promise<RailsOutcome> {
  let current = context;
  const verdicts: Record<string, RailVerdict> = {};
  for (const rail of rails) {
    const verdict = await rail.run(current);
    verdicts[rail.name] = verdict;
    if (verdict.action === 'block') {
      const blockedBy =
        verdict.detail === undefined
          ? { rail: rail.name, code: verdict.code }
          : { rail: rail.name, code: verdict.code, detail: verdict.detail };
      return { text: current.text, verdicts, blocked: true, blockedBy };
    }
    if (verdict.action === 'rewrite') current = { ...current, text: verdict.text };
  }
  return { text: current.text, verdicts, blocked: false };
}
