import type { FollowerKey } from '../../../follows/store.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { translated } from '../../errors.js';
import { ViewerType } from '../viewer.js';
import { followerKeyOf, memberOf } from './access.js';
import { FollowType, NotificationSettingsType, type SettingsShape } from './types.js';

/** A follower's settings, or null when there is none (a member who never followed). */
export const settingsFor = async (
  key: FollowerKey,
  context: GraphQLContext,
): Promise<SettingsShape | null> => {
  const found = await context.follows.settingsOf(key);
  if (!found) return null;
  const { follower, follows } = found;
  return { mode: follower.mode, language: follower.language, email: follower.email, follows };
};

builder.queryField('notificationSettings', (t) =>
  t.field({
    type: NotificationSettingsType,
    nullable: true,
    description:
      'How a follower is notified and what they follow: with the token from a notification’s settings link (anyone), or the signed-in member’s own. Null when nothing is followed.',
    args: {
      token: t.arg.string({
        required: false,
        description: 'The token from a notification’s settings link.',
      }),
    },
    resolve: (_root, args, context) =>
      translated(context, () => settingsFor(followerKeyOf(args.token, context), context)),
  }),
);

builder.objectField(ViewerType, 'follows', (t) =>
  t.field({
    type: [FollowType],
    description:
      'What the signed-in member follows (follow buttons, notification settings); empty without a session.',
    resolve: async (_caller, _args, context) => {
      const userId = memberOf(context);
      return userId ? ((await settingsFor({ userId }, context))?.follows ?? []) : [];
    },
  }),
);
