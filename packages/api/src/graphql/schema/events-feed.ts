import { type SQL, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { countFeed, MAX_READ_ALL_LIMIT } from '../../event-store/index.js';
import { inActionFieldSql, inProcessSql } from '../../live/index.js';
import { fullySeenSql, publicOnlyIn, visibleEventSql } from '../../visibility/rules.js';
import { knownActionFieldIdOf } from '../action-field-arg.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { forwardPage } from '../forward-page.js';
import { positionCursor } from '../position-cursor.js';
import { knownProcessIdOf, processArg } from '../process-arg.js';
import { checkWindow } from '../time-window.js';
import { CheckpointType } from './checkpoints.js';
import { DEPRECATED } from './deprecations.js';
import { EventTypeEnum, eventTypesOf } from './enums.js';
import { FeedEventType, feedEventFor } from './events.js';

const MAX_FEED_PAGE = 500;

const feedCursor = positionCursor('event');
export const encodeCursor = feedCursor.encode;
const decodeCursor = feedCursor.decode;

interface FeedFilter {
  readonly actor?: string | null;
  readonly since?: string | null;
  readonly until?: string | null;
  readonly actionField?: string | number | null;
  readonly process?: string | null;
}

/** The filters as one condition over the event (alias `e`), with what the caller may see. */
const feedCondition = async (
  filter: FeedFilter,
  context: GraphQLContext,
): Promise<SQL | undefined> => {
  checkWindow(filter, context.locale);
  if (publicOnlyIn(context.scope) && filter.actor != null) {
    // Partners learn no actors, so they cannot filter by one (nor probe for a token's events).
    throw new GraphQLError(
      context.locale === 'de'
        ? 'Nach Personen filtern darf nur das Projektteam oder das Ministerium.'
        : 'Only the project team and the ministry may filter by actor.',
      { extensions: { code: 'FORBIDDEN', field: 'actor' } },
    );
  }
  const conditions: SQL[] = context.scope === 'all' ? [] : [visibleEventSql(context.scope)];
  if (filter.actor != null) {
    conditions.push(sql`e.metadata->>'actor' = ${filter.actor}`);
    // Who acted is known only on items of the processes the caller reads everything of.
    if (context.scope !== 'all') {
      conditions.push(
        sql`EXISTS (SELECT 1 FROM item_versions v WHERE v.event_id = e.id AND ${fullySeenSql(context.scope)})`,
      );
    }
  }
  if (filter.since) conditions.push(sql`e.recorded_at >= ${filter.since}::timestamptz`);
  if (filter.until) conditions.push(sql`e.recorded_at < ${filter.until}::timestamptz`);
  if (filter.actionField != null) {
    const id = await knownActionFieldIdOf(String(filter.actionField), context);
    conditions.push(
      sql`EXISTS (SELECT 1 FROM item_versions v WHERE v.event_id = e.id AND ${inActionFieldSql(id)})`,
    );
  }
  if (filter.process != null) {
    const id = await knownProcessIdOf(filter.process, context);
    conditions.push(
      sql`EXISTS (SELECT 1 FROM item_versions v WHERE v.event_id = e.id AND ${inProcessSql(id)})`,
    );
  }
  return conditions.length === 0 ? undefined : sql.join(conditions, sql` AND `);
};

builder.queryField('events', (t) =>
  t.connection(
    {
      type: FeedEventType,
      description:
        'The global event feed for partners who sync: pass the last `endCursor` as `after` to get what is new. The filters (all must hold) make it an activity log.',
      args: {
        eventTypes: t.arg({
          type: [EventTypeEnum],
          required: false,
          description: 'Only these event types.',
        }),
        types: t.arg.stringList({
          required: false,
          deprecationReason: DEPRECATED.typesFilter,
          description: 'Only these event types (as strings).',
        }),
        item: t.arg.globalID({ required: false, description: 'Only the events of this item.' }),
        actor: t.arg.string({
          required: false,
          description:
            'Only the events of this actor, exactly as `Event.actor` (and `Actor.id`) names it. For the project team, the ministry and admins: partners and anonymous callers get FORBIDDEN.',
        }),
        since: t.arg({
          type: 'DateTime',
          required: false,
          description: 'Only events recorded at or after this moment.',
        }),
        until: t.arg({
          type: 'DateTime',
          required: false,
          description: 'Only events recorded before this moment (not at it).',
        }),
        actionField: t.arg.id({
          required: false,
          description:
            'Only the events of items in this action field, and of the action field itself (as in `EventFilter`).',
        }),
        process: processArg(t.arg),
        newestFirst: t.arg.boolean({
          required: false,
          defaultValue: false,
          description:
            'Newest events first (an activity log); `after` then pages on towards older events.',
        }),
      },
      resolve: async (_root, args, context) => {
        const { store, locale } = context;
        const paging = forwardPage(args, decodeCursor, locale, {
          max: MAX_FEED_PAGE,
          fallback: 100,
        });
        const first = paging.first;
        const after = paging.after ?? 0;
        const where = await feedCondition(args, context);
        const types = eventTypesOf(args);
        const newestFirst = args.newestFirst === true;
        const events = await store.readAll({
          ...(newestFirst ? (args.after ? { before: after } : {}) : { after }),
          newestFirst,
          limit: Math.min(first + 1, MAX_READ_ALL_LIMIT),
          ...(types ? { types } : {}),
          ...(args.item ? { streamId: `${args.item.typename}-${args.item.id}` } : {}),
          ...(where ? { where } : {}),
        });
        const page = await Promise.all(
          events.slice(0, first).map((event) => feedEventFor(event, context)),
        );
        const last = page.at(-1);
        return {
          edges: page.map((event) => ({ cursor: encodeCursor(event.position), node: event })),
          pageInfo: {
            hasNextPage: events.length > first,
            hasPreviousPage: args.after != null && after > 0,
            startCursor: page[0] ? encodeCursor(page[0].position) : null,
            // At the end, hand back the cursor given, so a poller keeps its place.
            endCursor: last ? encodeCursor(last.position) : (args.after ?? null),
          },
          totalCount: () =>
            countFeed(context.database, {
              ...(types ? { types } : {}),
              ...(args.item ? { streamId: `${args.item.typename}-${args.item.id}` } : {}),
              ...(where ? { where } : {}),
            }),
        };
      },
    },
    {
      name: 'EventConnection',
      description: 'A page of the event feed (Relay connection), with its checkpoint.',
      fields: (t) => ({
        checkpoint: t.field({
          type: CheckpointType,
          nullable: true,
          description:
            'The newest signed checkpoint at or before the last event of this page: keep it with the events; its hash equals the `hash` of the event at its position.',
          resolve: async (connection, _args, { checkpoints }) => {
            const last = connection.edges.at(-1)?.node.position;
            const after = decodeCursor(connection.pageInfo.endCursor ?? '') ?? 0;
            return (await checkpoints.latest({ atOrBefore: last ?? after })) ?? null;
          },
        }),
      }),
    },
    { name: 'EventEdge', description: 'An event of the feed, with its cursor.' },
  ),
);
