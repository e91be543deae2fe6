import type { Context } from 'hono';
import type { LanguageVariables } from 'hono/language';
import type { Caller } from '../auth/caller.js';

/** What a subscription may do to its own HTTP response. */
export interface StreamLease {
  /**
   * The server has ended the stream with a final event: if the client does not read it within
   * the grace period (a paused socket holds it in buffers), the connection is closed.
   */
  closeSoon(): void;
}

/** What the middleware in front of /graphql hands on (see server.ts for the order). */
export interface AppEnv {
  Variables: LanguageVariables & {
    /** Set by `authenticate`. */
    caller: Caller;
  };
}

export type AppContext = Context<AppEnv>;
