import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Json, JsonObject, StoredPersonalRecord } from '../event-store/types.js';

const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';

/** A subject's personal details as stored: encrypted with the subject's own key. */
export type SealedDetails = { readonly sealed: string };

/** A new random AES-256 key for one subject, base64 as the key store keeps it. */
export const newSubjectKey = (): string => randomBytes(32).toString('base64');

/**
 * Encrypts a subject's details with its key (AES-256-GCM, a fresh IV each time). The subject id
 * is authenticated with them, so sealed details cannot be passed off as another subject's.
 */
export const sealDetails = (subjectId: string, key: string, details: JsonObject): SealedDetails => {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, Buffer.from(key, 'base64'), iv);
  cipher.setAAD(Buffer.from(subjectId));
  const text = Buffer.concat([cipher.update(JSON.stringify(details), 'utf8'), cipher.final()]);
  const parts = [iv, text, cipher.getAuthTag()].map((part) => part.toString('base64url'));
  return { sealed: [VERSION, ...parts].join('.') };
};

/** Whether stored details are sealed, or still plain (written before sealing, or imported). */
export const isSealed = (data: {
  readonly [field: string]: Json | undefined;
}): data is JsonObject & SealedDetails =>
  typeof data.sealed === 'string' && data.sealed.startsWith(`${VERSION}.`);

/** The details, or undefined when they cannot be read: no key (erased), another key, tampered. */
const openDetails = (subjectId: string, key: string, sealed: string): JsonObject | undefined => {
  const [version, iv, text, tag] = sealed.split('.');
  if (version !== VERSION || !iv || text === undefined || !tag) return undefined;
  try {
    const decipher = createDecipheriv(
      ALGORITHM,
      Buffer.from(key, 'base64'),
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAAD(Buffer.from(subjectId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([
      decipher.update(Buffer.from(text, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
    return JSON.parse(plain) as JsonObject;
  } catch {
    return undefined;
  }
};

/**
 * What a stored personal record says, given the subject's key: its details, or that it was
 * erased. Details without a key to open them count as erased — that is what erasure does to a
 * restored backup. Plain details (before the first start sealed them) are read as they are.
 */
export const openRecord = (
  subjectId: string,
  data: JsonObject | null,
  key: string | null | undefined,
): StoredPersonalRecord => {
  if (data === null) return { subjectId, erased: true };
  if (!isSealed(data)) return { ...data, subjectId };
  const details = key ? openDetails(subjectId, key, data.sealed) : undefined;
  return details ? { ...details, subjectId } : { subjectId, erased: true };
};
