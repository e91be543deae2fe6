import { describe, expect, it } from 'vitest';
import { lsnToNumber } from './read-replica.js';

describe('lsnToNumber', () => {
  it('reads the two hexadecimal halves of a WAL position', () => {
    expect(lsnToNumber('0/0')).toBe(0);
    expect(lsnToNumber('0/16B3748')).toBe(0x16b3748);
    expect(lsnToNumber('1/0')).toBe(2 ** 32);
    expect(lsnToNumber('A/FFFFFFFF')).toBe(10 * 2 ** 32 + 0xffffffff);
  });
  it('orders positions as PostgreSQL does', () =>
    expect(lsnToNumber('1/0')).toBeGreaterThan(lsnToNumber('0/FFFFFFFF')));
});
