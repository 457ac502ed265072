import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { appendPeerAddressToForwardedFor } from './peer-address';

describe('appendPeerAddressToForwardedFor', () => {
  it('puts the real peer last, after whatever the client claimed', async () => {
    appendPeerAddressToForwardedFor();
    const server = http.createServer((request, response) => {
      response.end(String(request.headers['x-forwarded-for']));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const seen = async (headers: Record<string, string>) =>
      (await fetch(`http://127.0.0.1:${port}/`, { headers })).text();
    try {
      expect(await seen({})).toBe('127.0.0.1');
      expect(await seen({ 'x-forwarded-for': '6.6.6.6' })).toBe('6.6.6.6, 127.0.0.1');
    } finally {
      server.close();
    }
  });
});
