import { defineMessages } from '../../i18n/i18n.js';

export const bulkMessages = defineMessages({
  de: {
    title: 'Kennzahlenwerte melden',
    forCycle: (title: string, deadline: string) =>
      `Für den Berichtszyklus „${title}“, Frist ${deadline}.`,
    noCycle: 'Zurzeit ist kein Berichtszyklus offen.',
    noCycleToReport:
      'Werte in der Tabelle melden Sie für einen offenen Berichtszyklus; einzelne Werte lassen sich auf der Seite der Kennzahl melden.',
    back: 'Zurück zum Lagebild',
    intro:
      'Tragen Sie zu jeder Kennzahl, für die ein neuer Wert vorliegt, Wert, Stichtag und Quelle ein; leere Zeilen bleiben unverändert. Mit der Tabulatortaste geht es von Feld zu Feld, die Eingabetaste meldet alle Zeilen – alle oder keine.',
    indicator: 'Kennzahl',
    value: 'Wert',
    date: 'Stichtag',
    source: 'Quelle',
    state: 'Stand',
    valueOf: (title: string) => `Wert: ${title}`,
    dateOf: (title: string) => `Stichtag: ${title}`,
    sourceOf: (title: string) => `Quelle: ${title}`,
    latest: (value: string, date: string) => ` zuletzt ${value} (${date})`,
    noValue: ' noch kein Wert',
    valueInvalid: 'Bitte eine Zahl eingeben, z. B. 12,5.',
    dateRequired: 'Bitte einen Stichtag wählen.',
    sourceRequired: 'Bitte die Quelle nennen.',
    nothingToSend: 'Noch keine Zeile ausgefüllt.',
    fixRows: (n: number) =>
      n === 1
        ? 'Eine Zeile ist unvollständig; es wurde nichts gemeldet.'
        : `${n} Zeilen sind unvollständig; es wurde nichts gemeldet.`,
    sent: (saved: number) => `${saved === 1 ? '1 Wert' : `${saved} Werte`} gemeldet.`,
    refused:
      'Nichts gemeldet: eine Zeile wurde abgelehnt (Grund in der Zeile). Bitte korrigieren und erneut melden.',
    saved: 'Gemeldet',
    submit: 'Alle Werte melden',
    noIndicators: 'Noch keine Kennzahlen.',
    sheetTitle: 'Werte als Excel-Tabelle',
    sheetIntro:
      'Die Tabelle herunterladen, neue Werte in Excel eintragen (Wert, Stichtag, Quelle überschreiben) und die Datei hier prüfen und übernehmen: nur geänderte Zeilen werden gemeldet, alle oder keine. Hat sich eine Kennzahl seit dem Download geändert, ist ihre Zeile ein Konflikt.',
    sheetDownload: 'Tabelle herunterladen',
    sheetSummary: (changed: number, unchanged: number) =>
      `${changed} ${changed === 1 ? 'neuer Wert' : 'neue Werte'}, ${unchanged} unverändert.`,
    sheetImportAll: (count: number) =>
      count === 1 ? 'Den neuen Wert melden' : `Alle ${count} neuen Werte melden`,
    sheetImported: (written: number) => `Übernommen (${written} Ereignisse).`,
    sheetNothingNew: 'Keine Zeile geändert: nichts gemeldet.',
  },
  en: {
    title: 'Report indicator values',
    forCycle: (title: string, deadline: string) =>
      `For the reporting cycle “${title}”, due ${deadline}.`,
    noCycle: 'No reporting cycle is open at the moment.',
    noCycleToReport:
      'The table reports values for an open reporting cycle; single values can be reported on the indicator’s page.',
    back: 'Back to the situation report',
    intro:
      'For each indicator with a new figure, enter value, reference date and source; empty rows stay as they are. Tab moves from field to field, Enter reports all rows – all or none.',
    indicator: 'Indicator',
    value: 'Value',
    date: 'Reference date',
    source: 'Source',
    state: 'State',
    valueOf: (title: string) => `Value: ${title}`,
    dateOf: (title: string) => `Reference date: ${title}`,
    sourceOf: (title: string) => `Source: ${title}`,
    latest: (value: string, date: string) => ` latest ${value} (${date})`,
    noValue: ' no value yet',
    valueInvalid: 'Please enter a number, e.g. 12.5.',
    dateRequired: 'Please choose a reference date.',
    sourceRequired: 'Please name the source.',
    nothingToSend: 'No row filled in yet.',
    fixRows: (n: number) =>
      n === 1
        ? 'One row is incomplete; nothing was reported.'
        : `${n} rows are incomplete; nothing was reported.`,
    sent: (saved: number) => `${saved === 1 ? '1 value' : `${saved} values`} reported.`,
    refused:
      'Nothing reported: a row was refused (reason in the row). Please correct it and report again.',
    saved: 'Reported',
    submit: 'Report all values',
    noIndicators: 'No indicators yet.',
    sheetTitle: 'Values as an Excel sheet',
    sheetIntro:
      'Download the table, enter new values in Excel (overwrite value, reference date, source) and check and import the file here: only changed rows are reported, all or none. A row whose indicator changed since the download is a conflict.',
    sheetDownload: 'Download the table',
    sheetSummary: (changed: number, unchanged: number) =>
      `${changed} new ${changed === 1 ? 'value' : 'values'}, ${unchanged} unchanged.`,
    sheetImportAll: (count: number) =>
      count === 1 ? 'Report the new value' : `Report all ${count} new values`,
    sheetImported: (written: number) => `Imported (${written} events).`,
    sheetNothingNew: 'No row changed: nothing reported.',
  },
});
