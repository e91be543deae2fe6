import { ANONYMOUS, type Caller } from './caller.js';
import type { TokenCache } from './token-cache.js';

const TOKEN_ACTOR = 'token:';

/** How events record a caller who used a token: `token:<id>` (the id, never the name). */
export const actorOfToken = (id: string): string => `${TOKEN_ACTOR}${id}`;

/** The token id behind an actor recorded as `token:<id>`; undefined for any other actor. */
export const tokenIdOfActor = (actor: string): string | undefined =>
  actor.startsWith(TOKEN_ACTOR) && actor.length > TOKEN_ACTOR.length
    ? actor.slice(TOKEN_ACTOR.length)
    : undefined;

/** Why a request's credentials were refused. */
export class AuthenticationError extends Error {
  constructor(readonly reason: 'malformed' | 'unknown') {
    super(reason === 'malformed' ? 'Malformed Authorization header' : 'Unknown or revoked token');
    this.name = 'AuthenticationError';
  }
}

/**
 * The caller behind `Authorization: Bearer <token>`; no header means anonymous. A header that
 * does not name an active token is refused, never silently downgraded.
 */
export const authenticate = async (tokens: TokenCache, header: string | null): Promise<Caller> => {
  if (header === null || header.trim() === '') return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw new AuthenticationError('malformed');
  const token = await tokens.find(match[1]);
  if (!token) throw new AuthenticationError('unknown');
  return {
    actor: actorOfToken(token.id),
    role: token.role,
    name: token.name,
    grants: [{ role: token.role, processId: token.processId }],
  };
};
