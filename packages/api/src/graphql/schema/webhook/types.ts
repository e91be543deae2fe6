import {
  countAttempts,
  type DeliveryAttempt,
  listAttempts,
  type WebhookEndpoint,
} from '../../../webhooks/index.js';
import { builder } from '../../builder.js';
import { forwardPage } from '../../forward-page.js';
import { positionCursor } from '../../position-cursor.js';
import { EventTypeEnum } from '../enums.js';
import { positionField } from '../position.js';
import { globalIdOf } from '../provenance.js';

const deliveryCursor = positionCursor('delivery');

export const WebhookStatusEnum = builder.enumType('WebhookEndpointStatus', {
  description: 'Whether an endpoint receives deliveries.',
  values: {
    ACTIVE: { value: 'active', description: 'Deliveries run (retries included).' },
    DISABLED: {
      value: 'disabled',
      description:
        'Dead letter: too many failures in a row (or the token was revoked); nothing is sent until `replayWebhookEndpoint`.',
    },
  },
});

const WebhookDeliveryType = builder.objectRef<DeliveryAttempt>('WebhookDelivery').implement({
  description: 'One attempt to deliver one event to an endpoint (the delivery log).',
  fields: (t) => ({
    messageId: t.exposeString('messageId', {
      description: 'The `webhook-id` header: the same for every attempt of one event.',
    }),
    position: positionField(t, 'position', 'The event’s feed position.'),
    eventType: t.expose('eventType', {
      type: EventTypeEnum,
      description: 'The event’s type.',
    }),
    attempt: t.exposeInt('attempt', {
      description: 'Which attempt in a row for this endpoint (1: the first after a success).',
    }),
    attemptedAt: t.expose('attemptedAt', {
      type: 'DateTime',
      description: 'When it was sent.',
    }),
    statusCode: t.exposeInt('statusCode', {
      nullable: true,
      description: 'The receiver’s HTTP status; null when it did not answer.',
    }),
    durationMs: t.exposeInt('durationMs', { description: 'How long the attempt took (ms).' }),
    error: t.exposeString('error', {
      nullable: true,
      description:
        'Why it failed, e.g. `HTTP_500`, `TIMEOUT`, `ECONNREFUSED`, `PRIVATE_ADDRESS`, `REDIRECT_NOT_FOLLOWED`; null on success.',
    }),
    succeeded: t.exposeBoolean('succeeded', {
      description: 'True when the receiver answered 2xx.',
    }),
  }),
});

export const WebhookEndpointType = builder.objectRef<WebhookEndpoint>('WebhookEndpoint').implement({
  description:
    'Where a partner receives its events (Standard Webhooks), with its checkpoint and delivery log.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The endpoint’s id.' }),
    tokenId: t.exposeString('tokenId', {
      description: 'The partner token it belongs to: deliveries carry what this token may see.',
    }),
    url: t.exposeString('url', { description: 'Where deliveries are POSTed.' }),
    eventTypes: t.field({
      type: [EventTypeEnum],
      description: 'Only these event types; empty: every type.',
      resolve: (endpoint) => [...endpoint.eventTypes],
    }),
    actionFields: t.idList({
      description: 'Only events of items in these action fields (global ids); empty: every field.',
      resolve: (endpoint) => endpoint.actionFieldIds.map((id) => globalIdOf('ActionField', id)),
    }),
    status: t.expose('status', {
      type: WebhookStatusEnum,
      description: 'Active, or disabled (dead letter).',
    }),
    disabledReason: t.exposeString('disabledReason', {
      nullable: true,
      description: 'Why it was disabled: the last error, or `TOKEN_REVOKED`.',
    }),
    position: positionField(
      t,
      'position',
      'The checkpoint: the feed position delivered last (events the filters pass over count as done).',
    ),
    consecutiveFailures: t.exposeInt('failures', {
      description: 'Failed attempts since the last success.',
    }),
    nextAttemptAt: t.expose('nextAttemptAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the next retry is due (after a failure).',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When it was registered.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When its settings last changed.',
    }),
    deliveries: t.connection(
      {
        type: WebhookDeliveryType,
        description: 'The delivery log, newest first.',
        resolve: async (endpoint, args, { database, locale }) => {
          const { first, after } = forwardPage(args, deliveryCursor.decode, locale, {
            max: 100,
            fallback: 20,
          });
          const rows = await listAttempts(database, endpoint.id, {
            ...(after === undefined ? {} : { before: after }),
            limit: first + 1,
          });
          const page = rows.slice(0, first);
          return {
            edges: page.map((row) => ({ cursor: deliveryCursor.encode(row.id), node: row })),
            pageInfo: {
              hasNextPage: rows.length > first,
              hasPreviousPage: after !== undefined,
              startCursor: page[0] ? deliveryCursor.encode(page[0].id) : null,
              endCursor: page.at(-1) ? deliveryCursor.encode(page.at(-1)?.id ?? 0) : null,
            },
            totalCount: () => countAttempts(database, endpoint.id),
          };
        },
      },
      { name: 'WebhookDeliveryConnection', description: 'A page of the delivery log.' },
      { name: 'WebhookDeliveryEdge', description: 'An attempt of the log, with its cursor.' },
    ),
  }),
});
