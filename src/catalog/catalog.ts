import { en } from './en.ts';
import { es } from './es.ts';
import type { Locale } from './locale.ts';

/**
 * The message catalog: every locale's words, with the English entry as the shape. A locale that misses a
 * key (or gives it another type) does not compile here, and test/catalog checks the same at run time.
 */
export type Messages = typeof en;

export const CATALOG: Readonly<Record<Locale, Messages>> = { en, es };

/** The words of one locale. */
export function messages(locale: Locale): Messages {
  return CATALOG[locale];
}
