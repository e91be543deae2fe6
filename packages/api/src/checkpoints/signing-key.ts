import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
} from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { SigningConfig } from '../config.js';
import type { EventMacKey } from '../event-store/index.js';

/** A public Ed25519 key, as anyone verifying a checkpoint holds it. */
export interface VerifyingKey {
  /** The first 8 bytes of SHA-256 over the raw 32-byte public key, in hex. */
  readonly keyId: string;
  readonly publicKey: KeyObject;
  /** The raw 32-byte public key, base64. */
  readonly publicKeyBase64: string;
  /** The same as SubjectPublicKeyInfo PEM (what `openssl pkey -pubin` reads). */
  readonly publicKeyPem: string;
}

/** The API's signing key: signs checkpoints and, through a derived secret, authenticates events. */
export interface SigningKey extends VerifyingKey {
  readonly privateKey: KeyObject;
  /** HMAC key for event MACs, derived (HKDF-SHA256) from the private key: never stored. */
  readonly eventMacKey: Buffer;
}

/** Why no key could be used; the message says what to do. */
export class SigningKeyError extends Error {
  override readonly name = 'SigningKeyError';
}

const verifyingKeyOf = (publicKey: KeyObject): VerifyingKey => {
  if (publicKey.asymmetricKeyType !== 'ed25519') {
    throw new SigningKeyError(`Not an Ed25519 key (${publicKey.asymmetricKeyType ?? 'unknown'}).`);
  }
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  return {
    keyId: createHash('sha256').update(raw).digest('hex').slice(0, 16),
    publicKey,
    publicKeyBase64: raw.toString('base64'),
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
};

/** The key pair of a private key in PKCS#8 PEM. */
export const signingKeyOf = (privatePem: string): SigningKey => {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(privatePem);
  } catch {
    throw new SigningKeyError('The signing key is not a PEM private key.');
  }
  const verifying = verifyingKeyOf(createPublicKey(privateKey));
  const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d ?? '', 'base64url');
  const eventMacKey = Buffer.from(hkdfSync('sha256', seed, '', 'fahrplan event-mac v1', 32));
  return { ...verifying, privateKey, eventMacKey };
};

/**
 * A public key as a verifier has it: SPKI PEM, or the raw 32 bytes in base64 (as served at
 * `/.well-known/fahrplan-signing-key` and by `signingKey`). A private key PEM yields its public half.
 */
export const verifyingKeyFrom = (text: string): VerifyingKey => {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith('-----BEGIN')) return verifyingKeyOf(createPublicKey(trimmed));
    const raw = Buffer.from(trimmed, 'base64');
    if (raw.length !== 32) throw new Error('length');
    return verifyingKeyOf(
      createPublicKey({
        key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
        format: 'jwk',
      }),
    );
  } catch (error) {
    if (error instanceof SigningKeyError) throw error;
    throw new SigningKeyError('Not an Ed25519 public key (PEM, or 32 bytes in base64).');
  }
};

/** A new key pair; the private key as PKCS#8 PEM, to keep in a file or a secret. */
export const generateSigningKey = (): { privatePem: string; key: SigningKey } => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const privatePem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  return { privatePem, key: signingKeyOf(privatePem) };
};

/** Writes a new key file, readable by its owner only; never overwrites one. */
export const createKeyFile = (path: string): SigningKey => {
  if (existsSync(path)) {
    throw new SigningKeyError(`${path} exists already; a key is never overwritten.`);
  }
  const { privatePem, key } = generateSigningKey();
  writeFileSync(path, privatePem, { mode: 0o600, flag: 'wx' });
  return key;
};

/**
 * The configured key: FAHRPLAN_SIGNING_KEY, else the key file. Without either, none (no
 * checkpoints, no event MACs); a key file named explicitly must exist.
 */
export const loadSigningKey = (config: SigningConfig): SigningKey | undefined => {
  if (config.keyPem) return signingKeyOf(config.keyPem.replaceAll('\\n', '\n'));
  if (!existsSync(config.keyFile)) {
    if (!config.keyFileRequired) return undefined;
    throw new SigningKeyError(
      `FAHRPLAN_SIGNING_KEY_FILE: ${config.keyFile} does not exist (pnpm fahrplan keys create).`,
    );
  }
  return signingKeyOf(readFileSync(config.keyFile, 'utf8'));
};

/** The event-MAC secret of a signing key, as the event store takes it. */
export const eventMacKeyOf = (key: SigningKey): EventMacKey => ({
  keyId: key.keyId,
  secret: key.eventMacKey,
});
