import type { Locale } from '../http/locale.js';

type Sentence = (title: string) => string;

/**
 * The events a follower hears of, each as one sentence per language: what moved a followed
 * suggestion on, and everything downstream of it (its recommendation, the measure adopted from
 * it, the measure's milestones, progress, completion and reports). What the follower may see of
 * them is decided per follower (worker.ts); these are only the words.
 */
export const NOTABLE: Readonly<Record<string, Readonly<Record<Locale, Sentence>>>> = {
  SuggestionTakenUp: {
    de: (t) => `Der Vorschlag „${t}“ wurde aufgegriffen.`,
    en: (t) => `The suggestion "${t}" was taken up.`,
  },
  SuggestionDeclined: {
    de: (t) => `Der Vorschlag „${t}“ wurde nicht aufgegriffen.`,
    en: (t) => `The suggestion "${t}" was declined.`,
  },
  RecommendationSubmittedForReview: {
    de: (t) => `Die Handlungsempfehlung „${t}“ wurde zur Prüfung eingereicht.`,
    en: (t) => `The recommendation "${t}" was submitted for review.`,
  },
  RecommendationPrioritised: {
    de: (t) => `Die Handlungsempfehlung „${t}“ wurde priorisiert.`,
    en: (t) => `The recommendation "${t}" was prioritised.`,
  },
  RecommendationAdopted: {
    de: (t) => `Die Handlungsempfehlung „${t}“ wurde beschlossen.`,
    en: (t) => `The recommendation "${t}" was adopted.`,
  },
  RecommendationRejected: {
    de: (t) => `Die Handlungsempfehlung „${t}“ wurde abgelehnt.`,
    en: (t) => `The recommendation "${t}" was rejected.`,
  },
  MeasurePlanned: {
    de: (t) => `Die Maßnahme „${t}“ steht im Fahrplan.`,
    en: (t) => `The measure "${t}" is on the roadmap.`,
  },
  MeasureStarted: {
    de: (t) => `Die Umsetzung der Maßnahme „${t}“ hat begonnen.`,
    en: (t) => `Work on the measure "${t}" has started.`,
  },
  MeasureProgressReported: {
    de: (t) => `Neuer Fortschritt bei der Maßnahme „${t}“.`,
    en: (t) => `New progress on the measure "${t}".`,
  },
  MilestoneReached: {
    de: (t) => `Ein Meilenstein der Maßnahme „${t}“ wurde erreicht.`,
    en: (t) => `A milestone of the measure "${t}" was reached.`,
  },
  MilestoneRescheduled: {
    de: (t) => `Ein Meilenstein der Maßnahme „${t}“ wurde verschoben.`,
    en: (t) => `A milestone of the measure "${t}" was moved.`,
  },
  MeasureCompleted: {
    de: (t) => `Die Maßnahme „${t}“ ist abgeschlossen.`,
    en: (t) => `The measure "${t}" is completed.`,
  },
  MeasureStopped: {
    de: (t) => `Die Maßnahme „${t}“ wurde eingestellt.`,
    en: (t) => `The measure "${t}" was stopped.`,
  },
  StatusReportSubmitted: {
    de: (t) => `Neuer Sachstandsbericht: „${t}“.`,
    en: (t) => `New status report: "${t}".`,
  },
  StatusReportAccepted: {
    de: (t) => `Ein Sachstandsbericht wurde angenommen: „${t}“.`,
    en: (t) => `A status report was accepted: "${t}".`,
  },
  GuidelinePublished: {
    de: (t) => `Die Leitlinie „${t}“ wurde veröffentlicht.`,
    en: (t) => `The guideline "${t}" was published.`,
  },
  ProjectLaunched: {
    de: (t) => `Das Projekt „${t}“ ist gestartet.`,
    en: (t) => `The project "${t}" has started.`,
  },
  ProjectCompleted: {
    de: (t) => `Das Projekt „${t}“ ist abgeschlossen.`,
    en: (t) => `The project "${t}" is completed.`,
  },
};

/** A new item in a followed action field (the first event of its stream). */
export const NEW_IN_FIELD: Readonly<Record<Locale, (kind: string, title: string) => string>> = {
  de: (kind, t) => `Neu im Handlungsfeld (${kind}): „${t}“.`,
  en: (kind, t) => `New in the action field (${kind}): "${t}".`,
};

/** Items published when adopted or published, not when created: news for an action field too. */
export const PUBLISHED_IN_FIELD: ReadonlySet<string> = new Set([
  'RecommendationAdopted',
  'MeasurePlanned',
  'GuidelinePublished',
  'ProjectLaunched',
]);
