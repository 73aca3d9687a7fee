import { createHash } from 'node:crypto';
import { messages } from '../../catalog/catalog.ts';
import { LOCALE_TAGS, type Locale } from '../../catalog/locale.ts';
import { DIRECT_LINE_BASE_PATH, TOKEN_ROUTE } from './direct-line-routes.ts';
import type { PageAssets } from './page-assets.ts';
import type { WebChatSettings } from './webchat-settings.ts';

export const BRAND_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Where Web Chat sends its requests: this server's Direct Line subset, or Azure's. */
function directLineDomain(settings: WebChatSettings): string {
  return settings.directLine.kind === 'local'
    ? DIRECT_LINE_BASE_PATH
    : `${settings.directLine.endpoint}${DIRECT_LINE_BASE_PATH}`;
}

/**
 * The one inline style the page allows without its nonce: an empty one. Web Chat 4.18 (the latest) does not
 * hand its nonce to react-scroll-to-bottom, whose emotion sheet is an empty `<style>` it then fills through
 * the CSSOM (`insertRule`, which a policy does not govern). Allowing the hash of nothing lets that element
 * in and still refuses every inline style with content.
 */
const EMPTY_STYLE_HASH = `'sha256-${createHash('sha256').update('').digest('base64')}'`;

/**
 * The page's Content-Security-Policy: scripts only from this server, styles from it, carrying this
 * response's nonce (Web Chat injects its styles with it) or empty; requests only to this server and, in
 * production, the Direct Line endpoint; framing only by the origins the firm listed for the embed.
 */
export function contentSecurityPolicy(settings: WebChatSettings, nonce: string): string {
  // blob: lets Web Chat read the file the person picked before it uploads it.
  const connect = ["'self'", 'blob:'];
  if (settings.directLine.kind === 'azure') {
    const endpoint = new URL(settings.directLine.endpoint);
    connect.push(endpoint.origin, `${endpoint.protocol === 'https:' ? 'wss' : 'ws'}://${endpoint.host}`);
  }
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    `frame-ancestors ${["'self'", ...settings.embedOrigins].join(' ')}`,
  ].join('; ');
}

/** One bot message of the page's own transcript, said to be the bot's for a screen reader (app.ts adds the person's). */
function earlyBotMessage(said: string, html: string): string {
  return `<li class="early-message from-bot"><span class="visually-hidden">${escapeHtml(said)}</span><div class="bubble">${html}</div></li>`;
}

/** Headers every page response carries. */
export function pageHeaders(settings: WebChatSettings, nonce: string): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': contentSecurityPolicy(settings, nonce),
    // The nonce changes with every response, so the page is never cached.
    'cache-control': 'no-store',
    ...securityHeaders(settings),
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    // Older browsers ignore frame-ancestors; without embed origins they get the same rule this way.
    ...(settings.embedOrigins.length === 0 ? { 'x-frame-options': 'SAMEORIGIN' } : {}),
  };
}

/** Headers for every response of the web chat routes, assets included. */
export function securityHeaders(settings: WebChatSettings): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    ...(settings.publicBaseUrl.startsWith('https:')
      ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' }
      : {}),
  };
}

export type PageRequest = {
  /** Framed by the embed snippet: no page header (the snippet's panel has its own). */
  embedded: boolean;
  /** The snippet's colour, when valid; otherwise the configured one. */
  color?: string | undefined;
  /** The language of the page and of Web Chat's own interface. */
  locale: Locale;
  /** What the bot opens every conversation with (Markdown), in that language: shown before Web Chat loads. */
  opening: readonly string[];
};

/** The little Markdown the opening messages use: paragraphs, line breaks, **bold** and *emphasis*. */
export function markdownToHtml(markdown: string): string {
  return markdown
    .split(/\n{2,}/)
    .map((paragraph) =>
      escapeHtml(paragraph)
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/\*(.+?)\*/g, '<em>$1</em>')
        .replace(/\n/g, '<br>'),
    )
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
}

/**
 * The chat page. Every value is escaped; its settings travel in data attributes, never in inline script.
 * The bot's opening messages and a send box are in the HTML itself, so a slow connection shows them (and
 * takes what the person types) at once; the page's script hands both over to Web Chat once it is connected.
 */
export function renderChatPage(
  settings: WebChatSettings,
  assets: Pick<PageAssets, 'webChat' | 'app' | 'css'>,
  nonce: string,
  request: PageRequest,
): string {
  const color =
    request.color && BRAND_COLOR_PATTERN.test(request.color) ? request.color : settings.brandColor;
  const firm = escapeHtml(settings.firmName);
  const words = messages(request.locale).webchatPage;
  const e = escapeHtml;
  const booking = settings.bookingUrl
    ? `<a href="${e(settings.bookingUrl)}" target="_blank" rel="noopener noreferrer">${e(words.booking)}</a>`
    : '';
  // The browser script imports nothing: its words and Web Chat's locale travel with its settings.
  const data = {
    'token-url': `${TOKEN_ROUTE}?locale=${LOCALE_TAGS[request.locale]}`,
    domain: directLineDomain(settings),
    'web-socket': String(settings.directLine.kind === 'azure'),
    'brand-color': color,
    nonce,
    locale: LOCALE_TAGS[request.locale],
    connecting: words.connecting,
    unavailable: words.unavailable,
  };
  const dataAttributes = Object.entries(data)
    .map(([key, value]) => `data-${key}="${escapeHtml(value)}"`)
    .join(' ');
  return `<!doctype html>
<html lang="${request.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${e(words.product)} · ${firm}</title>
<link rel="stylesheet" href="${e(assets.css.path)}">
<script src="${e(assets.app.path)}" defer></script>
<script src="${e(assets.webChat.path)}" defer></script>
</head>
<body${request.embedded ? ' class="embedded"' : ''}>
<header class="page-header">
<div class="titles"><h1>${e(words.product)}</h1><p>${e(words.subtitle)} · ${e(words.offeredBy)} ${firm}</p></div>
${booking}
</header>
<main class="chat" aria-label="${e(words.chatLabel)}">
<section id="webchat-early" class="early">
<ol id="webchat-early-transcript" class="early-transcript">
${request.opening.map((text) => earlyBotMessage(words.botSaid, markdownToHtml(text))).join('\n')}
</ol>
<div class="status">
<p id="webchat-status" role="status" aria-live="polite">${e(words.connecting)}</p>
<button id="webchat-retry" class="retry" type="button" hidden>${e(words.retry)}</button>
</div>
<noscript><p class="status">${e(words.noScript)}</p></noscript>
<form id="webchat-early-form" class="early-send-box" data-you-said="${e(words.youSaid)}">
<input id="webchat-early-input" type="text" autocomplete="off" enterkeyhint="send" aria-label="${e(words.typeHere)}" placeholder="${e(words.typeHere)}">
<button type="submit">${e(words.send)}</button>
</form>
</section>
<div id="webchat" class="webchat" hidden ${dataAttributes}></div>
</main>
</body>
</html>
`;
}
