import { defineMessages } from '../i18n/i18n.js';

export const sessionMessages = defineMessages({
  de: {
    title: 'Anmelden',
    intro:
      'Projektteam, Ministerium und Partner melden sich mit ihrer E-Mail-Adresse an. Ohne Anmeldung sehen Sie die veröffentlichten Inhalte.',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    sso: 'Mit Dienstkonto anmelden',
    ssoHint: 'Über den Identitätsanbieter Ihrer Behörde oder Organisation.',
    ssoFailedTitle: 'Die Anmeldung mit dem Dienstkonto hat nicht geklappt.',
    ssoNoMappedGroup:
      'Ihr Dienstkonto gehört zu keiner Gruppe, die in Fahrplan eine Rolle hat. Bitte wenden Sie sich an die Administration, damit Sie der richtigen Gruppe zugeordnet werden.',
    ssoAccessDenied:
      'Die Anmeldung wurde beim Identitätsanbieter abgebrochen oder der Zugriff nicht erlaubt.',
    ssoNoEmail:
      'Der Identitätsanbieter hat keine E-Mail-Adresse übermittelt. Bitte wenden Sie sich an die Administration.',
    ssoEmailTaken:
      'Für die E-Mail-Adresse Ihres Dienstkontos gibt es bereits ein anderes Konto. Bitte wenden Sie sich an die Administration.',
    ssoSignInFailed:
      'Die Antwort des Identitätsanbieters war ungültig oder abgelaufen. Bitte melden Sie sich erneut an.',
    ssoProviderUnreachable:
      'Der Identitätsanbieter ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.',
    or: 'oder',
    invalid: 'E-Mail-Adresse oder Passwort stimmen nicht.',
    empty: 'Bitte E-Mail-Adresse und Passwort eingeben.',
    unreachable: 'Der Server ist nicht erreichbar.',
    staysFor:
      'Die Anmeldung gilt in allen Tabs dieses Browsers, bis Sie sich abmelden oder sie abläuft.',
    setupTitle: 'Passwort festlegen',
    setupIntro:
      'Legen Sie Ihr Passwort fest (mindestens 12 Zeichen). Der Link gilt nur einmal; danach melden Sie sich mit E-Mail-Adresse und Passwort an.',
    newPassword: 'Neues Passwort',
    repeatPassword: 'Passwort wiederholen',
    mismatch: 'Die Passwörter stimmen nicht überein.',
    setupSubmit: 'Passwort festlegen und anmelden',
    setupMissing: 'Dieser Link enthält keinen Einrichtungscode.',
  },
  en: {
    title: 'Sign in',
    intro:
      'The project team, the ministry and partners sign in with their e-mail address. Without signing in you see the published content.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    sso: 'Sign in with your organisation account',
    ssoHint: "Through your authority's or organisation's identity provider.",
    ssoFailedTitle: 'Signing in with your organisation account did not work.',
    ssoNoMappedGroup:
      'Your organisation account belongs to no group that has a role in Fahrplan. Please ask the administrators to add you to the right group.',
    ssoAccessDenied:
      'Signing in was cancelled at the identity provider, or access was not allowed.',
    ssoNoEmail: 'The identity provider sent no e-mail address. Please contact the administrators.',
    ssoEmailTaken:
      "There is already another account for your organisation account's e-mail address. Please contact the administrators.",
    ssoSignInFailed:
      "The identity provider's answer was invalid or had expired. Please sign in again.",
    ssoProviderUnreachable:
      'The identity provider cannot be reached right now. Please try again later.',
    or: 'or',
    invalid: 'E-mail address or password is wrong.',
    empty: 'Please enter your e-mail address and password.',
    unreachable: 'The server cannot be reached.',
    staysFor: 'You stay signed in in every tab of this browser until you sign out or it expires.',
    setupTitle: 'Set your password',
    setupIntro:
      'Set your password (at least 12 characters). The link works once; afterwards you sign in with your e-mail address and password.',
    newPassword: 'New password',
    repeatPassword: 'Repeat password',
    mismatch: 'The passwords do not match.',
    setupSubmit: 'Set password and sign in',
    setupMissing: 'This link holds no set-up code.',
  },
});
