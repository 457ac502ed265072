import { BlockList, isIP } from 'node:net';

/**
 * Which addresses are our own proxies (`TRUSTED_PROXIES`: IPs and CIDR ranges, comma-separated).
 * Throws a message naming the bad entry.
 *
 * @example parseTrustedProxies('127.0.0.1, 10.0.0.0/8, ::1')
 */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = '', bits] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`"${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
        throw new Error(`"${entry}" has a bad prefix length`);
      }
      list.addSubnet(address, prefix, type);
    }
  }
  return list;
}

function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address from `X-Forwarded-For`, read from the right: the last entry is the peer
 * that connected to this process (appended by http/peer-address.ts), and each entry a trusted
 * proxy added is skipped. Whatever a client wrote into the header itself sits further left and
 * is never reached unless every proxy after it is trusted.
 *
 * @example clientAddress('6.6.6.6, 203.0.113.7, 127.0.0.1', parseTrustedProxies('127.0.0.1')) // '203.0.113.7'
 */
export function clientAddress(
  forwardedFor: string | null | undefined,
  trusted: BlockList,
): string | undefined {
  const hops = (forwardedFor ?? '').split(',').map(normalize).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (i > 0 && isTrusted(hop, trusted)) continue;
    return isIP(hop) ? hop : undefined;
  }
  return undefined;
}
