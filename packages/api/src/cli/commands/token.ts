import { parseArgs } from 'node:util';
import { issueToken, processIdOfOption, type TokenRefusal } from '../../auth/token-request.js';
import {
  listTokens,
  revokeToken,
  type TokenInfo,
  type TokenOwner,
  type TokenRequest,
} from '../../auth/tokens.js';
import { DataDirLockedError } from '../../database/index.js';
import { operatorClient } from '../../operator/operator-client.js';
import { readOperatorAccess } from '../../operator/operator-file.js';
import type { CliCommand, CliContext } from '../command.js';
import { withStore } from '../open-store.js';

/** What the token commands need, from the database directly or from the running server. */
interface TokenAdmin {
  issueToken(
    input: TokenRequest,
  ): Promise<{ token: string; info: TokenInfo } | { refused: TokenRefusal }>;
  listTokens(): Promise<TokenInfo[]>;
  revokeToken(id: string): Promise<boolean>;
}

/**
 * Runs `work` on the database; if a server owns the embedded database, through that server —
 * a second process on PGlite's files would read stale data and lose writes.
 */
const withTokens = async (
  { config, err }: CliContext,
  work: (admin: TokenAdmin) => Promise<number>,
): Promise<number> => {
  try {
    return await withStore(config, (_store, database) =>
      work({
        issueToken: (input) => issueToken(database, input),
        listTokens: () => listTokens(database),
        revokeToken: (id) => revokeToken(database, id),
      }),
    );
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const access = readOperatorAccess(error.dataDir, error.pid);
    if (!access) throw error;
    err(`Über den laufenden Server (PID ${access.pid}).`);
    return work(operatorClient(access));
  }
};

/** `--owner user:<id>` names a registered person; anything else an organisation. */
const ownerOfOption = (value: string): TokenOwner =>
  value.startsWith('user:') ? { userId: value.slice('user:'.length) } : { organisation: value };

export const tokenCommand: CliCommand = {
  name: 'token',
  summary: 'Manage API tokens: create (shown once), list, revoke.',
  usage: [
    'pnpm fahrplan token create --role team|ministry|partner|admin --name "…"',
    '         [--process <slug or id>] [--owner user:<id> | --owner "<organisation>"]',
    '       (without --process the role holds in every process, as tokens made before did)',
    '       pnpm fahrplan token list',
    '       pnpm fahrplan token revoke <id>',
  ].join('\n'),
  run: (args, context) => {
    const { out, err } = context;
    const [action, ...rest] = args;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        name: { type: 'string' },
        process: { type: 'string' },
        owner: { type: 'string' },
      },
    });
    if (action === 'create') {
      const request: TokenRequest = {
        role: values.role ?? '',
        name: values.name ?? '',
        processId: values.process === undefined ? null : processIdOfOption(values.process),
        ...(values.owner === undefined ? {} : { owner: ownerOfOption(values.owner) }),
      };
      return withTokens(context, async (admin) => {
        const issued = await admin.issueToken(request);
        if ('refused' in issued) {
          const { code, field, message } = issued.refused;
          err(
            `${code}${field ? ` (--${field === 'processId' ? 'process' : field})` : ''}: ${message}`,
          );
          return 2;
        }
        const { token, info } = issued;
        const where = info.processId ?? 'alle Prozesse';
        out(
          `Token ${info.id} (${info.role}, ${where}, „${info.name}“) — shown only now, keep it safe:`,
        );
        out(token);
        return 0;
      });
    }
    if (action === 'list') {
      return withTokens(context, async (admin) => {
        for (const token of await admin.listTokens()) {
          const state = token.revokedAt ? `revoked ${token.revokedAt}` : 'active';
          const where = (token.processId ?? '*').padEnd(28);
          out(`${token.id}  ${token.role.padEnd(8)}  ${where}  ${state.padEnd(32)}  ${token.name}`);
        }
        return 0;
      });
    }
    if (action === 'revoke' && positionals[0]) {
      const id = positionals[0];
      return withTokens(context, async (admin) => {
        if (!(await admin.revokeToken(id))) {
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
