import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { useTurnLogger, type ChannelLogIds, type TurnHandler } from '../channel.ts';

const MAX_ID_CHARS = 512;
const MAX_TYPE_CHARS = 64;
const NOT_IMPLEMENTED = 501;
const UNAUTHORIZED = 401;
const SERVER_ERROR = 500;
/** botbuilder's own tolerance for clocks that disagree. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const SECOND_MS = 1000;

const IdentitySchema = z.looseObject({ id: z.string().min(1).max(MAX_ID_CHARS) });
/** botbuilder turns these into Dates; a string that is not a date would break the turn later. */
const TimestampSchema = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date-time');

/**
 * What the adapter needs before it can run a turn without failing inside botbuilder: checked here so a
 * malformed activity gets a 400 naming the field, never a 500 carrying a library's message.
 */
const ActivityEnvelopeSchema = z.looseObject({
  type: z.string().min(1).max(MAX_TYPE_CHARS),
  id: z.string().max(MAX_ID_CHARS).optional(),
  channelId: z.string().min(1).max(MAX_ID_CHARS),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: IdentitySchema,
  from: IdentitySchema,
  recipient: IdentitySchema.optional(),
  text: z.string().optional(),
  deliveryMode: z.string().max(MAX_TYPE_CHARS).optional(),
  timestamp: TimestampSchema.optional(),
  localTimestamp: TimestampSchema.optional(),
  expiration: TimestampSchema.optional(),
});

/** POST /api/messages: the Bot Framework protocol (Teams, Web Chat, the Emulator). */
export function registerMessagesRoute(
  server: Server,
  adapter: CloudAdapter,
  bot: TurnHandler,
  logging: { logger: Logger; logIds: ChannelLogIds },
): void {
  const { logger, logIds } = logging;
  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!req.is('json')) {
      res.send(415, { error: 'unsupported_media_type' });
      return;
    }
    const parsed = ActivityEnvelopeSchema.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, {
        error: 'invalid_request',
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      });
      return;
    }
    if (hasExpiredBearer(req.header('authorization', ''), Date.now())) {
      // Refused before botbuilder would fetch signing keys to check a token that cannot pass anyway.
      res.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      res.send(401, { error: 'unauthorized' });
      return;
    }
    // Every line the turn writes names the request and the hashed conversation, never the raw id.
    const turnLog = logger.child({
      reqId: logIds.requestId(res),
      conversation: logIds.hashConversation(parsed.data.conversation.id),
    });
    const captured = await processCaptured(adapter, req, parsed.data, (context) => {
      useTurnLogger(context, turnLog);
      return bot.run(context);
    });
    if (captured.status === UNAUTHORIZED) {
      res.header('WWW-Authenticate', 'Bearer');
      res.send(UNAUTHORIZED, { error: 'unauthorized' });
    } else if (captured.status === NOT_IMPLEMENTED) {
      // botbuilder answers 501 to an invoke the bot has no handler for: the caller's request, not a fault.
      res.send(400, { error: 'unsupported_activity' });
    } else if (captured.status >= SERVER_ERROR) {
      // The turn ran but its replies could not reach the channel's service URL.
      turnLog.warn({ channel: parsed.data.channelId, detail: captured.body }, 'bot framework turn failed');
      res.send(502, { error: 'upstream_unavailable' });
    } else if (captured.body === undefined) {
      res.send(captured.status);
    } else {
      res.send(captured.status, captured.body);
    }
  });
}

type Captured = { status: number; body: unknown };

/**
 * Runs the adapter on the checked activity against a response that only records, so what reaches the
 * client is decided here: botbuilder would otherwise write a library error message into a 500.
 */
async function processCaptured(
  adapter: CloudAdapter,
  req: Request,
  envelope: z.infer<typeof ActivityEnvelopeSchema>,
  logic: (context: TurnContext) => Promise<void>,
): Promise<Captured> {
  const captured: Captured = { status: 200, body: undefined };
  const recorder = {
    status(code: number) {
      captured.status = code;
      return recorder;
    },
    send(body: unknown) {
      captured.body = body;
      return recorder;
    },
    header() {
      return recorder;
    },
    end() {
      return recorder;
    },
  };
  const request = {
    method: 'POST',
    headers: { authorization: req.header('authorization', '') },
    body: envelope,
  };
  await adapter.process(request, recorder as unknown as Response, logic);
  return captured;
}

/** True for a bearer JWT whose `exp` is past (beyond the skew); anything else is left to botbuilder. */
export function hasExpiredBearer(header: string, nowMs: number): boolean {
  const payload = /^Bearer\s+[\w-]+\.([\w-]+)\.[\w-]*$/i.exec(header.trim())?.[1];
  if (payload === undefined) return false;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const exp = typeof claims === 'object' && claims !== null ? (claims as { exp?: unknown }).exp : undefined;
    return typeof exp === 'number' && exp * SECOND_MS + CLOCK_SKEW_MS < nowMs;
  } catch {
    return false;
  }
}
