import type { Database } from '../database/index.js';
import {
  migrationsApplied,
  pingDatabase,
  readSealerLag,
  readXminHolder,
  type SealerLag,
  withTimeout,
  type XminHolder,
} from './database-status.js';

export interface ReadinessSettings {
  /** How long a readiness check may wait for the database. */
  readonly timeoutMs: number;
  /** Not ready once the oldest committed, unchained event has waited this long. */
  readonly sealerStallSeconds: number;
}

export type Readiness =
  | { readonly ready: true; readonly sealer: SealerLag }
  | {
      readonly ready: false;
      readonly reason: string;
      readonly sealer?: SealerLag;
      readonly blocker?: XminHolder;
    };

/** What holds the sealer back, in words an operator can act on. */
export const describeBlocker = (blocker: XminHolder): string =>
  `transaction of backend pid ${blocker.pid} (database ${blocker.database ?? '?'}, ${blocker.state ?? '?'}) open for ${Math.round(blocker.transactionSeconds)} s`;

export const checkReadiness = async (
  database: Database,
  settings: ReadinessSettings,
): Promise<Readiness> => {
  try {
    await withTimeout(pingDatabase(database), settings.timeoutMs, 'database ping');
  } catch {
    return { ready: false, reason: 'database unreachable' };
  }
  try {
    return await withTimeout(
      (async (): Promise<Readiness> => {
        if (!(await migrationsApplied(database))) {
          return { ready: false, reason: 'migrations not applied' };
        }
        const sealer = await readSealerLag(database);
        if (sealer.oldestPendingSeconds < settings.sealerStallSeconds) {
          return { ready: true, sealer };
        }
        const blocker = await readXminHolder(database);
        const held = blocker ? `; held back by ${describeBlocker(blocker)}` : '';
        return {
          ready: false,
          reason: `sealer stalled: ${sealer.pendingEvents} events waiting for ${Math.round(sealer.oldestPendingSeconds)} s${held}`,
          sealer,
          ...(blocker ? { blocker } : {}),
        };
      })(),
      settings.timeoutMs,
      'readiness check',
    );
  } catch {
    return { ready: false, reason: 'database unreachable' };
  }
};
