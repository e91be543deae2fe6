import type { LocalizedMessage } from '@fahrplan/domain';
import type { SqlRunner } from '../database/index.js';
import {
  GENESIS_HASH,
  type MacReport,
  readChainHead,
  type TamperFinding,
  type VerifyResult,
} from '../event-store/index.js';
import { signatureValid } from './checkpoint.js';
import type { CheckpointInput } from './checkpoint-input.js';
import { chainHashAt } from './checkpoint-store.js';
import type { VerifyingKey } from './signing-key.js';

/**
 * `CONSISTENT`: the log still holds exactly that history up to the position. `MISMATCH`: another
 * hash there (rewritten). `TRUNCATED`: the log ends before it. `TAMPERED`: the hash is there but
 * an event up to it no longer matches the chain. `BAD_SIGNATURE`: the checkpoint is not genuine.
 */
export type CheckpointStatus =
  | 'CONSISTENT'
  | 'MISMATCH'
  | 'TRUNCATED'
  | 'TAMPERED'
  | 'BAD_SIGNATURE';

export interface CheckpointCheck {
  readonly status: CheckpointStatus;
  readonly ok: boolean;
  readonly position: number;
  /** The hash the checkpoint states. */
  readonly hash: string;
  /** The log's hash at that position now; null where the log does not reach it. */
  readonly actualHash: string | null;
  readonly headPosition: number;
  readonly headHash: string;
  /** Whether the signature holds; null when none was given. */
  readonly signatureValid: boolean | null;
  /** Where the chain itself breaks, at or before the position (status `TAMPERED`). */
  readonly finding: TamperFinding | null;
  /**
   * The first position found not to match: the event that breaks the chain, or the first event
   * up to the position no API process wrote (by its MAC); else the checkpoint's position. Null
   * when consistent.
   */
  readonly differsAt: number | null;
  readonly messages: LocalizedMessage;
}

/** The expensive part of a check, done once and shared: the chain, and the MACs where a key is. */
export interface Verification {
  readonly chain: VerifyResult;
  readonly macs?: MacReport;
}

/**
 * Checks that the current log extends a checkpoint: the signature (if given) is the key's, the
 * chain reaches the position with the same hash, and every event up to it still matches its link
 * (`verify` recomputes the chain; pass a shared one). Where the hash differs, the events' MACs
 * (if checked) name the first event up to the position that no API process wrote.
 */
export const checkCheckpoint = async (
  runner: SqlRunner,
  input: CheckpointInput,
  options: { key: VerifyingKey | undefined; verify: () => Promise<Verification> },
): Promise<CheckpointCheck> => {
  const head = await readChainHead(runner);
  const headPosition = head?.position ?? 0;
  const base = {
    position: input.position,
    hash: input.hash,
    headPosition,
    headHash: head?.hash ?? GENESIS_HASH,
    signatureValid: null,
    actualHash: null,
    finding: null,
  };
  const result = (
    status: CheckpointStatus,
    messages: LocalizedMessage,
    rest: Partial<CheckpointCheck> = {},
  ): CheckpointCheck => ({
    ...base,
    differsAt: status === 'CONSISTENT' ? null : input.position,
    ...rest,
    status,
    ok: status === 'CONSISTENT',
    messages,
  });

  let signature: boolean | null = null;
  if (input.signature !== undefined && input.signedAt !== undefined) {
    const key = options.key;
    if (!key) throw new CannotCheckError('No public key to check the signature with.');
    signature = signatureValid(
      {
        position: input.position,
        hash: input.hash,
        signedAt: input.signedAt,
        keyId: input.keyId ?? key.keyId,
        signature: input.signature,
      },
      key,
    );
    if (!signature) {
      return result(
        'BAD_SIGNATURE',
        {
          de: `Die Signatur ist nicht mit dem Schlüssel ${key.keyId} über Position ${input.position}, diesen Hash und signedAt ${input.signedAt} gemacht: der Prüfpunkt ist nicht echt oder falsch abgeschrieben.`,
          en: `The signature was not made with key ${key.keyId} over position ${input.position}, this hash and signedAt ${input.signedAt}: the checkpoint is not genuine or was copied wrongly.`,
        },
        { signatureValid: false },
      );
    }
  }
  if (input.position > headPosition) {
    return result(
      'TRUNCATED',
      {
        de: `Das Protokoll endet bei Position ${headPosition}, der Prüfpunkt nennt Position ${input.position}: Ereignisse wurden entfernt.`,
        en: `The log ends at position ${headPosition}, the checkpoint names position ${input.position}: events were removed.`,
      },
      { signatureValid: signature },
    );
  }
  const actualHash = (await chainHashAt(runner, input.position)) ?? null;
  if (actualHash !== input.hash) {
    const { macs } = await options.verify();
    const foreign = macs?.foreign.find(
      (event) => event.position !== null && event.position <= input.position,
    );
    const at = foreign?.position ?? input.position;
    const named = foreign
      ? {
          de: ` Position ${at} hat kein API-Prozess geschrieben (MAC ${foreign.reason}).`,
          en: ` No API process wrote position ${at} (${foreign.reason} MAC).`,
        }
      : { de: '', en: '' };
    return result(
      'MISMATCH',
      {
        de: `An Position ${input.position} steht ein anderer Hash (${actualHash ?? 'keiner'}) als im Prüfpunkt: die Geschichte bis Position ${input.position} wurde umgeschrieben.${named.de}`,
        en: `At position ${input.position} the log holds another hash (${actualHash ?? 'none'}) than the checkpoint: history up to position ${input.position} was rewritten.${named.en}`,
      },
      { signatureValid: signature, actualHash, differsAt: at },
    );
  }
  const finding = (await options.verify()).chain.finding;
  if (finding && finding.position <= input.position) {
    return result(
      'TAMPERED',
      {
        de: `Der Hash an Position ${input.position} stimmt, aber Position ${finding.position} passt nicht mehr zur Kette: ${finding.message}`,
        en: `The hash at position ${input.position} matches, but position ${finding.position} no longer matches the chain: ${finding.message}`,
      },
      { signatureValid: signature, actualHash, finding, differsAt: finding.position },
    );
  }
  return result(
    'CONSISTENT',
    {
      de: `Das Protokoll enthält bis Position ${input.position} genau die Geschichte des Prüfpunkts${signature ? ', die Signatur ist gültig' : ''}.`,
      en: `The log holds exactly the checkpoint's history up to position ${input.position}${signature ? '; the signature is valid' : ''}.`,
    },
    { signatureValid: signature, actualHash },
  );
};

/** The check could not be made (exit 2): no key, no database. */
export class CannotCheckError extends Error {
  override readonly name = 'CannotCheckError';
}
