import { defineMessages } from '../../i18n/i18n.js';

export const statusReportMessages = defineMessages({
  de: {
    accept: 'Annehmen',
    acceptNamed: (title: string) => `Bericht zu „${title}“ annehmen`,
    acceptText: (title: string) =>
      `Der Sachstandsbericht zu „${title}“ wird angenommen; sein Sachstand wird damit auch für Partner sichtbar.`,
    return: 'Zurückgeben',
    returnNamed: (title: string) => `Bericht zu „${title}“ zurückgeben`,
    returnText: (title: string) =>
      `Der Sachstandsbericht zu „${title}“ geht an das Team zurück. Bitte sagen Sie, was zu ergänzen oder zu berichtigen ist.`,
    doneAccept: 'Der Bericht ist angenommen.',
    doneReturn: 'Der Bericht ist an das Team zurückgegeben.',
    SUBMITTED: 'Eingereicht, wartet auf Prüfung',
    ACCEPTED: 'Angenommen',
    RETURNED: 'Zurückgegeben',
    GREEN: 'Grün',
    AMBER: 'Gelb',
    RED: 'Rot',
    confidence: 'Ampel',
    returnReason: (reason: string) => `Zurückgegeben, weil: ${reason}`,
    submittedOn: (date: string) => `Eingereicht am ${date}`,
    progress: (percent: string) => `Fortschritt: ${percent}`,
  },
  en: {
    accept: 'Accept',
    acceptNamed: (title: string) => `Accept the report on “${title}”`,
    acceptText: (title: string) =>
      `The status report on “${title}” is accepted; its narrative then becomes visible to partners too.`,
    return: 'Return',
    returnNamed: (title: string) => `Return the report on “${title}”`,
    returnText: (title: string) =>
      `The status report on “${title}” goes back to the team. Please say what to add or put right.`,
    doneAccept: 'The report is accepted.',
    doneReturn: 'The report is returned to the team.',
    SUBMITTED: 'Submitted, awaiting review',
    ACCEPTED: 'Accepted',
    RETURNED: 'Returned',
    GREEN: 'Green',
    AMBER: 'Amber',
    RED: 'Red',
    confidence: 'Delivery confidence',
    returnReason: (reason: string) => `Returned because: ${reason}`,
    submittedOn: (date: string) => `Submitted on ${date}`,
    progress: (percent: string) => `Progress: ${percent}`,
  },
});
