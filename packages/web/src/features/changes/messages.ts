import { GLOSSARY } from '../../i18n/glossary.js';
import { defineMessages } from '../../i18n/i18n.js';

export const changesMessages = defineMessages({
  de: {
    title: 'Änderungen seit …',
    intro: `Alles, was sich in einem Zeitraum geändert hat, nach Handlungsfeld und Eintrag, mit Begründungen: die Vorlage für die Sitzung im ${GLOSSARY.steeringCommittee.de}.`,
    since: 'Seit',
    until: 'Bis (einschließlich)',
    untilHint: 'Leer lassen für heute',
    actionField: 'Handlungsfeld',
    anyField: 'Alle Handlungsfelder',
    basis: 'Zeitpunkt',
    recorded: 'Erfasst (wann es in Fahrplan eingetragen wurde)',
    occurred: 'Geschehen (wann es tatsächlich passiert ist)',
    show: 'Anzeigen',
    print: 'Drucken',
    summary: (items: number, events: number) =>
      `${items} ${items === 1 ? 'Eintrag' : 'Einträge'} mit ${events} ${events === 1 ? 'Änderung' : 'Änderungen'}`,
    noField: 'Ohne Handlungsfeld',
    none: 'In diesem Zeitraum hat sich nichts geändert.',
    hiddenItem: 'Eintrag nicht sichtbar',
    window: (since: string, until: string) => `Zeitraum: ${since} bis ${until}`,
    today: 'heute',
  },
  en: {
    title: 'Changes since …',
    intro: `Everything that changed in a period, by action field and item, with reasons: the brief for the ${GLOSSARY.steeringCommittee.en}’s meeting.`,
    since: 'Since',
    until: 'Until (inclusive)',
    untilHint: 'Leave empty for today',
    actionField: 'Action field',
    anyField: 'All action fields',
    basis: 'Point in time',
    recorded: 'Recorded (when it was entered in Fahrplan)',
    occurred: 'Happened (when it actually took place)',
    show: 'Show',
    print: 'Print',
    summary: (items: number, events: number) =>
      `${items} ${items === 1 ? 'item' : 'items'} with ${events} ${events === 1 ? 'change' : 'changes'}`,
    noField: 'No action field',
    none: 'Nothing changed in this period.',
    hiddenItem: 'Item not visible',
    window: (since: string, until: string) => `Period: ${since} to ${until}`,
    today: 'today',
  },
});
