import { defineMessages } from '../../i18n/i18n.js';

export const indicatorMessages = defineMessages({
  de: {
    OFF_TRACK: 'Nicht auf Kurs',
    AT_RISK: 'Gefährdet',
    NO_DATA: 'Keine Daten',
    ON_TRACK: 'Auf Kurs',
    ACHIEVED: 'Erreicht',
    chartLabel: (title: string) => `Verlauf von „${title}“: Werte, Pfad vom Ausgangswert zum Ziel`,
    values: (title: string) => `Werte von „${title}“`,
    date: 'Stichtag',
    value: 'Wert',
    source: 'Quelle',
    baseline: 'Ausgangswert',
    target: 'Ziel',
    expectedNow: (value: string) => `Soll auf dem Pfad zum letzten Wert: ${value}`,
  },
  en: {
    OFF_TRACK: 'Off track',
    AT_RISK: 'At risk',
    NO_DATA: 'No data',
    ON_TRACK: 'On track',
    ACHIEVED: 'Achieved',
    chartLabel: (title: string) => `Course of “${title}”: values, path from baseline to target`,
    values: (title: string) => `Values of “${title}”`,
    date: 'Reference date',
    value: 'Value',
    source: 'Source',
    baseline: 'Baseline',
    target: 'Target',
    expectedNow: (value: string) => `Expected on the path at the latest value: ${value}`,
  },
});
