import { defineMessages } from '../i18n/i18n.js';

export const uiMessages = defineMessages({
  de: {
    loading: 'Wird geladen …',
    empty: 'Keine Einträge.',
    required: 'Pflichtfeld',
    optional: 'optional',
    cancel: 'Abbrechen',
    close: 'Schließen',
    save: 'Speichern',
    retry: 'Erneut versuchen',
    errorTitle: 'Das hat nicht geklappt',
    loadFailed: 'Die Daten konnten nicht geladen werden.',
    conflictTitle: 'Inzwischen geändert',
    conflictText:
      'Jemand anderes hat diesen Eintrag geändert, seit Sie ihn geöffnet haben. Laden Sie den neuen Stand; Ihre Eingaben bleiben erhalten.',
    conflictReload: 'Neuen Stand laden',
    historical: (date: string, recorded: boolean) =>
      `Historische Ansicht: Stand vom ${date}${recorded ? ', wie in Fahrplan erfasst' : ''}. Änderungen sind hier nicht möglich.`,
    backToToday: 'Zum heutigen Stand',
    reason: 'Begründung',
    evidenceUrl: 'Beleg: Link',
    evidenceDocument: 'Beleg: Dokument oder Aktenzeichen',
    evidenceNote: 'Beleg: Notiz',
    evidence: 'Beleg (optional)',
    notFound: 'Nicht gefunden.',
  },
  en: {
    loading: 'Loading …',
    empty: 'Nothing here.',
    required: 'required',
    optional: 'optional',
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    retry: 'Try again',
    errorTitle: 'That did not work',
    loadFailed: 'The data could not be loaded.',
    conflictTitle: 'Changed in the meantime',
    conflictText:
      'Someone else changed this item since you opened it. Load the new state; your input is kept.',
    conflictReload: 'Load the new state',
    historical: (date: string, recorded: boolean) =>
      `Historical view: as of ${date}${recorded ? ', as recorded in Fahrplan' : ''}. Changes are not possible here.`,
    backToToday: 'Back to today',
    reason: 'Reason',
    evidenceUrl: 'Evidence: link',
    evidenceDocument: 'Evidence: document or file number',
    evidenceNote: 'Evidence: note',
    evidence: 'Evidence (optional)',
    notFound: 'Not found.',
  },
});
