import { createHmac } from 'node:crypto';

/**
 * The id a phone number goes by everywhere past the webhook: conversation id, user id, storage keys,
 * logs. A keyed hash (not a bare SHA-256) so that the ten-digit space of phone numbers cannot be
 * enumerated back from a leaked store without the secret.
 */
export function hashPhoneNumber(phoneNumber: string, secret: string): string {
  return createHmac('sha256', secret).update(phoneNumber.trim()).digest('hex');
}
