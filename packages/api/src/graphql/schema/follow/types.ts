import type { AggregateKind } from '@fahrplan/domain';
import type { Follow, FollowMode } from '../../../follows/index.js';
import type { Locale } from '../../../http/locale.js';
import { builder } from '../../builder.js';
import { ItemInterface } from '../item.js';
import { readModelType } from '../read-model.js';
import { ItemKindEnum } from '../search.js';

export const FollowModeEnum = builder.enumType('FollowMode', {
  description: 'When a follower hears of what happened.',
  values: {
    IMMEDIATELY: { value: 'immediate' as FollowMode, description: 'A mail at once.' },
    DAILY: {
      value: 'daily' as FollowMode,
      description: 'One digest a day, after midnight (the installation’s time zone).',
    },
    WEEKLY: {
      value: 'weekly' as FollowMode,
      description: 'One digest a week, after Monday’s midnight (the installation’s time zone).',
    },
  },
});

export const NotificationLanguageEnum = builder.enumType('NotificationLanguage', {
  description: 'The language of a follower’s mails.',
  values: {
    DE: { value: 'de' as Locale, description: 'Deutsch.' },
    EN: { value: 'en' as Locale, description: 'English.' },
  },
});

export const FollowType = builder.objectRef<Follow>('Follow').implement({
  description:
    'An item or action field someone follows: its news reach them by mail (see `NotificationSettings`).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The follow (for `unfollow`).' }),
    kind: t.field({
      type: ItemKindEnum,
      description: 'The kind of what is followed.',
      resolve: (follow) => follow.targetKind as AggregateKind,
    }),
    item: t.field({
      type: ItemInterface,
      nullable: true,
      description: 'What is followed, as the caller may see it (null when they may not).',
      resolve: (follow, _args, context) =>
        context.items.load({
          kind: follow.targetKind as AggregateKind,
          id: follow.targetId,
          asOf: undefined,
        }),
    }),
    confirmed: t.boolean({
      description: 'False until the mailed link confirmed a follow by e-mail.',
      resolve: (follow) => follow.status === 'active',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When it was asked for.',
    }),
  }),
});

export interface SettingsShape {
  readonly mode: FollowMode;
  readonly language: Locale;
  readonly email: string | null;
  readonly follows: readonly Follow[];
}

export const NotificationSettingsType = readModelType<SettingsShape>(
  'NotificationSettings',
  'How a follower is notified, and what they follow.',
  {
    mode: { type: FollowModeEnum, description: 'At once, or a daily or weekly digest.' },
    language: { type: NotificationLanguageEnum, description: 'The mails’ language.' },
    email: {
      type: 'String',
      nullable: true,
      description:
        'Where mails go, for a follower by e-mail; null for a member (their account’s address).',
    },
    follows: { type: [FollowType], description: 'What they follow, oldest first.' },
  },
);
