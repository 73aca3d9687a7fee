import restify, { type Next, type Request, type RequestHandler, type Response, type Server } from 'restify';
import type { Logger } from 'pino';
import type { IsoDate } from '../knowledge/facts-schema.ts';
import { installErrorHandling } from './error-handling.ts';
import { registerHealthRoutes, type HealthRoutesDeps } from './health-routes.ts';
import { outageStatus, type OutageScope } from './outage-status.ts';
import { registerCaseRoutes, type CaseRoutesDeps } from './api/case-routes.ts';
import { registerIntakeRoutes, type IntakeRoutesDeps } from './api/intake-routes.ts';
import { registerPolicyPages } from './policy-pages.ts';
import { registerTriageRoute } from './api/triage-route.ts';
import { createLogIds, installRequestLogging, type LogIds } from './request-logging.ts';
import { installRateLimits, type RateLimitSettings } from './rate-limit.ts';
import {
  NOTICE_READ_PATH,
  registerNoticeReadRoute,
  type NoticeReadRouteDeps,
} from './api/notice-read-route.ts';

/** Largest JSON body any route accepts; a Bot Framework activity is far smaller. */
export const MAX_BODY_BYTES = 64 * 1024;

export type AppDeps = {
  logger: Logger;
  /** Today's civil date in the configured zone; injected so tests fix the clock. */
  today: () => IsoDate;
  cases: CaseRoutesDeps;
  intakes: IntakeRoutesDeps;
  /** Per client address and per conversation; without it nothing is limited. */
  rateLimits?: RateLimitSettings | undefined;
  /** Request ids and conversation hashes in logs; a random hash key per process without it. */
  logIds?: LogIds | undefined;
  /** What /readyz pings (state and intake stores) and whether shutdown has begun. */
  health?: HealthRoutesDeps | undefined;
  /** Where a turn reports a store it could not reach; with it such a request is answered 503, not 200. */
  outageScope?: OutageScope | undefined;
  /** Reads photos and PDFs of notices: POST /api/notice/read. */
  noticeReading?: NoticeReadRouteDeps | undefined;
  /** Channel routes that take a file and read their own body (the local Direct Line's upload). */
  uploadPaths?: readonly string[] | undefined;
};

/**
 * Builds the HTTP app (middleware, health, policy pages, the JSON APIs) without listening, so tests can
 * start it on an ephemeral port. It knows no channel: the composition root registers theirs.
 */
export function buildApp(deps: AppDeps): Server {
  const server = restify.createServer({ name: 'notice-navigator', handleUncaughtExceptions: false });
  installRequestLogging(server, { logger: deps.logger, logIds: deps.logIds ?? createLogIds() });
  installErrorHandling(server, deps.logger);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(
    exceptUploads(
      restify.plugins.bodyParser({
        maxBodySize: MAX_BODY_BYTES,
        mapParams: false,
        mapFiles: false,
        rejectUnknown: true,
      }),
      new Set([NOTICE_READ_PATH, ...(deps.uploadPaths ?? [])]),
    ),
  );
  if (deps.rateLimits) installRateLimits(server, deps.rateLimits);

  // A turn that could not reach a store answers 503 (its kind reply in the body), not 200.
  if (deps.outageScope) server.use(outageStatus(deps.outageScope));

  registerHealthRoutes(server, deps.health ?? { checks: [] });
  registerTriageRoute(server, { today: deps.today });
  registerCaseRoutes(server, deps.cases);
  registerPolicyPages(server);
  registerIntakeRoutes(server, deps.intakes);
  if (deps.noticeReading) registerNoticeReadRoute(server, deps.noticeReading);
  return server;
}

/**
 * The JSON body parser must not touch an upload's body (it would refuse a file as too large or of an
 * unknown type, and would write a multipart file to disk); those routes read the file in memory themselves,
 * under their own size limit.
 */
function exceptUploads(
  handlers: RequestHandler | RequestHandler[],
  uploadPaths: ReadonlySet<string>,
): RequestHandler[] {
  return [handlers].flat().map((handler) => (req: Request, res: Response, next: Next): void => {
    if (uploadPaths.has(String(req.getRoute()?.path))) next();
    else void handler(req, res, next);
  });
}
