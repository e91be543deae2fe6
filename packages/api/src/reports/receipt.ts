import { isDomainError, type LocalizedMessage } from '@fahrplan/domain';
import type { CheckpointService, SignedCheckpoint } from '../checkpoints/index.js';

/** What a report was cut at: a signed checkpoint and where the public can check it, or why not. */
export type Receipt =
  | { readonly checkpoint: SignedCheckpoint; readonly checkUrl: string }
  | { readonly missing: LocalizedMessage };

/** The public check page (`/pruefen` in the web app) for a checkpoint. */
export const checkUrlOf = (origin: string, checkpoint: SignedCheckpoint): string => {
  const url = new URL('/pruefen', origin);
  url.searchParams.set('position', String(checkpoint.position));
  url.searchParams.set('hash', checkpoint.hash);
  url.searchParams.set('signature', checkpoint.signature);
  url.searchParams.set('signedAt', checkpoint.signedAt);
  url.searchParams.set('keyId', checkpoint.keyId);
  return url.toString();
};

/**
 * The checkpoint service's own signing: it returns the latest checkpoint when the head has not
 * moved since, so reports of an unchanged log share one. Without a key, or when the service
 * refuses to sign (a broken chain), the report says so instead of failing.
 */
export const receiptFor = async (
  checkpoints: CheckpointService,
  now: string,
  origin: string,
): Promise<Receipt> => {
  if (!checkpoints.key) {
    return {
      missing: {
        de: 'Ohne Prüfbeleg: in dieser Installation ist kein Signaturschlüssel eingerichtet.',
        en: 'No receipt: this installation has no signing key configured.',
      },
    };
  }
  try {
    const checkpoint = await checkpoints.sign(now);
    return { checkpoint, checkUrl: checkUrlOf(origin, checkpoint) };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { missing: error.messages };
  }
};
