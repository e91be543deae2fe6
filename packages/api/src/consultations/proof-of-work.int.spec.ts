import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createProofOfWork } from './proof-of-work.js';

let test: TestDatabase;
let database: Database;
const settings = { secret: 'geheim-für-tests', maxCounter: 300, validForMs: 60_000 };
const proof = createProofOfWork(settings);

/** What the `altcha` widget sends: the challenge and its solution, base64 JSON. */
const solved = async (challenge: Challenge, forge?: (derivedKey: string) => string) => {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('not solved');
  const { codeChallenge: _, ...rest } = challenge;
  const derivedKey = forge ? forge(solution.derivedKey) : solution.derivedKey;
  return Buffer.from(
    JSON.stringify({ challenge: rest, solution: { ...solution, derivedKey } }),
  ).toString('base64');
};
const spend = (payload: string) => database.transaction((tx) => proof.spend(tx, payload));

beforeAll(async () => {
  test = await createTestDatabase();
  database = test.database;
});
afterAll(() => test.close());

describe('the ALTCHA proof of work', () => {
  it('accepts a solved challenge once: a replay is refused, also by another process', async () => {
    const payload = await solved(await proof.challenge());
    expect(await spend(payload)).toBe(true);
    expect(await spend(payload)).toBe(false);
    const other = createProofOfWork(settings);
    expect(await database.transaction((tx) => other.spend(tx, payload))).toBe(false);
  });

  it('spends nothing when the transaction that used it rolls back', async () => {
    const payload = await solved(await proof.challenge());
    await expect(
      database.transaction(async (tx) => {
        expect(await proof.spend(tx, payload)).toBe(true);
        throw new Error('the submission was refused');
      }),
    ).rejects.toThrow('refused');
    expect(await spend(payload)).toBe(true);
  });

  it('refuses a wrong solution, a foreign or expired challenge, and garbage', async () => {
    const forged = (key: string) => `${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}`;
    expect(await spend(await solved(await proof.challenge(), forged))).toBe(false);
    const foreign = createProofOfWork({ ...settings, secret: 'ein-anderer-schlüssel' });
    expect(await spend(await solved(await foreign.challenge()))).toBe(false);
    const stale = createProofOfWork({ ...settings, validForMs: -60_000 });
    expect(await spend(await solved(await stale.challenge()))).toBe(false);
    for (const garbage of ['', 'kein-base64', Buffer.from('{"challenge":1}').toString('base64')]) {
      expect(await spend(garbage)).toBe(false);
    }
    const [row] = await database.rows<{ spent: number }>(
      sql`SELECT count(*)::int AS spent FROM spent_proofs`,
    );
    expect(row?.spent).toBe(2);
  });
});
