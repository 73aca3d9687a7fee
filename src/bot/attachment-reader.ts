import { lookup as systemLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { Attachment } from 'botbuilder';
import type { FileCredential } from '../channels/channel.ts';
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

/** `image/*`: a photo pasted in Teams; the file host's Content-Type names it, and the reader checks the bytes. */
const READABLE_TYPES = new Set(['image/png', 'image/jpeg', 'image/jpg', 'image/*', 'application/pdf']);

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

/** The first attachment that is a photo or a PDF (as a URL or a `data:` URL), if any. */
export function readableAttachment(attachments: readonly Attachment[] | undefined): FileRef | undefined {
  for (const attachment of attachments ?? []) {
    const type = attachment.contentType.replace(/;.*/s, '').trim().toLowerCase();
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

  /**
   * Reads the file a message of `channelId` carried; the channel decides which hosts may serve it, and
   * `credential` is the turn's own credential for its channel's service (Teams: the bot's token).
   */
  async read(file: FileRef, channelId: string, credential?: FileCredential): Promise<AttachmentResult> {
    const fetched = file.url.startsWith('data:')
      ? fromDataUrl(file.url, this.settings.maxBytes)
      : await this.fetch(file.url, this.settings.channels?.[channelId] ?? this.settings, credential);
    if (!fetched.ok) return fetched;
    return this.reader.read(fetched.bytes, fetched.contentType ?? file.contentType);
  }

  private async fetch(address: string, hosts: FileHosts, credential?: FileCredential): Promise<Fetched> {
    const signal = AbortSignal.timeout(this.settings.timeoutMs);
    let url = parseUrl(address);
    const origin = url?.origin;
    for (let hop = 0; url && hop <= MAX_REDIRECTS; hop++) {
      if (!this.mayFetch(url, hosts)) return { ok: false, code: 'fetch_refused' };
      let response: IncomingMessage;
      try {
        response = await this.get(url, await authorizationFor(url, origin, hosts, credential), signal);
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

/**
 * What goes in `Authorization` for one request: nothing on a host the file was redirected to; the turn's
 * credential only on its channel's service (a file elsewhere, such as a Teams file's pre-authorised
 * OneDrive URL, gets no token); else the channel's configured credential (Twilio's media).
 */
async function authorizationFor(
  url: URL,
  origin: string | undefined,
  hosts: FileHosts,
  credential: FileCredential | undefined,
): Promise<string | undefined> {
  if (url.origin !== origin) return undefined;
  if (credential) return url.origin === credential.origin ? credential.authorization() : undefined;
  return hosts.authorization;
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
