import type { Database } from '../database/index.js';
import {
  type ActiveToken,
  findTokenByHash,
  hashOfToken,
  registerTokenCache,
  TOKEN_CHANNEL,
} from './tokens.js';

export interface TokenCache {
  /** The active token behind this secret, or undefined: what the table says, mostly from memory. */
  find(token: string): Promise<ActiveToken | undefined>;
}

/** A safety net: an entry is checked again after this long even if no revocation was announced. */
const MAX_AGE_MS = 10_000;
/** Tokens are made by hand; far more distinct valid ones than this means something is off. */
const MAX_ENTRIES = 10_000;

/**
 * Active tokens in memory, so a request costs no look-up. A revocation in any process announces
 * itself on TOKEN_CHANNEL (in the revoking statement, so only once committed) and every cache
 * empties; one in this process empties them before `revokeToken` returns. Nothing is cached until
 * the channel is listened to, and a listener that (re)connects empties the cache, since it may
 * have missed announcements meanwhile. Only active tokens are kept: a new token is found at once.
 */
export const createTokenCache = (
  database: Database,
  clock: () => number = () => performance.now(),
): TokenCache => {
  const entries = new Map<string, { token: ActiveToken; at: number }>();
  // Bumped by every forget: a look-up that raced a revocation does not put its answer back.
  let generation = 0;
  let listening = false;
  let started: Promise<unknown> | undefined;
  const self = {
    forget: () => {
      generation += 1;
      entries.clear();
    },
  };
  registerTokenCache(self);
  // The first look-up waits for the channel, so every later one may be answered from memory.
  const start = () => {
    started ??= database
      .listen(TOKEN_CHANNEL, self.forget, () => {
        self.forget();
        listening = true;
      })
      // Not listening: this request looks its token up, the next tries to listen again.
      .catch(() => {
        started = undefined;
      });
    return started;
  };
  return {
    find: async (token) => {
      await start();
      const hash = hashOfToken(token);
      const hit = entries.get(hash);
      if (hit && clock() - hit.at < MAX_AGE_MS) return hit.token;
      const before = generation;
      const found = await findTokenByHash(database, hash);
      if (found && listening && before === generation) {
        if (entries.size >= MAX_ENTRIES) entries.clear();
        entries.set(hash, { token: found, at: clock() });
      }
      return found;
    },
  };
};
