import { DEFAULT_LOCALE, type Locale } from '../../catalog/locale.ts';

/**
 * The carrier keywords an SMS service must honour. Twilio acts on the opt-out and opt-in words itself
 * (it blocks or unblocks the number and sends the carrier confirmation) and still forwards the message,
 * so the bot mirrors what Twilio did.
 */
export type SmsKeyword = 'opt-out' | 'opt-in' | 'help';

/**
 * Twilio's default opt-out words, REVOKE and OPTOUT included (added for the FCC's 2025 revocation rule),
 * and the Spanish ALTO and PARAR. Twilio acts on the Spanish ones only once they are added to the
 * Messaging Service's Advanced Opt-Out keywords (see README); the bot honours them either way.
 */
export const OPT_OUT_WORDS: readonly string[] = [
  'STOP',
  'STOPALL',
  'UNSUBSCRIBE',
  'CANCEL',
  'END',
  'QUIT',
  'REVOKE',
  'OPTOUT',
  'ALTO',
  'PARAR',
];
const OPT_OUT = new Set(OPT_OUT_WORDS);
export const OPT_IN_WORDS: readonly string[] = ['START', 'UNSTOP'];
const OPT_IN = new Set(OPT_IN_WORDS);
/** Twilio also opts a number back in on YES; only then, since "yes" is an answer in the conversation. */
const OPT_IN_WHEN_OPTED_OUT = new Set([...OPT_IN, 'YES']);
/** The help words, each with the language its answer is given in. */
const HELP: ReadonlyMap<string, Locale> = new Map([
  ['HELP', DEFAULT_LOCALE],
  ['INFO', DEFAULT_LOCALE],
  ['AYUDA', 'es'],
]);

/**
 * Keywords count only as the whole message, as Twilio does ("stop" does, "please stop" does not);
 * case, surrounding spaces and trailing punctuation are ignored.
 */
export function smsKeyword(body: string, optedOut: boolean): SmsKeyword | undefined {
  const word = keywordOf(body);
  if (OPT_OUT.has(word)) return 'opt-out';
  if ((optedOut ? OPT_IN_WHEN_OPTED_OUT : OPT_IN).has(word)) return 'opt-in';
  if (HELP.has(word)) return 'help';
  return undefined;
}

/** The language a help keyword asks its answer in (AYUDA: Spanish), or undefined for another message. */
export function helpLocale(body: string): Locale | undefined {
  return HELP.get(keywordOf(body));
}

const MORE = new Set(['MORE', 'MAS', 'MÁS']);

/** "MORE" (or the Spanish "MAS"): the next texts of an answer too long for one webhook reply. */
export function isMoreRequest(body: string): boolean {
  return MORE.has(keywordOf(body));
}

function keywordOf(body: string): string {
  return body
    .trim()
    .replace(/[.!?]+$/, '')
    .trim()
    .toUpperCase();
}
