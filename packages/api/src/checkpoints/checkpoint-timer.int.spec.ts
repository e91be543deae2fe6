import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../composition.js';
import { pause } from '../testing/graphql-spec.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { generateSigningKey } from './signing-key.js';

let test: TestDatabase;
let composed: ReturnType<typeof compose>;
const errors: unknown[] = [];

const defineField = (n: number) =>
  composed.store.append(`ActionField-${n}`, [
    { type: 'ActionFieldDefined', schemaVersion: 1, data: {}, occurredAt: '2016-05-01T00:00:00Z' },
  ]);

/** Polls until the latest checkpoint reaches the position (the timer runs in the background). */
const signedUpTo = async (position: number) => {
  for (let tries = 0; tries < 200; tries++) {
    const latest = await composed.checkpoints.latest();
    if (latest && latest.position >= position) return latest;
    await pause(25);
  }
  throw new Error(`no checkpoint reached position ${position}`);
};

beforeAll(async () => {
  test = await createTestDatabase();
  composed = compose(test.database, { signingKey: generateSigningKey().key });
  composed.checkpoints.signEvery(
    20,
    () => new Date().toISOString(),
    (error) => errors.push(error),
  );
});
afterAll(async () => {
  composed.checkpoints.close();
  await composed.feed.close();
  await composed.store.close();
  await test.close();
});

describe('the periodic signer', () => {
  it('signs the head once it moved, and again when it moves on, and only then', async () => {
    // An empty log: nothing to sign, and no error either.
    await pause(100);
    expect(await composed.checkpoints.latest()).toBeUndefined();
    await defineField(1);
    const first = await signedUpTo(1);
    await pause(100);
    expect(await composed.checkpoints.list({ after: 0, limit: 10 })).toHaveLength(1);
    await defineField(2);
    await defineField(3);
    const second = await signedUpTo(3);
    expect(second.id).toBeGreaterThan(first.id);
    expect(errors).toEqual([]);
  });
});
