import { en } from './en.ts';
import { es } from './es.ts';
import { esKnowledge } from './es-knowledge.ts';
import type { Locale } from './locale.ts';
import type { KnowledgeWords } from './shapes.ts';

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

/**
 * What the knowledge base returns by id (notices, deadlines, options, documents, warnings), in each
 * locale's words; `undefined` for English, which is the knowledge base's own wording.
 */
export const KNOWLEDGE_WORDS: Readonly<Record<Locale, KnowledgeWords | undefined>> = {
  en: undefined,
  es: esKnowledge,
};
