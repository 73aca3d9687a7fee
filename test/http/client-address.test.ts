import { describe, expect, it } from 'vitest';
import { clientAddressOf } from '../../src/http/client-address.ts';

const SOCKET = '10.0.0.5';

describe('clientAddressOf', () => {
  it.each([
    // [what, X-Forwarded-For, trusted hops, expected]
    ['no proxy trusted: the socket, whatever the header says', '198.51.100.7', 0, SOCKET],
    ['one proxy, no header: the socket', undefined, 1, SOCKET],
    ['one proxy: the entry it appended', '198.51.100.7', 1, '198.51.100.7'],
    ['one proxy: a spoofed left-most entry is ignored', '203.0.113.9, 198.51.100.7', 1, '198.51.100.7'],
    [
      'two proxies: the second entry from the right',
      '203.0.113.9, 198.51.100.7, 10.0.0.2',
      2,
      '198.51.100.7',
    ],
    ['two proxies but one entry: the socket', '198.51.100.7', 2, SOCKET],
    [
      'the client sent its own header line, the proxy another',
      ['203.0.113.9', '198.51.100.7'],
      1,
      '198.51.100.7',
    ],
    ['empty entries do not count', '203.0.113.9,, 198.51.100.7 ,', 1, '198.51.100.7'],
    ['a port appended to IPv4 is dropped', '203.0.113.9, 198.51.100.7:53122', 1, '198.51.100.7'],
    ['a bracketed IPv6 with port is unwrapped', '[2001:DB8::1]:443', 1, '2001:db8::1'],
    ['an IPv4-mapped IPv6 is the IPv4 client', '::ffff:198.51.100.7', 1, '198.51.100.7'],
    ['a proxy entry that is no address: the socket', 'unknown', 1, SOCKET],
  ] as const)('%s', (_what, header, hops, expected) => {
    expect(clientAddressOf(header as string | string[] | undefined, SOCKET, hops)).toBe(expected);
  });

  it('tells a socket without an address apart from every real client', () => {
    expect(clientAddressOf(undefined, undefined, 0)).toBe('unknown');
    expect(clientAddressOf(undefined, '::ffff:127.0.0.1', 0)).toBe('127.0.0.1');
  });
});
