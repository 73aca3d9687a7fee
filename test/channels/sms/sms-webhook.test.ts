import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import {
  hasValidTwilioSignature,
  parseFormBody,
  TwilioSmsWebhookSchema,
} from '../../../src/channels/sms/sms-webhook.ts';

const TOKEN = '12345678901234567890123456789012';
const URL = 'https://bot.example.com/api/sms';
const params = {
  MessageSid: `SM${'a'.repeat(32)}`,
  AccountSid: `AC${'b'.repeat(32)}`,
  From: '+15558675309',
  To: '+15550001111',
  Body: 'CP14 & more',
};

describe('parseFormBody', () => {
  it.each([
    ['plain fields', 'a=1&b=two', { a: '1', b: 'two' }],
    ['plus and percent encoding', 'Body=I+owe+%241%2C200+%26+more', { Body: 'I owe $1,200 & more' }],
    ['brackets stay literal (no nesting)', 'a[b]=1', { 'a[b]': '1' }],
    ['a repeated field keeps every value', 'm=1&m=2&m=3', { m: ['1', '2', '3'] }],
    ['an empty body', '', {}],
    ['an empty value', 'Body=', { Body: '' }],
  ])('%s', (_name, raw, expected) => {
    expect(parseFormBody(raw)).toEqual(expected);
  });
});

describe('hasValidTwilioSignature', () => {
  const signature = twilio.getExpectedTwilioSignature(TOKEN, URL, params);

  it('accepts the signature Twilio computes for the public URL and the fields', () => {
    expect(hasValidTwilioSignature({ authToken: TOKEN, publicUrl: URL, signature, params })).toBe(true);
  });

  it.each([
    ['no signature', { signature: undefined }],
    ['an empty signature', { signature: '' }],
    ['a changed field', { params: { ...params, Body: 'CP14 & less' } }],
    ['an added field', { params: { ...params, Extra: '1' } }],
    ['another URL', { publicUrl: 'https://evil.example.com/api/sms' }],
    ['another token', { authToken: `${TOKEN.slice(1)}x` }],
    [
      'a signature for other fields',
      { signature: twilio.getExpectedTwilioSignature(TOKEN, URL, { From: params.From }) },
    ],
  ])('refuses %s', (_name, change) => {
    expect(hasValidTwilioSignature({ authToken: TOKEN, publicUrl: URL, signature, params, ...change })).toBe(
      false,
    );
  });
});

describe('TwilioSmsWebhookSchema', () => {
  it('keeps only the fields the channel uses', () => {
    const parsed = TwilioSmsWebhookSchema.parse({ ...params, FromCity: 'NEW YORK', FromZip: '10001' });
    expect(parsed).toEqual(params);
  });

  it.each([
    ['a short code as To', { To: '12345' }],
    ['an MMS id', { MessageSid: `MM${'c'.repeat(32)}` }],
    ['an empty body (a picture alone)', { Body: '' }],
  ])('accepts %s', (_name, change) => {
    expect(TwilioSmsWebhookSchema.safeParse({ ...params, ...change }).success).toBe(true);
  });

  it.each([
    ['a missing From', { From: undefined }, 'From'],
    ['a From that is not a number', { From: 'alice' }, 'From'],
    ['a WhatsApp sender', { From: 'whatsapp:+15558675309' }, 'From'],
    ['a bad message id', { MessageSid: 'SM123' }, 'MessageSid'],
    ['a bad account id', { AccountSid: 'XX' }, 'AccountSid'],
    ['a missing Body', { Body: undefined }, 'Body'],
    ['a body over 1,600 characters', { Body: 'x'.repeat(1601) }, 'Body'],
    ['a repeated Body', { Body: ['a', 'b'] }, 'Body'],
  ])('refuses %s', (_name, change, path) => {
    const parsed = TwilioSmsWebhookSchema.safeParse({ ...params, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
