import { messages } from '../catalog/catalog.ts';
import type { Locale } from '../catalog/locale.ts';
import type { OutOfScopeCategory } from './scope/scope-rules.ts';

/**
 * The professional disclaimer and the refusals, in the words of the catalog (its `disclaimer`, `refusal`
 * and `piiNote` entries). Bump DISCLAIMER_VERSION whenever a sentence there changes meaning: stored
 * conversations and analytics record which version a person saw.
 */

export const DISCLAIMER_VERSION = '2026-11-22';

export type DisclaimerForm = 'short' | 'full';

/** Appends the disclaimer after a blank line; a text that already carries it is returned as it is. */
export function withDisclaimer(text: string, form: DisclaimerForm, locale: Locale): string {
  const disclaimer = messages(locale).disclaimer[form];
  if (text.includes(disclaimer)) return text;
  const body = text.trimEnd();
  return body === '' ? disclaimer : `${body}\n\n${disclaimer}`;
}

export type RefusalCategory = OutOfScopeCategory | 'prompt_injection';

/** Short and kind: what the assistant won't do, what it can do, and who can help with the rest. */
export function refusalMessage(category: RefusalCategory, locale: Locale): string {
  const words = messages(locale).refusal;
  return `${words.openings[category]} ${words.whatICanDo} ${words.professional}`;
}
