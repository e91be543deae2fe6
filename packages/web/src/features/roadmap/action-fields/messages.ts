import { defineMessages } from '../../../i18n/i18n.js';

export const actionFieldMessages = defineMessages({
  de: {
    listTitle: 'Handlungsfelder',
    listIntro:
      'Die Schwerpunkte der Industriestrategie. Maßnahmen und Projektideen gehören zu einem oder mehreren Handlungsfeldern.',
    empty: 'Noch keine Handlungsfelder.',
    key: 'Kürzel',
    description: 'Beschreibung',
    onRoadmap: 'Im Fahrplan ansehen',
    onRoadmapNamed: (title: string) => `Im Fahrplan ansehen: ${title}`,
    define: 'Handlungsfeld anlegen',
    keyLabel: 'Kürzel',
    keyHint:
      'Kleinbuchstaben, Ziffern und Bindestriche, z. B. „digitalisierung“. Das Kürzel bleibt dauerhaft.',
    titleLabel: 'Titel',
    descriptionLabel: 'Beschreibung',
    revise: 'Bearbeiten',
    reviseTitle: 'Handlungsfeld bearbeiten',
    retire: 'Archivieren',
    retireTitle: 'Handlungsfeld archivieren',
    retireText:
      'Das archivierte Handlungsfeld bleibt im Fahrplan, solange ihm Maßnahmen oder Projektideen zugeordnet sind, und lässt sich danach nicht mehr ändern. Bitte begründen Sie die Entscheidung.',
    doneRevise: 'Die Änderungen sind gespeichert.',
    doneRetire: 'Das Handlungsfeld ist archiviert.',
  },
  en: {
    listTitle: 'Action fields',
    listIntro:
      'The focus areas of the industrial strategy. Measures and project ideas belong to one or more action fields.',
    empty: 'No action fields yet.',
    key: 'Key',
    description: 'Description',
    onRoadmap: 'View on the roadmap',
    onRoadmapNamed: (title: string) => `View on the roadmap: ${title}`,
    define: 'Define action field',
    keyLabel: 'Key',
    keyHint:
      'Lower-case letters, digits and hyphens, e.g. “digitalisierung”. The key is permanent.',
    titleLabel: 'Title',
    descriptionLabel: 'Description',
    revise: 'Edit',
    reviseTitle: 'Edit action field',
    retire: 'Retire',
    retireTitle: 'Retire action field',
    retireText:
      'A retired action field stays on the roadmap while measures or project ideas belong to it, and cannot be changed afterwards. Please give the reason for the decision.',
    doneRevise: 'The changes are saved.',
    doneRetire: 'The action field is retired.',
  },
});
