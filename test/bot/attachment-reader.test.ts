import type { lookup as systemLookup, LookupAddress } from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttachmentReader } from '../../src/bot/attachment-reader.ts';
import { NoticeReader, READING_LIMITS } from '../../src/reading/notice-reader.ts';
import { pdfWithPages } from '../reading/support/hostile-files.ts';

/**
 * The host check against DNS: a name is resolved once, and the connection goes to the address that was
 * checked. A stand-in DNS answers what each case needs (nothing else can make a name turn private between
 * two lookups); the file host is a real server on loopback that counts every connection made to it.
 */
type Answers = (hostname: string) => LookupAddress[];

function fakeDns(answer: Answers): typeof systemLookup {
  const lookup = (hostname: string, _options: unknown, callback: (...args: unknown[]) => void) =>
    queueMicrotask(() => callback(null, answer(hostname)));
  return lookup as unknown as typeof systemLookup;
}

const LOOPBACK: LookupAddress = { address: '127.0.0.1', family: 4 };
const PUBLIC: LookupAddress = { address: '93.184.216.34', family: 4 };

describe('fetching an attachment from a name that resolves to a private address', () => {
  let server: Server;
  let connections = 0;
  let port = 0;
  const reader = new NoticeReader({ ...READING_LIMITS, threads: 1, queueLimit: 4, timeoutMs: 30_000 });
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(pdfWithPages(1));
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await reader.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const attachments = (answer: Answers, allowPrivateAddresses = false) =>
    new AttachmentReader(reader, {
      allowedHosts: ['files.example.com'],
      allowPrivateAddresses,
      maxBytes: READING_LIMITS.maxBytes,
      timeoutMs: 10_000,
      lookup: fakeDns(answer),
    });

  it.each([
    ['resolves to 127.0.0.1', () => [LOOPBACK]],
    ['resolves to a public and a loopback address', () => [PUBLIC, LOOPBACK]],
    [
      'answers a public address first and 127.0.0.1 after (DNS rebinding)',
      (() => {
        let asked = 0;
        return () => ((asked += 1) === 1 ? [PUBLIC] : [LOOPBACK]);
      })(),
    ],
  ])('refuses a listed name that %s, without connecting', async (_name, answer) => {
    const before = connections;
    const result = await attachments(answer).read(
      { url: `https://files.example.com:${port}/notice.pdf`, contentType: 'application/pdf' },
      'webchat',
    );
    expect(result).toEqual({ ok: false, code: 'fetch_refused' });
    expect(connections).toBe(before);
  });

  it("refuses localhost through the system's own resolver, without connecting", async () => {
    const before = connections;
    const system = new AttachmentReader(reader, {
      allowedHosts: ['localhost'],
      allowPrivateAddresses: false,
      maxBytes: READING_LIMITS.maxBytes,
      timeoutMs: 10_000,
    });
    const result = await system.read(
      { url: `https://localhost:${port}/notice.pdf`, contentType: 'application/pdf' },
      'webchat',
    );
    expect(result).toEqual({ ok: false, code: 'fetch_refused' });
    expect(connections).toBe(before);
  });

  it('connects to the address it resolved when private addresses are allowed (tests only)', async () => {
    const before = connections;
    const result = await attachments(() => [LOOPBACK], true).read(
      { url: `http://files.example.com:${port}/notice.pdf`, contentType: 'application/pdf' },
      'webchat',
    );
    expect(result.ok).toBe(true);
    expect(connections).toBe(before + 1);
  }, 60_000);
});
