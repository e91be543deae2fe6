import { DomainError } from '@fahrplan/domain';
import type { IdempotencyKey, IdempotencyKeyReusedError } from '../event-store/index.js';
import { fingerprintOf } from './fingerprint.js';
import type { CommandRequest } from './request.js';

/** Longer keys are refused: a key names a request, it does not carry one. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

const keyTooLong = (length: number) =>
  new DomainError(
    'BAD_USER_INPUT',
    {
      de: `Der Idempotenzschlüssel ist zu lang (${length} Zeichen, höchstens ${MAX_IDEMPOTENCY_KEY_LENGTH}).`,
      en: `The idempotency key is too long (${length} characters, at most ${MAX_IDEMPOTENCY_KEY_LENGTH}).`,
    },
    {
      field: 'idempotencyKey',
      details: { reason: 'IDEMPOTENCY_KEY_TOO_LONG', maxLength: MAX_IDEMPOTENCY_KEY_LENGTH },
    },
  );

export const keyReused = (error: IdempotencyKeyReusedError) =>
  new DomainError(
    'BAD_USER_INPUT',
    error.mismatch === 'operation'
      ? {
          de: 'Dieser Idempotenzschlüssel wurde schon für eine andere Änderung verwendet: für jede Änderung einen neuen Schlüssel wählen.',
          en: 'This idempotency key was already used for another change: choose a new key for each change.',
        }
      : {
          de: 'Dieser Idempotenzschlüssel wurde schon mit anderen Angaben verwendet: eine Wiederholung muss dieselben Angaben senden, eine neue Änderung einen neuen Schlüssel.',
          en: 'This idempotency key was already used with other input: a retry must send the same input, a new change a new key.',
        },
    {
      field: 'idempotencyKey',
      details: { reason: 'IDEMPOTENCY_KEY_REUSED', mismatch: error.mismatch },
    },
  );

/**
 * The key in full: the caller's own, for this command and this input only (see the event
 * store's `IdempotencyKey`); undefined without a key.
 */
export const idempotencyOf = (request: CommandRequest): IdempotencyKey | undefined => {
  const key = request.idempotencyKey;
  if (key === undefined) return undefined;
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) throw keyTooLong(key.length);
  const { metadata } = request;
  return {
    caller: metadata.actor,
    key,
    operation: request.type,
    fingerprint:
      request.inputFingerprint ??
      fingerprintOf({
        data: request.data,
        expectedVersion: request.expectedVersion,
        occurredAt: metadata.occurredAt,
        reason: metadata.reason,
        evidence: metadata.evidence,
      }),
    at: metadata.now,
  };
};
