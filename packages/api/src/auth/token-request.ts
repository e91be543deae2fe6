import {
  badInput,
  checkId,
  DEFAULT_PROCESS_ID,
  type DomainError,
  notFound,
  processIdOfSlug,
} from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { readUser } from '../people/users.js';
import { createToken, isRole, type TokenInfo, type TokenRequest } from './tokens.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The process id behind `--process`: a slug (`industrie-der-zukunft`) or the id (`sp-…`). */
export const processIdOfOption = (value: string): string =>
  value.startsWith('sp-') || !SLUG.test(value) ? value : processIdOfSlug(value);

const processExists = async (runner: SqlRunner, processId: string): Promise<boolean> => {
  // Logs from before processes hold no definition of the default process, yet it is there.
  if (processId === DEFAULT_PROCESS_ID) return true;
  const rows = await runner.rows(sql`
    SELECT 1 FROM item_versions WHERE kind = 'Process' AND id = ${processId} AND valid_to IS NULL`);
  return rows.length > 0;
};

/**
 * Why a token may not be made so, or undefined: a known role, a name, and where given a process
 * and an owner that exist (a token for a process that does not exist would read nothing and
 * look as if it worked). A token without a process holds its role installation-wide, as every
 * token made before processes does.
 */
export const checkTokenRequest = async (
  runner: SqlRunner,
  request: TokenRequest,
): Promise<DomainError | undefined> => {
  if (!isRole(request.role)) {
    return badInput(
      'role',
      'Rolle: team, ministry, partner oder admin.',
      'Role: team, ministry, partner or admin.',
    );
  }
  if (request.name.trim() === '') {
    return badInput('name', 'Das Token braucht einen Namen.', 'The token needs a name.');
  }
  if (request.processId !== null) {
    const malformed = checkId('processId', request.processId);
    if (malformed) return malformed;
    if (!(await processExists(runner, request.processId))) {
      return notFound('processId', request.processId);
    }
  }
  const { owner } = request;
  if (owner && 'userId' in owner) {
    const malformed = checkId('owner', owner.userId);
    if (malformed) return malformed;
    if (!(await readUser(runner, owner.userId))) return notFound('owner', owner.userId);
  }
  if (owner && 'organisation' in owner && owner.organisation.trim() === '') {
    return badInput(
      'owner',
      'Die Organisation braucht einen Namen.',
      'The organisation needs a name.',
    );
  }
  return undefined;
};

/** A token refused, as the CLI and the operator route tell it (German first, as the CLI speaks). */
export interface TokenRefusal {
  readonly code: string;
  readonly field: string | null;
  readonly message: string;
}

/** Checks the request and, if it may be, makes the token; nothing is written when refused. */
export const issueToken = async (
  runner: SqlRunner,
  request: TokenRequest,
): Promise<{ token: string; info: TokenInfo } | { refused: TokenRefusal }> => {
  const problem = await checkTokenRequest(runner, request);
  if (problem || !isRole(request.role)) {
    return {
      refused: {
        code: problem?.code ?? 'BAD_USER_INPUT',
        field: problem?.field ?? 'role',
        message: problem?.messages.de ?? '',
      },
    };
  }
  return createToken(runner, { ...request, role: request.role, name: request.name.trim() });
};
