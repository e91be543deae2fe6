import type { Locale } from '../http/locale.js';
import { localTime, type RenderedMail, renderMail } from '../mail/index.js';
import type { FollowMode } from './store.js';

/** Double opt-in of a public follow: it counts once the link is followed. */
export const confirmFollowMail = (
  locale: Locale,
  input: { title: string; link: string; confirmBy: string; timeZone: string },
): RenderedMail => {
  const until = localTime(input.confirmBy, locale, input.timeZone);
  return locale === 'de'
    ? renderMail(locale, `Bitte bestätigen: Benachrichtigungen zu „${input.title}“`, [
        `Guten Tag,\nSie möchten per E-Mail erfahren, wie es mit „${input.title}“ weitergeht. Bitte bestätigen Sie das bis ${until}.`,
        { label: 'Benachrichtigungen bestätigen', href: input.link },
        'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; ohne Bestätigung erhalten Sie nichts, und Ihre Adresse wird gelöscht.',
        'Datenschutz: Ihre Adresse dient nur diesen Benachrichtigungen. Jede Benachrichtigung enthält einen Link zum Abbestellen; damit wird Ihre Adresse gelöscht.',
      ])
    : renderMail(locale, `Please confirm: notifications about "${input.title}"`, [
        `Hello,\nyou asked to hear by e-mail how "${input.title}" moves on. Please confirm by ${until}.`,
        { label: 'Confirm notifications', href: input.link },
        'If you did not ask for this, ignore this e-mail: without confirmation you receive nothing, and your address is deleted.',
        'Privacy: your address serves these notifications only. Every notification has a link to unsubscribe, which deletes your address.',
      ]);
};

export interface NotificationLine {
  readonly text: string;
  readonly link: string;
}

const SUBJECTS: Readonly<Record<FollowMode, Readonly<Record<Locale, string>>>> = {
  immediate: { de: 'Neuigkeiten aus dem Fahrplan', en: 'News from the Fahrplan' },
  daily: { de: 'Ihre tägliche Zusammenfassung', en: 'Your daily digest' },
  weekly: { de: 'Ihre wöchentliche Zusammenfassung', en: 'Your weekly digest' },
};

/** A notification (one event or several) or a digest: each line with the item's link. */
export const notificationMail = (
  locale: Locale,
  mode: FollowMode,
  lines: readonly NotificationLine[],
  links: { readonly settings: string; readonly unsubscribe: string },
): RenderedMail => {
  const [only] = lines;
  const subject =
    mode === 'immediate' && lines.length === 1 && only ? only.text : SUBJECTS[mode][locale];
  const de = locale === 'de';
  return renderMail(locale, subject, [
    de ? 'Guten Tag,' : 'Hello,',
    ...lines.flatMap((line) => [line.text, { label: de ? 'Ansehen' : 'View', href: line.link }]),
    de
      ? 'Sie erhalten diese E-Mail, weil Sie diesen Einträgen im Fahrplan folgen.'
      : 'You receive this e-mail because you follow these entries in the Fahrplan.',
    { label: de ? 'Benachrichtigungen einstellen' : 'Notification settings', href: links.settings },
    { label: de ? 'Abbestellen' : 'Unsubscribe', href: links.unsubscribe },
  ]);
};
