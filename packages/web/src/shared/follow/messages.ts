import { defineMessages } from '../../i18n/i18n.js';

export const followMessages = defineMessages({
  de: {
    follow: 'Folgen',
    following: 'Sie folgen',
    unfollow: 'Nicht mehr folgen',
    byMail: 'Per E-Mail benachrichtigt werden, wie es weitergeht',
    email: 'Ihre E-Mail-Adresse',
    consent:
      'Ich willige ein, dass meine E-Mail-Adresse nur für diese Benachrichtigungen gespeichert wird. Jede E-Mail enthält einen Link zum Abbestellen; damit wird die Adresse gelöscht.',
    send: 'Benachrichtigungen anfordern',
    cancel: 'Abbrechen',
    confirmSent: (until: string) =>
      `Fast geschafft: Bitte bestätigen Sie den Link in der E-Mail, die wir Ihnen gesendet haben (bis ${until}).`,
    settings: 'Benachrichtigungen einstellen',
  },
  en: {
    follow: 'Follow',
    following: 'Following',
    unfollow: 'Unfollow',
    byMail: 'Be notified by e-mail how it moves on',
    email: 'Your e-mail address',
    consent:
      'I consent to my e-mail address being stored for these notifications only. Every e-mail has a link to unsubscribe, which deletes the address.',
    send: 'Ask for notifications',
    cancel: 'Cancel',
    confirmSent: (until: string) =>
      `Almost done: please confirm the link in the e-mail we sent you (by ${until}).`,
    settings: 'Notification settings',
  },
});
