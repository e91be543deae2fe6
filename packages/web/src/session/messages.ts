import { defineMessages } from '../i18n/i18n.js';

export const sessionMessages = defineMessages({
  de: {
    title: 'Anmelden',
    intro:
      'Projektteam, Ministerium und Partner melden sich mit ihrem Zugangstoken an. Ohne Anmeldung sehen Sie die veröffentlichten Inhalte.',
    token: 'Zugangstoken',
    tokenHint:
      'Beim ersten Start der eingebetteten Datenbank gibt „pnpm start“ je ein Token für Projektteam und Ministerium aus. Weitere: pnpm fahrplan token create.',
    submit: 'Anmelden',
    invalid: 'Dieses Token ist ungültig oder widerrufen.',
    emptyToken: 'Bitte ein Token eingeben.',
    unreachable: 'Der Server ist nicht erreichbar.',
    storedFor: 'Das Token bleibt nur in diesem Browser-Tab gespeichert.',
  },
  en: {
    title: 'Sign in',
    intro:
      'The project team, the ministry and partners sign in with their access token. Without signing in you see the published content.',
    token: 'Access token',
    tokenHint:
      'On its first start with the embedded database, “pnpm start” prints a token for the project team and one for the ministry. More: pnpm fahrplan token create.',
    submit: 'Sign in',
    invalid: 'This token is invalid or revoked.',
    emptyToken: 'Please enter a token.',
    unreachable: 'The server cannot be reached.',
    storedFor: 'The token is kept in this browser tab only.',
  },
});
