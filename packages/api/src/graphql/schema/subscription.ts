import { AGGREGATE_KINDS, type AggregateKind } from '@fahrplan/domain';
import { GraphQLError } from 'graphql';
import { tokenIdOfActor } from '../../auth/authenticate.js';
import { streamIdOf } from '../../event-log/streams.js';
import type { Locale } from '../../http/locale.js';
import {
  acceptsFor,
  isStreamEnd,
  type LiveFilter,
  type LiveMessage,
  liveScopeOf,
  processMembership,
  type StreamEnd,
} from '../../live/index.js';
import { actionFieldIdOf } from '../action-field-arg.js';
import { builder } from '../builder.js';
import { badArgument } from '../errors.js';
import { knownProcessIdOf, PROCESS_ARG_DESCRIPTION } from '../process-arg.js';
import { DEPRECATED } from './deprecations.js';
import { EventTypeEnum, eventTypesOf } from './enums.js';
import { FeedEventType, feedEventFor } from './events.js';
import { encodeCursor } from './events-feed.js';

interface GlobalId {
  readonly typename: string;
  readonly id: string;
}

const EventFilterInput = builder.inputType('EventFilter', {
  description: 'Which new events to receive; every condition given must hold.',
  fields: (t) => ({
    item: t.globalID({
      required: false,
      description: 'Only the events of this item (its global id).',
    }),
    eventTypes: t.field({
      type: [EventTypeEnum],
      required: false,
      description: 'Only these event types, e.g. `RecommendationPrioritised`.',
    }),
    types: t.stringList({
      required: false,
      deprecationReason: DEPRECATED.typesFilter,
      description: 'Only these event types, as strings.',
    }),
    actionField: t.id({
      required: false,
      description: 'Only the events of items in this action field, and of the action field itself.',
    }),
    process: t.string({ required: false, description: PROCESS_ARG_DESCRIPTION }),
  }),
});

const liveFilterOf = (
  filter: {
    item?: GlobalId | null;
    types?: string[] | null;
    eventTypes?: string[] | null;
    actionField?: string | null;
  },
  locale: Locale,
): LiveFilter => {
  const { item, actionField } = filter;
  const types = eventTypesOf(filter);
  const isKind = (name: string): name is AggregateKind =>
    (AGGREGATE_KINDS as readonly string[]).includes(name);
  if (item && !isKind(item.typename)) {
    throw badArgument('item', 'Die ID ist ungültig.', 'The id is not valid.', locale);
  }
  return {
    ...(item && isKind(item.typename) ? { streamId: streamIdOf(item.typename, item.id) } : {}),
    ...(types?.length ? { types } : {}),
    ...(actionField ? { actionFieldId: actionFieldIdOf(actionField, locale) } : {}),
  };
};

/**
 * The last message of a stream the server ended, as a GraphQL error: a revoked token is
 * UNAUTHENTICATED; a subscriber that fell behind is told where to resume.
 */
const streamEndError = ({ end, lastPosition }: StreamEnd, locale: Locale): GraphQLError => {
  if (end === 'token-revoked') {
    return new GraphQLError(
      locale === 'de'
        ? 'Das Token wurde widerrufen; das Abonnement ist beendet.'
        : 'The token was revoked; the subscription has ended.',
      { extensions: { code: 'UNAUTHENTICATED' } },
    );
  }
  // Nothing taken yet: the subscriber resumes from where it started, which it knows best.
  const after = lastPosition === undefined ? undefined : encodeCursor(lastPosition);
  const resume = after === undefined ? '…' : `"${after}"`;
  return new GraphQLError(
    locale === 'de'
      ? `Abonnement beendet: zu langsam; mit events(after: ${resume}) nachholen.`
      : `Subscription ended: too slow; catch up with events(after: ${resume}).`,
    {
      extensions: {
        code: 'SUBSCRIBER_TOO_SLOW',
        ...(after === undefined ? {} : { details: { after, lastPosition } }),
      },
    },
  );
};

builder.subscriptionType({
  description:
    'Live updates over Server-Sent Events: POST (or GET) `/graphql` with `Accept: text/event-stream`.',
});

builder.subscriptionField('eventAppended', (t) =>
  t.field({
    type: FeedEventType,
    description:
      'Each new event as soon as it is in the global feed (whichever server wrote it), from the moment of subscribing; partners receive only events that leave an item published. To catch up after a break, page the `events` feed from your last `position`.',
    args: {
      filter: t.arg({
        type: EventFilterInput,
        required: false,
        description: 'Only the events that match; all events the caller may see when omitted.',
      }),
    },
    subscribe: async (_root, args, context) => {
      const { feed, caller, locale, stream, database, scope } = context;
      const tokenId = tokenIdOfActor(caller.actor);
      const filter = liveFilterOf(args.filter ?? {}, locale);
      const process = args.filter?.process
        ? await processMembership(database, await knownProcessIdOf(args.filter.process, context))
        : undefined;
      const live = await liveScopeOf(database, scope);
      return feed.subscribe(acceptsFor({ ...filter, ...(process ? { process } : {}) }, live), {
        ...(tokenId === undefined ? {} : { tokenId }),
        ...(stream ? { onServerEnd: () => stream.closeSoon() } : {}),
      });
    },
    resolve: (message: LiveMessage, _args, context) => {
      if (isStreamEnd(message)) throw streamEndError(message, context.locale);
      // A subscription outlives requests: each event reads token names and visibility afresh.
      context.actorNames.clearAll();
      context.redactor.clearAll();
      return feedEventFor(message.event, context);
    },
  }),
);
