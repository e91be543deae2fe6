import { defineMessages } from '../../i18n/i18n.js';

export const roadmapMessages = defineMessages({
  de: {
    title: 'Fahrplan 2030',
    intro:
      'Maßnahmen und Projektideen je Handlungsfeld auf dem Weg bis 2030, mit ihren Meilensteinen.',
    actionField: 'Handlungsfeld',
    allActionFields: 'Alle Handlungsfelder',
    legend: 'Legende',
    legendMeasure: 'Maßnahme',
    legendProjectIdea: 'Projektidee',
    legendOpenEnd: 'ohne geplantes Ende',
    legendReached: 'Meilenstein erreicht',
    legendOpen: 'Meilenstein offen',
    legendOverdue: 'Meilenstein überfällig',
    legendToday: 'heute',
    legendAsOf: 'Stand',
    today: 'Heute',
    asOf: 'Stand',
    noActionField: 'Ohne Handlungsfeld',
    laneSummary: (measures: number, projectIdeas: number) =>
      `${measures} ${measures === 1 ? 'Maßnahme' : 'Maßnahmen'}, ${projectIdeas} ${
        projectIdeas === 1 ? 'Projektidee' : 'Projektideen'
      }`,
    emptyLane: 'In diesem Handlungsfeld gibt es noch keine Maßnahmen oder Projektideen.',
    empty: 'Der Fahrplan enthält zu diesem Stand keine Einträge.',
    openEnd: 'offenes Ende',
    milestones: (title: string) => `Meilensteine: ${title}`,
    due: (date: string) => `fällig ${date}`,
    reachedOn: (date: string) => `erreicht am ${date}`,
    open: 'offen',
    overdueFor: (n: number) => (n === 1 ? 'seit 1 Tag überfällig' : `seit ${n} Tagen überfällig`),
    markerLabel: (number: number, title: string, date: string) => `${number}: ${title}, ${date}`,
  },
  en: {
    title: 'Roadmap 2030',
    intro: 'Measures and project ideas per action field on the way to 2030, with their milestones.',
    actionField: 'Action field',
    allActionFields: 'All action fields',
    legend: 'Legend',
    legendMeasure: 'Measure',
    legendProjectIdea: 'Project idea',
    legendOpenEnd: 'no planned end',
    legendReached: 'Milestone reached',
    legendOpen: 'Milestone open',
    legendOverdue: 'Milestone overdue',
    legendToday: 'today',
    legendAsOf: 'as of',
    today: 'Today',
    asOf: 'As of',
    noActionField: 'No action field',
    laneSummary: (measures: number, projectIdeas: number) =>
      `${measures} ${measures === 1 ? 'measure' : 'measures'}, ${projectIdeas} ${
        projectIdeas === 1 ? 'project idea' : 'project ideas'
      }`,
    emptyLane: 'This action field has no measures or project ideas yet.',
    empty: 'The roadmap has no entries as of this date.',
    openEnd: 'open end',
    milestones: (title: string) => `Milestones: ${title}`,
    due: (date: string) => `due ${date}`,
    reachedOn: (date: string) => `reached on ${date}`,
    open: 'open',
    overdueFor: (n: number) => (n === 1 ? 'overdue for 1 day' : `overdue for ${n} days`),
    markerLabel: (number: number, title: string, date: string) => `${number}: ${title}, ${date}`,
  },
});
