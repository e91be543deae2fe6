import { parseArgs } from 'node:util';
import { createToken, isRole, listTokens, revokeToken } from '../../auth/tokens.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';

export const tokenCommand: CliCommand = {
  name: 'token',
  summary: 'Manage API tokens: create (shown once), list, revoke.',
  usage: [
    'pnpm fahrplan token create --role team|ministry|partner|admin --name "…"',
    '       pnpm fahrplan token list',
    '       pnpm fahrplan token revoke <id>',
  ].join('\n'),
  run: (args, { config, out, err }) => {
    const [action, ...rest] = args;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { role: { type: 'string' }, name: { type: 'string' } },
    });
    if (action === 'create') {
      const role = values.role ?? '';
      if (!isRole(role) || !values.name?.trim()) {
        err('token create needs --role team|ministry|partner|admin and --name "…"');
        return Promise.resolve(2);
      }
      return withStore(config, async (_store, database) => {
        const { token, info } = await createToken(database, { role, name: values.name ?? '' });
        out(`Token ${info.id} (${info.role}, „${info.name}“) — shown only now, keep it safe:`);
        out(token);
        return 0;
      });
    }
    if (action === 'list') {
      return withStore(config, async (_store, database) => {
        for (const token of await listTokens(database)) {
          const state = token.revokedAt ? `revoked ${token.revokedAt}` : 'active';
          out(`${token.id}  ${token.role.padEnd(8)}  ${state.padEnd(32)}  ${token.name}`);
        }
        return 0;
      });
    }
    if (action === 'revoke' && positionals[0]) {
      const id = positionals[0];
      return withStore(config, async (_store, database) => {
        if (!(await revokeToken(database, id))) {
          err(`No active token with id ${id}.`);
          return 1;
        }
        out(`Token ${id} revoked.`);
        return 0;
      });
    }
    err(`Usage: ${tokenCommand.usage}`);
    return Promise.resolve(2);
  },
};
