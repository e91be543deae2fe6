import { KIND_LABELS, kindOfEvent, type LocalizedMessage } from '@fahrplan/domain';
import { useCallback, useMemo } from 'react';
import { useLocale } from '../../i18n/i18n.js';
import type { EventType } from '../../live/use-live-refresh.js';

/** What each event means, in the words of the history timeline and the activity log. */
const EVENT_LABELS: Readonly<Record<EventType, LocalizedMessage>> = {
  ActionFieldDefined: { de: 'Handlungsfeld angelegt', en: 'Action field defined' },
  ActionFieldRevised: { de: 'Handlungsfeld überarbeitet', en: 'Action field revised' },
  ActionFieldRetired: { de: 'Handlungsfeld außer Kraft gesetzt', en: 'Action field retired' },
  MeetingPlanned: { de: 'Veranstaltung geplant', en: 'Meeting planned' },
  MeetingRevised: { de: 'Veranstaltung überarbeitet', en: 'Meeting revised' },
  MeetingHeld: { de: 'Veranstaltung durchgeführt', en: 'Meeting held' },
  MeetingCancelled: { de: 'Veranstaltung abgesagt', en: 'Meeting cancelled' },
  ParticipantRegistered: { de: 'Teilnahme erfasst', en: 'Participant registered' },
  ParticipantRemoved: { de: 'Teilnahme entfernt', en: 'Participant removed' },
  SuggestionCaptured: { de: 'Vorschlag erfasst', en: 'Suggestion captured' },
  SuggestionRevised: { de: 'Vorschlag überarbeitet', en: 'Suggestion revised' },
  SuggestionTakenUp: { de: 'Vorschlag aufgegriffen', en: 'Suggestion taken up' },
  SuggestionDeclined: { de: 'Vorschlag nicht aufgegriffen', en: 'Suggestion declined' },
  SuggestionReopened: { de: 'Vorschlag wieder geöffnet', en: 'Suggestion reopened' },
  RecommendationDrafted: { de: 'Empfehlung entworfen', en: 'Recommendation drafted' },
  RecommendationRevised: { de: 'Empfehlung überarbeitet', en: 'Recommendation revised' },
  RecommendationSubmittedForReview: {
    de: 'Zur Prüfung vorgelegt',
    en: 'Submitted for review',
  },
  RecommendationReturnedToDraft: { de: 'In den Entwurf zurückgegeben', en: 'Returned to draft' },
  RecommendationPrioritised: { de: 'Priorisiert', en: 'Prioritised' },
  RecommendationAdopted: { de: 'Als Maßnahme beschlossen', en: 'Adopted as a measure' },
  RecommendationRejected: { de: 'Abgelehnt', en: 'Rejected' },
  RecommendationWithdrawn: { de: 'Zurückgezogen', en: 'Withdrawn' },
  RecommendationMerged: { de: 'Zusammengeführt', en: 'Merged' },
  RecommendationSplit: { de: 'Aufgeteilt', en: 'Split' },
  SuggestionLinkedToRecommendation: { de: 'Vorschlag verknüpft', en: 'Suggestion linked' },
  SuggestionUnlinkedFromRecommendation: {
    de: 'Verknüpfung mit Vorschlag gelöst',
    en: 'Suggestion unlinked',
  },
  RecommendationAssignedToGuideline: {
    de: 'Einer Leitlinie zugeordnet',
    en: 'Assigned to a guideline',
  },
  RecommendationUnassignedFromGuideline: {
    de: 'Zuordnung zur Leitlinie gelöst',
    en: 'Unassigned from a guideline',
  },
  GuidelineDrafted: { de: 'Leitlinie entworfen', en: 'Guideline drafted' },
  GuidelineRevised: { de: 'Leitlinie überarbeitet', en: 'Guideline revised' },
  GuidelinePublished: { de: 'Leitlinie veröffentlicht', en: 'Guideline published' },
  GuidelineRetired: { de: 'Leitlinie außer Kraft gesetzt', en: 'Guideline retired' },
  ProjectIdeaProposed: { de: 'Projektidee vorgeschlagen', en: 'Project idea proposed' },
  ProjectIdeaRevised: { de: 'Projektidee überarbeitet', en: 'Project idea revised' },
  ProjectPreparationStarted: { de: 'Vorbereitung begonnen', en: 'Preparation started' },
  ProjectLaunched: { de: 'Projekt gestartet', en: 'Project launched' },
  ProjectCompleted: { de: 'Projekt abgeschlossen', en: 'Project completed' },
  ProjectDiscontinued: { de: 'Projekt eingestellt', en: 'Project discontinued' },
  PartnerJoined: { de: 'Partner beigetreten', en: 'Partner joined' },
  PartnerLeft: { de: 'Partner ausgeschieden', en: 'Partner left' },
  ProjectOriginLinked: { de: 'Herkunft verknüpft', en: 'Origin linked' },
  ProjectOriginUnlinked: { de: 'Herkunft gelöst', en: 'Origin unlinked' },
  ProjectMilestonePlanned: { de: 'Meilenstein geplant', en: 'Milestone planned' },
  ProjectMilestoneReached: { de: 'Meilenstein erreicht', en: 'Milestone reached' },
  MeasurePlanned: { de: 'Maßnahme angelegt', en: 'Measure planned' },
  MeasureRevised: { de: 'Maßnahme überarbeitet', en: 'Measure revised' },
  MeasureStarted: { de: 'Maßnahme begonnen', en: 'Measure started' },
  MeasureProgressReported: { de: 'Fortschritt gemeldet', en: 'Progress reported' },
  MeasureCompleted: { de: 'Maßnahme abgeschlossen', en: 'Measure completed' },
  MeasureStopped: { de: 'Maßnahme gestoppt', en: 'Measure stopped' },
  MeasureResponsibilityAssigned: { de: 'Federführung festgelegt', en: 'Responsibility assigned' },
  MeasureConfidenceRated: { de: 'Ampel bewertet', en: 'Delivery confidence rated' },
  MeasureCompletionRequested: { de: 'Abschluss beantragt', en: 'Completion requested' },
  MeasureCompletionReturned: { de: 'Abschluss zurückgegeben', en: 'Completion returned' },
  IndicatorDefined: { de: 'Kennzahl angelegt', en: 'Indicator defined' },
  IndicatorRevised: { de: 'Kennzahl überarbeitet', en: 'Indicator revised' },
  IndicatorTargetChanged: { de: 'Zielwert geändert', en: 'Indicator target changed' },
  IndicatorValueReported: { de: 'Wert gemeldet', en: 'Value reported' },
  IndicatorValueCorrected: { de: 'Wert korrigiert', en: 'Value corrected' },
  IndicatorRetired: { de: 'Kennzahl eingestellt', en: 'Indicator retired' },
  ReportingCycleOpened: { de: 'Berichtsrunde eröffnet', en: 'Reporting cycle opened' },
  StatusReportSubmitted: { de: 'Sachstandsbericht eingereicht', en: 'Status report submitted' },
  IndicatorValuesReported: { de: 'Kennzahlenwerte gemeldet', en: 'Indicator values reported' },
  StatusReportAccepted: { de: 'Sachstandsbericht angenommen', en: 'Status report accepted' },
  StatusReportReturned: { de: 'Sachstandsbericht zurückgegeben', en: 'Status report returned' },
  ReportingCycleClosed: { de: 'Berichtsrunde abgeschlossen', en: 'Reporting cycle closed' },
  ConsultationOpened: { de: 'Beteiligung eröffnet', en: 'Consultation opened' },
  ConsultationClosed: { de: 'Beteiligung beendet', en: 'Consultation closed' },
  SubmissionReceived: { de: 'Einreichung eingegangen', en: 'Submission received' },
  SubmissionConfirmed: { de: 'Einreichung bestätigt', en: 'Submission confirmed' },
  SubmissionAccepted: { de: 'Einreichung übernommen', en: 'Submission accepted' },
  SubmissionDeclined: { de: 'Einreichung abgelehnt', en: 'Submission declined' },
  ProcessDefined: { de: 'Strategieprozess angelegt', en: 'Process defined' },
  ProcessRevised: { de: 'Strategieprozess überarbeitet', en: 'Process revised' },
  ProcessStarted: { de: 'Strategieprozess begonnen', en: 'Process started' },
  ProcessConcluded: { de: 'Strategieprozess abgeschlossen', en: 'Process concluded' },
  ProcessPhasePlanned: { de: 'Phase geplant', en: 'Phase planned' },
  ProcessPhaseStarted: { de: 'Phase begonnen', en: 'Phase started' },
  ProcessPhaseClosed: { de: 'Phase abgeschlossen', en: 'Phase closed' },
  MilestonePlanned: { de: 'Meilenstein geplant', en: 'Milestone planned' },
  MilestoneRescheduled: { de: 'Meilenstein verschoben', en: 'Milestone rescheduled' },
  MilestoneReached: { de: 'Meilenstein erreicht', en: 'Milestone reached' },
  PersonalDataErased: { de: 'Personenbezogene Daten gelöscht', en: 'Personal data erased' },
  UserRegistered: { de: 'Person registriert', en: 'User registered' },
  RoleGranted: { de: 'Rolle vergeben', en: 'Role granted' },
  RoleRevoked: { de: 'Rolle entzogen', en: 'Role revoked' },
};

/** Every event type the log can hold, for filters. */
const EVENT_TYPES = Object.keys(EVENT_LABELS) as readonly EventType[];

/** A type the API's `EventType` filter takes (an address may hold anything). */
export const isEventType = (type: string): type is EventType => Object.hasOwn(EVENT_LABELS, type);

/** An event type in the user's words; an unknown (newer) type shows as it is. */
export const useEventLabel = (): ((type: string) => string) => {
  const { locale } = useLocale();
  return useCallback((type) => (isEventType(type) ? EVENT_LABELS[type][locale] : type), [locale]);
};

/**
 * Every event type as a filter option. Where two kinds share a label ("Meilenstein erreicht" of
 * a measure and of a project idea), the kind tells them apart.
 */
export const useEventTypeOptions = (): readonly { value: string; label: string }[] => {
  const { locale } = useLocale();
  return useMemo(() => {
    const label = (type: EventType) => EVENT_LABELS[type][locale];
    const shared = new Set(
      EVENT_TYPES.map(label).filter((text, index, all) => all.indexOf(text) !== index),
    );
    return EVENT_TYPES.map((type) => {
      const kind = kindOfEvent(type);
      const text = label(type);
      return {
        value: type,
        label: shared.has(text) && kind ? `${text} (${KIND_LABELS[kind][locale]})` : text,
      };
    });
  }, [locale]);
};
