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
