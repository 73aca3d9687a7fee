import { allow, block, rewrite } from '../verdict.ts';
import type { Rail, RailVerdict } from '../verdict.ts';
import { countWords } from '../../knowledge/passages/passage-check.ts';

/**
 * A paraphrase has the form of the passages it rewrites: plain sentences of about their length. Markup,
 * JSON, a restated prompt, a model speaking about itself, or a text far shorter or longer than its
 * passages is not a rewrite, whatever it says.
 */

export type FormFailureCode = 'markup' | 'self_reference' | 'prompt_echo' | 'length';
export type FormResult = { ok: true } | { ok: false; code: FormFailureCode; details: string[] };

/** Bounds of paraphrase words / passage words: a plain rewrite explains a little more, drops nothing. */
const MIN_LENGTH_RATIO = 0.6;
const MAX_LENGTH_RATIO = 1.7;

const MARKUP = /[<>{}[\]`*#|\\]|^\s*(?:[-•+]|\d+[.)])\s|\]\(|&[a-z]+;/m;
const SELF_REFERENCE =
  /\bas an ai\b|\b(?:ai|language model|chatbot|assistant|llm|gpt)\b|\bi(?:'m| am| cannot| can't| will| have| hope| would)\b|\bhere(?:'s| is) (?:the|a|an|your|my) (?:\w+ )?(?:rewrite|paraphrase|version|text|answer|summary|explanation|response)\b|\b(?:sure|certainly|of course)[,!]/i;
const PROMPT_ECHO =
  /\b(?:rewrite|rewritten|rewording|paraphras\w*|passages?|reading level|grade level|\d+(?:th|st|nd|rd)[- ]grade|requiredfacts|casefacts|json|schema|system prompt|quoted material|plainer and kinder)\b/i;

export function checkForm(paraphrase: string, passageTexts: readonly string[]): FormResult {
  const sourceText = passageTexts.join('\n');
  for (const [code, pattern] of [
    ['markup', MARKUP],
    ['self_reference', SELF_REFERENCE],
    ['prompt_echo', PROMPT_ECHO],
  ] as const) {
    // Words the passages themselves use ("this assistant works out a date") are not the model's doing; any
    // other hit is ("Sure!" in front of that passage).
    const lowerSource = sourceText.toLowerCase();
    const hit = [...paraphrase.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].find(
      (match) => !lowerSource.includes(match[0].toLowerCase()),
    );
    if (hit !== undefined) return { ok: false, code, details: [hit[0]] };
  }
  const ratio = countWords(paraphrase) / Math.max(1, countWords(sourceText));
  if (ratio < MIN_LENGTH_RATIO || ratio > MAX_LENGTH_RATIO)
    return { ok: false, code: 'length', details: [`${ratio.toFixed(2)} × the passages' length`] };
  return { ok: true };
}

export type OutputCheckContext = {
  text: string;
  /** The passage texts and case facts the text must rest on. */
  sources: readonly string[];
  /** The vetted text to fall back to; without it a failing text is blocked. */
  vettedText?: string;
};

export const FORM_RAIL_NAME = 'form';

/** Verdict of an output check: the vetted text replaces a failing paraphrase (never an error to the person). */
export function outputVerdict(
  context: OutputCheckContext,
  result: { ok: true } | { ok: false; code: string; details: string[] },
  prefix: string,
): RailVerdict {
  if (result.ok) return allow();
  const code = `${prefix}_${result.code}`;
  if (context.vettedText !== undefined) return rewrite(context.vettedText, code);
  return block(code, result.details.join('; '));
}

export function createFormRail(): Rail<OutputCheckContext> {
  return {
    name: FORM_RAIL_NAME,
    run(context) {
      if (context.vettedText !== undefined && context.text === context.vettedText) return allow();
      return outputVerdict(context, checkForm(context.text, context.sources), 'form');
    },
  };
}
