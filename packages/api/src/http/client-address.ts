import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The caller's IP address: the socket's peer, or — only when the operator says a proxy in front
 * is trusted — the last X-Forwarded-For entry, the one that proxy appended (earlier entries are
 * the client's to invent).
 */
export const clientAddress = (c: Context, trustProxy: boolean): string | undefined => {
  if (trustProxy) {
    const forwarded = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '')
      .at(-1);
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // No socket: a request made in process (`app.request`), as the tests do.
    return undefined;
  }
};

// Also as a proxy may write it: with a port, or IPv4-mapped IPv6.
const IPV4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/i;
const BRACKETED = /^\[([^\]]+)\](?::\d+)?$/;

/** The eight 16-bit groups of an IPv6 address, or undefined when it is not one. */
const ipv6Groups = (address: string): string[] | undefined => {
  const [plain = ''] = address.split('%'); // drop a zone id (fe80::1%eth0)
  const halves = plain.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (half: string | undefined): string[] =>
    // An embedded IPv4 tail (64:ff9b::192.0.2.1) fills two groups.
    half ? half.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [];
  const head = groupsOf(halves[0]);
  const tail = groupsOf(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return undefined;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  return groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group)) ? groups : undefined;
};

/**
 * The rate-limit key of an address. An IPv6 client usually holds a whole /64 and could rotate
 * through it, so the /64 prefix is the unit; IPv4 (also IPv4-mapped IPv6) is the address.
 */
export const addressKey = (address: string | undefined): string => {
  if (!address) return 'unknown';
  const v4 = IPV4.exec(address);
  if (v4?.[1]) return v4[1];
  const groups = ipv6Groups(BRACKETED.exec(address)?.[1] ?? address);
  if (!groups) return address;
  const prefix = groups.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16));
  return `${prefix.join(':')}::/64`;
};
