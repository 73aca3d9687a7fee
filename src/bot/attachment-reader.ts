import { lookup as systemLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
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
  /** How host names are resolved: the system's resolver; tests give one that answers what they need. */
  lookup?: typeof systemLookup;
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
      if (!this.mayFetch(url, hosts)) return { ok: false, code: 'fetch_refused' };
      const authorization = url.origin === origin ? hosts.authorization : undefined;
      let response: IncomingMessage;
      try {
        response = await this.get(url, authorization, signal);
      } catch (error) {
        return { ok: false, code: error instanceof PrivateAddressError ? 'fetch_refused' : 'fetch_failed' };
      }
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status < 300 || status >= 400 || !location) return this.download(response);
      response.destroy();
      url = parseUrl(location, url);
    }
    return { ok: false, code: 'fetch_refused' };
  }

  /** Scheme and host; an address given as an IP is checked here, a name when it is resolved to connect. */
  private mayFetch(url: URL, hosts: FileHosts): boolean {
    const { allowPrivateAddresses } = this.settings;
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowPrivateAddresses)) return false;
    if (!isAllowedHost(url.hostname, hosts.allowedHosts)) return false;
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    return allowPrivateAddresses || !isIP(literal) || !isPrivate({ address: literal, family: isIP(literal) });
  }

  /**
   * One GET, without following redirects. The name is resolved once, every address it resolves to is
   * checked, and the connection goes to an address that was checked: a name that answers a public address
   * to a check and a private one to the connection (DNS rebinding) gets nowhere.
   */
  private get(url: URL, authorization: string | undefined, signal: AbortSignal): Promise<IncomingMessage> {
    const lookup = checkedLookup(this.settings.lookup ?? systemLookup, this.settings.allowPrivateAddresses);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const outgoing = request(
        url,
        { lookup, signal, headers: authorization ? { authorization } : {} },
        resolve,
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
  }

  private async download(response: IncomingMessage): Promise<Fetched> {
    try {
      const status = response.statusCode ?? 0;
      if (status < 200 || status >= 300) return { ok: false, code: 'fetch_failed' };
      if (Number(response.headers['content-length']) > this.settings.maxBytes)
        return { ok: false, code: 'too_large' };
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of response as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > this.settings.maxBytes) return { ok: false, code: 'too_large' };
        chunks.push(chunk);
      }
      return { ok: true, bytes: Buffer.concat(chunks), contentType: response.headers['content-type'] };
    } catch {
      return { ok: false, code: 'fetch_failed' };
    } finally {
      response.destroy();
    }
  }
}

class PrivateAddressError extends Error {
  constructor(hostname: string) {
    super(`${hostname} resolves to a private or loopback address`);
  }
}

/** A lookup for the connection that refuses a name with no address or with any private one among them. */
function checkedLookup(resolve: typeof systemLookup, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      if (addresses.length === 0 || (!allowPrivate && addresses.some(isPrivate)))
        return callback(new PrivateAddressError(hostname), '', 0);
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function isPrivate({ address, family }: LookupAddress): boolean {
  return PRIVATE_RANGES.check(address, family === 6 ? 'ipv6' : 'ipv4');
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
