import type { TurnContext } from 'botbuilder';
import { isLocale, type Locale } from '../catalog/locale.ts';

const LOCALE_KEY = Symbol('conversation locale');

/** Set by the bot at the start of every turn: the language this conversation is spoken in. */
export function setTurnLocale(context: TurnContext, locale: Locale): void {
  context.turnState.set(LOCALE_KEY, locale);
}

/** The conversation's language, as the bot set it for this turn. */
export function turnLocale(context: TurnContext): Locale {
  const locale: unknown = context.turnState.get(LOCALE_KEY);
  if (!isLocale(locale)) throw new Error('turnLocale: the bot sets the locale before anything speaks');
  return locale;
}
