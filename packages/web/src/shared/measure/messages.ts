import { defineMessages } from '../../i18n/i18n.js';

/** What a measure's period and progress say wherever they are shown (measures, roadmap). */
export const measureShownMessages = defineMessages({
  de: {
    progress: (percent: string) => `Fortschritt: ${percent}`,
    period: (start: string, end: string) => `${start} – ${end}`,
    periodFrom: (start: string) => `ab ${start}, offenes Ende`,
    periodUntil: (end: string) => `Beginn offen – ${end}`,
    periodNone: 'nicht geplant',
  },
  en: {
    progress: (percent: string) => `Progress: ${percent}`,
    period: (start: string, end: string) => `${start} – ${end}`,
    periodFrom: (start: string) => `from ${start}, open end`,
    periodUntil: (end: string) => `start open – ${end}`,
    periodNone: 'not planned',
  },
});
