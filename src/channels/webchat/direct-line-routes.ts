import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { Next, Request, Response, Server } from 'restify';
import { z } from 'zod';
import {
  MAX_POSTED_TEXT_CHARS,
  newConversationId,
  newUserId,
  PostedActivitySchema,
  UploadedActivitySchema,
} from './direct-line-channel.ts';
import type { DirectLineChannel } from './direct-line-channel.ts';
import type { DirectLineStreams } from './direct-line-stream.ts';
import { bearerToken, type DirectLineTokens, type TokenClaims } from './direct-line-token.ts';
import { exchangeDirectLineSecret } from './direct-line-token-exchange.ts';
import type { WebChatSettings } from './webchat-settings.ts';
import { LOCALE_TAGS, supportedLocale } from '../../catalog/locale.ts';

/** Where the local Direct Line 3.0 subset is served; Web Chat is created with `${origin}${this}` as domain. */
export const DIRECT_LINE_BASE_PATH = '/v3/directline';
export const TOKEN_ROUTE = '/api/directline/token';
/** Direct Line 3.0's upload: a message and its file as multipart/form-data (Web Chat's upload button). */
export const UPLOAD_PATH = `${DIRECT_LINE_BASE_PATH}/conversations/:conversationId/upload`;

/** Room in an upload beyond the file: the activity part (its text in UTF-8 at most) and the multipart framing. */
const UPLOAD_OVERHEAD_BYTES = MAX_POSTED_TEXT_CHARS * 4 + 64 * 1024;

const WatermarkSchema = z.union([
  z.literal(''),
  z.string().regex(/^\d{1,12}$/, 'must be a watermark number'),
]);

type Issue = { path: string; message: string };

function sendJson(res: Response, status: number, body: unknown): void {
  res.header('cache-control', 'no-store');
  res.send(status, body);
}

function invalid(res: Response, issues: Issue[]): void {
  sendJson(res, 400, { error: 'invalid_request', issues });
}

function zodIssues(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.'),
    message: issue.message,
  }));
}

/**
 * POST /api/directline/token: a token for one new conversation. Locally it is signed here; with a Direct
 * Line secret it comes from Azure, and the secret never reaches the browser. Either way the page then
 * gives it to Web Chat.
 */
export function registerTokenRoute(
  server: Server,
  deps: { settings: WebChatSettings; tokens: DirectLineTokens; logger: Logger },
): void {
  const { directLine } = deps.settings;
  server.post(TOKEN_ROUTE, async (req: Request, res: Response) => {
    if (directLine.kind === 'local') {
      const conversationId = newConversationId();
      const userId = newUserId();
      // The page asks with its language (?locale=es-US): the conversation it opens is greeted in it.
      const locale = LOCALE_TAGS[supportedLocale(queryLocale(req))];
      const { token, expiresIn } = deps.tokens.issue(conversationId, userId, locale);
      sendJson(res, 200, { conversationId, token, expires_in: expiresIn, userId });
      return;
    }
    const outcome = await exchangeDirectLineSecret({
      secret: directLine.secret,
      endpoint: directLine.endpoint,
    });
    if (!outcome.ok) {
      deps.logger.warn(
        {
          route: TOKEN_ROUTE,
          code: outcome.code,
          ...(outcome.code === 'upstream_status' ? { status: outcome.status } : {}),
        },
        'direct line token exchange failed',
      );
      sendJson(res, 502, { error: 'token_unavailable' });
      return;
    }
    const { conversationId, token, expires_in } = outcome.token;
    sendJson(res, 200, { conversationId, token, expires_in, userId: outcome.userId });
  });
}

function queryLocale(req: Request): string | undefined {
  const value: unknown = (req.query as Record<string, unknown> | undefined)?.locale;
  return typeof value === 'string' ? value : undefined;
}

function routeParam(req: Request, name: string): string {
  const value: unknown = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

type Refusal = { status: 401 | 403; error: 'unauthorized' | 'forbidden'; code: string };
type Authorised = { ok: true; claims: TokenClaims } | { ok: false; refusal: Refusal };

/**
 * The Direct Line 3.0 subset Direct Line JS uses, with WebSocket streams (its default) or polling
 * (`webSocket: false`): start a conversation, resume one from a watermark, post activities, stream them
 * or get them after a watermark, refresh the token. Every call but the first carries a token, and a token
 * opens only its own conversation.
 */
export function registerDirectLineRoutes(
  server: Server,
  deps: {
    channel: DirectLineChannel;
    tokens: DirectLineTokens;
    streams: DirectLineStreams;
    logger: Logger;
    maxFileBytes: number;
  },
): void {
  const { channel, tokens, streams, logger, maxFileBytes } = deps;

  /** Checks the bearer token and, when given, that it is for this conversation. */
  function check(req: Request, conversationId?: string): Authorised {
    const verified = tokens.verify(bearerToken(req.header('authorization')));
    if (!verified.ok) {
      const missing = verified.code === 'missing';
      return {
        ok: false,
        refusal: {
          status: missing ? 401 : 403,
          error: missing ? 'unauthorized' : 'forbidden',
          code: verified.code,
        },
      };
    }
    if (conversationId !== undefined && verified.claims.conversationId !== conversationId) {
      return { ok: false, refusal: { status: 403, error: 'forbidden', code: 'wrong_conversation' } };
    }
    return verified;
  }

  function refuse(req: Request, res: Response, refusal: Refusal): void {
    logger.info({ route: req.getRoute()?.path, code: refusal.code }, 'direct line token refused');
    sendJson(res, refusal.status, { error: refusal.error });
  }

  /** `check`, answering 401/403 itself when the token does not open the conversation. */
  function authorise(req: Request, res: Response, conversationId?: string): Authorised {
    const auth = check(req, conversationId);
    if (!auth.ok) refuse(req, res, auth.refusal);
    return auth;
  }

  // Without a token: a new conversation and its token. With one: that token's conversation, opened once.
  server.post(`${DIRECT_LINE_BASE_PATH}/conversations`, async (req: Request, res: Response) => {
    if (req.header('authorization')) {
      const auth = authorise(req, res);
      if (!auth.ok) return;
      const { conversationId, userId, locale } = auth.claims;
      await channel.open(conversationId, userId, locale);
      const token = bearerToken(req.header('authorization'));
      sendJson(res, 201, {
        conversationId,
        token,
        expires_in: tokens.expiresIn(auth.claims),
        streamUrl: streams.streamUrl(req.header('host'), auth.claims, ''),
      });
      return;
    }
    const conversationId = newConversationId();
    const userId = newUserId();
    const { token, expiresIn } = tokens.issue(conversationId, userId);
    await channel.open(conversationId, userId);
    sendJson(res, 201, {
      conversationId,
      token,
      expires_in: expiresIn,
      streamUrl: streams.streamUrl(req.header('host'), { conversationId, userId }, ''),
    });
  });

  // Resume (Direct Line's reconnect): the conversation again, and a stream URL that starts after the
  // client's watermark. A page reloaded with its conversation id and watermark, or a stream that closed.
  server.get(
    `${DIRECT_LINE_BASE_PATH}/conversations/:conversationId`,
    async (req: Request, res: Response) => {
      const conversationId = routeParam(req, 'conversationId');
      const auth = authorise(req, res, conversationId);
      if (!auth.ok) return;
      const watermark = WatermarkSchema.optional().safeParse(
        ((req.query ?? {}) as Record<string, unknown>).watermark,
      );
      if (!watermark.success) {
        invalid(res, zodIssues(watermark.error, 'watermark'));
        return;
      }
      if (!(await channel.activities(conversationId, undefined))) {
        sendJson(res, 404, { error: 'not_found' });
        return;
      }
      sendJson(res, 200, {
        conversationId,
        token: bearerToken(req.header('authorization')),
        expires_in: tokens.expiresIn(auth.claims),
        streamUrl: streams.streamUrl(req.header('host'), auth.claims, watermark.data ?? ''),
      });
    },
  );

  // A WebSocket has no Authorization header: the stream URL carries its own short-lived stream token.
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    streams.upgrade(req, socket, head);
  });

  server.post(
    `${DIRECT_LINE_BASE_PATH}/conversations/:conversationId/activities`,
    async (req: Request, res: Response) => {
      const conversationId = routeParam(req, 'conversationId');
      if (!authorise(req, res, conversationId).ok) return;
      const posted = PostedActivitySchema.safeParse(req.body);
      if (!posted.success) {
        invalid(res, zodIssues(posted.error));
        return;
      }
      const id = await channel.post(conversationId, posted.data);
      if (id === undefined) {
        sendJson(res, 404, { error: 'not_found' });
        return;
      }
      sendJson(res, 200, { id });
    },
  );

  // The file stays in memory: it reaches the bot's turn and nothing else (the echo only says a file was sent).
  server.post(UPLOAD_PATH, async (req: Request, res: Response) => {
    // A refusal before the body is read leaves it on the socket, where it would be taken for the next request.
    res.header('connection', 'close');
    const conversationId = routeParam(req, 'conversationId');
    const auth = check(req, conversationId);
    if (!auth.ok) {
      // A client still sending its file must get the refusal, not a broken pipe: the body is read and
      // dropped first, up to the upload limit.
      await drain(req, maxFileBytes + UPLOAD_OVERHEAD_BYTES);
      refuse(req, res, auth.refusal);
      return;
    }
    const upload = await readUpload(req, maxFileBytes + UPLOAD_OVERHEAD_BYTES);
    if (upload === 'not_multipart') {
      sendJson(res, 415, {
        error: 'unsupported_media_type',
        issues: [{ path: 'content-type', message: 'must be multipart/form-data' }],
      });
      return;
    }
    if (upload === 'malformed') {
      invalid(res, [{ path: '', message: 'must be a multipart/form-data body' }]);
      return;
    }
    if (upload === 'far_too_large') {
      sendJson(res, 413, {
        error: 'payload_too_large',
        issues: [{ path: 'file', message: tooLarge(maxFileBytes) }],
      });
      return;
    }
    const { form } = upload;
    const files = form.getAll('file').filter((part) => part instanceof Blob);
    const [file, ...others] = files;
    const fileTooLarge = upload.truncated || (file !== undefined && file.size > maxFileBytes);
    // The one file to read; without it, only a file too large to keep is still answered (in the chat).
    const kept = !fileTooLarge && others.length === 0 ? file : undefined;
    if (!fileTooLarge && !kept) {
      invalid(res, [{ path: 'file', message: file ? 'one file at a time' : 'a file is required' }]);
      return;
    }
    const posted = UploadedActivitySchema.safeParse(await activityPart(form.get('activity')));
    if (!posted.success) {
      invalid(res, zodIssues(posted.error, 'activity'));
      return;
    }
    if (!kept) {
      // Accepted and answered in the chat, in words: a 413 would only show "Send failed" in Web Chat.
      const declared = (posted.data.attachments?.[0] as { contentType?: unknown } | undefined)?.contentType;
      const contentType = typeof declared === 'string' ? declared : 'application/octet-stream';
      const id = await channel.post(conversationId, posted.data, { contentType, refused: 'too_large' });
      sendJson(res, id === undefined ? 404 : 200, id === undefined ? { error: 'not_found' } : { id });
      return;
    }
    const bytes = new Uint8Array(await kept.arrayBuffer());
    const id = await channel.post(conversationId, posted.data, { contentType: kept.type, bytes });
    if (id === undefined) {
      sendJson(res, 404, { error: 'not_found' });
      return;
    }
    sendJson(res, 200, { id });
  });

  server.get(
    `${DIRECT_LINE_BASE_PATH}/conversations/:conversationId/activities`,
    async (req: Request, res: Response) => {
      const conversationId = routeParam(req, 'conversationId');
      if (!authorise(req, res, conversationId).ok) return;
      const query = (req.query ?? {}) as Record<string, unknown>;
      const watermark = WatermarkSchema.optional().safeParse(query.watermark);
      if (!watermark.success) {
        invalid(res, zodIssues(watermark.error, 'watermark'));
        return;
      }
      const page = await channel.activities(
        conversationId,
        watermark.data ? Number(watermark.data) : undefined,
      );
      if (!page) {
        sendJson(res, 404, { error: 'not_found' });
        return;
      }
      sendJson(res, 200, page);
    },
  );

  server.post(`${DIRECT_LINE_BASE_PATH}/tokens/refresh`, (req: Request, res: Response, next: Next) => {
    const auth = authorise(req, res);
    if (auth.ok) {
      const { conversationId, userId, locale } = auth.claims;
      const { token, expiresIn } = tokens.issue(conversationId, userId, locale);
      sendJson(res, 200, { conversationId, token, expires_in: expiresIn });
    }
    next();
  });
}

function tooLarge(maxBytes: number): string {
  return `must be at most ${Math.floor(maxBytes / (1024 * 1024))} MB`;
}

/** Reads and drops a request body of at most `maxBytes`; a larger one is left to the closing connection. */
async function drain(req: Request, maxBytes: number): Promise<void> {
  if (Number(req.header('content-length')) > maxBytes) return;
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) return;
  }
}

/**
 * The most of a body over the limit that is read and dropped, so that the person hears why in the chat;
 * past it the connection is closed with a 413.
 */
const MAX_DROPPED_BYTES = 64 * 1024 * 1024;

type Upload = { form: FormData; truncated: boolean } | 'not_multipart' | 'malformed' | 'far_too_large';

/**
 * The multipart body, read in memory and never written anywhere (the JSON body parser, which would put a
 * multipart file on disk, skips this route). Past `maxBytes` the rest is read and dropped, and the form
 * is what came before its second part: the activity, which Direct Line JS sends first, without the file.
 */
async function readUpload(req: Request, maxBytes: number): Promise<Upload> {
  const contentType = req.header('content-type') ?? '';
  const boundary = /^multipart\/form-data\s*;.*\bboundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return /^multipart\/form-data\s*;/i.test(contentType) ? 'malformed' : 'not_multipart';
  if (Number(req.header('content-length')) > MAX_DROPPED_BYTES) return 'far_too_large';
  const kept: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_DROPPED_BYTES) return 'far_too_large';
    if (size <= maxBytes) kept.push(chunk);
  }
  let body = Buffer.concat(kept);
  const truncated = size > maxBytes;
  if (truncated) {
    const delimiter = Buffer.from(`\r\n--${boundary}`);
    const second = body.indexOf(delimiter, body.indexOf(`--${boundary}`) + 1);
    if (second < 0) return 'malformed';
    body = Buffer.concat([body.subarray(0, second), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  }
  try {
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    return { form, truncated };
  } catch {
    return 'malformed';
  }
}

/** The activity part's JSON; anything else is left for the schema to refuse with its field. */
async function activityPart(part: File | string | null): Promise<unknown> {
  if (!(part instanceof Blob)) return part ?? undefined;
  try {
    return JSON.parse(await part.text()) as unknown;
  } catch {
    return undefined;
  }
}
