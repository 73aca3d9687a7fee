import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  DirectLineTokens,
  TOKEN_TTL_SECONDS,
} from '../../../src/channels/webchat/direct-line-token.ts';

const KEY = 'k'.repeat(32);
const START = Date.parse('2026-03-10T15:00:00Z');

describe('DirectLineTokens', () => {
  it('issues a token that verifies to its conversation and user', () => {
    const tokens = new DirectLineTokens({ key: KEY, now: () => START });
    const { token, expiresIn } = tokens.issue('conv-1', 'dl_user');
    expect(expiresIn).toBe(TOKEN_TTL_SECONDS);
    expect(tokens.verify(token)).toEqual({
      ok: true,
      claims: { conversationId: 'conv-1', userId: 'dl_user', exp: START / 1000 + TOKEN_TTL_SECONDS },
    });
  });

  it('accepts a token signed with the same configured key in another process', () => {
    const { token } = new DirectLineTokens({ key: KEY }).issue('conv-1', 'dl_user');
    expect(new DirectLineTokens({ key: KEY }).verify(token).ok).toBe(true);
  });

  it('refuses a token from another key, including the random key of another process', () => {
    const { token } = new DirectLineTokens({ key: KEY }).issue('conv-1', 'dl_user');
    expect(new DirectLineTokens({ key: 'x'.repeat(32) }).verify(token)).toEqual({
      ok: false,
      code: 'bad_signature',
    });
    const random = new DirectLineTokens().issue('conv-1', 'dl_user').token;
    expect(new DirectLineTokens().verify(random)).toEqual({ ok: false, code: 'bad_signature' });
  });

  it('refuses a token whose claims were changed to open another conversation', () => {
    const tokens = new DirectLineTokens({ key: KEY });
    const [, signature] = tokens.issue('conv-1', 'dl_user').token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ conversationId: 'conv-2', userId: 'dl_user', exp: 4_000_000_000 }),
    ).toString('base64url');
    expect(tokens.verify(`${forged}.${signature}`)).toEqual({ ok: false, code: 'bad_signature' });
  });

  it('refuses an expired token', () => {
    let now = START;
    const tokens = new DirectLineTokens({ key: KEY, now: () => now });
    const { token } = tokens.issue('conv-1', 'dl_user');
    now += (TOKEN_TTL_SECONDS - 1) * 1000;
    expect(tokens.verify(token).ok).toBe(true);
    now += 1000;
    expect(tokens.verify(token)).toEqual({ ok: false, code: 'expired' });
  });

  it.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['abc', 'malformed'],
    ['a.b.c', 'malformed'],
  ])('refuses %j as %s', (token, code) => {
    expect(new DirectLineTokens({ key: KEY }).verify(token)).toEqual({ ok: false, code });
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc.def', 'abc.def'],
    ['bearer abc', 'abc'],
    ['Basic abc', undefined],
    ['Bearer', undefined],
    [undefined, undefined],
  ])('%j → %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});
