import { CATALOG } from '../catalog/catalog.ts';
import { LOCALES, type Locale } from '../catalog/locale.ts';

function normalised(text: string): string {
  return text
    .trim()
    .replace(/[.!?¡¿]+/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * The language a message asks the conversation to switch to ("español", "en español", "English",
 * "inglés"), or undefined. Only a whole message counts, so "my English is not good" switches nothing.
 */
export function languageAsked(text: string): Locale | undefined {
  const said = normalised(text);
  return LOCALES.find((locale) => CATALOG[locale].language.switchWords.includes(said));
}
