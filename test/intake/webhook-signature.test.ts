import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from '../../src/intake/webhook-signature.ts';

const SECRET = 'whsec-test-0123456789abcdef0123456789';
const BODY = '{"event":"intake.created","intake":{"id":"abc"}}';
const SENT = new Date('2026-03-10T14:00:00.000Z');
const T = Math.floor(SENT.getTime() / 1000);

function hmac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

describe('signWebhook', () => {
  it('signs "<t>.<raw body>" with HMAC-SHA256, as a firm can recompute it', () => {
    expect(signWebhook(SECRET, BODY, SENT)).toBe(`t=${T},v1=${hmac(SECRET, `${T}.${BODY}`)}`);
  });
});

describe('verifyWebhookSignature', () => {
  const header = signWebhook(SECRET, BODY, SENT);
  const later = (seconds: number) => new Date(SENT.getTime() + seconds * 1000);

  it('accepts a fresh, correct signature', () => {
    expect(verifyWebhookSignature(SECRET, header, BODY, later(10), 300)).toEqual({ ok: true, timestamp: T });
  });

  it('accepts any matching v1 (secret rotation) and ignores other schemes', () => {
    const rotated = `t=${T},v1=${hmac('old-secret', `${T}.${BODY}`)},v0=zzz,v1=${hmac(SECRET, `${T}.${BODY}`)}`;
    expect(verifyWebhookSignature(SECRET, rotated, BODY, SENT, 300).ok).toBe(true);
  });

  it.each([
    ['no header', undefined, BODY, 0, 'missing_header'],
    ['an empty header', ' ', BODY, 0, 'missing_header'],
    ['a header without a signature', `t=${T}`, BODY, 0, 'malformed_header'],
    ['a header without a timestamp', `v1=${'a'.repeat(64)}`, BODY, 0, 'malformed_header'],
    ['a short signature', `t=${T},v1=abc`, BODY, 0, 'malformed_header'],
    ['a non-numeric timestamp', `t=soon,v1=${'a'.repeat(64)}`, BODY, 0, 'malformed_header'],
    ['a changed body', header, BODY.replace('abc', 'abd'), 0, 'signature_mismatch'],
    ['re-serialised JSON', header, JSON.stringify(JSON.parse(BODY), null, 1), 0, 'signature_mismatch'],
    ['an old request (replay)', header, BODY, 301, 'timestamp_out_of_range'],
    ['a request from the future', header, BODY, -301, 'timestamp_out_of_range'],
  ])('refuses %s', (_, value, body, offset, code) => {
    expect(verifyWebhookSignature(SECRET, value, body, later(offset), 300)).toEqual({ ok: false, code });
  });

  it('refuses a signature made with another secret', () => {
    const forged = signWebhook('another-secret-0123456789abcdef0123', BODY, SENT);
    expect(verifyWebhookSignature(SECRET, forged, BODY, SENT, 300)).toEqual({
      ok: false,
      code: 'signature_mismatch',
    });
  });
});
