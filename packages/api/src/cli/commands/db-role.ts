import { parseArgs } from 'node:util';
import { DEFAULT_APP_ROLE, isRoleName, setUpAppRole } from '../../database/app-role.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';

export const dbRoleCommand: CliCommand = {
  name: 'db-role',
  summary:
    'PostgreSQL: create or update the application role, which may only read and insert the event log, chain and checkpoints.',
  usage: [
    `pnpm fahrplan db-role [--name ${DEFAULT_APP_ROLE}] [--login]`,
    '  run as the tables’ owner (who runs the migrations); the API then connects as this role',
    '  (--login makes it a login role; set its password with ALTER ROLE … PASSWORD, or grant the',
    '  role to a login role). Run it again after each upgrade.',
  ].join('\n'),
  run: (args, { config, out, err }) => {
    const { values } = parseArgs({
      args: [...args],
      options: { name: { type: 'string' }, login: { type: 'boolean' } },
    });
    const role = values.name ?? DEFAULT_APP_ROLE;
    if (!isRoleName(role)) {
      err(`--name: "${role}" is no role name (lower-case letters, digits, _).`);
      return Promise.resolve(2);
    }
    if (config.database.kind === 'pglite') {
      err('The embedded PGlite has a single user: nothing to set up (the append-only trigger');
      err('protects the log there). Use DATABASE_URL=postgres://… for a PostgreSQL server.');
      return Promise.resolve(2);
    }
    return withStore(config, async (_store, database) => {
      await setUpAppRole(database, role, { login: values.login === true });
      out(`Role ${role} may read and insert events, event_chain and checkpoints, and never`);
      out(
        'update, delete or truncate them; it reads and writes the read models and personal data.',
      );
      return 0;
    });
  },
};
