import type { CommandExecutor } from './commands/execute.js';
import type { Database } from './database/index.js';
import type { EventStore } from './event-store/index.js';
import { hasAccounts, openAccount } from './people/accounts.js';
import { runUserCommand } from './people/users.js';
import { isEmpty, seedDemo } from './seed/demo.js';

/** Who the first start registers: the installation's administrator. */
const FIRST_ADMIN = { userId: 'admin', name: 'Administration' } as const;

/**
 * A fresh embedded database gets the demo process, so a new user sees the whole chain from the
 * 2017 workshops to an adopted measure at once, and an administrator account (installation-wide
 * admin and ministry) whose one-time set-up link it answers: the path, `/einrichten#…`, to print
 * once the server listens. Undefined when accounts exist already.
 */
export const prepareFirstStart = async (
  database: Database,
  execute: CommandExecutor,
  store: Pick<EventStore, 'readStream' | 'appendMany'>,
  options: { now: string; timeZone: string; adminEmail: string; log: (line: string) => void },
): Promise<string | undefined> => {
  if (await isEmpty(database)) {
    options.log('Leere Datenbank: lade die Demo der StrategieWerkstatt …');
    const steps = await seedDemo(database, execute, {
      now: options.now,
      timeZone: options.timeZone,
    });
    options.log(`Demo geladen (${steps} Befehle).`);
  }
  if (await hasAccounts(database)) return undefined;
  const metadata = {
    actor: 'first-start',
    role: 'admin',
    now: options.now,
    timeZone: options.timeZone,
  } as const;
  await runUserCommand(store, {
    type: 'RegisterUser',
    data: { ...FIRST_ADMIN, email: options.adminEmail },
    metadata,
  });
  for (const role of ['admin', 'ministry'] as const) {
    await runUserCommand(store, {
      type: 'GrantRole',
      data: { userId: FIRST_ADMIN.userId, role, processId: null },
      metadata: { ...metadata, reason: 'Erster Start der Installation' },
    });
  }
  const account = await openAccount(database, {
    userId: FIRST_ADMIN.userId,
    email: options.adminEmail,
    now: options.now,
  });
  return account && `/einrichten#${account.setupSecret}`;
};
