import type { Next, Request, Response, Server } from 'restify';
import { withOutageScope } from '../storage/store-outage.ts';

/** A dependency the app cannot serve turns without, and a cheap way to ask whether it answers. */
export type ReadinessCheck = { name: string; ping: () => Promise<void> };

export type HealthRoutesDeps = {
  checks: readonly ReadinessCheck[];
  /** True once shutdown has begun: the load balancer should stop sending new work. */
  isShuttingDown?: () => boolean;
  timeoutMs?: number;
};

/** A ping slower than this counts as down: a readiness probe must answer quickly. */
export const DEFAULT_READINESS_TIMEOUT_MS = 2_500;
/** What a client is told to wait after a 503 caused by a store outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

const SERVICE_UNAVAILABLE = 503;

type CheckResult = { name: string; ok: boolean };

/**
 * GET /healthz: the process is up (never touches a dependency, so an orchestrator does not restart a
 * healthy process because Redis blinked). GET /readyz: every store answers; 503 names those that do not.
 */
export function registerHealthRoutes(server: Server, deps: HealthRoutesDeps): void {
  server.get('/healthz', (_req: Request, res: Response, next: Next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    if (deps.isShuttingDown?.()) {
      res.send(503, { status: 'shutting_down' });
      return;
    }
    const timeoutMs = deps.timeoutMs ?? DEFAULT_READINESS_TIMEOUT_MS;
    const results = await Promise.all(deps.checks.map((check) => runCheck(check, timeoutMs)));
    const failed = results.filter((result) => !result.ok).map((result) => result.name);
    const checks = Object.fromEntries(
      results.map((result) => [result.name, result.ok ? 'ok' : 'unavailable']),
    );
    res.send(failed.length === 0 ? 200 : 503, {
      status: failed.length === 0 ? 'ready' : 'unavailable',
      failed,
      checks,
    });
  });
}

/**
 * Middleware: a request whose turn could not reach a store (conversation state, intakes) is answered 503
 * with Retry-After (the adapter's kind error reply stays in the body) rather than the adapter's 200.
 */
export function storeOutageStatus(_req: Request, res: Response, next: Next): void {
  let storeFailed = (): boolean => false;
  // Every way of answering (send, status, a route's own recorder) ends in writeHead.
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => Response;
  const replaced = (status: number, ...rest: unknown[]): Response => {
    if (status >= 500 || !storeFailed()) return writeHead(status, ...rest);
    res.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
    return writeHead(SERVICE_UNAVAILABLE, ...rest);
  };
  res.writeHead = replaced;
  ({ storeFailed } = withOutageScope(() => {
    next();
  }));
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, timeoutMs);
  });
  try {
    const ok = await Promise.race([check.ping().then(() => true as const), timeout]);
    return { name: check.name, ok };
  } catch {
    return { name: check.name, ok: false };
  } finally {
    clearTimeout(timer);
  }
}
