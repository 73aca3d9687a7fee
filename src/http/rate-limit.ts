import type { Next, Request, Response, Server } from 'restify';
import { clientAddressOf } from './client-address.ts';

/*
 * Token buckets: each key (a client address, a conversation) holds up to `perMinute` tokens, refilled
 * continuously at `perMinute` a minute. In this process's memory by default; with several instances the
 * buckets live in Redis (redis-rate-limit-store.ts), else every instance would grant the whole budget.
 */

/** A bucket refills from empty to `perMinute` tokens in this long. */
export const MINUTE_MS = 60_000;
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

export type RateScope = 'client' | 'conversation';

/** One bucket a request draws a token from. */
export type RateCheck = { scope: RateScope; id: string; perMinute: number };

/** Where the buckets live: this process's memory, or a store every instance shares. */
export type RateLimitStore = {
  /**
   * Takes a token from each bucket in order and stops at the first empty one. Never rejects: a shared
   * store that cannot answer counts in this instance's memory instead.
   */
  take(checks: readonly RateCheck[]): Promise<RateDecision>;
};

const ALLOWED: RateDecision = { ok: true };

/** Buckets in this process's memory, one set per scope and limit; bounded by the keys active in a minute. */
export function createMemoryRateLimitStore(now?: () => number): RateLimitStore {
  const byLimit = new Map<string, TokenBuckets>();
  const bucketsFor = (check: RateCheck) => {
    const name = `${check.scope}/${String(check.perMinute)}`;
    let buckets = byLimit.get(name);
    if (!buckets) {
      buckets = createTokenBuckets(check.perMinute, now);
      byLimit.set(name, buckets);
    }
    return buckets;
  };
  return {
    take(checks) {
      for (const check of checks) {
        const decision = bucketsFor(check).take(check.id);
        if (!decision.ok) return Promise.resolve(decision);
      }
      return Promise.resolve(ALLOWED);
    },
  };
}

export type RateLimitSettings = {
  /** Requests a minute from one client address; 0 turns the limit off. */
  perClientPerMinute: number;
  /** Activities a minute in one Bot Framework conversation; 0 turns the limit off. */
  perConversationPerMinute: number;
  /**
   * How many trusted proxies append to X-Forwarded-For in front of this server; 0 (the default) counts on
   * the socket's address. See clientAddressOf.
   */
  trustProxyHops?: number | undefined;
  /** Buckets shared by every instance (Redis); without it, buckets in this process's memory. */
  store?: RateLimitStore | undefined;
};

export const RATE_LIMITED_BODY = { error: 'rate_limited' } as const;

/**
 * Installs the limits as restify middleware (after the body parser: the conversation id is in the body).
 * A refused request gets 429, a `Retry-After` in seconds and a fixed body; the route never runs.
 */
export function installRateLimits(server: Server, settings: RateLimitSettings, now?: () => number): void {
  const store = settings.store ?? createMemoryRateLimitStore(now);
  const trustProxyHops = settings.trustProxyHops ?? 0;
  server.use((req: Request, res: Response, next: Next) => {
    const checks = UNLIMITED_PATHS.has(req.path()) ? [] : checksFor(req, settings, trustProxyHops);
    if (checks.length === 0) {
      next();
      return;
    }
    const decide = (decision: RateDecision) => {
      if (decision.ok) {
        next();
        return;
      }
      res.header('Retry-After', String(decision.retryAfterSeconds));
      res.header('Cache-Control', 'no-store');
      res.send(429, RATE_LIMITED_BODY);
      next(false);
    };
    // A store breaks its promise never to reject only through a bug; the request goes on all the same.
    store.take(checks).then(decide, () => {
      next();
    });
  });
}

/** The client's bucket first, then (on /api/messages) the conversation's, as the limits are switched on. */
function checksFor(req: Request, settings: RateLimitSettings, trustProxyHops: number): RateCheck[] {
  const checks: RateCheck[] = [];
  if (settings.perClientPerMinute > 0) {
    const id = clientAddressOf(req.headers['x-forwarded-for'], req.socket.remoteAddress, trustProxyHops);
    checks.push({ scope: 'client', id, perMinute: settings.perClientPerMinute });
  }
  const conversationId = req.path() === '/api/messages' ? conversationIdOf(req.body) : undefined;
  if (settings.perConversationPerMinute > 0 && conversationId !== undefined) {
    checks.push({ scope: 'conversation', id: conversationId, perMinute: settings.perConversationPerMinute });
  }
  return checks;
}

function conversationIdOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const conversation = (body as { conversation?: unknown }).conversation;
  if (typeof conversation !== 'object' || conversation === null) return undefined;
  const id = (conversation as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
