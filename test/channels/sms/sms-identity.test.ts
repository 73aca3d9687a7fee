import { describe, expect, it } from 'vitest';
import { hashPhoneNumber } from '../../../src/channels/sms/sms-identity.ts';

const SECRET = 'a-test-secret-that-is-long-enough-000';

describe('hashPhoneNumber', () => {
  it('is a stable keyed hash with no trace of the number', () => {
    const id = hashPhoneNumber('+15558675309', SECRET);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(hashPhoneNumber('+15558675309', SECRET)).toBe(id);
    expect(id).not.toContain('8675309');
  });

  it.each([
    ['another number', '+15558675308', SECRET],
    ['another secret', '+15558675309', `${SECRET}x`],
  ])('differs for %s', (_name, phone, secret) => {
    expect(hashPhoneNumber(phone, secret)).not.toBe(hashPhoneNumber('+15558675309', SECRET));
  });

  it('ignores surrounding spaces', () => {
    expect(hashPhoneNumber(' +15558675309 ', SECRET)).toBe(hashPhoneNumber('+15558675309', SECRET));
  });
});
