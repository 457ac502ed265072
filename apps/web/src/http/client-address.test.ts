import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './client-address';

describe('clientAddress', () => {
  const none = parseTrustedProxies(undefined);
  const nginx = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, ::1');

  it.each([
    // no proxy: the connecting peer (always appended last) is the client, whatever it wrote
    { header: '203.0.113.7', trusted: none, expected: '203.0.113.7' },
    { header: '1.2.3.4, 203.0.113.7', trusted: none, expected: '203.0.113.7' },
    { header: '::ffff:203.0.113.7', trusted: none, expected: '203.0.113.7' },
    // behind nginx ($proxy_add_x_forwarded_for appends what it saw; then nginx itself connects)
    { header: '203.0.113.7, 127.0.0.1', trusted: nginx, expected: '203.0.113.7' },
    { header: '6.6.6.6, 203.0.113.7, 127.0.0.1', trusted: nginx, expected: '203.0.113.7' },
    { header: '6.6.6.6, 203.0.113.7, 10.1.2.3, ::1', trusted: nginx, expected: '203.0.113.7' },
    // a direct peer that is not a trusted proxy is the client, even if it claims otherwise
    { header: '127.0.0.1, 198.51.100.2', trusted: nginx, expected: '198.51.100.2' },
    // only trusted hops: the leftmost is the best we know
    { header: '10.0.0.5, 127.0.0.1', trusted: nginx, expected: '10.0.0.5' },
    { header: 'garbage, 127.0.0.1', trusted: nginx, expected: undefined },
    { header: '', trusted: none, expected: undefined },
    { header: null, trusted: none, expected: undefined },
  ])('$header → $expected', ({ header, trusted, expected }) => {
    expect(clientAddress(header, trusted)).toBe(expected);
  });
});

describe('parseTrustedProxies', () => {
  it.each(['localhost', '10.0.0.0/33', '1.2.3', '::1/129'])('refuses %j', (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(value);
  });
});
