import { createHash, createSecretKey } from 'node:crypto';
import { createClient, defaultReconnectStrategy } from '@keyv/redis';
import type { Logger } from 'pino';
import {
  createMemoryRateLimitStore,
  MINUTE_MS,
  type RateCheck,
  type RateDecision,
  type RateLimitStore,
} from './rate-limit.ts';
import { hashConversationId } from './request-logging.ts';

/**
 * The token buckets of createTokenBuckets, kept in Redis so every instance draws on the same ones. One
 * round trip per request, atomic on the server, on the server's clock (instances' clocks may disagree).
 * KEYS are the buckets in order; ARGV[1] the refill window in ms, ARGV[1 + i] bucket i's capacity (its
 * tokens per window). Returns 0 when every bucket gave a token, else the ms until the first empty one has
 * one again (the buckets before it keep the token they gave, as in memory). A bucket's key expires when it
 * would be full again, so an absent key is a full bucket and nothing outlives a minute of silence.
 */
const TAKE_TOKENS = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[i + 1])
  local state = redis.call('HMGET', key, 'tokens', 'at')
  local tokens = tonumber(state[1])
  local at = tonumber(state[2])
  if tokens == nil or at == nil then
    tokens = capacity
  else
    tokens = math.min(capacity, tokens + math.max(0, now - at) * capacity / window)
  end
  if tokens < 1 then
    return math.max(1, math.ceil((1 - tokens) * window / capacity))
  end
  tokens = tokens - 1
  redis.call('HSET', key, 'tokens', tostring(tokens), 'at', tostring(now))
  redis.call('PEXPIRE', key, math.max(1, math.ceil((capacity - tokens) * window / capacity)))
end
return 0
`;
const TAKE_TOKENS_SHA1 = createHash('sha1').update(TAKE_TOKENS).digest('hex');

export const DEFAULT_RATE_LIMIT_PREFIX = 'notice-navigator:rate-limit:';
/** Longest a request waits for the limiter; Redis on the same network answers in about a millisecond. */
export const RATE_LIMIT_TIMEOUT_MS = 250;
/** After Redis left a request waiting in silence, the next skip it this long: one wait a second, not each. */
const PAUSE_AFTER_FAILURE_MS = 1_000;
/** While Redis fails, one warning per this long (with how many requests were counted locally), not one each. */
const WARN_EVERY_MS = 60_000;
const CONNECT_TIMEOUT_MS = 5_000;
/** Commands in flight or waiting for a connection; past it a request is counted locally rather than queue. */
const MAX_QUEUED_COMMANDS = 10_000;
/**
 * Without LOG_HASH_KEY, key names are HMACs under this public key: still no address or conversation id in
 * clear, but an IPv4 address could be found again by trying all 2^32 while its key lives (a minute at most).
 */
const FALLBACK_HASH_KEY = 'notice-navigator rate-limit keys';

export type RedisRateLimitStoreOptions = {
  redisUrl: string;
  /** Key of the HMAC that stands for addresses and conversation ids in key names; one for all instances. */
  hashKey?: string | undefined;
  logger: Logger;
  /** Keeps these keys apart from the state's and other apps' (tests use unique ones). */
  prefix?: string | undefined;
  timeoutMs?: number | undefined;
  now?: () => number;
};

export type RedisRateLimitStore = RateLimitStore & { close(): Promise<void> };

const ALLOWED: RateDecision = { ok: true };

/**
 * Buckets shared through Redis. When Redis errs or is slower than the timeout, the request is counted in
 * this instance's own buckets instead: each instance then grants the whole budget, which still stops a
 * flood, and a limiter never turns an outage into 500s or waits on it. Its own connection, so its short timeout and bounded queue do not touch the state store's.
 */
export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RedisRateLimitStore {
  const now = options.now ?? Date.now;
  const prefix = options.prefix ?? DEFAULT_RATE_LIMIT_PREFIX;
  const timeoutMs = options.timeoutMs ?? RATE_LIMIT_TIMEOUT_MS;
  const hashKey = createSecretKey(Buffer.from(options.hashKey ?? FALLBACK_HASH_KEY, 'utf8'));
  const client = createClient({
    url: options.redisUrl,
    commandsQueueMaxLength: MAX_QUEUED_COMMANDS,
    // Drops a command still waiting for a connection; one already sent is bounded by withTimeout below.
    commandOptions: { timeout: timeoutMs },
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: defaultReconnectStrategy },
  });
  let pausedUntil = 0;
  let lastAnswerAt = Number.NEGATIVE_INFINITY;
  let failing = false;
  let lastWarningAt = Number.NEGATIVE_INFINITY;
  let localSinceWarning = 0;
  const local = createMemoryRateLimitStore(now);

  const noteFailure = (err: unknown, counted: number) => {
    const at = now();
    failing = true;
    localSinceWarning += counted;
    if (at - lastWarningAt < WARN_EVERY_MS) return;
    options.logger.warn(
      { err, locallyCountedRequests: localSinceWarning },
      'rate limits per instance: Redis is not answering (each instance counts on its own)',
    );
    lastWarningAt = at;
    localSinceWarning = 0;
  };
  // Without a listener a connection error would crash the process; the client reconnects by itself.
  client.on('error', (err: unknown) => {
    noteFailure(err, 0);
  });
  client.connect().catch((err: unknown) => {
    noteFailure(err, 0);
  });

  const evaluate = async (keys: string[], args: string[]): Promise<unknown> => {
    try {
      return await client.evalSha(TAKE_TOKENS_SHA1, { keys, arguments: args });
    } catch (err) {
      // A Redis that restarted (or never saw the script) has forgotten it: send it once in full.
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return client.eval(TAKE_TOKENS, { keys, arguments: args });
    }
  };

  return {
    async take(checks) {
      if (checks.length === 0) return ALLOWED;
      if (now() < pausedUntil) {
        noteFailure(undefined, 1);
        return local.take(checks);
      }
      const keys = checks.map((check) => `${prefix}${check.scope}:${keyHash(check)}`);
      const args = [String(MINUTE_MS), ...checks.map((check) => String(check.perMinute))];
      let reply: unknown;
      const startedAt = now();
      try {
        reply = await withTimeout(evaluate(keys, args), timeoutMs);
      } catch (err) {
        // A Redis silent for a whole wait (down, hung) is skipped for a while. An error given at once, or a
        // timeout while other requests got answers (a burst queued behind them), pauses nothing: a flood
        // must not switch the limits off for everyone.
        const waited = now() - startedAt >= timeoutMs / 2;
        if (waited && lastAnswerAt < startedAt) pausedUntil = now() + PAUSE_AFTER_FAILURE_MS;
        noteFailure(err, 1);
        return local.take(checks);
      }
      lastAnswerAt = now();
      if (failing) {
        failing = false;
        options.logger.info('rate limits enforced again: Redis is answering');
      }
      const retryAfterMs = Number(reply);
      if (!Number.isFinite(retryAfterMs) || retryAfterMs <= 0) return ALLOWED;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    },
    close() {
      try {
        client.destroy();
      } catch {
        // Already closed: nothing to release.
      }
      return Promise.resolve();
    },
  };

  function keyHash(check: RateCheck): string {
    return hashConversationId(hashKey, `${check.scope}:${check.id}`);
  }
}

/**
 * The client's own command timeout stops counting once a command is written, so a Redis that hangs with
 * the connection open (stopped, partitioned) would hold the request forever. The late reply is ignored.
 * When the timer fires, one more turn of the event loop reads the socket first: on an instance so busy
 * that its loop lagged past the timeout, a reply already received still wins.
 */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      setImmediate(() => {
        reject(new Error(`Redis did not answer within ${String(ms)} ms`));
      });
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}
