import { BlockList, isIP } from 'node:net';

/**
 * Which proxies to believe about the client's address (`MORD_TRUST_PROXY`): none (the socket's peer is
 * the client; `X-Forwarded-For` is ignored), a number of proxy hops in front of the server, or the
 * addresses and CIDR ranges of trusted proxies.
 */
export type TrustProxy =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'cidrs'; list: BlockList };

/**
 * Parses `MORD_TRUST_PROXY`: empty or `false` → none; `1`, `2`… → hops; `10.0.0.0/8,127.0.0.1` → CIDRs.
 * @throws Error on anything else, so a typo never silently trusts every client's header.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false' || text === '0') return { kind: 'none' };
  if (/^\d{1,2}$/.test(text)) return { kind: 'hops', hops: Number(text) };
  const list = new BlockList();
  for (const part of text.split(',').map((s) => s.trim())) {
    const [address, prefix] = part.split('/') as [string, string | undefined];
    const family = isIP(address);
    if (family === 0 || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)))
      throw new Error('MORD_TRUST_PROXY must be empty, a hop count, or a list of addresses and CIDR ranges');
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return { kind: 'cidrs', list };
}

function plain(address: string): string {
  // An IPv4 peer on a dual-stack socket shows as ::ffff:a.b.c.d.
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * The client's address for rate limiting: the socket's peer, or — when proxies are trusted — the
 * right-most `X-Forwarded-For` entry that a trusted proxy added. Entries that are not IP addresses are
 * skipped, so a forged header never picks the key.
 */
export function clientAddress(peer: string, forwardedFor: string | undefined, trust: TrustProxy): string {
  const socket = plain(peer);
  if (trust.kind === 'none' || !forwardedFor) return socket;
  const chain = [
    ...forwardedFor
      .split(',')
      .slice(-32)
      .map((s) => plain(s.trim())),
    socket,
  ];
  if (trust.kind === 'hops') {
    const index = chain.length - 1 - trust.hops;
    for (let i = Math.max(index, 0); i < chain.length; i++) if (isIP(chain[i]!)) return chain[i]!;
    return socket;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i]!;
    const family = isIP(address);
    if (family === 0) continue;
    if (!trust.list.check(address, family === 6 ? 'ipv6' : 'ipv4')) return address;
  }
  return socket;
}
