import {
  type Challenge,
  createChallenge,
  type Payload,
  randomInt,
  verifySolution,
} from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import type { ProofOfWorkSettings } from './settings.js';

/**
 * Spam protection without tracking: an ALTCHA proof of work (the browser spends a moment of
 * computation; no cookie, no third party). Challenges are signed with a secret of this
 * installation, so any API process verifies what another issued; a solution is spent once.
 */
const decode = (payload: string): Payload | undefined => {
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as Payload;
    return typeof parsed?.challenge?.signature === 'string' &&
      typeof parsed.solution?.counter === 'number'
      ? parsed
      : undefined;
  } catch {
    return undefined;
  }
};

export const createProofOfWork = (settings: ProofOfWorkSettings) => ({
  /** A new signed challenge for the `altcha` widget. */
  challenge: (): Promise<Challenge> =>
    createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      counter: randomInt(settings.maxCounter),
      deriveKey,
      // The library compares with the real clock: a challenge lives this long in real time.
      expiresAt: new Date(Date.now() + settings.validForMs),
      hmacSignatureSecret: settings.secret,
      hmacKeySignatureSecret: `${settings.secret}:key`,
    }),

  /**
   * Whether the widget's payload (base64 JSON) solves a challenge of ours that has not expired
   * and was not used before; using it spends it (in the caller's transaction).
   */
  spend: async (tx: SqlRunner, payload: string): Promise<boolean> => {
    const decoded = decode(payload);
    if (!decoded?.challenge.signature) return false;
    const result = await verifySolution({
      challenge: decoded.challenge,
      solution: decoded.solution,
      deriveKey,
      hmacSignatureSecret: settings.secret,
      hmacKeySignatureSecret: `${settings.secret}:key`,
    }).catch(() => undefined);
    if (!result?.verified) return false;
    const expiresAt = new Date((decoded.challenge.parameters.expiresAt ?? 0) * 1000).toISOString();
    await tx.rows(sql`DELETE FROM spent_proofs WHERE expires_at < now()`);
    const spent = await tx.rows(sql`
      INSERT INTO spent_proofs (signature, expires_at) VALUES (${decoded.challenge.signature}, ${expiresAt})
      ON CONFLICT (signature) DO NOTHING RETURNING signature`);
    return spent.length === 1;
  },
});

export type ProofOfWork = ReturnType<typeof createProofOfWork>;
