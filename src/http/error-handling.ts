import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { OUTAGE_RETRY_AFTER_SECONDS } from './outage-status.ts';

/** The only error body shapes clients ever see: a fixed code and, for bad input, field issues. */
export type ErrorBody =
  | { error: 'invalid_request'; issues: { path: string; message: string }[] }
  | {
      error:
        | 'not_found'
        | 'method_not_allowed'
        | 'unsupported_media_type'
        | 'payload_too_large'
        | 'service_unavailable'
        | 'internal_error';
    };

type RestifyLikeError = Error & { statusCode?: number; body?: unknown; toJSON?: () => unknown };

const SERVICE_UNAVAILABLE = 503;

/** A store the route needs did not answer: a 503 the client may retry, not a 500. */
class StoreUnavailableError extends Error {
  readonly statusCode = SERVICE_UNAVAILABLE;

  constructor(cause: unknown) {
    super('a store did not answer', { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** Reads from a store for a route; its failure becomes a StoreUnavailableError. */
export async function fromStore<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new StoreUnavailableError(error);
  }
}

const CLIENT_ERRORS: Record<number, ErrorBody> = {
  404: { error: 'not_found' },
  405: { error: 'method_not_allowed' },
  413: { error: 'payload_too_large' },
  415: { error: 'unsupported_media_type' },
  503: { error: 'service_unavailable' },
};

/**
 * One error handler for every route: logs what happened, tells the client only what is safe
 * (a fixed code, never a stack trace or an internal message).
 */
export function installErrorHandling(server: Server, logger: Logger): void {
  server.on('restifyError', (req: Request, res: Response, err: RestifyLikeError, done: () => void) => {
    const status = err.statusCode ?? 500;
    if (status === SERVICE_UNAVAILABLE) res.header('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
    const body = publicBody(status, err);
    if (status >= 500)
      logger.error({ err, route: req.getRoute()?.path, method: req.method }, 'request failed');
    else
      logger.info(
        { status, route: req.getRoute()?.path, method: req.method, code: err.name },
        'request refused',
      );
    err.statusCode = body.error === 'internal_error' ? 500 : status;
    err.toJSON = () => body;
    done();
  });
}

function publicBody(status: number, err: RestifyLikeError): ErrorBody {
  const known = CLIENT_ERRORS[status];
  if (known) return known;
  if (status >= 400 && status < 500) {
    // Body-parser failures: the JSON itself could not be read.
    return { error: 'invalid_request', issues: [{ path: '', message: describeParseError(err) }] };
  }
  return { error: 'internal_error' };
}

function describeParseError(err: RestifyLikeError): string {
  if (err.name === 'InvalidContentError') return 'the body is not valid JSON';
  return 'the request could not be read';
}
