import type { Caller } from '../auth/caller.js';
import type { CheckpointService } from '../checkpoints/index.js';
import type { CommandExecutor } from '../commands/execute.js';
import type { Submissions } from '../consultations/submissions.js';
import type { Database } from '../database/index.js';
import type { EventStore } from '../event-store/index.js';
import type { Follows } from '../follows/follows.js';
import type { StreamLease } from '../http/app-env.js';
import type { Locale } from '../http/locale.js';
import type { FeedFollower } from '../live/index.js';
import type { Redactor } from '../visibility/redactor.js';
import type { ReadScope } from '../visibility/rules.js';
import type { WebhookSettings } from '../webhooks/index.js';
import type { ActorNameLoader } from './actor-name-loader.js';
import type { ChangeLoader } from './change-loader.js';
import type { ItemLoader } from './item-loader.js';
import type { ReferenceLoader } from './reference-loader.js';

/** What every resolver receives. */
export interface GraphQLContext {
  readonly caller: Caller;
  /**
   * Where the caller reads everything (see `ReadScope`): every process, the processes it is team,
   * ministry or admin in, or none (partners, anonymous callers); elsewhere published content.
   */
  readonly scope: ReadScope;
  readonly locale: Locale;
  /**
   * Where this request reads: the primary, or (partners and anonymous callers, queries only,
   * with `FAHRPLAN_READ_DATABASE_URL`) a streaming replica. `database`, `store` and the loaders
   * all read there.
   */
  readonly readsFrom: 'primary' | 'replica';
  readonly database: Database;
  readonly store: EventStore;
  readonly execute: CommandExecutor;
  /** This process's follower of the global feed: subscriptions draw from it. */
  readonly feed: FeedFollower;
  /** Set on Server-Sent-Event requests: a subscription's hold on its own response. */
  readonly stream?: StreamLease;
  /** Signed checkpoints of the chain head: list, sign, check. */
  readonly checkpoints: CheckpointService;
  /** Batches nested item lookups within the request. */
  readonly items: ItemLoader;
  /** Batches the field changes of feed events within the request. */
  readonly changes: ChangeLoader;
  /** Batches the items field changes name, each as of its event. */
  readonly referenced: ReferenceLoader;
  /** The names of the tokens behind actors, read once per request (none for partners). */
  readonly actorNames: ActorNameLoader;
  /** What the caller may see of events (see `visibility/redactor.ts`). */
  readonly redactor: Redactor;
  /** The composition root's clock and id source: resolvers never read them directly. */
  readonly now: () => string;
  readonly newId: () => string;
  /** The ids `newId` minted in this request: items under them are new (see `CommandRequest.freshIds`). */
  readonly minted: ReadonlySet<string>;
  /** The installation's time zone (IANA): "today", the end of a day, a day shown to people. */
  readonly timeZone: string;
  /** How webhooks are delivered: registration checks URLs as deliveries will. */
  readonly webhooks: WebhookSettings;
  /** Public submissions to consultations and their moderation (consultations/). */
  readonly submissions: Submissions;
  /** Follows of items and action fields, and their notification settings (follows/). */
  readonly follows: Follows;
  /** The client's address (rate-limit key): the per-address limit of submissions. */
  readonly address: string;
}
