import type { Database } from './connect.js';

/** What the last probe found out about the streaming replica. */
export interface ReplicaStatus {
  /** True when reads may go there: reachable, a standby, and not further behind than allowed. */
  readonly usable: boolean;
  /** Why not, when not usable. */
  readonly reason?: string;
  /** How long the oldest WAL the primary wrote and the replica has not replayed has existed. */
  readonly lagSeconds?: number;
  /** WAL bytes the primary wrote that the replica has not replayed yet. */
  readonly lagBytes?: number;
}

export interface ReplicaSettings {
  /** Past this lag, reads go back to the primary until the replica catches up. */
  readonly maxLagSeconds: number;
  /** How often the replica's replay position is compared with the primary's. */
  readonly probeEveryMs: number;
  /** A probe that takes longer counts as unreachable. */
  readonly probeTimeoutMs: number;
}

export const DEFAULT_REPLICA_SETTINGS: ReplicaSettings = {
  maxLagSeconds: 10,
  probeEveryMs: 1000,
  probeTimeoutMs: 2000,
};

/** `0/16B3748` → a byte offset (below 2^53 for a WAL of 8 PiB: exact as a number). */
export const lsnToNumber = (lsn: string): number => {
  const [hi = '0', lo = '0'] = lsn.split('/');
  return Number.parseInt(hi, 16) * 2 ** 32 + Number.parseInt(lo, 16);
};

interface ReplayRow {
  recovering: boolean;
  replayed: string | null;
}

const within = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });

/**
 * Watches a streaming replica. Lag in seconds is measured here, not with
 * `pg_last_xact_replay_timestamp()`: that one grows on a quiet primary although nothing is
 * missing. Each probe notes the primary's WAL position with the time; the lag is the age of the
 * oldest noted position the replica has not replayed yet (one probe interval of resolution).
 */
export const watchReplica = (
  primary: Database,
  replica: Database,
  settings: ReplicaSettings = DEFAULT_REPLICA_SETTINGS,
  now: () => number = Date.now,
) => {
  let status: ReplicaStatus = { usable: false, reason: 'not probed yet' };
  /** Primary WAL positions the replica had not replayed when last probed, oldest first. */
  let unreplayed: { at: number; lsn: number }[] = [];
  let probing: Promise<void> | undefined;

  const probeOnce = async (): Promise<ReplicaStatus> => {
    const at = now();
    // The primary first: whatever the replica has replayed by the time it answers is compared
    // with a position that is not newer than it could be.
    const [{ lsn } = { lsn: '0/0' }] = await within(
      primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn', []),
      settings.probeTimeoutMs,
    );
    let row: ReplayRow | undefined;
    try {
      [row] = await within(
        replica.query<ReplayRow>(
          'SELECT pg_is_in_recovery() AS recovering, pg_last_wal_replay_lsn()::text AS replayed',
          [],
        ),
        settings.probeTimeoutMs,
      );
    } catch {
      unreplayed = [];
      return { usable: false, reason: 'replica unreachable' };
    }
    // A promoted or misconfigured server no longer follows this primary's writes.
    if (!row?.recovering || row.replayed === null) {
      unreplayed = [];
      return { usable: false, reason: 'not a standby' };
    }
    const primaryAt = lsnToNumber(lsn);
    const replayed = lsnToNumber(row.replayed);
    unreplayed.push({ at, lsn: primaryAt });
    unreplayed = unreplayed.filter((entry) => entry.lsn > replayed).slice(-600);
    const lagSeconds = unreplayed[0] ? (at - unreplayed[0].at) / 1000 : 0;
    const lagBytes = Math.max(0, primaryAt - replayed);
    return lagSeconds > settings.maxLagSeconds
      ? {
          usable: false,
          reason: `replica ${Math.round(lagSeconds)} s behind (more than ${settings.maxLagSeconds} s)`,
          lagSeconds,
          lagBytes,
        }
      : { usable: true, lagSeconds, lagBytes };
  };

  const probe = (): Promise<void> => {
    probing ??= probeOnce()
      .then(
        (next) => {
          status = next;
        },
        () => {
          // The primary did not answer: nothing to compare with; reads go to it and fail there.
          status = { usable: false, reason: 'primary unreachable' };
        },
      )
      .finally(() => {
        probing = undefined;
      });
    return probing;
  };

  const timer = setInterval(() => void probe(), settings.probeEveryMs);
  timer.unref();
  return {
    status: (): ReplicaStatus => status,
    /** Probes now (the first time at start, so reads need not wait a whole interval). */
    probe,
    stop: (): void => clearInterval(timer),
  };
};

export type ReplicaWatch = ReturnType<typeof watchReplica>;
