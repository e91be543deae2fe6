import { GraphQLError } from 'graphql';
import { FollowRateLimited } from '../../../follows/index.js';
import { readUser } from '../../../people/users.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { translated } from '../../errors.js';
import { inputOf } from '../mutation-parts.js';
import { followerKeyOf, followTargetOf, memberOf } from './access.js';
import { settingsFor } from './queries.js';
import {
  FollowModeEnum,
  FollowType,
  NotificationLanguageEnum,
  NotificationSettingsType,
} from './types.js';

const rateLimited = (error: unknown): never => {
  if (!(error instanceof FollowRateLimited)) throw error;
  throw new GraphQLError(error.message, {
    extensions: { code: error.code, retryAfter: error.retryAfterSeconds },
  });
};

builder.relayMutationField(
  'followItem',
  {
    description: inputOf('followItem'),
    inputFields: (t) => ({
      id: t.globalID({
        required: true,
        description: 'The item or action field to follow: its global id.',
      }),
      email: t.string({
        required: false,
        description: 'Without a session: where the confirmation link and the news go.',
      }),
      consent: t.boolean({
        required: false,
        description: 'Without a session: consent to the privacy notice (must be true).',
      }),
    }),
  },
  {
    description:
      'Follow an item or action field and hear of it by mail. A signed-in member follows at once with their account’s address; anyone else gives an e-mail and consent, and the follow counts once the mailed link confirms it (double opt-in). Limited per client address (`RATE_LIMITED`).',
    resolve: (_root, { input }, context) =>
      translated(context, async () => {
        const target = await followTargetOf(input.id, context);
        const userId = memberOf(context);
        if (userId && (await readUser(context.database, userId))?.email) {
          const follow = await context.follows.followAsMember(
            { userId, locale: context.locale },
            target,
          );
          return { follow, confirmBy: null };
        }
        const { confirmBy } = await context.follows
          .request(
            {
              target,
              email: input.email ?? '',
              consent: input.consent === true,
              locale: context.locale,
            },
            context.address,
          )
          .catch(rateLimited);
        return { follow: null, confirmBy };
      }),
  },
  {
    description: 'A member’s follow, or (by e-mail) until when the mailed link confirms it.',
    outputFields: (t) => ({
      follow: t.expose('follow', {
        type: FollowType,
        nullable: true,
        description: 'The follow, for a signed-in member; null until confirmed by e-mail.',
      }),
      confirmBy: t.expose('confirmBy', {
        type: 'DateTime',
        nullable: true,
        description: 'By e-mail: until when the mailed link confirms the follow.',
      }),
    }),
  },
);

builder.relayMutationField(
  'confirmFollow',
  {
    description: inputOf('confirmFollow'),
    inputFields: (t) => ({
      followId: t.id({ required: true, description: 'The follow: the fragment before the dot.' }),
      token: t.string({ required: true, description: 'The mailed token: after the dot.' }),
    }),
  },
  {
    description:
      'The link from a follow’s confirmation mail (public): the follow counts from now on.',
    resolve: (_root, { input }, context) =>
      translated(context, async () => ({
        follow: await context.follows.confirm(String(input.followId), input.token),
      })),
  },
  {
    description: 'The confirmed follow.',
    outputFields: (t) => ({
      follow: t.expose('follow', {
        type: FollowType,
        description: 'The follow, now counting.',
      }),
    }),
  },
);

builder.relayMutationField(
  'unfollow',
  {
    description: inputOf('unfollow'),
    inputFields: (t) => ({
      followId: t.id({ required: true, description: 'The follow to end.' }),
      token: t.string({
        required: false,
        description:
          'The token from a notification’s settings link; omitted: the signed-in member’s own.',
      }),
    }),
  },
  {
    description:
      'Stop following one item or action field; a follower by e-mail who then follows nothing is deleted with their address.',
    resolve: (_root, { input }, context) =>
      translated(context, async () => {
        const key = followerKeyOf(input.token, context);
        await context.follows.unfollow(key, String(input.followId));
        return { followId: String(input.followId) };
      }),
  },
  {
    description: 'The follow that ended.',
    outputFields: (t) => ({
      followId: t.exposeID('followId', { description: 'The follow that ended.' }),
    }),
  },
);

builder.relayMutationField(
  'setNotificationSettings',
  {
    description: inputOf('setNotificationSettings'),
    inputFields: (t) => ({
      mode: t.field({ type: FollowModeEnum, required: false, description: 'When to hear.' }),
      language: t.field({
        type: NotificationLanguageEnum,
        required: false,
        description: 'The mails’ language.',
      }),
      token: t.string({
        required: false,
        description:
          'The token from a notification’s settings link; omitted: the signed-in member’s own.',
      }),
    }),
  },
  {
    description: 'At once or as a daily or weekly digest, in German or English.',
    resolve: (_root, { input }, context: GraphQLContext) =>
      translated(context, async () => {
        const key = followerKeyOf(input.token, context);
        await context.follows.configure(key, {
          ...(input.mode ? { mode: input.mode } : {}),
          ...(input.language ? { language: input.language } : {}),
        });
        return { settings: await settingsFor(key, context) };
      }),
  },
  {
    description: 'The settings now.',
    outputFields: (t) => ({
      settings: t.expose('settings', {
        type: NotificationSettingsType,
        nullable: true,
        description: 'The settings now.',
      }),
    }),
  },
);

builder.relayMutationField(
  'unsubscribeNotifications',
  {
    description: inputOf('unsubscribeNotifications'),
    inputFields: (t) => ({
      token: t.string({ required: true, description: 'The token from a notification’s link.' }),
    }),
  },
  {
    description:
      'Unsubscribe from every notification (public, no account): every follow ends, and a follower’s address is deleted. The same as the one-click POST of the mails’ `List-Unsubscribe`.',
    resolve: (_root, { input }, context) =>
      translated(context, async () => {
        if (!(await context.follows.unsubscribe(input.token))) {
          throw new GraphQLError(
            context.locale === 'de'
              ? 'Dieser Link ist ungültig oder bereits abbestellt.'
              : 'This link is invalid or already unsubscribed.',
            { extensions: { code: 'NOT_FOUND', field: 'token' } },
          );
        }
        return { unsubscribed: true };
      }),
  },
  {
    description: 'Done.',
    outputFields: (t) => ({
      unsubscribed: t.exposeBoolean('unsubscribed', { description: 'Always true.' }),
    }),
  },
);
