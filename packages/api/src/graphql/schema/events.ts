import { parseStreamId } from '../../commands/streams.js';
import { type FeedEvent, MAX_READ_ALL_LIMIT } from '../../event-store/index.js';
import { publicEventSql } from '../../visibility/rules.js';
import { builder } from '../builder.js';
import { badArgument } from '../errors.js';
import { globalIdOf } from './provenance.js';

const MAX_FEED_PAGE = 500;

const encodeCursor = (position: number) => Buffer.from(`event:${position}`).toString('base64url');

const decodeCursor = (cursor: string): number | undefined => {
  const match = /^event:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : undefined;
};

export const FeedEventType = builder.objectRef<FeedEvent>('Event').implement({
  description:
    'A domain event in the global feed (not a meeting: meetings are `Meeting`). The feed is in commit order and gap-free: a partner who syncs from its last cursor never misses one.',
  fields: (t) => ({
    position: t.string({
      description: 'Global position, 1, 2, 3, … without gaps (a string: it may outgrow 2^31).',
      resolve: (event) => String(event.position),
    }),
    type: t.exposeString('type', { description: 'Event type, e.g. `RecommendationAdopted`.' }),
    schemaVersion: t.exposeInt('schemaVersion', {
      description: 'Version of the event’s data shape.',
    }),
    itemId: t.id({
      nullable: true,
      description: 'Global id of the item the event belongs to (use it with `node`).',
      resolve: (event) => {
        const item = parseStreamId(event.streamId);
        return item ? globalIdOf(item.kind, item.id) : null;
      },
    }),
    itemKind: t.exposeString('streamType', {
      description: 'The item’s type, e.g. `Recommendation`.',
    }),
    itemVersion: t.exposeInt('streamVersion', {
      description: 'The item’s version after this event.',
    }),
    data: t.field({
      type: 'JSON',
      description: 'The event’s data.',
      resolve: (event) => event.data,
    }),
    actor: t.string({
      nullable: true,
      description: 'Who issued the change (the actor named in the event’s metadata), where known.',
      resolve: (event) => (typeof event.metadata.actor === 'string' ? event.metadata.actor : null),
    }),
    role: t.string({
      nullable: true,
      description: 'The role they acted in, e.g. `ministry` or `team`, where known.',
      resolve: (event) => (typeof event.metadata.role === 'string' ? event.metadata.role : null),
    }),
    reason: t.string({
      nullable: true,
      description: 'Why (Begründung), where given.',
      resolve: (event) =>
        typeof event.metadata.reason === 'string' ? event.metadata.reason : null,
    }),
    occurredAt: t.field({
      type: 'DateTime',
      description: 'When it happened in the real world (may lie before `recordedAt`).',
      resolve: (event) => event.occurredAt,
    }),
    recordedAt: t.field({
      type: 'DateTime',
      description: 'When Fahrplan recorded it.',
      resolve: (event) => event.recordedAt,
    }),
    hash: t.exposeString('hash', {
      description: 'SHA-256 link of the tamper-evident chain over all events up to this one.',
    }),
  }),
});

builder.queryField('events', (t) =>
  t.connection({
    type: FeedEventType,
    description:
      'The global event feed for partners who sync: pass the last `endCursor` as `after` to get what is new.',
    args: {
      types: t.arg.stringList({ required: false, description: 'Only these event types.' }),
      item: t.arg.globalID({ required: false, description: 'Only the events of this item.' }),
    },
    resolve: async (_root, args, { store, locale, publicOnly }) => {
      if (args.last != null || args.before != null) {
        throw badArgument(
          'last',
          'Nur Vorwärtsblättern (first/after).',
          'Only forward paging (first/after).',
          locale,
        );
      }
      const first = args.first ?? 100;
      if (first < 1 || first > MAX_FEED_PAGE) {
        throw badArgument(
          'first',
          `„first“ muss zwischen 1 und ${MAX_FEED_PAGE} liegen.`,
          `"first" must be between 1 and ${MAX_FEED_PAGE}.`,
          locale,
        );
      }
      const after = args.after ? decodeCursor(args.after) : 0;
      if (after === undefined) {
        throw badArgument('after', 'Der Cursor ist ungültig.', 'The cursor is not valid.', locale);
      }
      const events = await store.readAll({
        after,
        limit: Math.min(first + 1, MAX_READ_ALL_LIMIT),
        ...(args.types?.length ? { types: args.types } : {}),
        ...(args.item ? { streamId: `${args.item.typename}-${args.item.id}` } : {}),
        ...(publicOnly ? { where: publicEventSql() } : {}),
      });
      const page = events.slice(0, first);
      const last = page.at(-1);
      return {
        edges: page.map((event) => ({ cursor: encodeCursor(event.position), node: event })),
        pageInfo: {
          hasNextPage: events.length > first,
          hasPreviousPage: after > 0,
          startCursor: page[0] ? encodeCursor(page[0].position) : null,
          // At the end, hand back the cursor given, so a poller keeps its place.
          endCursor: last ? encodeCursor(last.position) : (args.after ?? null),
        },
      };
    },
  }),
);
