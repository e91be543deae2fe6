import type { Role } from '@fahrplan/domain';
import type { CommandExecutor } from '../commands/execute.js';
import type { Database } from '../database/index.js';
import type { EventStore } from '../event-store/index.js';
import type { ItemLoader } from './item-loader.js';

/** Who is asking. Anonymous callers see what partners see (published content). */
export interface Caller {
  readonly actor: string;
  readonly role: Role | 'anonymous';
}

export type Locale = 'de' | 'en';

/** What every resolver receives. */
export interface GraphQLContext {
  readonly caller: Caller;
  readonly locale: Locale;
  readonly database: Database;
  readonly store: EventStore;
  readonly execute: CommandExecutor;
  /** Batches nested item lookups within the request. */
  readonly items: ItemLoader;
  /** The composition root's clock and id source: resolvers never read them directly. */
  readonly now: () => string;
  readonly newId: () => string;
}

/** German unless the client prefers English (Accept-Language). */
export const localeOf = (acceptLanguage: string | null | undefined): Locale => {
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', quality] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), quality: quality === undefined ? 1 : Number(quality) };
    })
    .filter((entry) => entry.tag.startsWith('de') || entry.tag.startsWith('en'))
    .sort((a, b) => b.quality - a.quality)[0];
  return preferred?.tag.startsWith('en') ? 'en' : 'de';
};
