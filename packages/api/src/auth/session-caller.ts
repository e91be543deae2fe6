import type { SqlRunner } from '../database/index.js';
import { secretHash } from '../people/secrets.js';
import type { SessionSettings } from '../people/session-settings.js';
import { findSession } from '../people/sessions.js';
import { actorOfUser, readUser } from '../people/users.js';
import { type Caller, principalRoleOf } from './caller.js';

/** Why a session cookie was not taken. */
export type SessionRefusal = 'SESSION_EXPIRED' | 'CSRF_TOKEN_REQUIRED';

/**
 * The person behind a session cookie, their roles read afresh from their stream (a revoked role
 * is gone at the next request). `csrf` is the `X-CSRF-Token` header: a cookie counts only with
 * the token bound to its session, so another site's page cannot act with it.
 */
export const callerOfSession = async (
  runner: SqlRunner,
  input: { secret: string; csrf: string | undefined; now: string; settings: SessionSettings },
): Promise<Caller | SessionRefusal> => {
  const session = await findSession(runner, input.secret, input.now, input.settings);
  if (!session) return 'SESSION_EXPIRED';
  if (input.csrf === undefined || secretHash(input.csrf) !== session.csrfHash) {
    return 'CSRF_TOKEN_REQUIRED';
  }
  const user = await readUser(runner, session.userId);
  if (!user) return 'SESSION_EXPIRED';
  return {
    actor: actorOfUser(user.userId),
    role: principalRoleOf(user.grants),
    ...(user.name === undefined ? {} : { name: user.name }),
    grants: user.grants,
    session: { userId: user.userId, hash: session.hash },
  };
};
