import type { Locale } from '../../catalog/locale.ts';

/**
 * The few ways of writing that mean different things in English and Spanish. Words are not here: every
 * recogniser reads English and Spanish words in any conversation ("sí", "20 de noviembre", "carta 1058"
 * mean one thing in both), because people mix languages and no Spanish word they answer with means
 * something else in English. Only these forms depend on the conversation's language, since the same
 * characters name different values:
 * - "3/2/2026" is March 2 on a US letter and 3 February to most Spanish speakers;
 * - "1200,50" is 1,200.50 in Spanish and an unreadable grouping in English;
 * - "5 mil" is 5,000 in Spanish and $5 million in English money talk.
 */
export type Conventions = {
  /** 'month-first': 3/2/2026 is March 2; 'ask': either order is likely, so the month must be written. */
  readonly numericDates: 'month-first' | 'ask';
  /** A comma before one or two final digits is the decimal point ("1200,50", "$50,5"). */
  readonly decimalComma: boolean;
  /** The power of ten "mil" multiplies by. */
  readonly milExponent: 3 | 6;
};

export const ENGLISH_CONVENTIONS: Conventions = {
  numericDates: 'month-first',
  decimalComma: false,
  milExponent: 6,
};
export const SPANISH_CONVENTIONS: Conventions = { numericDates: 'ask', decimalComma: true, milExponent: 3 };

/** A conversation reads the forms of its language; a new locale does not compile until it names its own. */
const CONVENTIONS_OF: Readonly<Record<Locale, Conventions>> = {
  en: ENGLISH_CONVENTIONS,
  es: SPANISH_CONVENTIONS,
};

export function conventionsOf(locale: Locale): Conventions {
  return CONVENTIONS_OF[locale];
}

/**
 * Text as every recogniser reads it: compatibility forms unified (NFKC turns "º" into "o"), lower case,
 * and accents dropped, so that rules are written once ("si" for "sí" and "si", "pague" for "pagué").
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}
