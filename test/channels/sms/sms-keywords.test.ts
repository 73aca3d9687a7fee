import { describe, expect, it } from 'vitest';
import { isMoreRequest, smsKeyword } from '../../../src/channels/sms/sms-keywords.ts';

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
    ['stop', true, 'opt-out'],
    ['START', true, 'opt-in'],
    ['start', false, 'opt-in'],
    ['UNSTOP', true, 'opt-in'],
    ['YES', true, 'opt-in'],
    ['HELP', false, 'help'],
    ['info', false, 'help'],
    ['help', true, 'help'],
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

describe('isMoreRequest', () => {
  it.each([
    ['MORE', true],
    ['more', true],
    [' More. ', true],
    ['more please', false],
    ['tell me more', false],
  ])('%s → %s', (body, expected) => {
    expect(isMoreRequest(body)).toBe(expected);
  });
});
