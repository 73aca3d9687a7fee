import { stemmer as snowballSpanish } from '@orama/stemmers/spanish';

/**
 * Spanish words as the knowledge base compares them: lower case, accents folded ("declaración" and
 * "declaracion" are one word: people often type without them) and stemmed with the Snowball Spanish
 * stemmer (@orama/stemmers), so "pagar", "pagos" and "pagué" meet.
 */

/** "Declaración" → "declaracion", "año" → "ano": the letters a person without a Spanish keyboard types. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Lower case, accents folded, apostrophes dropped, as a list of words (letters and digits). */
export function spanishWords(text: string): string[] {
  return foldAccents(text.toLowerCase())
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * The stem of a folded Spanish word. Snowball reads the "-ción" of "declaración" as a suffix only with
 * its accent, so an unaccented "-cion"/"-sion" gets it back first; the stem is folded again for the rare
 * accent Snowball leaves.
 */
export function spanishStem(word: string): string {
  if (/\d/.test(word)) return word;
  const accented = word.replace(/([cs])ion$/, '$1ión');
  return foldAccents(snowballSpanish(accented));
}
