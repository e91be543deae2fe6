import type { Locale } from '../http/locale.js';
import { localTime, type RenderedMail, renderMail } from '../mail/index.js';
import { PRIVACY_NOTICE } from './privacy-notice.js';

/** Double opt-in: the link that makes a submission count. */
export const confirmationMail = (
  locale: Locale,
  {
    title,
    link,
    confirmBy,
    timeZone,
  }: {
    title: string;
    link: string;
    confirmBy: string;
    timeZone: string;
  },
): RenderedMail => {
  const until = localTime(confirmBy, locale, timeZone);
  return locale === 'de'
    ? renderMail(locale, `Bitte bestätigen Sie Ihren Vorschlag: ${title}`, [
        `Guten Tag,\nvielen Dank für Ihren Vorschlag zur Beteiligung „${title}“. Er zählt, sobald Sie ihn bestätigen (bis ${until}).`,
        { label: 'Vorschlag bestätigen', href: link },
        'Wenn Sie nichts eingereicht haben, ignorieren Sie diese E-Mail; ohne Bestätigung wird der Vorschlag nicht berücksichtigt.',
        `Datenschutz: ${PRIVACY_NOTICE.de}`,
      ])
    : renderMail(locale, `Please confirm your suggestion: ${title}`, [
        `Hello,\nthank you for your suggestion to the consultation "${title}". It counts once you confirm it (by ${until}).`,
        { label: 'Confirm suggestion', href: link },
        'If you did not submit anything, ignore this e-mail; without confirmation the suggestion is not considered.',
        `Privacy: ${PRIVACY_NOTICE.en}`,
      ]);
};

/** The team's answer to a declined submission, with its reason. */
export const declineMail = (
  locale: Locale,
  { title, text, reason }: { title: string; text: string; reason: string },
): RenderedMail =>
  locale === 'de'
    ? renderMail(locale, `Ihr Vorschlag zur Beteiligung „${title}“`, [
        'Guten Tag,\ndas Projektteam hat Ihren Vorschlag geprüft und kann ihn nicht übernehmen.',
        `Begründung: ${reason}`,
        `Ihr Vorschlag:\n${text}`,
        `Datenschutz: ${PRIVACY_NOTICE.de}`,
      ])
    : renderMail(locale, `Your suggestion to the consultation "${title}"`, [
        'Hello,\nthe project team has reviewed your suggestion and cannot take it up.',
        `Reason: ${reason}`,
        `Your suggestion:\n${text}`,
        `Privacy: ${PRIVACY_NOTICE.en}`,
      ]);
