import twilio from 'twilio';
import { z } from 'zod';

/** A sender or receiver: E.164 (+15551234567) or a short code. */
const PhoneNumberSchema = z
  .string()
  .trim()
  .regex(/^(?:\+[1-9]\d{6,14}|\d{3,8})$/, 'must be an E.164 phone number or a short code');

const sid = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`), `must be a Twilio ${prefix}… id`);

/** Longest inbound body Twilio delivers (a concatenated message is joined before the webhook). */
export const MAX_INBOUND_BODY_CHARS = 1600;

/**
 * The fields of Twilio's incoming-message webhook the channel uses. Everything else Twilio sends
 * (FromCity, FromZip, …) is dropped here, so it can never reach the bot, the state or a log.
 */
export const TwilioSmsWebhookSchema = z.object({
  MessageSid: z.union([sid('SM'), sid('MM')]),
  AccountSid: sid('AC'),
  From: PhoneNumberSchema,
  To: PhoneNumberSchema,
  Body: z.string().max(MAX_INBOUND_BODY_CHARS),
  /** MMS: how many files came with the text; only the first is read (one file at a time). */
  NumMedia: z.coerce.number().int().min(0).max(10).optional(),
  /** Where Twilio keeps the first file; fetched like any attachment, from the SMS media hosts only. */
  MediaUrl0: z.url({ protocol: /^https?$/ }).optional(),
  MediaContentType0: z.string().max(100).optional(),
});
export type TwilioSmsWebhook = z.infer<typeof TwilioSmsWebhookSchema>;

export type FormParams = Record<string, string | string[]>;

/** The form body exactly as sent (a repeated field keeps every value), for the signature and the schema. */
export function parseFormBody(raw: string): FormParams {
  const params: FormParams = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const seen = params[key];
    if (seen === undefined) params[key] = value;
    else params[key] = Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return params;
}

/**
 * Checks X-Twilio-Signature with Twilio's own implementation: an HMAC-SHA1 over the public URL
 * Twilio posted to (behind a proxy the URL the process sees differs, hence a configured one) and
 * the sorted form parameters, keyed with the account's auth token.
 */
export function hasValidTwilioSignature(options: {
  authToken: string;
  publicUrl: string;
  signature: string | undefined;
  params: FormParams;
}): boolean {
  if (!options.signature) return false;
  return twilio.validateRequest(options.authToken, options.signature, options.publicUrl, options.params);
}
