import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseChecklistSelection,
  parseContact,
  parseContactMethod,
  parseName,
  parseOptionalText,
} from '../../../src/dialogs/parsing/parse-intake.ts';

describe('parseName', () => {
  it.each([
    ['Maria Lopez', 'Maria Lopez'],
    ['  my name is  Sam Lee ', 'Sam Lee'],
    ["I'm José", 'José'],
    ['Dr. Ann O’Neil-Smith', 'Dr. Ann O’Neil-Smith'],
  ])('reads %j as %j', (text, name) => {
    expect(parseName(text)).toEqual({ ok: true, value: name });
  });
  it.each([[''], ['   '], ['12345'], ['Sam 5551234'], ['x'.repeat(121)]])('refuses %j', (text) => {
    expect(parseName(text).ok).toBe(false);
  });
});

describe('parseContact', () => {
  it.each([
    ['maria@example.com', { email: 'maria@example.com' }],
    ['Maria@Example.COM.', { email: 'maria@example.com' }],
    ['(202) 555-0147', { mobile: '+12025550147' }],
    ['202.555.0147', { mobile: '+12025550147' }],
    ['+44 7700 900123', { mobile: '+447700900123' }],
    ['maria@example.com or (202) 555-0147', { email: 'maria@example.com', mobile: '+12025550147' }],
    ['text me at 1-202-555-0147 please', { mobile: '+12025550147' }],
  ])('reads %j', (text, value) => {
    expect(parseContact(text)).toEqual({ ok: true, value });
  });
  it.each([
    ['', 'empty'],
    ['call me maybe', 'no_contact'],
    ['sam@example', 'no_contact'],
    ['sam@example..com', 'bad_email'],
    ['555-0147 12', 'bad_mobile'],
    ['a@example.com b@example.com', 'too_many'],
    ['(202) 555-0147 and (202) 555-0148', 'too_many'],
  ])('refuses %j with %s', (text, code) => {
    expect(parseContact(text)).toEqual({ ok: false, code });
  });
});

describe('parseContactMethod', () => {
  const all = ['email', 'phone', 'text'] as const;
  it.each([
    ['Email', 'email'],
    ['Phone call', 'phone'],
    ['Text message', 'text'],
    ['please just text me', 'text'],
    ['call me', 'phone'],
  ])('reads %j as %s', (text, method) => {
    expect(parseContactMethod(text, all)).toEqual({ ok: true, value: method });
  });
  it('refuses a method the details given do not allow, and mixed answers', () => {
    expect(parseContactMethod('call me', ['email'])).toEqual({ ok: false, code: 'not_available' });
    expect(parseContactMethod('email or text', all)).toEqual({ ok: false, code: 'not_understood' });
    expect(parseContactMethod('whatever', all)).toEqual({ ok: false, code: 'not_understood' });
  });
});

describe('parseOptionalText', () => {
  it.each([
    ['skip', undefined],
    ['No thanks', undefined],
    ['weekday mornings', 'weekday mornings'],
  ])('reads %j', (text, value) => {
    expect(parseOptionalText(text, 200)).toEqual({ ok: true, value });
  });
  it('refuses empty and too long text', () => {
    expect(parseOptionalText(' ', 200)).toEqual({ ok: false, code: 'empty' });
    expect(parseOptionalText('x'.repeat(201), 200)).toEqual({ ok: false, code: 'too_long' });
  });
});

describe('parseChecklistSelection', () => {
  it.each([
    ['1, 3', [true, false, true, false]],
    ['2 and 4', [false, true, false, true]],
    ['all', [true, true, true, true]],
    ['none', [false, false, false, false]],
  ])('reads %j', (text, value) => {
    expect(parseChecklistSelection(text, 4)).toEqual({ ok: true, value });
  });
  it.each([
    ['5', 'out_of_range'],
    ['0, 1', 'out_of_range'],
    ['the first one', 'not_understood'],
    ['', 'empty'],
  ])('refuses %j with %s', (text, code) => {
    expect(parseChecklistSelection(text, 4)).toEqual({ ok: false, code });
  });
});

it('never throws on arbitrary text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (text) => {
      parseName(text);
      parseContact(text);
      parseContactMethod(text, ['email', 'phone', 'text']);
      parseOptionalText(text, 200);
      parseChecklistSelection(text, 5);
    }),
  );
});
