import type { Next, Request, Response, Server } from 'restify';

/** A dependency the app cannot serve turns without, and a cheap way to ask whether it answers. */
export type ReadinessCheck = { name: string; ping: () => Promise<void> };

export type HealthRoutesDeps = {
  checks: readonly ReadinessCheck[];
  /** True once shutdown has begun: the load balancer should stop sending new work. */
  isShuttingDown?: () => boolean;
  timeoutMs?: number;
};

/** A ping slower than this counts as down: a readiness probe must answer quickly. */
const DEFAULT_READINESS_TIMEOUT_MS = 2_500;
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
