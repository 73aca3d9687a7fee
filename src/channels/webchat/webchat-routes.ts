import { supportedLocale, type Locale } from '../../catalog/locale.ts';
import { randomBytes } from 'node:crypto';
import type { Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { Next, Request, Response, Server } from 'restify';
import type { ChannelLogIds, TurnHandler } from '../channel.ts';
import { DirectLineChannel } from './direct-line-channel.ts';
import { registerDirectLineRoutes, registerTokenRoute } from './direct-line-routes.ts';
import { DirectLineStreams } from './direct-line-stream.ts';
import { DirectLineTokens } from './direct-line-token.ts';
import { chooseEncoding, loadPageAssets, type Asset } from './page-assets.ts';
import { pageHeaders, renderChatPage, securityHeaders } from './webchat-page.ts';
import type { WebChatSettings } from './webchat-settings.ts';

export type WebChatDeps = {
  settings: WebChatSettings;
  bot: TurnHandler;
  /** The bot's storage: the local Direct Line queues activities there, beside the conversation state. */
  storage: Storage;
  logger: Logger;
  logIds: Pick<ChannelLogIds, 'hashConversation'>;
  /** The largest photo or PDF the upload button may send. */
  maxFileBytes: number;
  maxQueuedActivities?: number;
  /** What the bot opens a conversation with, shown by the page before Web Chat has loaded. */
  opening: (locale: Locale) => readonly string[];
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Firms link to /embed.js itself, so a new version must reach them within the hour. */
const EMBED_CACHE = 'public, max-age=3600';
const NONCE_BYTES = 16;

/** Sends the smallest precompressed copy the browser accepts; caches keep one copy per Accept-Encoding. */
function sendAsset(req: Request, res: Response, asset: Asset, headers: Record<string, string>): void {
  const encoding = chooseEncoding(asset, req.header('accept-encoding'));
  res.sendRaw(200, (encoding && asset.encoded[encoding]) ?? asset.body, {
    'content-type': asset.contentType,
    vary: 'Accept-Encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
    ...headers,
  });
}

/**
 * The Web Chat channel: the page at `/`, its assets, the embed snippet, the token endpoint and, without
 * a Direct Line secret, the bot's own Direct Line subset.
 */
export function registerWebChatRoutes(server: Server, deps: WebChatDeps): { stop(): void } {
  const { settings, logger } = deps;
  const assets = loadPageAssets();
  const security = securityHeaders(settings);
  const tokens = new DirectLineTokens(
    settings.directLine.kind === 'local' ? { key: settings.directLine.tokenKey } : {},
  );

  server.get('/', (req: Request, res: Response, next: Next) => {
    const nonce = randomBytes(NONCE_BYTES).toString('base64');
    const query = (req.query ?? {}) as Record<string, unknown>;
    const locale = pageLocale(query.lang, req.header('accept-language'));
    const html = renderChatPage(settings, assets, nonce, {
      embedded: query.embed === '1',
      color: typeof query.color === 'string' ? query.color : undefined,
      locale,
      opening: deps.opening(locale),
    });
    res.sendRaw(200, html, pageHeaders(settings, nonce));
    next();
  });
  for (const asset of [assets.app, assets.css, assets.webChat]) {
    server.get(asset.path, (req: Request, res: Response, next: Next) => {
      sendAsset(req, res, asset, { 'cache-control': IMMUTABLE, ...security });
      next();
    });
  }
  server.get(assets.embed.path, (req: Request, res: Response, next: Next) => {
    // Loaded by <script src> on the firm's own site, so it may be fetched cross-origin.
    sendAsset(req, res, assets.embed, {
      'cache-control': EMBED_CACHE,
      ...security,
      'cross-origin-resource-policy': 'cross-origin',
    });
    next();
  });

  registerTokenRoute(server, { settings, tokens, logger });
  if (settings.directLine.kind === 'local') {
    const channel = new DirectLineChannel({
      logic: (context) => deps.bot.run(context),
      storage: deps.storage,
      logger,
      logIds: deps.logIds,
      serviceUrl: settings.publicBaseUrl,
      ...(deps.maxQueuedActivities === undefined ? {} : { maxQueuedActivities: deps.maxQueuedActivities }),
    });
    const streams = new DirectLineStreams({
      channel,
      tokens,
      logger,
      logIds: deps.logIds,
      secure: settings.publicBaseUrl.startsWith('https:'),
    });
    registerDirectLineRoutes(server, { channel, tokens, streams, logger, maxFileBytes: deps.maxFileBytes });
    return { stop: () => streams.closeAll() };
  }
  return { stop: () => undefined };
}

/**
 * The page's language: `?lang=es` when the link or the language choice asks for one, else the browser's
 * first language ("es-US,es;q=0.9,en;q=0.8" → es), else the default. Web Chat then speaks it too, and
 * every message it sends carries it as the activity's locale.
 */
function pageLocale(lang: unknown, acceptLanguage: string | undefined) {
  return supportedLocale(
    typeof lang === 'string' ? lang : acceptLanguage?.split(',')[0]?.split(';')[0]?.trim(),
  );
}
