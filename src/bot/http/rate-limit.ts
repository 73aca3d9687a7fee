import type { Next, Request, Response, Server } from 'restify';

/*
 * In-memory token buckets: each key (a client address, a conversation) holds up to `perMinute` tokens,
 * refilled continuously at `perMinute` a minute. Per instance, not shared through Redis: a flood is cut at
 * each instance's door, and a limit that is briefly looser when several instances split the load is fine.
 */

const MINUTE_MS = 60_000;
/** Buckets idle long enough to be full again are forgotten, so memory stays bounded by active keys. */
const SWEEP_EVERY_TAKES = 1000;
/** Routes a load balancer or orchestrator polls: never limited. */
const UNLIMITED_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

type Bucket = { tokens: number; updatedMs: number };

export type TokenBuckets = {
  take(key: string): RateDecision;
  /** How many keys are tracked now (for tests and memory checks). */
  size(): number;
};

/** A token-bucket limiter; `perMinute` of 0 or less means unlimited. */
export function createTokenBuckets(perMinute: number, now: () => number = Date.now): TokenBuckets {
  const buckets = new Map<string, Bucket>();
  const refillPerMs = perMinute / MINUTE_MS;
  let takes = 0;

  const sweep = (at: number) => {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (at - bucket.updatedMs) * refillPerMs >= perMinute) buckets.delete(key);
    }
  };

  return {
    take(key) {
      if (perMinute <= 0) return { ok: true };
      const at = now();
      takes += 1;
      if (takes % SWEEP_EVERY_TAKES === 0) sweep(at);
      const previous = buckets.get(key);
      const tokens = previous
        ? Math.min(perMinute, previous.tokens + Math.max(0, at - previous.updatedMs) * refillPerMs)
        : perMinute;
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, updatedMs: at });
        return { ok: true };
      }
      buckets.set(key, { tokens, updatedMs: at });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerMs / 1000)) };
    },
    size: () => buckets.size,
  };
}

export type RateLimitSettings = {
  /** Requests a minute from one client address; 0 turns the limit off. */
  perClientPerMinute: number;
  /** Activities a minute in one Bot Framework conversation; 0 turns the limit off. */
  perConversationPerMinute: number;
};

export const RATE_LIMITED_BODY = { error: 'rate_limited' } as const;

/**
 * Installs the limits as restify middleware (after the body parser: the conversation id is in the body).
 * A refused request gets 429, a `Retry-After` in seconds and a fixed body; the route never runs.
 */
export function installRateLimits(server: Server, settings: RateLimitSettings, now?: () => number): void {
  const clients = createTokenBuckets(settings.perClientPerMinute, now);
  const conversations = createTokenBuckets(settings.perConversationPerMinute, now);
  server.use((req: Request, res: Response, next: Next) => {
    if (UNLIMITED_PATHS.has(req.path())) {
      next();
      return;
    }
    const byClient = clients.take(req.socket.remoteAddress ?? 'unknown');
    const conversationId = req.path() === '/api/messages' ? conversationIdOf(req.body) : undefined;
    const decision =
      byClient.ok && conversationId !== undefined ? conversations.take(conversationId) : byClient;
    if (decision.ok) {
      next();
      return;
    }
    res.header('Retry-After', String(decision.retryAfterSeconds));
    res.header('Cache-Control', 'no-store');
    res.send(429, RATE_LIMITED_BODY);
    next(false);
  });
}

function conversationIdOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const conversation = (body as { conversation?: unknown }).conversation;
  if (typeof conversation !== 'object' || conversation === null) return undefined;
  const id = (conversation as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
