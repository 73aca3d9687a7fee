import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';

/** The only error body shapes clients ever see: a fixed code and, for bad input, field issues. */
export type ErrorBody =
  | { error: 'invalid_request'; issues: { path: string; message: string }[] }
  | {
      error:
        | 'not_found'
        | 'method_not_allowed'
        | 'unsupported_media_type'
        | 'payload_too_large'
        | 'internal_error';
    };

type RestifyLikeError = Error & { statusCode?: number; body?: unknown; toJSON?: () => unknown };

const CLIENT_ERRORS: Record<number, ErrorBody> = {
  404: { error: 'not_found' },
  405: { error: 'method_not_allowed' },
  413: { error: 'payload_too_large' },
  415: { error: 'unsupported_media_type' },
};

/**
 * One error handler for every route: logs what happened, tells the client only what is safe
 * (a fixed code, never a stack trace or an internal message).
 */
export function installErrorHandling(server: Server, logger: Logger): void {
  server.on('restifyError', (req: Request, _res: Response, err: RestifyLikeError, done: () => void) => {
    const status = err.statusCode ?? 500;
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
