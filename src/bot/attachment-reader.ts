import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { Attachment } from 'botbuilder';
import type { NoticeReader, ReadResult } from '../reading/notice-reader.ts';

/** Where one channel's files may come from, and the credentials its file host wants. */
export type FileHosts = {
  /** Hosts a file may be fetched from (`*.sharepoint.com` covers its subdomains), redirects included. */
  allowedHosts: readonly string[];
  /** Sent as `Authorization` to the host of the URL the channel gave, never to a host it redirects to. */
  authorization?: string | undefined;
};

export type AttachmentSettings = FileHosts & {
  /** A channel whose files live elsewhere (Twilio's media for SMS), by channel id; others use the above. */
  channels?: Readonly<Record<string, FileHosts>>;
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

/** Redirects followed at most: a file host may send the file from a storage host it names. */
const MAX_REDIRECTS = 3;

type Fetched =
  | { ok: true; bytes: Uint8Array; contentType?: string }
  | { ok: false; code: 'fetch_refused' | 'fetch_failed' | 'too_large' };

/**
 * Fetches an attachment a channel announced and reads it as a notice. The URL came from someone else, so
 * only the channel's hosts are fetched (a redirect too), never a private or loopback address (checked
 * after DNS), under the size cap and the time limit. The bytes stay in memory.
 */
export class AttachmentReader {
  private readonly reader: Pick<NoticeReader, 'read'>;
  private readonly settings: AttachmentSettings;

  constructor(reader: Pick<NoticeReader, 'read'>, settings: AttachmentSettings) {
    this.reader = reader;
    this.settings = settings;
  }

  /** Reads the file a message of `channelId` carried; the channel decides which hosts may serve it. */
  async read(file: FileRef, channelId: string): Promise<AttachmentResult> {
    const fetched = file.url.startsWith('data:')
      ? fromDataUrl(file.url, this.settings.maxBytes)
      : await this.fetch(file.url, this.settings.channels?.[channelId] ?? this.settings);
    if (!fetched.ok) return fetched;
    return this.reader.read(fetched.bytes, fetched.contentType ?? file.contentType);
  }

  private async fetch(address: string, hosts: FileHosts): Promise<Fetched> {
    const signal = AbortSignal.timeout(this.settings.timeoutMs);
    let url = parseUrl(address);
    const origin = url?.origin;
    for (let hop = 0; url && hop <= MAX_REDIRECTS; hop++) {
      if (!(await this.mayFetch(url, hosts))) return { ok: false, code: 'fetch_refused' };
      const authorization = url.origin === origin ? hosts.authorization : undefined;
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: 'manual',
          signal,
          ...(authorization ? { headers: { authorization } } : {}),
        });
      } catch {
        return { ok: false, code: 'fetch_failed' };
      }
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return this.download(response);
      await response.body?.cancel();
      url = parseUrl(location, url);
    }
    return { ok: false, code: 'fetch_refused' };
  }

  private async mayFetch(url: URL, hosts: FileHosts): Promise<boolean> {
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.settings.allowPrivateAddresses))
      return false;
    if (!isAllowedHost(url.hostname, hosts.allowedHosts)) return false;
    return this.settings.allowPrivateAddresses || !(await resolvesToPrivate(url.hostname));
  }

  private async download(response: Response): Promise<Fetched> {
    try {
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
}

function parseUrl(address: string, base?: URL): URL | undefined {
  try {
    return new URL(address, base);
  } catch {
    return undefined;
  }
}

function isAllowedHost(hostname: string, allowedHosts: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return allowedHosts.some((allowed) =>
    allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) : host === allowed.toLowerCase(),
  );
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
