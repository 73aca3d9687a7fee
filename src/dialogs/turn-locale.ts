import type { TurnContext } from 'botbuilder';
import { messages, type Messages } from '../catalog/catalog.ts';
import { isLocale, supportedLocale, type Locale } from '../catalog/locale.ts';

const LOCALE_KEY = Symbol('conversation locale');

/** Set by the bot at the start of every turn: the language this conversation is spoken in. */
export function setTurnLocale(context: TurnContext, locale: Locale): void {
  context.turnState.set(LOCALE_KEY, locale);
}

/** The conversation's language, as the bot set it for this turn. */
export function turnLocale(context: TurnContext): Locale {
  const locale = setLocale(context);
  if (!locale) throw new Error('turnLocale: the bot sets the locale before anything speaks');
  return locale;
}

/**
 * The language to say something in even when the turn failed before the bot set it (a turn error): the
 * conversation's, else the channel's.
 */
export function spokenLocale(context: TurnContext): Locale {
  return setLocale(context) ?? supportedLocale(context.activity.locale);
}

function setLocale(context: TurnContext): Locale | undefined {
  const locale: unknown = context.turnState.get(LOCALE_KEY);
  return isLocale(locale) ? locale : undefined;
}

/** The words of this turn's language. */
export function turnMessages(context: TurnContext): Messages {
  return messages(turnLocale(context));
}
