import { isIP } from 'node:net';

/**
 * The address a request's per-client limit is counted on. With `trustProxyHops` N > 0, N trusted proxies
 * each appended the address they received the request from to X-Forwarded-For, so the client is the N-th
 * entry from the right: everything left of it was written by the client and proves nothing. A header with
 * fewer entries (a request that did not come through all N proxies) falls back to the socket address.
 */
export function clientAddressOf(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  trustProxyHops: number,
): string {
  const fallback = normalizeAddress(socketAddress) ?? 'unknown';
  if (trustProxyHops <= 0 || forwardedFor === undefined) return fallback;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const entry = entries.at(-trustProxyHops);
  if (entry === undefined) return fallback;
  // A trusted proxy wrote this entry; if it is not an address, counting on the proxy's is the safe side.
  return normalizeAddress(entry) ?? fallback;
}

/**
 * One spelling per address: some proxies (Azure Application Gateway among them) append `address:port`,
 * and a port that changes with every connection must not buy a fresh budget; an IPv4 client reaching an
 * IPv6 socket (`::ffff:a.b.c.d`) is the same client as over IPv4.
 */
function normalizeAddress(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(raw);
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(raw);
  const address = bracketed?.[1] ?? ipv4WithPort?.[1] ?? raw;
  const version = isIP(address);
  if (version === 0) return undefined;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1] !== undefined) return mapped[1];
  return version === 6 ? address.toLowerCase() : address;
}
