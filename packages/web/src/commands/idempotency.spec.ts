import { describe, expect, it } from 'vitest';
import { createIdempotencyKeys } from './idempotency.js';

const keyOf = (variables: { input: object }) =>
  (variables.input as { idempotencyKey?: string }).idempotencyKey;

const counter = () => {
  let n = 0;
  return () => `key-${++n}`;
};

describe('idempotency keys of submitted changes', () => {
  it('adds a key to the input', () => {
    const keys = createIdempotencyKeys(counter());
    expect(keys.add({ input: { title: 'A' } })).toEqual({
      input: { title: 'A', idempotencyKey: 'key-1' },
    });
  });

  it('reuses the key when the same input is submitted again (a retry)', () => {
    const keys = createIdempotencyKeys(counter());
    keys.add({ input: { title: 'A' } });
    expect(keyOf(keys.add({ input: { title: 'A' } }))).toBe('key-1');
  });

  it('makes a new key for a changed input, and after a success', () => {
    const keys = createIdempotencyKeys(counter());
    keys.add({ input: { title: 'A' } });
    expect(keyOf(keys.add({ input: { title: 'B' } }))).toBe('key-2');
    keys.settled();
    expect(keyOf(keys.add({ input: { title: 'B' } }))).toBe('key-3');
  });

  it('leaves variables without an input, or with a key of their own, alone', () => {
    const keys = createIdempotencyKeys(counter());
    expect(keys.add({ id: 'x' })).toEqual({ id: 'x' });
    expect(keys.add({ input: { idempotencyKey: 'mine' } })).toEqual({
      input: { idempotencyKey: 'mine' },
    });
  });
});
