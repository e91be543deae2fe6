import type { Locale } from '../http/locale.js';

/**
 * The privacy notice a submitter consents to (GDPR Art. 13): purpose, retention, withdrawal. Its
 * version is recorded with each submission, so the consent given stays provable after a change.
 */
export const PRIVACY_NOTICE_VERSION = 'beteiligung-2026-12b';

/**
 * Versions whose text tells the submitter that an accepted suggestion is followed for them
 * (follows/auto-follow.ts): only their consent covers the notifications.
 */
export const NOTICES_WITH_AUTO_FOLLOW: ReadonlySet<string> = new Set(['beteiligung-2026-12b']);

export const PRIVACY_NOTICE: Readonly<Record<Locale, string>> = {
  de: [
    'Ihre E-Mail-Adresse (und Ihr Name, falls angegeben) dienen nur dazu, Ihren Vorschlag zu bestätigen und Ihnen das Ergebnis der Prüfung mitzuteilen.',
    'Wird Ihr Vorschlag angenommen, benachrichtigen wir Sie an dieselbe Adresse, wenn er aufgegriffen wird und wie es mit ihm weitergeht; jede dieser E-Mails enthält einen Link zum Abbestellen.',
    'Wir speichern sie getrennt von Ihrem Vorschlag und löschen sie auf Ihren Wunsch; spätestens sechs Monate nach Ende der Beteiligung.',
    'Sie können Ihre Einwilligung jederzeit ohne Angabe von Gründen widerrufen: eine formlose Nachricht an das Projektteam genügt.',
  ].join(' '),
  en: [
    'Your e-mail address (and your name, if given) serve only to confirm your suggestion and to tell you the outcome of its review.',
    'If your suggestion is accepted, we notify you at the same address when it is taken up and how it moves on; each of these e-mails has a link to unsubscribe.',
    'We keep them apart from your suggestion and erase them on request; at the latest six months after the consultation ends.',
    'You may withdraw your consent at any time without giving reasons: an informal message to the project team suffices.',
  ].join(' '),
};
