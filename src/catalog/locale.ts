/**
 * The languages the product speaks. A conversation has one; every word it is told comes from the
 * catalog entry of that locale (see catalog.ts). Adding a language is a tag here and an entry there.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language of a conversation that has not said otherwise. */
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag each locale is written as: activities, Web Chat, Intl formatting, a page's `lang`. */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { en: 'en-US', es: 'es-US' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale a channel's tag asks for ("en-US", "en", "EN-gb" → "en"), or the default for a tag the
 * product does not speak or no tag at all.
 */
export function supportedLocale(tag: string | undefined): Locale {
  const language = tag?.split(/[-_]/)[0]?.toLowerCase();
  return isLocale(language) ? language : DEFAULT_LOCALE;
}
