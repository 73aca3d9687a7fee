import type { Rail, RailContext } from './verdict.ts';
import { createSizeLimitRail, DEFAULT_MAX_MESSAGE_CHARS } from './size-limit-rail.ts';
import { piiRedactionRail } from './pii-redaction-rail.ts';
import { promptInjectionRail } from './prompt-injection-rail.ts';
import { scopeRail } from './scope-rail.ts';
import { PARAPHRASE_RAIL_NAME } from './paraphrase/paraphrase-rail.ts';
import { FIDELITY_RAIL_NAME } from './fidelity-rail.ts';

/**
 * The one place that says which rails run and in what order (NeMo Guardrails' config.yml). Change the
 * order here, never at a call site.
 *
 * Input: size first (bounds the work of the others), then PII redaction (so nothing after it, logs
 * included, sees the numbers), then injection markers, then scope.
 */

export type InputRailSettings = { maxChars: number };

export const DEFAULT_INPUT_RAIL_SETTINGS: InputRailSettings = { maxChars: DEFAULT_MAX_MESSAGE_CHARS };

export function inputRails(settings: InputRailSettings = DEFAULT_INPUT_RAIL_SETTINGS): Rail<RailContext>[] {
  return [
    createSizeLimitRail({ maxChars: settings.maxChars }),
    piiRedactionRail,
    promptInjectionRail,
    scopeRail,
  ];
}

/** The input rails' names in running order (for logs, traces and tests). */
export const INPUT_RAIL_ORDER: readonly string[] = inputRails().map((rail) => rail.name);

/**
 * The output rails, in running order, by name. Only rails that exist are listed: the paraphrase rail
 * (a rewrite from the vetted passages, when a model is configured) and the fidelity rail checking it.
 * The scope-of-answer and disclaimer rails go after fidelity once they are written; until then the
 * disclaimer is added by the bot when it sends a guidance message (disclaimer.ts).
 */
export const OUTPUT_RAIL_ORDER: readonly string[] = [PARAPHRASE_RAIL_NAME, FIDELITY_RAIL_NAME];
