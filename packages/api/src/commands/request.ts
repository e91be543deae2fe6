import type { AggregateKind, CommandMetadata, ExpectedVersion } from '@fahrplan/domain';
import type { Transaction } from '../database/index.js';
import type { ProjectedItem } from '../projections/item-projection.js';

export interface CommandRequest {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: CommandMetadata;
  /** The version the caller last saw; a different current version is a CONFLICT. */
  readonly expectedVersion?: number;
  /** Versions the caller saw of the items its follow-ups change (a bulk report's indicators). */
  readonly expectedVersions?: readonly ExpectedVersion[];
  /** At most 255 characters (`MAX_IDEMPOTENCY_KEY_LENGTH`); alive for 24 hours from `metadata.now`. */
  readonly idempotencyKey?: string;
  /**
   * The fingerprint of what the client sent (`fingerprintOf`), where `data` holds ids generated
   * for it that a retry would not repeat. Default: the command's data, version, time and reason.
   */
  readonly inputFingerprint?: string;
  readonly correlationId?: string;
  /**
   * Ids minted for this request (random UUIDs): their items cannot exist yet, so they are not
   * read. Were one taken after all, the append's expected version 0 would refuse it (CONFLICT).
   */
  readonly freshIds?: ReadonlySet<string>;
  /** Writes that commit with the command's events or not at all (e.g. `enqueueMail`). */
  readonly alsoInTransaction?: (tx: Transaction) => Promise<void>;
}

export interface CommandResult {
  readonly kind: AggregateKind;
  readonly id: string;
  readonly version: number;
  readonly state: unknown;
  /** True when the idempotency key was seen before and nothing new was written. */
  readonly replayed: boolean;
  /** The item's row as this command's append projected it; absent on a replay or no change. */
  readonly row?: ProjectedItem;
}
