import { sign, verify } from 'node:crypto';
import { canonicalJson } from '../event-store/index.js';
import type { SigningKey, VerifyingKey } from './signing-key.js';

/** What a checkpoint states: the chain had `hash` at `position` when `keyId` signed at `signedAt`. */
export interface CheckpointClaim {
  readonly position: number;
  readonly hash: string;
  /** ISO 8601 in UTC with milliseconds, e.g. `2026-12-05T01:30:00.000Z`. */
  readonly signedAt: string;
  readonly keyId: string;
}

export interface SignedCheckpoint extends CheckpointClaim {
  /** Ed25519 over `signedBytes(claim)`, base64. */
  readonly signature: string;
}

/**
 * The exact bytes signed: canonical JSON (keys sorted, no spaces, UTF-8) of the four fields, e.g.
 * `{"hash":"9f…","keyId":"3a…","position":42,"signedAt":"2026-12-05T01:30:00.000Z"}`.
 */
export const signedBytes = (claim: CheckpointClaim): string =>
  canonicalJson({
    hash: claim.hash,
    keyId: claim.keyId,
    position: claim.position,
    signedAt: claim.signedAt,
  });

export const signClaim = (
  claim: Omit<CheckpointClaim, 'keyId'>,
  key: SigningKey,
): SignedCheckpoint => {
  const full = { ...claim, keyId: key.keyId };
  const signature = sign(null, Buffer.from(signedBytes(full)), key.privateKey).toString('base64');
  return { ...full, signature };
};

/** True when the signature is the key's over the claim (and the claim names that key). */
export const signatureValid = (checkpoint: SignedCheckpoint, key: VerifyingKey): boolean => {
  if (checkpoint.keyId !== key.keyId) return false;
  const signature = Buffer.from(checkpoint.signature, 'base64');
  if (signature.length !== 64) return false;
  return verify(null, Buffer.from(signedBytes(checkpoint)), key.publicKey, signature);
};
