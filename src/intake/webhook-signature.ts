import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * The signature on every webhook the firm receives, in the scheme Stripe and others made familiar:
 *
 *   X-NoticeNavigator-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
 *
 * The timestamp is signed with the body, so a captured request cannot be replayed outside the tolerance
 * window; the receiver also dedupes by Idempotency-Key, which covers replays inside it. Several v1 values
 * may appear (while a secret is being rotated); one match is enough.
 */

export const SIGNATURE_HEADER = 'X-NoticeNavigator-Signature';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const EVENT_HEADER = 'X-NoticeNavigator-Event';

/** How far the receiver's clock and the signing time may differ, by default. */
const DEFAULT_TOLERANCE_SECONDS = 300;

const SHA256_HEX_CHARS = 64;
const HEX = /^[0-9a-f]+$/;
const UNIX_SECONDS = /^\d{1,12}$/;

function signaturePayload(timestamp: number, rawBody: string): string {
  return `${timestamp}.${rawBody}`;
}

function hmacHex(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(signaturePayload(timestamp, rawBody), 'utf8').digest('hex');
}

/** The header value for a body sent at `now`. */
export function signWebhook(secret: string, rawBody: string, now: Date): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, rawBody)}`;
}

export type SignatureCheck =
  | { ok: true; timestamp: number }
  | {
      ok: false;
      code: 'missing_header' | 'malformed_header' | 'timestamp_out_of_range' | 'signature_mismatch';
    };

/**
 * For the firm's receiver (and our tests): checks the header against the raw request body, exactly as
 * received (re-serialising parsed JSON changes the bytes and fails the check).
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined | null,
  rawBody: string,
  now: Date,
  toleranceSeconds: number = DEFAULT_TOLERANCE_SECONDS,
): SignatureCheck {
  if (header === undefined || header === null || header.trim() === '')
    return { ok: false, code: 'missing_header' };
  const parsed = parseSignatureHeader(header);
  if (parsed === undefined) return { ok: false, code: 'malformed_header' };
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds)
    return { ok: false, code: 'timestamp_out_of_range' };
  const expected = Buffer.from(hmacHex(secret, parsed.timestamp, rawBody), 'utf8');
  // Every candidate is compared, whatever the first gives, so timing says nothing about which matched.
  const matches = parsed.signatures.map((candidate) =>
    timingSafeEqual(expected, Buffer.from(candidate, 'utf8')),
  );
  return matches.includes(true)
    ? { ok: true, timestamp: parsed.timestamp }
    : { ok: false, code: 'signature_mismatch' };
}

function parseSignatureHeader(header: string): { timestamp: number; signatures: string[] } | undefined {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value, ...rest] = part.trim().split('=');
    if (key === undefined || value === undefined || rest.length > 0) return undefined;
    if (key === 't') {
      if (!UNIX_SECONDS.test(value) || timestamp !== undefined) return undefined;
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (value.length !== SHA256_HEX_CHARS || !HEX.test(value)) return undefined;
      signatures.push(value);
    }
    // Other schemes (v0, v2…) are ignored, so a sender can add one without breaking receivers.
  }
  if (timestamp === undefined || signatures.length === 0) return undefined;
  return { timestamp, signatures };
}
