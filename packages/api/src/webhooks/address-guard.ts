import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Where webhooks must never go (SSRF): private, loopback, link-local, shared (CGNAT), multicast,
 * unspecified, reserved and documentation ranges, IPv4 and IPv6.
 */
const FORBIDDEN = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv6');
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), -compatible or NAT64 IPv6 one. */
const embeddedIpv4 = (address: string): string | undefined => {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex?.[1] || !hex[2]) return undefined;
  const high = Number.parseInt(hex[1], 16);
  const low = Number.parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
};

/** Whether a webhook may not be sent to this IP address. */
export const isForbiddenAddress = (address: string): boolean => {
  const family = isIP(address);
  if (family === 4) return FORBIDDEN.check(address, 'ipv4');
  if (family !== 6) return true;
  const inner = embeddedIpv4(address);
  if (inner !== undefined) return FORBIDDEN.check(inner, 'ipv4');
  return FORBIDDEN.check(address, 'ipv6');
};

/** Why a destination was refused: the codes of the delivery log and of `BAD_USER_INPUT`. */
export type DestinationProblem = 'UNRESOLVABLE' | 'PRIVATE_ADDRESS';

export class DestinationError extends Error {
  constructor(
    readonly problem: DestinationProblem,
    readonly host: string,
  ) {
    super(
      problem === 'UNRESOLVABLE'
        ? `${host} cannot be resolved`
        : `${host} resolves to a private or reserved address`,
    );
    this.name = 'DestinationError';
  }
}

/** A URL's host without the brackets of an IPv6 literal. */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Every address the host resolves to, each allowed (all of them: a name with one private address
 * among public ones is refused). Throws `DestinationError`.
 */
export const resolveAllowed = async (
  host: string,
  allowPrivate: boolean,
): Promise<{ address: string; family: number }[]> => {
  const found = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await lookup(host, { all: true, verbatim: true }).catch(() => []);
  if (found.length === 0) throw new DestinationError('UNRESOLVABLE', host);
  if (!allowPrivate && found.some(({ address }) => isForbiddenAddress(address))) {
    throw new DestinationError('PRIVATE_ADDRESS', host);
  }
  return found;
};
