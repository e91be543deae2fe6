import { parseStreamId } from '../../event-log/streams.js';
import type { EventMetadata, FeedEvent, JsonObject } from '../../event-store/index.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { actorNameField } from './actors.js';
import { DEPRECATED } from './deprecations.js';
import { EventTypeEnum, RoleEnum, roleOf } from './enums.js';
import { FieldChangeType } from './history.js';
import { ItemInterface } from './item.js';
import { positionField } from './position.js';
import { globalIdOf } from './provenance.js';

/**
 * A feed event as the caller may see it (the `events` feed and subscriptions): of items outside
 * the processes where the caller reads everything (partners: of every item) without the actor,
 * and without what it reveals of items the caller may not see.
 */
export const feedEventFor = async (
  event: FeedEvent,
  { scope, redactor }: Pick<GraphQLContext, 'scope' | 'redactor'>,
): Promise<FeedEvent> => {
  const item = parseStreamId(event.streamId);
  if (scope === 'all' || !item) return event;
  const { actor, reason, evidence, ...rest } = event.metadata;
  const [full, disclosed] = await Promise.all([
    redactor.seesAllOf(item.id),
    redactor.event({
      eventId: event.id,
      itemId: item.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      reason: typeof reason === 'string' ? reason : null,
      evidence: Array.isArray(evidence) ? evidence : [],
    }),
  ]);
  const metadata: EventMetadata = {
    ...rest,
    ...(full && actor !== undefined ? { actor } : {}),
    ...(full && evidence !== undefined && disclosed.evidence.length > 0 ? { evidence } : {}),
    ...(disclosed.reason === null ? {} : { reason: disclosed.reason }),
  };
  return { ...event, metadata, data: disclosed.data as JsonObject };
};

/** The actor an event's metadata names, where it names one. */
const actorOfEvent = (event: FeedEvent): string | null =>
  typeof event.metadata.actor === 'string' ? event.metadata.actor : null;

export const FeedEventType = builder.objectRef<FeedEvent>('Event').implement({
  description:
    'A domain event in the global feed (not a meeting: meetings are `Meeting`). The feed is in commit order and gap-free: a partner who syncs from its last cursor never misses one.',
  fields: (t) => ({
    position: positionField(
      t,
      'position',
      'Global position, 1, 2, 3, … without gaps (a string: it may outgrow 2^31).',
    ),
    type: t.expose('type', {
      type: EventTypeEnum,
      description: 'Event type, e.g. `RecommendationAdopted`.',
    }),
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
    data: t.expose('data', {
      type: 'JSON',
      description:
        'The event’s data as stored, in the event’s `schemaVersion`: untyped. Use `payload`.',
      deprecationReason: DEPRECATED.eventData,
    }),
    actor: t.string({
      nullable: true,
      description:
        'Who issued the change (the actor named in the event’s metadata, e.g. `token:03de1dfc4398`), where known. Always null for partners and anonymous callers: they learn no actor identifiers, only the `role`.',
      resolve: actorOfEvent,
    }),
    actorName: actorNameField(t, actorOfEvent),
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description: 'The role they acted in, e.g. `ministry` or `team`, where known.',
      resolve: (event) => roleOf(event.metadata.role),
    }),
    reason: t.string({
      nullable: true,
      description:
        'Why (Begründung), where given. Null for partners and anonymous callers where the event names an item they may not see, or shares its reason with such an item’s event (a follow-up of drafting); such ids are then also left out of `data` and `changes`.',
      resolve: (event) =>
        typeof event.metadata.reason === 'string' ? event.metadata.reason : null,
    }),
    occurredAt: t.expose('occurredAt', {
      type: 'DateTime',
      description: 'When it happened in the real world (may lie before `recordedAt`).',
    }),
    recordedAt: t.expose('recordedAt', {
      type: 'DateTime',
      description: 'When Fahrplan recorded it.',
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
      resolve: async (event, _args, { changes, redactor }) => {
        const item = parseStreamId(event.streamId);
        if (!item) return [];
        const found = await changes.load({ ...item, version: event.streamVersion });
        const shown = await redactor.changes(found, item.id);
        return shown.map((change) => ({ ...change, recordedAt: event.recordedAt }));
      },
    }),
  }),
});
