import { defineMessages } from '../../i18n/i18n.js';

export const sheetMessages = defineMessages({
  de: {
    download: 'Als Excel-Tabelle',
    downloadBusy: 'Tabelle wird erstellt …',
    downloadFailed: 'Die Tabelle ließ sich nicht erstellen. Bitte erneut versuchen.',
    importTitle: 'Vorschläge aus einem Protokoll übernehmen',
    importIntro:
      'Eine Excel-Tabelle (.xlsx) oder CSV-Datei mit einer Zeile je Vorschlag: erst prüfen, dann alle Zeilen auf einmal übernehmen. Dieselbe Datei ein zweites Mal übernimmt nichts doppelt.',
    template: 'Vorlage herunterladen',
    templateFile: 'vorlage-vorschlaege',
    file: 'Datei',
    check: 'Prüfen',
    checking: 'Wird geprüft …',
    importAll: (count: number) => `Alle ${count} neuen Vorschläge übernehmen`,
    importing: 'Wird übernommen …',
    imported: (count: number) => `${count} Vorschläge übernommen.`,
    nothingNew: 'Alle Zeilen waren schon übernommen: nichts geändert.',
    summary: (created: number, known: number) => `${created} neu, ${known} schon übernommen.`,
    problems: (count: number) =>
      count === 1
        ? '1 Problem: bitte in der Datei beheben und erneut prüfen.'
        : `${count} Probleme: bitte in der Datei beheben und erneut prüfen.`,
    row: 'Zeile',
    column: 'Spalte',
    reason: 'Grund',
    wholeFile: 'ganze Datei',
    notice: 'Hinweis',
    failed: 'Die Datei wurde nicht übernommen:',
  },
  en: {
    download: 'As Excel sheet',
    downloadBusy: 'Creating the sheet …',
    downloadFailed: 'The sheet could not be created. Please try again.',
    importTitle: 'Import suggestions from a protocol',
    importIntro:
      'An Excel workbook (.xlsx) or CSV file with one row per suggestion: check it first, then import all rows at once. Importing the same file again adds nothing twice.',
    template: 'Download the template',
    templateFile: 'suggestions-template',
    file: 'File',
    check: 'Check',
    checking: 'Checking …',
    importAll: (count: number) => `Import all ${count} new suggestions`,
    importing: 'Importing …',
    imported: (count: number) => `${count} suggestions imported.`,
    nothingNew: 'Every row was imported before: nothing changed.',
    summary: (created: number, known: number) => `${created} new, ${known} imported before.`,
    problems: (count: number) =>
      count === 1
        ? '1 problem: please fix it in the file and check again.'
        : `${count} problems: please fix them in the file and check again.`,
    row: 'Row',
    column: 'Column',
    reason: 'Reason',
    wholeFile: 'whole file',
    notice: 'Note',
    failed: 'The file was not imported:',
  },
});
