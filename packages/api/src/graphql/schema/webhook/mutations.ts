import {
  createEndpoint,
  deleteEndpoint,
  headPosition,
  listEndpoints,
  newSecret,
  replayFrom,
  rotateSecret,
  updateEndpoint,
  type WebhookEndpoint,
} from '../../../webhooks/index.js';
import { builder, type Types } from '../../builder.js';
import { translated } from '../../errors.js';
import { EventTypeEnum } from '../enums.js';
import { managedEndpoint, managerOf } from './access.js';
import { checkedActionFields, checkedFromPosition, checkedUrl, ownerTokenOf } from './input.js';
import { WebhookEndpointType } from './types.js';

/** The endpoint after a change; it was found just before, so only a concurrent delete loses it. */
const present = (endpoint: WebhookEndpoint | undefined): WebhookEndpoint => {
  if (!endpoint) throw new Error('webhook endpoint vanished during the change');
  return endpoint;
};

const WHO = 'A partner with its token (its own endpoints), or admins.';

builder.queryField('webhookEndpoints', (t) =>
  t.field({
    type: [WebhookEndpointType],
    description: `Webhook endpoints, oldest first: a partner's own; admins see every partner's (or one token's). ${WHO}`,
    args: {
      tokenId: t.arg.string({ required: false, description: 'Only this partner token’s.' }),
    },
    resolve: (_root, args, context) =>
      translated(context, async () => {
        const manager = managerOf(context);
        if (manager.kind === 'partner') {
          return args.tokenId == null || args.tokenId === manager.tokenId
            ? listEndpoints(context.database, manager.tokenId)
            : [];
        }
        return listEndpoints(context.database, args.tokenId ?? undefined);
      }),
  }),
);

const SECRET_DESCRIPTION =
  'The signing secret (`whsec_…`, Standard Webhooks): shown only now; verify each delivery with it.';

/** A payload that answers the endpoint a change left. */
const endpointPayload = (description: string, endpoint: string) => ({
  description,
  outputFields: (
    t: PothosSchemaTypes.ObjectFieldBuilder<Types, { endpoint: WebhookEndpoint }>,
  ) => ({
    endpoint: t.expose('endpoint', { type: WebhookEndpointType, description: endpoint }),
  }),
});

/** As `endpointPayload`, with the secret the change made (shown this once). */
const secretPayload = (description: string, endpoint: string) => ({
  description,
  outputFields: (
    t: PothosSchemaTypes.ObjectFieldBuilder<Types, { endpoint: WebhookEndpoint; secret: string }>,
  ) => ({
    ...endpointPayload(description, endpoint).outputFields(t),
    secret: t.exposeString('secret', { description: SECRET_DESCRIPTION }),
  }),
});

builder.relayMutationField(
  'registerWebhookEndpoint',
  {
    description: 'Where to deliver, and which events.',
    inputFields: (t) => ({
      url: t.string({
        required: true,
        description: 'An http(s) URL on a public address; deliveries are POSTed there.',
      }),
      eventTypes: t.field({
        type: [EventTypeEnum],
        required: false,
        description: 'Only these event types; omitted or empty: every type.',
      }),
      actionFields: t.idList({
        required: false,
        description:
          'Only events of items in these action fields (global ids); omitted: every field.',
      }),
      fromPosition: t.string({
        required: false,
        description:
          'Deliver from this feed position on (1: everything the token may see); omitted: only events after now.',
      }),
      tokenId: t.string({
        required: false,
        description:
          'Admins: the partner token the endpoint is for. Partners: omitted (their own).',
      }),
    }),
  },
  {
    description: `Register a webhook endpoint: answers it and its signing secret (shown once). Deliveries carry what the partner token may see in the \`events\` feed, in feed order. ${WHO}`,
    resolve: (_root, { input }, context) =>
      translated(context, async () => {
        const manager = managerOf(context);
        const tokenId = await ownerTokenOf(manager, input.tokenId, context);
        const url = await checkedUrl(input.url, context);
        const actionFieldIds = await checkedActionFields(input.actionFields ?? [], context);
        const from =
          input.fromPosition == null
            ? (await headPosition(context.database)) + 1
            : await checkedFromPosition(input.fromPosition, context);
        const secret = newSecret();
        const endpoint = await createEndpoint(context.database, {
          id: context.newId(),
          tokenId,
          url,
          eventTypes: [...new Set(input.eventTypes ?? [])],
          actionFieldIds,
          secret,
          position: from - 1,
        });
        return { endpoint, secret };
      }),
  },
  secretPayload('The endpoint and its secret.', 'The endpoint as registered.'),
);

builder.relayMutationField(
  'updateWebhookEndpoint',
  {
    description: 'The endpoint and what changes (omitted: unchanged).',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The endpoint’s id.' }),
      url: t.string({ required: false, description: 'A new URL (checked as at registration).' }),
      eventTypes: t.field({
        type: [EventTypeEnum],
        required: false,
        description: 'New event types; empty: every type.',
      }),
      actionFields: t.idList({
        required: false,
        description: 'New action fields (global ids); empty: every field.',
      }),
    }),
  },
  {
    description: `Change a webhook endpoint's URL or filters; the checkpoint stays. ${WHO}`,
    resolve: (_root, { input }, context) =>
      translated(context, async () => {
        const endpoint = await managedEndpoint(context, String(input.id));
        const url = input.url == null ? undefined : await checkedUrl(input.url, context);
        const actionFieldIds =
          input.actionFields == null
            ? undefined
            : await checkedActionFields(input.actionFields, context);
        return {
          endpoint: present(
            await updateEndpoint(context.database, endpoint.id, {
              ...(url === undefined ? {} : { url }),
              ...(input.eventTypes == null ? {} : { eventTypes: [...new Set(input.eventTypes)] }),
              ...(actionFieldIds === undefined ? {} : { actionFieldIds }),
            }),
          ),
        };
      }),
  },
  endpointPayload('The endpoint after the change.', 'The endpoint after the change.'),
);

builder.relayMutationField(
  'rotateWebhookSecret',
  {
    description: 'The endpoint.',
    inputFields: (t) => ({ id: t.id({ required: true, description: 'The endpoint’s id.' }) }),
  },
  {
    description: `Give a webhook endpoint a new signing secret (shown once); the old one signs nothing from now on. ${WHO}`,
    resolve: (_root, { input }, context) =>
      translated(context, async () => {
        const endpoint = await managedEndpoint(context, String(input.id));
        const secret = newSecret();
        return {
          endpoint: present(await rotateSecret(context.database, endpoint.id, secret)),
          secret,
        };
      }),
  },
  secretPayload('The endpoint and its new secret.', 'The endpoint.'),
);

builder.relayMutationField(
  'replayWebhookEndpoint',
  {
    description: 'The endpoint and where to start again.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The endpoint’s id.' }),
      fromPosition: t.string({
        required: true,
        description: 'The first feed position to deliver (again), 1 … the head + 1.',
      }),
    }),
  },
  {
    description: `Deliver again from a feed position on; also enables a disabled endpoint (dead letter) with a clean failure count. ${WHO}`,
    resolve: (_root, { input }, context) =>
      translated(context, async () => {
        const endpoint = await managedEndpoint(context, String(input.id));
        const from = await checkedFromPosition(input.fromPosition, context);
        return { endpoint: present(await replayFrom(context.database, endpoint.id, from)) };
      }),
  },
  endpointPayload('The endpoint, active again at its new checkpoint.', 'The endpoint.'),
);

builder.relayMutationField(
  'deleteWebhookEndpoint',
  {
    description: 'The endpoint.',
    inputFields: (t) => ({ id: t.id({ required: true, description: 'The endpoint’s id.' }) }),
  },
  {
    description: `Delete a webhook endpoint and its delivery log. ${WHO}`,
    resolve: (_root, { input }, context) =>
      translated(context, async () => {
        const endpoint = await managedEndpoint(context, String(input.id));
        await deleteEndpoint(context.database, endpoint.id);
        return { deletedId: endpoint.id };
      }),
  },
  {
    description: 'Which endpoint was deleted.',
    outputFields: (t) => ({
      deletedId: t.exposeID('deletedId', { description: 'The deleted endpoint’s id.' }),
    }),
  },
);
