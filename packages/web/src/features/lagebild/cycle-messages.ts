import { defineMessages } from '../../i18n/i18n.js';

export const cycleMessages = defineMessages({
  de: {
    open: 'Berichtszyklus eröffnen',
    openText:
      'Jede laufende Maßnahme schuldet dem Zyklus einen Sachstandsbericht bis zur Frist. Das Lagebild zeigt den zuletzt eröffneten Zyklus.',
    cycleTitle: 'Bezeichnung',
    cycleTitleHint: 'Zum Beispiel „1. Halbjahr 2027“.',
    deadline: 'Abgabefrist',
    doneOpen: 'Der Berichtszyklus ist eröffnet.',
    close: 'Zyklus schließen',
    closeText: (title: string) =>
      `„${title}“ wird geschlossen; danach nimmt er keine Berichte mehr an. Fehlende Berichte bleiben als fehlend sichtbar.`,
    doneClose: 'Der Berichtszyklus ist geschlossen.',
    toReview: 'Zu prüfen',
    noneToReview: 'Kein Bericht wartet auf Prüfung.',
    submitReport: 'Bericht einreichen',
    submitReportFor: (title: string) => `Bericht zu „${title}“ einreichen`,
    reportValues: 'Kennzahlenwerte melden',
  },
  en: {
    open: 'Open reporting cycle',
    openText:
      'Every running measure owes the cycle a status report by the deadline. The Lagebild shows the cycle opened last.',
    cycleTitle: 'Name',
    cycleTitleHint: 'For example “1st half of 2027”.',
    deadline: 'Deadline',
    doneOpen: 'The reporting cycle is open.',
    close: 'Close cycle',
    closeText: (title: string) =>
      `“${title}” is closed and takes no more reports. Missing reports stay visible as missing.`,
    doneClose: 'The reporting cycle is closed.',
    toReview: 'To review',
    noneToReview: 'No report awaits review.',
    submitReport: 'Submit report',
    submitReportFor: (title: string) => `Submit the report on “${title}”`,
    reportValues: 'Report indicator values',
  },
});
