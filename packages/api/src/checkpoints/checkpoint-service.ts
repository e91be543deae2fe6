import { DomainError, isDomainError } from '@fahrplan/domain';
import type { Database } from '../database/index.js';
import { type EventStore, readChainHead } from '../event-store/index.js';
import { type CheckpointCheck, checkCheckpoint, type Verification } from './check-checkpoint.js';
import { signatureValid, signClaim } from './checkpoint.js';
import type { CheckpointInput } from './checkpoint-input.js';
import {
  chainHashAt,
  insertCheckpoint,
  latestCheckpoint,
  listCheckpoints,
  type StoredCheckpoint,
} from './checkpoint-store.js';
import { eventMacKeyOf, type SigningKey, type VerifyingKey } from './signing-key.js';

/**
 * Signed checkpoints of the chain head: made on a timer and on demand, listed, and checked against
 * the log. One object for every surface (CLI, GraphQL, HTTP, a report's receipt) so all say the
 * same; GraphQL resolvers find it as `context.checkpoints`.
 *
 * @example
 * const receipt = await checkpoints.sign(now()); // { position, hash, signedAt, keyId, signature }
 * const check = await checkpoints.check(parseCheckpointText(`${receipt.position}:${receipt.hash}`));
 * check.status; // 'CONSISTENT' | 'MISMATCH' | 'TRUNCATED' | 'TAMPERED' | 'BAD_SIGNATURE'
 */
export interface CheckpointService {
  /** The key checkpoints are signed with; none configured: no signing. */
  readonly key: SigningKey | undefined;
  /** Signs the current head (or returns the checkpoint that already covers it). */
  sign(now: string): Promise<StoredCheckpoint>;
  latest(options?: { atOrBefore?: number }): Promise<StoredCheckpoint | undefined>;
  list(options: { after: number; limit: number }): Promise<StoredCheckpoint[]>;
  /** Does the log still extend this checkpoint? `key` defaults to the configured one. */
  check(input: CheckpointInput, options?: { key?: VerifyingKey }): Promise<CheckpointCheck>;
  /** Signs every `everyMs` when the head moved; errors go to `onError`. */
  signEvery(everyMs: number, now: () => string, onError: (error: unknown) => void): void;
  close(): void;
}

const refused = (de: string, en: string, details: Record<string, unknown> = {}) =>
  new DomainError('CONFLICT', { de, en }, { details });

/** How long a full verification answers public checks while the head stays where it was. */
const REUSE_VERIFICATION_MS = 60_000;

export const createCheckpointService = (
  database: Database,
  store: EventStore,
  key: SigningKey | undefined,
  clock: () => number = Date.now,
): CheckpointService => {
  // A full verification is the expensive part, and anyone may ask for a check: concurrent checks
  // share one run, and its result answers for a minute while the head has not moved.
  let verifying: Promise<Verification> | undefined;
  let verified: { readonly at: number; readonly result: Verification } | undefined;
  const verifyShared = async (): Promise<Verification> => {
    const head = await readChainHead(database);
    if (
      verified &&
      clock() - verified.at < REUSE_VERIFICATION_MS &&
      verified.result.chain.headPosition === (head?.position ?? 0) &&
      verified.result.chain.headHash === head?.hash
    ) {
      return verified.result;
    }
    verifying ??= (async (): Promise<Verification> => {
      const chain = await store.verify();
      return key ? { chain, macs: await store.verifyMacs(eventMacKeyOf(key)) } : { chain };
    })()
      .then((result) => {
        verified = { at: clock(), result };
        return result;
      })
      .finally(() => {
        verifying = undefined;
      });
    return verifying;
  };
  let signing: Promise<StoredCheckpoint> | undefined;
  let timer: NodeJS.Timeout | undefined;

  /**
   * Signs only a head that extends the previous checkpoint of this key through a chain that
   * verifies from there: the API never puts its signature on a rewritten history.
   */
  const signHead = async (signingKey: SigningKey, now: string): Promise<StoredCheckpoint> => {
    await store.seal();
    const head = await readChainHead(database);
    if (!head) {
      throw new DomainError('NOT_FOUND', {
        de: 'Noch keine Ereignisse: es gibt nichts zu signieren.',
        en: 'No events yet: there is nothing to sign.',
      });
    }
    const previous = await latestCheckpoint(database, { keyId: signingKey.keyId });
    if (previous?.position === head.position && previous.hash === head.hash) return previous;
    const trusted = previous && signatureValid(previous, signingKey) ? previous : undefined;
    if (trusted && (await chainHashAt(database, trusted.position)) !== trusted.hash) {
      throw refused(
        `Das Protokoll setzt den Prüfpunkt an Position ${trusted.position} nicht mehr fort: keine neue Signatur.`,
        `The log no longer extends the checkpoint at position ${trusted.position}: nothing signed.`,
        { position: trusted.position },
      );
    }
    // Incremental, shared with `audit`: only what was sealed since the last verification.
    const verified = await store.audit();
    if (!verified.ok) {
      const position = verified.finding?.position;
      throw refused(
        `Die Kette ist an Position ${position} verletzt: keine neue Signatur.`,
        `The chain is broken at position ${position}: nothing signed.`,
        { position },
      );
    }
    const checkpoint = signClaim(
      { position: head.position, hash: head.hash, signedAt: new Date(now).toISOString() },
      signingKey,
    );
    return insertCheckpoint(database, checkpoint);
  };

  const sign = (now: string): Promise<StoredCheckpoint> => {
    if (!key) {
      return Promise.reject(
        new DomainError('NOT_FOUND', {
          de: 'Kein Signaturschlüssel eingerichtet (pnpm fahrplan keys create).',
          en: 'No signing key is configured (pnpm fahrplan keys create).',
        }),
      );
    }
    // One signing pass at a time in this process; others wait for it and sign what is new.
    const run = (signing ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => signHead(key, now));
    signing = run;
    return run.finally(() => {
      if (signing === run) signing = undefined;
    });
  };

  return {
    key,
    sign,
    latest: (options = {}) => latestCheckpoint(database, options),
    list: (options) => listCheckpoints(database, options),
    check: (input, options = {}) =>
      checkCheckpoint(database, input, { key: options.key ?? key, verify: verifyShared }),
    signEvery: (everyMs, now, onError) => {
      if (!key || timer) return;
      timer = setInterval(() => {
        // An empty log has nothing to sign yet: no alarm. A refusal (rewritten history) is one.
        sign(now()).catch((error: unknown) => {
          if (!(isDomainError(error) && error.code === 'NOT_FOUND')) onError(error);
        });
      }, everyMs);
      timer.unref();
    },
    close: () => clearInterval(timer),
  };
};
