import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { Attachment } from 'botbuilder';
import type { NoticeReader, ReadResult } from '../reading/notice-reader.ts';

export type AttachmentSettings = {
  /** Hosts an attachment may be fetched from (`*.sharepoint.com` covers its subdomains). */
  allowedHosts: readonly string[];
  /** Lets tests fetch from loopback; never set in production. */
  allowPrivateAddresses: boolean;
  maxBytes: number;
  timeoutMs: number;
};

export type AttachmentResult = ReadResult | { ok: false; code: 'fetch_refused' | 'fetch_failed' };

const READABLE_TYPES = new Set(['image/png', 'image/jpeg', 'image/jpg', 'application/pdf']);
/** A file shared in a Teams personal chat arrives as this card, with a short-lived pre-authorised download URL. */
const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';
const TEAMS_FILE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

const PRIVATE_RANGES = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  PRIVATE_RANGES.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::1', 128],
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['::ffff:0:0', 96],
] as const)
  PRIVATE_RANGES.addSubnet(network, prefix, 'ipv6');

/** Where a readable file is, and what it says it is: a channel URL or the bytes themselves (`data:`). */
export type FileRef = { url: string; contentType: string };

/** The first attachment that is a photo or a PDF (as a URL, a `data:` URL or a Teams file), if any. */
export function readableAttachment(attachments: readonly Attachment[] | undefined): FileRef | undefined {
  for (const attachment of attachments ?? []) {
    if (attachment.contentType === TEAMS_FILE) {
      const content = attachment.content as { downloadUrl?: unknown; fileType?: unknown } | undefined;
      const type = TEAMS_FILE_TYPES[String(content?.fileType).toLowerCase()];
      if (typeof content?.downloadUrl === 'string' && type)
        return { url: content.downloadUrl, contentType: type };
      continue;
    }
    const type = attachment.contentType.split(';')[0]!.trim().toLowerCase();
    if (READABLE_TYPES.has(type) && attachment.contentUrl)
      return { url: attachment.contentUrl, contentType: type };
  }
  return undefined;
}

/**
 * Fetches an attachment a channel announced and reads it as a notice. The URL came from someone else, so
 * only the channel's hosts are fetched, never a private or loopback address (checked after DNS), without
 * redirects, under the size cap and the time limit. The bytes stay in memory.
 */
export class AttachmentReader {
  private readonly reader: Pick<NoticeReader, 'read'>;
  private readonly settings: AttachmentSettings;

  constructor(reader: Pick<NoticeReader, 'read'>, settings: AttachmentSettings) {
    this.reader = reader;
    this.settings = settings;
  }

  async read(file: FileRef): Promise<AttachmentResult> {
    const fetched = file.url.startsWith('data:')
      ? fromDataUrl(file.url, this.settings.maxBytes)
      : await this.fetch(file.url);
    if (!fetched.ok) return fetched;
    return this.reader.read(fetched.bytes, fetched.contentType ?? file.contentType);
  }

  private async fetch(
    address: string,
  ): Promise<
    | { ok: true; bytes: Uint8Array; contentType?: string }
    | { ok: false; code: 'fetch_refused' | 'fetch_failed' | 'too_large' }
  > {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      return { ok: false, code: 'fetch_refused' };
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.settings.allowPrivateAddresses))
      return { ok: false, code: 'fetch_refused' };
    if (!this.isAllowedHost(url.hostname)) return { ok: false, code: 'fetch_refused' };
    if (!this.settings.allowPrivateAddresses && (await resolvesToPrivate(url.hostname)))
      return { ok: false, code: 'fetch_refused' };
    try {
      const response = await fetch(url, {
        redirect: 'error',
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      if (!response.ok || !response.body) return { ok: false, code: 'fetch_failed' };
      if (Number(response.headers.get('content-length')) > this.settings.maxBytes)
        return { ok: false, code: 'too_large' };
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > this.settings.maxBytes) return { ok: false, code: 'too_large' };
        chunks.push(chunk);
      }
      return {
        ok: true,
        bytes: Buffer.concat(chunks),
        contentType: response.headers.get('content-type') ?? undefined,
      };
    } catch {
      return { ok: false, code: 'fetch_failed' };
    }
  }

  private isAllowedHost(hostname: string): boolean {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return this.settings.allowedHosts.some((allowed) =>
      allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) : host === allowed.toLowerCase(),
    );
  }
}

async function resolvesToPrivate(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await lookup(host, { all: true }).catch(() => []);
  if (addresses.length === 0) return true;
  return addresses.some(({ address, family }) =>
    PRIVATE_RANGES.check(address, family === 6 ? 'ipv6' : 'ipv4'),
  );
}

function fromDataUrl(
  url: string,
  maxBytes: number,
): { ok: true; bytes: Uint8Array; contentType: string } | { ok: false; code: 'fetch_refused' | 'too_large' } {
  const match = /^data:([\w.+-]+\/[\w.+-]+)?((?:;[\w-]+=[^;,]*)*);base64,/i.exec(url);
  if (!match) return { ok: false, code: 'fetch_refused' };
  const encoded = url.length - match[0].length;
  if ((encoded * 3) / 4 > maxBytes + 3) return { ok: false, code: 'too_large' };
  return {
    ok: true,
    bytes: Buffer.from(url.slice(match[0].length), 'base64'),
    contentType: match[1] ?? 'application/octet-stream',
  };
}
