import { createHmac, createSecretKey, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming id is kept only when it is short printable ASCII: it lands in every log line of the request. */
const SaneRequestIdSchema = z.string().regex(/^[A-Za-z0-9._:@/+=-]{1,128}$/);
/** Enough of the HMAC to tell conversations apart in logs, too little to be worth brute-forcing. */
const CONVERSATION_HASH_CHARS = 16;
const RANDOM_KEY_BYTES = 32;
/** Probes hit these every few seconds: logged at debug so they do not drown the real traffic. */
const QUIET_ROUTES = new Set(['/healthz', '/readyz']);
/** Requests that matched no route are logged under this name, never under their (possibly secret) URL. */
const UNMATCHED_ROUTE = '(unmatched)';

const ConversationBodySchema = z.object({ conversation: z.object({ id: z.string().min(1) }) });

export type RequestLoggingOptions = { logger: Logger; logIds: LogIds };

/**
 * The ids every log line of a request may carry, and nothing else that identifies it: the request id
 * this process answered with, and the keyed hash that stands for a conversation id.
 */
export type LogIds = {
  /** The request id of this response (set by installRequestLogging before any route runs). */
  requestId(res: Response): string | undefined;
  hashConversation(conversationId: string): string;
};

/**
 * `conversationHashKey`: key of the HMAC that replaces conversation ids in logs. Give every instance the
 * same key to follow a conversation across instances; without one, a random key per process.
 */
export function createLogIds(conversationHashKey?: string): LogIds {
  // One key object for the process: importing a raw key on every request costs three times the hash.
  const key = createSecretKey(
    conversationHashKey === undefined
      ? randomBytes(RANDOM_KEY_BYTES)
      : Buffer.from(conversationHashKey, 'utf8'),
  );
  return {
    requestId(res) {
      const id = res.getHeader(REQUEST_ID_HEADER);
      return typeof id === 'string' ? id : undefined;
    },
    hashConversation: (conversationId) => hashConversationId(key, conversationId),
  };
}

export type RequestLogLine = {
  reqId: string;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  /** Only for /api/messages: the keyed hash of the conversation id, never the id itself. */
  conversation?: string;
};

/** The request id to use: the caller's when it is sane (so a proxy's id follows the request), else a new one. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  const candidate = Array.isArray(incoming) ? incoming[0] : incoming;
  const parsed = SaneRequestIdSchema.safeParse(candidate);
  return parsed.success ? parsed.data : randomUUID();
}

/**
 * A keyed, truncated HMAC-SHA256 of a conversation id: stable per key, not reversible. Base64url, not
 * hex: one hex string in five holds a run of nine decimal digits, which the logger's PII redaction
 * would rightly take for an SSN and blank out.
 */
export function hashConversationId(key: KeyObject | string | Buffer, conversationId: string): string {
  return createHmac('sha256', key)
    .update(conversationId)
    .digest('base64url')
    .slice(0, CONVERSATION_HASH_CHARS);
}

/**
 * One structured log line per request, written when the response finishes (whoever sent it: a route,
 * the error handler or the Bot Framework adapter). Logs the route pattern rather than the URL, because
 * case-link URLs carry tokens; never a body or a header other than the request id.
 */
export function installRequestLogging(server: Server, options: RequestLoggingOptions): void {
  server.pre((req: Request, res: Response, next: () => void) => {
    const startedAt = performance.now();
    const reqId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, reqId);
    res.once('finish', () => {
      const line = logLine(req, res, reqId, performance.now() - startedAt, options.logIds);
      const level = line.status >= 500 ? 'error' : QUIET_ROUTES.has(line.route) ? 'debug' : 'info';
      options.logger[level](line, 'request');
    });
    next();
  });
}

function logLine(
  req: Request,
  res: Response,
  reqId: string,
  durationMs: number,
  logIds: LogIds,
): RequestLogLine {
  const route = req.getRoute()?.path;
  const routeName = typeof route === 'string' ? route : route ? String(route) : UNMATCHED_ROUTE;
  const line: RequestLogLine = {
    reqId,
    method: req.method ?? 'UNKNOWN',
    route: routeName,
    status: res.statusCode,
    durationMs: Math.round(durationMs * 10) / 10,
  };
  if (routeName !== '/api/messages') return line;
  const body = ConversationBodySchema.safeParse(req.body);
  return body.success ? { ...line, conversation: logIds.hashConversation(body.data.conversation.id) } : line;
}
