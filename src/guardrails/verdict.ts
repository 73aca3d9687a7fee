import type { Locale } from '../catalog/locale.ts';
import type { ScamSignal } from './scope/scope-rules.ts';

/**
 * The one verdict every rail returns (NeMo Guardrails style): let the text through, stop the turn with a
 * fixed code, or hand the next rail a rewritten text.
 */
export type RailVerdict =
  | { action: 'allow' }
  | { action: 'block'; code: string; detail?: string }
  | { action: 'rewrite'; text: string; code: string };

/**
 * What the person is told when an input rail acts, in the rail's own words: the turn sends it as it is
 * and never decodes a rail's code. Either a text traced with its route, or vetted passages (sent with
 * their sources and the disclaimer).
 */
export type RailReply =
  { route: 'refusal' | 'prompt'; text: string } | { route: 'scam-warning'; passageIds: readonly string[] };

/**
 * An input rail's verdict: a block always says what the person is told, and may carry what the
 * conversation keeps of it (the scam signals a person reported); a rewrite may carry a note.
 */
export type InputRailVerdict =
  | { action: 'allow' }
  | {
      action: 'block';
      code: string;
      detail?: string;
      reply: RailReply;
      scamSignals?: readonly ScamSignal[];
    }
  | { action: 'rewrite'; text: string; code: string; note?: RailReply };

export type Rail<C, V extends RailVerdict = RailVerdict> = {
  name: string;
  run(context: C): V | Promise<V>;
};

/** What an input rail reads: the person's text, and the conversation's language its reply is worded in. */
export type InputRailContext = RailContext & { locale: Locale };

/** A rail that reads what the person sent, before the dialog does. */
export type InputRail = Rail<InputRailContext, InputRailVerdict>;

type BlockOf<V extends RailVerdict> = Extract<V, { action: 'block' }>;

export type RailsOutcome<V extends RailVerdict = RailVerdict> = {
  /** The text after every rewrite, or the text as it stood when a rail blocked. */
  text: string;
  /** Verdicts by rail name, in the order the rails ran; rails after a block are absent. */
  verdicts: Record<string, V>;
  blocked: boolean;
  /** The block verdict that stopped the run, if any. */
  blockedBy?: { rail: string; code: string; detail?: string };
  /** That verdict whole, with whatever its rail attached (an input rail's reply). */
  block?: BlockOf<V>;
};

export const ALLOW = Object.freeze({ action: 'allow' as const });

export function allow(): { action: 'allow' } {
  return ALLOW;
}

export function block(code: string, detail?: string): RailVerdict {
  return detail === undefined ? { action: 'block', code } : { action: 'block', code, detail };
}

export function rewrite(text: string, code: string): RailVerdict {
  return { action: 'rewrite', text, code };
}

function isBlock<V extends RailVerdict>(verdict: V): verdict is BlockOf<V> {
  return verdict.action === 'block';
}

/** What every rail context carries: the text that flows through the rails; anything else rides along. */
export type RailContext = { text: string };

/**
 * Runs rails in their declared order. A rewrite hands the next rail a context with the new text (the
 * given context is never mutated); a block stops the run.
 */
export async function runRails<C extends RailContext, V extends RailVerdict = RailVerdict>(
  rails: readonly Rail<C, V>[],
  context: C,
): Promise<RailsOutcome<V>> {
  let current = context;
  const verdicts: Record<string, V> = {};
  for (const rail of rails) {
    const verdict = await rail.run(current);
    verdicts[rail.name] = verdict;
    if (isBlock(verdict)) {
      const blockedBy =
        verdict.detail === undefined
          ? { rail: rail.name, code: verdict.code }
          : { rail: rail.name, code: verdict.code, detail: verdict.detail };
      return { text: current.text, verdicts, blocked: true, blockedBy, block: verdict };
    }
    if (verdict.action === 'rewrite') current = { ...current, text: verdict.text };
  }
  return { text: current.text, verdicts, blocked: false };
}
