import type { Rail, RailContext } from './verdict.ts';
import { createSizeLimitRail, DEFAULT_MAX_MESSAGE_CHARS } from './size-limit-rail.ts';
import { piiRedactionRail } from './pii-redaction-rail.ts';
import { promptInjectionRail } from './prompt-injection-rail.ts';
import { scopeRail } from './scope-rail.ts';
import { createParaphraseRail, type ParaphraseRailContext } from './paraphrase/paraphrase-rail.ts';
import { createFidelityRail, type FidelityRailContext } from './fidelity-rail.ts';
import type { Paraphraser } from './paraphrase/openai-paraphraser.ts';

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

export type OutputRailContext = ParaphraseRailContext & FidelityRailContext;

/** The output pipeline of an answer: the optional paraphrase, then the fidelity check of whatever came out. */
export function outputRails(paraphraser: Paraphraser | undefined): Rail<OutputRailContext>[] {
  return [createParaphraseRail(paraphraser), createFidelityRail()];
}

/** The output rails' names in running order. Scope-of-answer needs none of its own: answers are built only from retrieved passages, and the bot adds the disclaimer to every guidance message. */
export const OUTPUT_RAIL_ORDER: readonly string[] = outputRails(undefined).map((rail) => rail.name);
