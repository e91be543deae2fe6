import { graphql } from '../../graphql/graphql.js';

export const SettingsFields = graphql(`
  fragment NotificationSettingsFields on NotificationSettings {
    mode
    language
    email
    follows {
      id
      kind
      confirmed
      item {
        id
        title
      }
    }
  }
`);

export const NotificationSettingsQuery = graphql(
  `
  query NotificationSettings($token: String) {
    notificationSettings(token: $token) {
      ...NotificationSettingsFields
    }
  }
`,
  [SettingsFields],
);

export const SetNotificationSettings = graphql(
  `
  mutation SetNotificationSettings($input: SetNotificationSettingsInput!) {
    setNotificationSettings(input: $input) {
      settings {
        ...NotificationSettingsFields
      }
    }
  }
`,
  [SettingsFields],
);

export const UnfollowFromSettings = graphql(`
  mutation UnfollowFromSettings($input: UnfollowInput!) {
    unfollow(input: $input) {
      followId
    }
  }
`);

export const ConfirmFollow = graphql(`
  mutation ConfirmFollow($input: ConfirmFollowInput!) {
    confirmFollow(input: $input) {
      follow {
        id
        item {
          id
          title
        }
      }
    }
  }
`);

export const UnsubscribeNotifications = graphql(`
  mutation UnsubscribeNotifications($input: UnsubscribeNotificationsInput!) {
    unsubscribeNotifications(input: $input) {
      unsubscribed
    }
  }
`);
