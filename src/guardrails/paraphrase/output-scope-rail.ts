import { allow } from '../verdict.ts';
import type { Rail } from '../verdict.ts';
import { findInjectionMarkers } from '../prompt-injection-rail.ts';
import { classifyScope } from '../scope/scope-rules.ts';
import { sentencesOf } from '../../knowledge/meaning/statements.ts';
import { outputVerdict, type OutputCheckContext } from './form-rail.ts';

/**
 * The input recognisers, run on the output: a paraphrase may not carry advice outside the knowledge base
 * (bankruptcy, hiding assets…), a scam's marks (threats of arrest, gift cards), injected instructions, or
 * threats and urgency, unless its passages carry the same. Sentence by sentence, so one added sentence
 * cannot hide behind the rest.
 */

export type OutputScopeFailureCode = 'out_of_scope' | 'scam_signal' | 'injection' | 'urgency';
export type OutputScopeResult = { ok: true } | { ok: false; code: OutputScopeFailureCode; details: string[] };

/** Threats and pressure a frightened reader must not be given unless a passage gives them. */
const URGENCY =
  /\b(?:arrest\w*|jail|prison|police|criminal|immediately|right now|right away|at once|today|tonight|tomorrow|this week|urgent\w*|hurry|asap|as soon as possible|or else|last chance|don'?t delay|without delay|before it'?s too late)\b/gi;

function findings(text: string): Map<string, OutputScopeFailureCode> {
  const found = new Map<string, OutputScopeFailureCode>();
  for (const sentence of sentencesOf(text)) {
    const scope = classifyScope(sentence);
    if (scope.kind === 'out_of_scope') found.set(scope.category, 'out_of_scope');
    if (scope.kind === 'scam_report') for (const signal of scope.signals) found.set(signal, 'scam_signal');
    for (const marker of findInjectionMarkers(sentence)) found.set(marker, 'injection');
    for (const match of sentence.matchAll(URGENCY)) found.set(match[0].toLowerCase(), 'urgency');
  }
  return found;
}

export function checkOutputScope(paraphrase: string, sources: readonly string[]): OutputScopeResult {
  const allowed = findings(sources.join('\n'));
  const added = [...findings(paraphrase)].filter(([finding]) => !allowed.has(finding));
  const [first] = added;
  if (first === undefined) return { ok: true };
  return { ok: false, code: first[1], details: added.map(([finding]) => finding) };
}

export const OUTPUT_SCOPE_RAIL_NAME = 'output-scope';

export function createOutputScopeRail(): Rail<OutputCheckContext> {
  return {
    name: OUTPUT_SCOPE_RAIL_NAME,
    run(context) {
      if (context.vettedText !== undefined && context.text === context.vettedText) return allow();
      return outputVerdict(context, checkOutputScope(context.text, context.sources), 'scope');
    },
  };
}
