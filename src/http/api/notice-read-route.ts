import type { Request, Response, Server } from 'restify';
import type { NoticeReader, ReadFailureCode } from '../../reading/notice-reader.ts';
import { messages } from '../../catalog/catalog.ts';
import { DEFAULT_LOCALE } from '../../catalog/locale.ts';

/** POST /api/notice/read: the file is the body; its answer is a contract other parts rely on (README). */
export const NOTICE_READ_PATH = '/api/notice/read';

export type NoticeReadRouteDeps = { reader: Pick<NoticeReader, 'read'>; maxBytes: number };

const STATUS: Readonly<Record<ReadFailureCode, { status: number; error: string }>> = {
  too_large: { status: 413, error: 'payload_too_large' },
  too_many_pixels: { status: 413, error: 'payload_too_large' },
  too_many_pages: { status: 413, error: 'payload_too_large' },
  unsupported_type: { status: 415, error: 'unsupported_media_type' },
  type_mismatch: { status: 415, error: 'unsupported_media_type' },
  encrypted: { status: 422, error: 'unreadable_notice' },
  unreadable: { status: 422, error: 'unreadable_notice' },
  not_a_notice: { status: 422, error: 'unreadable_notice' },
  timeout: { status: 422, error: 'unreadable_notice' },
  busy: { status: 503, error: 'service_unavailable' },
};

const ACCEPTED_TYPES = /^(?:image\/(?:png|jpe?g|pjpeg|heic|heif)|application\/pdf)\s*(?:;|$)/i;

export function registerNoticeReadRoute(server: Server, deps: NoticeReadRouteDeps): void {
  server.post(NOTICE_READ_PATH, async (req: Request, res: Response) => {
    await respond(req, res, deps);
  });
}

async function respond(req: Request, res: Response, deps: NoticeReadRouteDeps): Promise<void> {
  const contentType = req.header('content-type');
  if (!ACCEPTED_TYPES.test(contentType ?? '')) {
    refuse(res, 'unsupported_type');
    return;
  }
  const declaredLength = Number(req.header('content-length'));
  if (declaredLength > deps.maxBytes) {
    refuse(res, 'too_large');
    return;
  }
  const body = await readBody(req, deps.maxBytes);
  if (body === 'too_large') {
    refuse(res, 'too_large');
    return;
  }
  const result = await deps.reader.read(body, contentType);
  if (result.ok) {
    res.send(200, result.reading);
    return;
  }
  if (result.code === 'busy') res.header('Retry-After', String(result.retryAfterSeconds));
  refuse(res, result.code);
}

function refuse(res: Response, code: ReadFailureCode): void {
  const { status, error } = STATUS[code];
  // An unread body left on the socket would be taken for the next request: close the connection instead.
  if (status === 413 || status === 415) res.header('Connection', 'close');
  res.send(status, { error, reason: code, message: messages(DEFAULT_LOCALE).readFailure[code] });
}

/** The body in memory, at most `maxBytes`; it is never written anywhere. */
function readBody(req: Request, maxBytes: number): Promise<Uint8Array | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off('data', onData);
        req.pause();
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
