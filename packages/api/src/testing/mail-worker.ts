import type { Database } from '../database/index.js';
import { createMailWorker, smtpTransport } from '../mail/index.js';

/** A mail worker as a spec drives it: sending to `smtpUrl` (a sink's), on the spec's clock. */
export const testMailWorker = (
  database: Database,
  options: {
    readonly smtpUrl: string;
    readonly now: () => string;
    readonly maxAttempts: number;
    readonly from?: string;
    readonly owner?: string;
  },
) => {
  const { smtpUrl, now, maxAttempts, owner } = options;
  const from = options.from ?? 'Fahrplan <beteiligung@fahrplan.test>';
  return createMailWorker({
    database,
    transport: smtpTransport({ smtpUrl, from, maxAttempts, timeoutMs: 5000 }),
    now,
    maxAttempts,
    ...(owner ? { owner } : {}),
  });
};
