import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/catalog/catalog.ts';
import {
  helpLocale,
  isMoreRequest,
  OPT_IN_WORDS,
  OPT_OUT_WORDS,
  smsKeyword,
} from '../../../src/channels/sms/sms-keywords.ts';

const smsCopy = messages('en').sms;

describe('smsKeyword', () => {
  it.each([
    ['STOP', false, 'opt-out'],
    ['stop', false, 'opt-out'],
    ['  Stop. ', false, 'opt-out'],
    ['STOP!', false, 'opt-out'],
    ['STOPALL', false, 'opt-out'],
    ['unsubscribe', false, 'opt-out'],
    ['CANCEL', false, 'opt-out'],
    ['end', false, 'opt-out'],
    ['Quit', false, 'opt-out'],
    ['revoke', false, 'opt-out'],
    ['OPTOUT', false, 'opt-out'],
    ['stop', true, 'opt-out'],
    ['START', true, 'opt-in'],
    ['start', false, 'opt-in'],
    ['UNSTOP', true, 'opt-in'],
    ['YES', true, 'opt-in'],
    ['HELP', false, 'help'],
    ['info', false, 'help'],
    ['help', true, 'help'],
    ['ALTO', false, 'opt-out'],
    ['parar', false, 'opt-out'],
    ['Ayuda', false, 'help'],
  ] as const)('%s (opted out: %s) → %s', (body, optedOut, expected) => {
    expect(smsKeyword(body, optedOut)).toBe(expected);
  });

  it.each([
    ['"yes" is an answer while subscribed', 'yes', false],
    ['a keyword inside a sentence', 'please stop', false],
    ['two keywords', 'stop stop', false],
    ['a notice code', 'CP14', false],
    ['a question about ending', 'when does it end?', true],
    ["restart is the bot's command", 'restart', false],
    ['empty', '', false],
  ])('%s → none', (_name, body, optedOut) => {
    expect(smsKeyword(body, optedOut)).toBeUndefined();
  });
});

describe('helpLocale', () => {
  it.each([
    ['AYUDA', 'es'],
    ['ayuda.', 'es'],
    ['HELP', 'en'],
    ['info', 'en'],
    ['CP14', undefined],
  ])('%s → %s', (body, locale) => {
    expect(helpLocale(body)).toBe(locale);
  });
});

describe('isMoreRequest', () => {
  it.each([
    ['MORE', true],
    ['more', true],
    [' More. ', true],
    ['more please', false],
    ['tell me more', false],
    ['MAS', true],
    ['más', true],
  ])('%s → %s', (body, expected) => {
    expect(isMoreRequest(body)).toBe(expected);
  });
});

/** Every string the conversation can say, however deep in the copy objects. */
function allCopy(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allCopy);
  return [];
}

describe('the words the conversation teaches', () => {
  // Texting one of these unsubscribes the number (or re-subscribes it): they must never be offered as
  // a command inside the conversation, where a person would use them to mean something else.
  const carrierWords = new Set([...OPT_OUT_WORDS, ...OPT_IN_WORDS]);

  it('offers no carrier opt-out or opt-in word as a command (*word*)', () => {
    const taught = [
      ...allCopy(messages('en').dialog),
      ...allCopy(smsCopy),
      ...allCopy(messages('es').dialog),
      ...allCopy(messages('es').sms),
    ].flatMap((text) =>
      [...text.matchAll(/\*([^*\s][^*]*)\*/g)].map(([, word]) => (word ?? '').toUpperCase()),
    );
    expect(taught).toContain('RESTART');
    expect(taught).toContain('MENU');
    expect(taught.filter((word) => carrierWords.has(word))).toEqual([]);
  });
});
