import type { InputRail, Rail } from './verdict.ts';
import { createSizeLimitRail, DEFAULT_MAX_MESSAGE_CHARS } from './size-limit-rail.ts';
import { piiRedactionRail } from './pii-redaction-rail.ts';
import { promptInjectionRail } from './prompt-injection-rail.ts';
import { scopeRail } from './scope-rail.ts';
import { createParaphraseRail, type ParaphraseRailContext } from './paraphrase/paraphrase-rail.ts';
import { createFidelityRail, type FidelityRailContext } from './fidelity-rail.ts';
import type { Paraphraser } from './paraphrase/openai-paraphraser.ts';
import { createFormRail } from './paraphrase/form-rail.ts';
import { createOutputScopeRail } from './paraphrase/output-scope-rail.ts';
import { checkSpanishFidelity } from './spanish-fidelity.ts';
import type { Locale } from '../catalog/locale.ts';
import { PASSAGE_LANGUAGE } from '../knowledge/passages/passage-schema.ts';

/**
 * The one place that says which rails run and in what order (NeMo Guardrails' config.yml). Change the
 * order here, never at a call site.
 *
 * Input: size first (bounds the work of the others), then PII redaction (so nothing after it, logs
 * included, sees the numbers), then injection markers, then scope. Each input rail's verdict carries what
 * the person is told, so a rail added here needs nothing from the bot.
 */

export type InputRailSettings = { maxChars: number };

export const DEFAULT_INPUT_RAIL_SETTINGS: InputRailSettings = { maxChars: DEFAULT_MAX_MESSAGE_CHARS };

export function inputRails(settings: InputRailSettings = DEFAULT_INPUT_RAIL_SETTINGS): InputRail[] {
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

/**
 * The checks a paraphrase must pass, in order: its form (cheapest, and a JSON or markup reply says nothing
 * worth reading), then fidelity (facts, polarity, what each sentence says, every claim kept), then the input
 * recognisers run on the output. The paraphraser runs the same list before it caches a text and again on
 * every cache hit.
 */
export function paraphraseChecks(language: Locale = PASSAGE_LANGUAGE): Rail<FidelityRailContext>[] {
  const fidelity = language === 'es' ? createFidelityRail(checkSpanishFidelity) : createFidelityRail();
  return [createFormRail(), fidelity, createOutputScopeRail()];
}

/** The output pipeline of an answer: the optional paraphrase, then every check of whatever came out. */
export function outputRails(
  paraphraser: Paraphraser | undefined,
  language: Locale = PASSAGE_LANGUAGE,
): Rail<OutputRailContext>[] {
  return [createParaphraseRail(paraphraser, language), ...paraphraseChecks(language)];
}

/** The output rails' names in running order. The disclaimer is added by the bot to every guidance message. */
export const OUTPUT_RAIL_ORDER: readonly string[] = outputRails(undefined).map((rail) => rail.name);
