import type { Config } from '../../config.ts';

/** What the SMS channel needs from configuration; present only when a Twilio auth token is set. */
export type SmsSettings = {
  /** Twilio's auth token: the key of X-Twilio-Signature. */
  authToken: string;
  /** The exact URL configured in Twilio for incoming messages; the signature covers it. */
  publicUrl: string;
  /** Key of the phone-number hash. */
  hashSecret: string;
};

export function smsSettingsFrom(
  config: Pick<Config, 'TWILIO_AUTH_TOKEN' | 'SMS_PUBLIC_URL' | 'SMS_HASH_SECRET'>,
): SmsSettings | undefined {
  const { TWILIO_AUTH_TOKEN, SMS_PUBLIC_URL, SMS_HASH_SECRET } = config;
  if (!TWILIO_AUTH_TOKEN || !SMS_PUBLIC_URL || !SMS_HASH_SECRET) return undefined;
  return { authToken: TWILIO_AUTH_TOKEN, publicUrl: SMS_PUBLIC_URL, hashSecret: SMS_HASH_SECRET };
}

/**
 * The Authorization header for Twilio's media URLs when HTTP basic auth is configured: Twilio enforces it
 * on media with an API key SID and secret (or the Account SID and auth token) as user and password.
 */
export function twilioMediaAuthorization(
  config: Pick<Config, 'TWILIO_MEDIA_USERNAME' | 'TWILIO_MEDIA_PASSWORD'>,
): string | undefined {
  const { TWILIO_MEDIA_USERNAME, TWILIO_MEDIA_PASSWORD } = config;
  if (!TWILIO_MEDIA_USERNAME || !TWILIO_MEDIA_PASSWORD) return undefined;
  return `Basic ${Buffer.from(`${TWILIO_MEDIA_USERNAME}:${TWILIO_MEDIA_PASSWORD}`).toString('base64')}`;
}
