import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DEFAULT_PROCESS_ID, INSTALLATION_WIDE_ROLES, isDomainError } from '@fahrplan/domain';
import { isRole } from '../../auth/tokens.js';
import { openAccount } from '../../people/accounts.js';
import { runUserCommand } from '../../people/users.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';

/**
 * `user add`: registers a person with one role and prints their one-time set-up link's path.
 * Team and partner roles hold in a process (default: the default process), ministry and admin
 * installation-wide. The operator acts as `cli`, as in every other CLI write.
 */
export const userCommand: CliCommand = {
  name: 'user',
  summary: 'Register a person with a role; prints their one-time set-up link.',
  usage:
    'pnpm fahrplan user add --name "…" --email … --role team|ministry|partner|admin [--process <id>]',
  run: async (args, { config, out, err }) => {
    const [action, ...rest] = args;
    const { values } = parseArgs({
      args: rest,
      options: {
        name: { type: 'string' },
        email: { type: 'string' },
        role: { type: 'string' },
        process: { type: 'string' },
      },
    });
    const role = values.role ?? '';
    if (action !== 'add' || !values.name || !values.email || !isRole(role)) {
      err('user add needs --name "…", --email … and --role team|ministry|partner|admin');
      return 2;
    }
    const processId = INSTALLATION_WIDE_ROLES.includes(role)
      ? (values.process ?? null)
      : (values.process ?? DEFAULT_PROCESS_ID);
    return withStore(config, async (store, database) => {
      const now = new Date().toISOString();
      const metadata = { actor: 'cli', role: 'admin', now, timeZone: config.timeZone } as const;
      const userId = randomUUID();
      try {
        await runUserCommand(store, {
          type: 'RegisterUser',
          data: { userId, name: values.name ?? '', email: values.email ?? '' },
          metadata,
        });
        await runUserCommand(store, {
          type: 'GrantRole',
          data: { userId, role, processId },
          metadata: { ...metadata, reason: 'Angelegt mit pnpm fahrplan user add' },
        });
      } catch (error) {
        if (!isDomainError(error)) throw error;
        err(`${error.field ?? ''}: ${error.messages.de}`);
        return 1;
      }
      const account = await openAccount(database, { userId, email: values.email ?? '', now });
      if (!account) {
        err(`Für ${values.email} gibt es bereits ein Konto.`);
        return 1;
      }
      out(`Nutzer ${userId} (${role}) — Einrichtungslink, nur jetzt sichtbar, 7 Tage gültig:`);
      out(`/einrichten#${account.setupSecret}`);
      return 0;
    });
  },
};
