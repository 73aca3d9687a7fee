import type { Logger } from 'pino';
import type { IntakeStore, OutboxEvent, OutboxMessage } from './intake-store.ts';
import { EVENT_HEADER, IDEMPOTENCY_HEADER, SIGNATURE_HEADER, signWebhook } from './webhook-signature.ts';

/*
 * Sends queued intake events to the firm's webhook. The contract with the firm:
 *
 * - POST <INTAKE_WEBHOOK_URL>, body `{ "event": "intake.created" | "intake.deleted", "intake": {...} }`,
 *   signed (see webhook-signature.ts), with `Idempotency-Key: <event id>`, the same on every attempt.
 * - Any 2xx within the timeout means "received"; anything else (another status, a redirect, a timeout, a
 *   refused connection) is retried with exponential backoff and jitter, up to a maximum number of
 *   attempts, after which the event is dead and shown to staff.
 * - Delivery is at least once: an event is marked delivered only after a 2xx, so a crash between the
 *   firm's 2xx and our bookkeeping, or a 2xx lost on the way back, means one more attempt with the same
 *   key. The receiver must treat a key it has already accepted as done (answer 2xx, change nothing):
 *   at-least-once plus that dedupe is effectively once.
 * - A dead event is not given up for good: every probe interval one of them (the oldest) is sent again as
 *   it is, and when the receiver takes it (2xx) every dead event is queued again, that one included (so
 *   it arrives twice with the same key: the receiver's dedupe above makes that once).
 * - `intake.deleted` carries the intake without contact details; it may arrive for an intake the firm
 *   never received (a deletion raced an attempt that then failed), and should then be acknowledged.
 */

export type BackoffPolicy = {
  /** Delay before the first retry, doubled on each failure. */
  baseMs: number;
  /** Longest delay between two attempts. */
  capMs: number;
  /** Attempts in all (the first included) before an event is dead. */
  maxAttempts: number;
};

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 60 * 60_000, maxAttempts: 16 };
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_INTERVAL_MS = 5_000;
/** How often a dead event is sent again to learn whether the receiver answers: slow, it carries a case. */
export const DEFAULT_PROBE_INTERVAL_MS = 15 * 60_000;
const DEFAULT_BATCH_SIZE = 10;
/**
 * While the store itself fails (the database is down), the loop waits twice as long after each failed
 * batch, up to this many intervals and never more than MAX_FAILURE_DELAY_MS: it neither spins nor floods
 * the log, and still resumes soon after the database is back.
 */
const MAX_FAILURE_DELAY_INTERVALS = 32;
export const MAX_FAILURE_DELAY_MS = 60_000;
/** A claim outlives the attempt it covers by this much, so a slow bookkeeping step keeps its lease. */
const LEASE_MARGIN_MS = 30_000;
const USER_AGENT = 'NoticeNavigator-Webhook/1';

export type OutboxDispatcherOptions = {
  store: IntakeStore;
  webhookUrl: string;
  secret: string;
  now?: () => Date;
  fetch?: typeof fetch;
  /** Uniform in [0, 1): the jitter source. */
  random?: () => number;
  intervalMs?: number;
  /** Between two probes of the receiver with a dead event (see the contract above). */
  probeIntervalMs?: number;
  batchSize?: number;
  /** Per attempt, until the response headers arrive. */
  timeoutMs?: number;
  backoff?: Partial<BackoffPolicy>;
  logger?: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Told when an event is dead (the firm's Teams alert); never waited for. */
  onDead?: (message: OutboxMessage) => void;
};

export type AttemptResult = { ok: true; status: number } | { ok: false; error: string };

export type DispatchSummary = { claimed: number; delivered: number; retried: number; dead: number };

/** `none`: nothing is dead. `down`: the receiver refused the probe. `revived`: this many events queued again. */
export type ProbeOutcome =
  { probe: 'none' } | { probe: 'down'; error: string } | { probe: 'revived'; revived: number };

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries from many
 * events spread out but never come sooner than half the nominal delay.
 */
export function retryDelayMs(
  failures: number,
  policy: Pick<BackoffPolicy, 'baseMs' | 'capMs'>,
  random: number,
): number {
  const nominal = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(nominal / 2 + (random * nominal) / 2);
}

/** The pause after the nth batch in a row that failed on the store: doubling from the interval, capped. */
export function failureDelayMs(failures: number, intervalMs: number): number {
  const cap = Math.max(intervalMs, Math.min(MAX_FAILURE_DELAY_MS, intervalMs * MAX_FAILURE_DELAY_INTERVALS));
  return Math.min(cap, intervalMs * 2 ** Math.max(0, failures - 1));
}

export type AttemptSettings = {
  webhookUrl: string;
  secret: string;
  now: () => Date;
  fetch: typeof fetch;
  timeoutMs: number;
};

/** One signed POST of one event; never throws. */
async function attemptDelivery(message: OutboxEvent, settings: AttemptSettings): Promise<AttemptResult> {
  const headers = {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    [SIGNATURE_HEADER]: signWebhook(settings.secret, message.body, settings.now()),
    [IDEMPOTENCY_HEADER]: message.eventId,
    [EVENT_HEADER]: message.event,
  };
  try {
    const response = await settings.fetch(settings.webhookUrl, {
      method: 'POST',
      headers,
      body: message.body,
      // A signed case file is never forwarded to wherever a redirect points.
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    return { ok: false, error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, error: describeFailure(error, settings.timeoutMs) };
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `timed out after ${timeoutMs} ms`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return `network error: ${cause.code}`;
  return 'network error';
}

export class OutboxDispatcher {
  readonly #store: IntakeStore;
  readonly #attempt: AttemptSettings;
  readonly #now: () => Date;
  readonly #random: () => number;
  readonly #intervalMs: number;
  readonly #probeIntervalMs: number;
  readonly #batchSize: number;
  readonly #backoff: BackoffPolicy;
  readonly #logger: OutboxDispatcherOptions['logger'];
  readonly #onDead: OutboxDispatcherOptions['onDead'];
  #timer: NodeJS.Timeout | undefined;
  #probeTimer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;
  #probing: Promise<unknown> | undefined;
  #started = false;
  /** Batches in a row that failed because the store did. */
  #failures = 0;

  constructor(options: OutboxDispatcherOptions) {
    this.#store = options.store;
    this.#now = options.now ?? (() => new Date());
    this.#random = options.random ?? Math.random;
    this.#intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    this.#probeIntervalMs = options.probeIntervalMs ?? DEFAULT_PROBE_INTERVAL_MS;
    this.#batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.#backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.#logger = options.logger;
    this.#onDead = options.onDead;
    this.#attempt = {
      webhookUrl: options.webhookUrl,
      secret: options.secret,
      now: this.#now,
      fetch: options.fetch ?? globalThis.fetch,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    };
  }

  /** Runs a batch now and then every interval (at once again while batches come back full). */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#schedule(0);
    this.#probeTimer = setInterval(() => {
      // One probe at a time: a slow receiver never stacks them up.
      this.#probing ??= this.probeDead()
        .catch((error: unknown) => {
          this.#logger?.error({ err: error }, 'intake outbox: probe failed');
        })
        .finally(() => (this.#probing = undefined));
    }, this.#probeIntervalMs);
  }

  /** Stops the loop; resolves once the batch in flight, if any, has finished and been recorded. */
  async stop(): Promise<void> {
    this.#started = false;
    clearTimeout(this.#timer);
    clearInterval(this.#probeTimer);
    this.#timer = undefined;
    this.#probeTimer = undefined;
    await Promise.all([this.#running, this.#probing]);
  }

  /**
   * Sends the oldest dead event again; when the receiver takes it, queues every dead event again with a
   * fresh budget of attempts (as staff would one by one), which the loop then delivers.
   */
  async probeDead(): Promise<ProbeOutcome> {
    const [probe] = await this.#store.deadEvents(1);
    if (!probe) return { probe: 'none' };
    const result = await attemptDelivery(probe, this.#attempt);
    const context = { eventId: probe.eventId, intakeId: probe.intakeId, event: probe.event };
    if (!result.ok) {
      this.#logger?.warn(
        { ...context, error: result.error },
        'intake outbox: receiver still refuses dead events',
      );
      return { probe: 'down', error: result.error };
    }
    let revived = 0;
    for (;;) {
      const dead = await this.#store.deadEvents(this.#batchSize);
      let queued = 0;
      for (const { intakeId } of dead) {
        if ((await this.#store.redeliver(intakeId, this.#now())).ok) queued += 1;
      }
      revived += queued;
      // An event another dispatcher revived meanwhile is no longer dead; none queued means none left.
      if (queued === 0) break;
    }
    this.#logger?.info({ ...context, revived }, 'intake outbox: receiver answers again, dead events queued');
    return { probe: 'revived', revived };
  }

  /** Claims one batch of due events and attempts each once. */
  async runOnce(): Promise<DispatchSummary> {
    const now = this.#now();
    const leaseMs = this.#attempt.timeoutMs + LEASE_MARGIN_MS;
    const claimed = await this.#store.claimDue(now, this.#batchSize, leaseMs);
    const outcomes = await Promise.all(claimed.map((message) => this.#deliver(message)));
    return {
      claimed: claimed.length,
      delivered: outcomes.filter((o) => o === 'delivered').length,
      retried: outcomes.filter((o) => o === 'retried').length,
      dead: outcomes.filter((o) => o === 'dead').length,
    };
  }

  #schedule(delayMs: number): void {
    if (!this.#started) return;
    this.#timer = setTimeout(() => {
      const run = this.runOnce().then(
        (summary) => {
          if (this.#failures > 0) {
            this.#logger?.info({ failures: this.#failures }, 'intake outbox: store answers again');
            this.#failures = 0;
          }
          return summary.claimed >= this.#batchSize ? 0 : this.#intervalMs;
        },
        (error: unknown) => {
          this.#failures += 1;
          const retryInMs = failureDelayMs(this.#failures, this.#intervalMs);
          this.#logger?.error(
            { err: error, failures: this.#failures, retryInMs },
            'intake outbox: dispatch failed',
          );
          return retryInMs;
        },
      );
      this.#running = run;
      void run.then((next) => {
        this.#running = undefined;
        this.#schedule(next);
      });
    }, delayMs);
  }

  async #deliver(message: OutboxMessage): Promise<'delivered' | 'retried' | 'dead' | 'cancelled'> {
    const result = await attemptDelivery(message, this.#attempt);
    const attempts = message.attempts + 1;
    const at = this.#now();
    const context = { eventId: message.eventId, intakeId: message.intakeId, event: message.event, attempts };
    try {
      if (result.ok) {
        await this.#store.markDelivered(message, attempts, at);
        this.#logger?.info({ ...context, status: result.status }, 'intake outbox: delivered');
        return 'delivered';
      }
      if (attempts >= this.#backoff.maxAttempts) {
        const kept = await this.#store.markDead(message, { attempts, lastError: result.error, at });
        this.#logger?.error({ ...context, error: result.error }, 'intake outbox: gave up, event is dead');
        if (kept) this.#onDead?.(message);
        return kept ? 'dead' : 'cancelled';
      }
      const nextAt = new Date(at.getTime() + retryDelayMs(attempts, this.#backoff, this.#random()));
      const kept = await this.#store.scheduleRetry(message, {
        attempts,
        nextAt,
        lastError: result.error,
        at,
      });
      this.#logger?.warn({ ...context, error: result.error, nextAt }, 'intake outbox: will retry');
      return kept ? 'retried' : 'cancelled';
    } catch (error) {
      // The lease runs out and the event comes back: at worst the firm sees its key once more.
      this.#logger?.error({ ...context, err: error }, 'intake outbox: could not record the attempt');
      return 'cancelled';
    }
  }
}
