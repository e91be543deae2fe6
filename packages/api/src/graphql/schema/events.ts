import { parseStreamId } from '../../commands/streams.js';
import type { FeedEvent } from '../../event-store/index.js';
import { actorNameOf } from '../actor-name-loader.js';
import { builder } from '../builder.js';
import { ACTOR_NAME_DESCRIPTION } from './actors.js';
import { FieldChangeType } from './history.js';
import { ItemInterface } from './item.js';
import { globalIdOf } from './provenance.js';

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
    actorName: t.string({
      nullable: true,
      description: ACTOR_NAME_DESCRIPTION,
      resolve: (event, _args, { actorNames }) =>
        actorNameOf(
          typeof event.metadata.actor === 'string' ? event.metadata.actor : null,
          actorNames,
        ),
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
    item: t.field({
      type: ItemInterface,
      nullable: true,
      description:
        'The item the event belongs to, as it is now; null where the caller may not see it (any more).',
      resolve: (event, _args, { items }) => {
        const item = parseStreamId(event.streamId);
        return item ? items.load({ ...item, asOf: undefined }) : null;
      },
    }),
    changes: t.field({
      type: [FieldChangeType],
      description: 'The fields the event changed (before → after), as in the item’s `history`.',
      resolve: async (event, _args, { changes }) => {
        const item = parseStreamId(event.streamId);
        if (!item) return [];
        const found = await changes.load({ ...item, version: event.streamVersion });
        return found.map((change) => ({ ...change, recordedAt: event.recordedAt }));
      },
    }),
  }),
});
