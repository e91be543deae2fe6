import type { VerifyingKey } from './signing-key.js';

/** The public key as served (`/.well-known/fahrplan-signing-key`, GraphQL `signingKey`). */
export interface PublicKeyDocument {
  readonly keyId: string;
  readonly algorithm: 'Ed25519';
  /** The raw 32-byte public key, base64. */
  readonly publicKey: string;
  readonly publicKeyPem: string;
  /** How a checkpoint's signed bytes are formed, for independent verifiers. */
  readonly signedBytes: string;
}

const SIGNED_BYTES_DESCRIPTION =
  'UTF-8 canonical JSON (keys sorted, no whitespace) of {"hash","keyId","position","signedAt"}; position a JSON number, signedAt ISO 8601 UTC with milliseconds; signature Ed25519, base64.';

export const publicKeyDocument = (key: VerifyingKey): PublicKeyDocument => ({
  keyId: key.keyId,
  algorithm: 'Ed25519',
  publicKey: key.publicKeyBase64,
  publicKeyPem: key.publicKeyPem,
  signedBytes: SIGNED_BYTES_DESCRIPTION,
});
