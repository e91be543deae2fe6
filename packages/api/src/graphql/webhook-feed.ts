import { encodeGlobalID } from '@pothos/plugin-relay';
import { actorOfToken } from '../auth/authenticate.js';
import { findActiveToken } from '../auth/tokens.js';
import type { SqlRunner } from '../database/index.js';
import type { JsonObject } from '../event-store/index.js';
import type { VisibilityReader } from '../follows/index.js';
import { type FeedPage, type FeedReader, headPosition } from '../webhooks/index.js';
import { unionSelectionOf } from './full-selection.js';
import { positionCursor } from './position-cursor.js';
import { schema } from './schema/index.js';
import type { createGraphQLHandler, RequestContext } from './yoga.js';

const cursor = positionCursor('event');

type GraphQL = Pick<ReturnType<typeof createGraphQLHandler>, 'fetch'>;

/**
 * Runs one query on the API's own GraphQL endpoint in process, as `context`'s caller; `reader`
 * names the host and the error. A failed query throws: a reader must not skip events.
 */
const queryFeed = async <Data>(
  graphql: GraphQL,
  reader: string,
  query: string,
  variables: Record<string, unknown>,
  context: RequestContext,
): Promise<Data> => {
  const response = await graphql.fetch(
    new Request(`http://${reader}s.internal/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    }),
    context,
  );
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (!body.data || (body.errors?.length ?? 0) > 0) {
    throw new Error(`${reader} feed: ${JSON.stringify(body.errors ?? response.status)}`);
  }
  return body.data;
};

/** The event as the `events` feed serialises it for partners; `payload` typed per event type. */
const WEBHOOK_FEED = `query WebhookFeed($after: String, $first: Int!, $eventTypes: [EventType!], $process: String) {
  events(after: $after, first: $first, eventTypes: $eventTypes, process: $process) {
    pageInfo { endCursor hasNextPage }
    edges { node {
      position type schemaVersion itemId itemKind itemVersion role reason occurredAt recordedAt hash
      changes { field before after }
      payload { ${unionSelectionOf(schema, 'EventPayload', 1)} }
    } }
  }
}`;

interface FeedData {
  events: {
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: { node: JsonObject & { position: string; type: string; recordedAt: string } }[];
  };
}

/**
 * Webhooks read the partner's own `events` feed, through the same GraphQL endpoint and with the
 * token's caller: the shape, the redaction and the visibility rules are the feed's, not a copy.
 */
export const webhookFeedReader =
  (database: SqlRunner, graphql: GraphQL): FeedReader =>
  async ({ tokenId, after, first, eventTypes }): Promise<FeedPage | undefined> => {
    const token = await findActiveToken(database, tokenId);
    if (!token) return undefined;
    // Read before the page: a page that is not full has shown every event up to it.
    const head = await headPosition(database);
    const data = await queryFeed<FeedData>(
      graphql,
      'webhook',
      WEBHOOK_FEED,
      {
        after: after > 0 ? cursor.encode(after) : null,
        first,
        eventTypes: eventTypes.length > 0 ? eventTypes : null,
        process: token.processId === null ? null : encodeGlobalID('Process', token.processId),
      },
      {
        caller: {
          actor: actorOfToken(token.id),
          role: token.role,
          name: token.name,
          grants: [{ role: token.role, processId: token.processId }],
        },
        locale: 'de',
        address: 'webhook-feed',
      },
    );
    const { edges, pageInfo } = data.events;
    return {
      entries: edges.map(({ node }) => ({
        position: Number(node.position),
        type: node.type,
        recordedAt: node.recordedAt,
        node,
      })),
      readTo: Math.max(
        after,
        cursor.decode(pageInfo.endCursor ?? '') ?? after,
        pageInfo.hasNextPage ? 0 : head,
      ),
      hasMore: pageInfo.hasNextPage,
    };
  };

const VISIBLE_POSITIONS = `query NotificationVisibility($after: String, $first: Int!) {
  events(after: $after, first: $first) { edges { node { position } } }
}`;

/**
 * Notifications ask the same feed which events a follower may see, with the follower's caller
 * (the public's, or a member's roles): the API's visibility rules, not a copy of them.
 */
export const feedVisibilityReader =
  (graphql: GraphQL): VisibilityReader =>
  async (caller, { after, first }) => {
    const data = await queryFeed<{ events: { edges: { node: { position: string } }[] } }>(
      graphql,
      'notification',
      VISIBLE_POSITIONS,
      { after: after > 0 ? cursor.encode(after) : null, first },
      { caller, locale: 'de', address: 'notifications' },
    );
    return new Set(data.events.edges.map(({ node }) => Number(node.position)));
  };
