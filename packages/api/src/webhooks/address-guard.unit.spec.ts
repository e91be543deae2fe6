import { describe, expect, it } from 'vitest';
import { isForbiddenAddress } from './address-guard.js';
import { urlProblemOf } from './destination.js';

describe('which addresses webhooks never go to', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.178.1', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fd12:3456::1', 'unique local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped link-local, hex'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['64:ff9b::a00:1', 'NAT64 of a private address'],
    ['not an address', 'no address at all'],
  ])('refuses %s (%s)', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '172.32.0.1', '2a00:1450:4001:80b::200e', '::ffff:93.184.215.14'])(
    'allows the public address %s',
    (address) => {
      expect(isForbiddenAddress(address)).toBe(false);
    },
  );
});

describe('the URL check at registration', () => {
  it.each([
    ['kein url', 'INVALID_URL'],
    ['ftp://partner.example/hooks', 'UNSUPPORTED_SCHEME'],
    ['https://nutzer:geheim@93.184.215.14/hooks', 'CREDENTIALS_IN_URL'],
    [`https://93.184.215.14/${'x'.repeat(2100)}`, 'TOO_LONG'],
    ['http://127.0.0.1:8080/hooks', 'PRIVATE_ADDRESS'],
    ['http://[::1]/hooks', 'PRIVATE_ADDRESS'],
    ['http://[::ffff:127.0.0.1]/hooks', 'PRIVATE_ADDRESS'],
    ['http://localhost/hooks', 'PRIVATE_ADDRESS'],
    ['https://nirgends.invalid/hooks', 'UNRESOLVABLE'],
  ])('refuses %s as %s', async (url, problem) => {
    expect(await urlProblemOf(url, false)).toBe(problem);
  });

  it('allows loopback only where the installation allows private addresses (tests)', async () => {
    expect(await urlProblemOf('http://127.0.0.1:8080/hooks', true)).toBeUndefined();
    expect(await urlProblemOf('https://93.184.215.14/hooks', false)).toBeUndefined();
  });
});
