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
import { readModelType } from '../read-model.js';

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

const WebhookDeliveryType = readModelType<DeliveryAttempt>(
  'WebhookDelivery',
  'One attempt to deliver one event to an endpoint (the delivery log).',
  {
    messageId: {
      type: 'String',
      description: 'The `webhook-id` header: the same for every attempt of one event.',
    },
    eventType: { type: EventTypeEnum, description: 'The event’s type.' },
    attempt: {
      type: 'Int',
      description: 'Which attempt in a row for this endpoint (1: the first after a success).',
    },
    attemptedAt: { type: 'DateTime', description: 'When it was sent.' },
    statusCode: {
      type: 'Int',
      nullable: true,
      description: 'The receiver’s HTTP status; null when it did not answer.',
    },
    durationMs: { type: 'Int', description: 'How long the attempt took (ms).' },
    error: {
      type: 'String',
      nullable: true,
      description:
        'Why it failed, e.g. `HTTP_500`, `TIMEOUT`, `ECONNREFUSED`, `PRIVATE_ADDRESS`, `REDIRECT_NOT_FOLLOWED`; null on success.',
    },
    succeeded: { type: 'Boolean', description: 'True when the receiver answered 2xx.' },
  },
  (t) => ({ position: positionField(t, 'position', 'The event’s feed position.') }),
);

export const WebhookEndpointType = readModelType<WebhookEndpoint>(
  'WebhookEndpoint',
  'Where a partner receives its events (Standard Webhooks), with its checkpoint and delivery log.',
  {
    id: { type: 'ID', description: 'The endpoint’s id.' },
    tokenId: {
      type: 'String',
      description: 'The partner token it belongs to: deliveries carry what this token may see.',
    },
    url: { type: 'String', description: 'Where deliveries are POSTed.' },
    status: { type: WebhookStatusEnum, description: 'Active, or disabled (dead letter).' },
    disabledReason: {
      type: 'String',
      nullable: true,
      description: 'Why it was disabled: the last error, or `TOKEN_REVOKED`.',
    },
    nextAttemptAt: {
      type: 'DateTime',
      nullable: true,
      description: 'When the next retry is due (after a failure).',
    },
    createdAt: { type: 'DateTime', description: 'When it was registered.' },
    updatedAt: { type: 'DateTime', description: 'When its settings last changed.' },
  },
  (t) => ({
    eventTypes: t.field({
      type: [EventTypeEnum],
      description: 'Only these event types; empty: every type.',
      resolve: (endpoint) => [...endpoint.eventTypes],
    }),
    actionFields: t.idList({
      description: 'Only events of items in these action fields (global ids); empty: every field.',
      resolve: (endpoint) => endpoint.actionFieldIds.map((id) => globalIdOf('ActionField', id)),
    }),
    position: positionField(
      t,
      'position',
      'The checkpoint: the feed position delivered last (events the filters pass over count as done).',
    ),
    consecutiveFailures: t.exposeInt('failures', {
      description: 'Failed attempts since the last success.',
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
);
