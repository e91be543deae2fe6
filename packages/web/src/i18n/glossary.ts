import type { LocalizedMessage } from '@fahrplan/domain';

/**
 * The UI's words for the domain, one per concept, German first. Message files take these terms
 * instead of writing their own, so one thing is never called two names on two screens. Terms the
 * domain labels (statuses, kinds) stay in the domain's label tables.
 */
export const GLOSSARY = {
  /** Wirtschaft, Wissenschaft, Gesellschaft, Verwaltung: never "Bereich". */
  sector: { de: 'Akteursgruppe', en: 'Sector' },
  sectors: { de: 'Akteursgruppen', en: 'Sectors' },
  /** The steering body that reviews the changes: never "Lenkungsgruppe". */
  steeringCommittee: { de: 'Lenkungskreis', en: 'steering committee' },
  /** The team sets a suggestion aside (its status: "Nicht aufgegriffen")… */
  declineSuggestion: { de: 'Nicht aufgreifen', en: 'Do not take up' },
  /** …the ministry rejects a recommendation (its status: "Abgelehnt"). */
  rejectRecommendation: { de: 'Ablehnen', en: 'Reject' },
  /** The ministry's queue of recommendations in review or prioritised. */
  reviewQueue: { de: 'Zur Entscheidung', en: 'Awaiting decision' },
  /** The tamper-evident log and its check: not "Prüfung" (that is a recommendation's review). */
  log: { de: 'Protokoll', en: 'Log' },
  /** "Änderungen seit …": what changed in a period. */
  changes: { de: 'Änderungen', en: 'Changes' },
  /** When something happened in the world, as against when Fahrplan recorded it. */
  occurred: { de: 'Geschehen', en: 'Happened' },
  recorded: { de: 'Erfasst', en: 'Recorded' },
} as const satisfies Readonly<Record<string, LocalizedMessage>>;
