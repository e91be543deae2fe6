import { badInput } from '@fahrplan/domain';

/** A checkpoint to check, as a partner, a report or a file holds it: signature optional. */
export interface CheckpointInput {
  readonly position: number;
  readonly hash: string;
  readonly signature?: string;
  readonly signedAt?: string;
  readonly keyId?: string;
}

export interface RawCheckpointInput {
  readonly position?: unknown;
  readonly hash?: unknown;
  readonly signature?: unknown;
  readonly signedAt?: unknown;
  readonly keyId?: unknown;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const present = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/**
 * Validates a checkpoint from any source (GraphQL arguments, a JSON file, `position:hash`);
 * a bad value is a `BAD_USER_INPUT` naming its field.
 */
export const parseCheckpointInput = (raw: RawCheckpointInput): CheckpointInput => {
  const position = typeof raw.position === 'string' ? Number(raw.position) : raw.position;
  if (
    typeof position !== 'number' ||
    !Number.isSafeInteger(position) ||
    position < 1 ||
    (typeof raw.position === 'string' && !/^\d+$/.test(raw.position))
  ) {
    throw badInput(
      'position',
      'Die Position muss eine ganze Zahl ab 1 sein.',
      'The position must be a whole number of at least 1.',
    );
  }
  if (typeof raw.hash !== 'string' || !/^[0-9a-f]{64}$/.test(raw.hash)) {
    throw badInput(
      'hash',
      'Der Hash muss aus 64 Hexadezimalzeichen (0–9, a–f) bestehen.',
      'The hash must be 64 hexadecimal characters (0–9, a–f).',
    );
  }
  const input: { -readonly [K in keyof CheckpointInput]: CheckpointInput[K] } = {
    position,
    hash: raw.hash,
  };
  if (present(raw.signature)) {
    const signature = String(raw.signature);
    if (!/^[A-Za-z0-9+/]{86}==$/.test(signature)) {
      throw badInput(
        'signature',
        'Die Signatur muss eine Ed25519-Signatur in Base64 sein (88 Zeichen).',
        'The signature must be an Ed25519 signature in base64 (88 characters).',
      );
    }
    if (typeof raw.signedAt !== 'string' || !ISO_INSTANT.test(raw.signedAt)) {
      throw badInput(
        'signedAt',
        'Zur Signatur gehört der Zeitpunkt der Signatur (signedAt) wie im Prüfpunkt, z. B. 2026-12-05T01:30:00.000Z.',
        'A signature needs the time it was made (signedAt) as in the checkpoint, e.g. 2026-12-05T01:30:00.000Z.',
      );
    }
    input.signature = signature;
    input.signedAt = raw.signedAt;
  }
  if (present(raw.keyId)) {
    if (typeof raw.keyId !== 'string' || !/^[0-9a-f]{16}$/.test(raw.keyId)) {
      throw badInput(
        'keyId',
        'Die Schlüssel-ID besteht aus 16 Hexadezimalzeichen.',
        'The key id is 16 hexadecimal characters.',
      );
    }
    input.keyId = raw.keyId;
  }
  return input;
};

/** `position:hash`, or the text of a checkpoint file (JSON as served by `latestCheckpoint`). */
export const parseCheckpointText = (text: string): CheckpointInput => {
  const trimmed = text.trim();
  const short = /^(\d+):([0-9a-f]+)$/.exec(trimmed);
  if (short) return parseCheckpointInput({ position: short[1], hash: short[2] });
  const expected = () =>
    badInput(
      'checkpoint',
      'Erwartet: Position:Hash oder eine Prüfpunkt-Datei (JSON).',
      'Expected position:hash or a checkpoint file (JSON).',
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    throw expected();
  }
  if (typeof parsed !== 'object' || parsed === null) throw expected();
  return parseCheckpointInput(parsed as RawCheckpointInput);
};
