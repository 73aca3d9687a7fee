import type { Next, Request, RequestHandler, Response } from 'restify';

/** What a client is told to wait after a 503 caused by a store outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

const SERVICE_UNAVAILABLE = 503;

/**
 * Runs one request's work in a scope where the work can report that a store it needed failed. The
 * composition root passes storage's scope; HTTP only asks, at the end, whether it was reported.
 */
export type OutageScope = (work: () => void) => { storeFailed: () => boolean };

/**
 * Middleware: a request whose turn could not reach a store (conversation state, intakes) is answered 503
 * with Retry-After (the adapter's kind error reply stays in the body) rather than the adapter's 200.
 */
export function outageStatus(scope: OutageScope): RequestHandler {
  return (_req: Request, res: Response, next: Next): void => {
    let storeFailed = (): boolean => false;
    // Every way of answering (send, status, a route's own recorder) ends in writeHead.
    const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => Response;
    const replaced = (status: number, ...rest: unknown[]): Response => {
      if (status >= 500 || !storeFailed()) return writeHead(status, ...rest);
      res.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
      return writeHead(SERVICE_UNAVAILABLE, ...rest);
    };
    res.writeHead = replaced;
    ({ storeFailed } = scope(() => {
      next();
    }));
  };
}
