import type { Config } from '../../config.ts';

/** How the page reaches the bot: the bot's own Direct Line, or Azure's with a secret kept on the server. */
export type DirectLineMode =
  { kind: 'local'; tokenKey?: string | undefined } | { kind: 'azure'; secret: string; endpoint: string };

export type WebChatSettings = {
  firmName: string;
  /** `#rrggbb`. */
  brandColor: string;
  /** The firm's booking page, without the intake's {placeholders}. */
  bookingUrl?: string | undefined;
  publicBaseUrl: string;
  /** Origins allowed to frame the page (the embed snippet on a firm's site). */
  embedOrigins: readonly string[];
  directLine: DirectLineMode;
};

/** The booking template's placeholders ({name}, {email}, …) are for the intake; the page links to the plain page. */
export function plainBookingUrl(template: string | undefined): string | undefined {
  if (!template) return undefined;
  const url = new URL(template.replace(/\{[a-zA-Z]+\}/g, ''));
  for (const [key, value] of [...url.searchParams]) if (value === '') url.searchParams.delete(key);
  return url.href;
}

export function webChatSettingsFrom(
  config: Pick<
    Config,
    | 'FIRM_NAME'
    | 'BRAND_COLOR'
    | 'BOOKING_URL'
    | 'PUBLIC_BASE_URL'
    | 'WEBCHAT_EMBED_ORIGINS'
    | 'WEBCHAT_TOKEN_KEY'
    | 'DIRECT_LINE_SECRET'
    | 'DIRECT_LINE_ENDPOINT'
  >,
): WebChatSettings {
  return {
    firmName: config.FIRM_NAME,
    brandColor: config.BRAND_COLOR,
    bookingUrl: plainBookingUrl(config.BOOKING_URL),
    publicBaseUrl: config.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    embedOrigins: config.WEBCHAT_EMBED_ORIGINS,
    directLine: config.DIRECT_LINE_SECRET
      ? { kind: 'azure', secret: config.DIRECT_LINE_SECRET, endpoint: config.DIRECT_LINE_ENDPOINT }
      : { kind: 'local', tokenKey: config.WEBCHAT_TOKEN_KEY },
  };
}
