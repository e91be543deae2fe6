import type { Database } from '../database/index.js';
import { readSealerLag, readXminHolder } from './database-status.js';
import type { Logger } from './logger.js';
import { describeBlocker } from './readiness.js';

/**
 * Every few seconds: when committed events have waited longer than `stallSeconds` to be chained,
 * a warning names the transaction that holds back the snapshot (pid, age), so the operator can end
 * it (`SELECT pg_terminate_backend(pid)`). One line per check while it lasts, one when it is over.
 */
export const watchSealer = (
  database: Database,
  logger: Logger,
  { stallSeconds, everyMs }: { stallSeconds: number; everyMs: number },
): (() => void) => {
  let stalled = false;
  let running = false;
  const check = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      const lag = await readSealerLag(database);
      if (lag.oldestPendingSeconds >= stallSeconds) {
        stalled = true;
        const blocker = await readXminHolder(database);
        logger.warn(
          {
            pendingEvents: lag.pendingEvents,
            oldestPendingSeconds: Math.round(lag.oldestPendingSeconds),
            blockingPid: blocker?.pid,
            blockingTransactionSeconds: blocker && Math.round(blocker.transactionSeconds),
            blockingDatabase: blocker?.database,
          },
          blocker
            ? `sealer stalled: held back by ${describeBlocker(blocker)}`
            : 'sealer stalled: no open transaction found holding it back',
        );
      } else if (stalled) {
        stalled = false;
        logger.info({ pendingEvents: lag.pendingEvents }, 'sealer caught up');
      }
    } catch {
      // The database is unreachable: /readyz and the request logs say so already.
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void check(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
};
