import { extractNoticeFields } from './extract-notice-fields.ts';
import { declaredKind, imageSize, sniffKind } from './file-kind.ts';
import type { NoticeReading } from './notice-reading.ts';
import { ReaderPool, type PoolSettings } from './reader-pool.ts';

export type ReaderSettings = PoolSettings & { maxBytes: number };

/** Why a file was not read; each has its own HTTP status and reply. */
export type ReadFailureCode =
  | 'too_large'
  | 'too_many_pixels'
  | 'too_many_pages'
  | 'unsupported_type'
  | 'type_mismatch'
  | 'encrypted'
  | 'unreadable'
  | 'not_a_notice'
  | 'timeout'
  | 'busy';

export type ReadResult =
  | { ok: true; reading: NoticeReading }
  | { ok: false; code: Exclude<ReadFailureCode, 'busy'> }
  | { ok: false; code: 'busy'; retryAfterSeconds: number };

/** Defaults of the limits of issue 16: 10 MB a file, 4 pages a PDF, 40 megapixels an image. */
export const READING_LIMITS = { maxBytes: 10 * 1024 * 1024, maxPages: 4, maxPixels: 40_000_000 } as const;

/**
 * Reads a notice from the bytes of a photo or a PDF: checks what the file really is and how big it would
 * get before any decoder runs, hands it to the pool, and extracts the fields from what was read. The bytes
 * are only ever in memory.
 */
export class NoticeReader {
  private readonly pool: ReaderPool;
  private readonly settings: ReaderSettings;

  constructor(settings: ReaderSettings) {
    this.settings = settings;
    this.pool = new ReaderPool(settings);
  }

  async read(bytes: Uint8Array, contentType: string | undefined): Promise<ReadResult> {
    const declared = declaredKind(contentType);
    if (declared === 'other' || declared === 'heic') return { ok: false, code: 'unsupported_type' };
    if (bytes.length > this.settings.maxBytes) return { ok: false, code: 'too_large' };
    const actual = sniffKind(bytes);
    if (actual === undefined) return { ok: false, code: declared === 'pdf' ? 'unreadable' : 'type_mismatch' };
    if (actual !== declared) return { ok: false, code: 'type_mismatch' };
    if (actual === 'png' || actual === 'jpeg') {
      const size = imageSize(actual, bytes);
      if (!size) return { ok: false, code: 'unreadable' };
      if (size.width * size.height > this.settings.maxPixels) return { ok: false, code: 'too_many_pixels' };
    }
    const engine = await this.pool.read({ kind: actual === 'pdf' ? 'pdf' : 'picture', bytes });
    if (!engine.ok) return engine;
    const extraction = extractNoticeFields(engine.lines);
    return extraction.ok ? { ok: true, reading: extraction.reading } : extraction;
  }

  get load(): { queued: number; running: number } {
    return this.pool.load;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
