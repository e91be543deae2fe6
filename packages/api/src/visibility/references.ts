import { type AggregateKind, type Evidence, type ItemEvent, upcast } from '@fahrplan/domain';

/** An item an event names besides its own. */
export interface ItemReference {
  readonly kind: AggregateKind;
  readonly id: string;
}

type ReferenceTable = {
  readonly [Type in ItemEvent['type']]: (
    data: Extract<ItemEvent, { type: Type }>['data'],
  ) => readonly ItemReference[];
};

const ref = (kind: AggregateKind, id: string): ItemReference => ({ kind, id });
const fields = (...lists: (readonly string[] | undefined)[]): ItemReference[] =>
  lists.flatMap((ids) => (ids ?? []).map((id) => ref('ActionField', id)));
const none = (): readonly ItemReference[] => [];

/**
 * The other items each event type names in its data: what an event reveals about them. Typed
 * over the domain's event union, so a new event type does not compile until it is listed here.
 * Partners (of project ideas) are no items and are public with the idea: not listed.
 */
export const EVENT_REFERENCES: ReferenceTable = {
  // A field names its process; processes are public, so this hides nothing.
  ActionFieldDefined: (data) => [ref('Process', data.processId)],
  ActionFieldRevised: none,
  ActionFieldRetired: none,

  ProcessDefined: none,
  ProcessRevised: none,
  ProcessStarted: none,
  ProcessConcluded: none,
  ProcessPhasePlanned: none,
  ProcessPhaseStarted: none,
  ProcessPhaseClosed: none,

  MeetingPlanned: (data) => fields(data.actionFieldIds),
  MeetingRevised: (data) => fields(data.addedActionFieldIds, data.removedActionFieldIds),
  MeetingHeld: none,
  MeetingCancelled: none,
  ParticipantRegistered: none,
  ParticipantRemoved: none,

  SuggestionCaptured: (data) => [
    ...(data.meetingId === undefined ? [] : [ref('Meeting', data.meetingId)]),
    // Consultations are internal (their row holds every submission): partners get no id of one.
    ...(data.consultationId === undefined ? [] : [ref('Consultation', data.consultationId)]),
    ...fields(data.actionFieldIds),
  ],
  SuggestionRevised: (data) => fields(data.addedActionFieldIds, data.removedActionFieldIds),
  SuggestionTakenUp: (data) => [ref(data.by.kind, data.by.id)],
  SuggestionDeclined: none,
  SuggestionReopened: none,

  RecommendationDrafted: (data) => [
    ...data.derivedFrom.map((id) => ref('Suggestion', id)),
    ...(data.splitFrom === undefined ? [] : [ref('Recommendation', data.splitFrom)]),
    ...fields(data.actionFieldIds),
  ],
  RecommendationRevised: (data) => fields(data.actionFieldIds, data.previousActionFieldIds),
  RecommendationSubmittedForReview: none,
  RecommendationReturnedToDraft: none,
  RecommendationPrioritised: none,
  RecommendationAdopted: (data) => [
    ref('Measure', data.measureId),
    ...fields(data.measure.actionFieldIds),
  ],
  RecommendationRejected: none,
  RecommendationWithdrawn: none,
  RecommendationMerged: (data) => [ref('Recommendation', data.targetRecommendationId)],
  RecommendationSplit: (data) => [
    ...data.parts.map((part) => ref('Recommendation', part.recommendationId)),
    ...data.derivedFrom.map((id) => ref('Suggestion', id)),
    ...fields(data.actionFieldIds),
  ],
  SuggestionLinkedToRecommendation: (data) => [ref('Suggestion', data.suggestionId)],
  SuggestionUnlinkedFromRecommendation: (data) => [ref('Suggestion', data.suggestionId)],
  RecommendationAssignedToGuideline: (data) => [ref('Guideline', data.guidelineId)],
  RecommendationUnassignedFromGuideline: (data) => [ref('Guideline', data.guidelineId)],

  GuidelineDrafted: (data) => fields(data.actionFieldIds),
  GuidelineRevised: (data) => fields(data.actionFieldIds, data.previousActionFieldIds),
  GuidelinePublished: none,
  GuidelineRetired: none,

  ProjectIdeaProposed: (data) => [
    ...data.originatesFrom.map((origin) => ref(origin.kind, origin.id)),
    ...fields(data.actionFieldIds),
  ],
  ProjectIdeaRevised: (data) => fields(data.actionFieldIds, data.previousActionFieldIds),
  ProjectPreparationStarted: none,
  ProjectLaunched: none,
  ProjectCompleted: none,
  ProjectDiscontinued: none,
  PartnerJoined: none,
  PartnerLeft: none,
  ProjectOriginLinked: (data) => [ref(data.origin.kind, data.origin.id)],
  ProjectOriginUnlinked: (data) => [ref(data.origin.kind, data.origin.id)],
  ProjectMilestonePlanned: none,
  ProjectMilestoneReached: none,

  MeasurePlanned: (data) => [
    ref('Recommendation', data.adoptedFrom),
    ...fields(data.actionFieldIds),
  ],
  MeasureRevised: none,
  MeasureStarted: none,
  MeasureProgressReported: none,
  MeasureCompleted: none,
  MeasureStopped: none,
  MilestonePlanned: none,
  MilestoneRescheduled: none,
  MilestoneReached: none,
  MeasureResponsibilityAssigned: none,
  MeasureConfidenceRated: none,
  MeasureCompletionRequested: none,
  MeasureCompletionReturned: none,

  IndicatorDefined: (data) => [ref(data.subject.kind, data.subject.id)],
  IndicatorRevised: none,
  IndicatorTargetChanged: none,
  IndicatorValueReported: (data) =>
    data.cycleId === undefined ? [] : [ref('ReportingCycle', data.cycleId)],
  IndicatorValueCorrected: none,
  IndicatorRetired: none,

  ReportingCycleOpened: none,
  StatusReportSubmitted: (data) => [
    ref('Measure', data.measureId),
    ...data.indicatorValues.map((each) => ref('Indicator', each.indicatorId)),
  ],
  IndicatorValuesReported: (data) => data.values.map((each) => ref('Indicator', each.indicatorId)),
  StatusReportAccepted: (data) => [ref('Measure', data.measureId)],
  StatusReportReturned: (data) => [ref('Measure', data.measureId)],
  ReportingCycleClosed: none,

  ConsultationOpened: (data) => [
    ...(data.actionFieldId === undefined ? [] : [ref('ActionField', data.actionFieldId)]),
    ...(data.meetingId === undefined ? [] : [ref('Meeting', data.meetingId)]),
  ],
  ConsultationClosed: none,
  SubmissionReceived: none,
  SubmissionConfirmed: none,
  SubmissionAccepted: (data) => [
    ref('Suggestion', data.suggestionId),
    ...fields(data.actionFieldIds),
  ],
  SubmissionDeclined: none,
};

/** An event as stored: enough to tell what it reveals. */
export interface StoredEventFacts {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly evidence: readonly unknown[];
}

const isKnown = (type: string): type is ItemEvent['type'] => Object.hasOwn(EVENT_REFERENCES, type);

/**
 * The items an event names: in its data (by the table above, after upcasting stored data to the
 * current schema) and in its evidence (the meeting a decision was taken at).
 */
export const referencesOf = (event: StoredEventFacts): ItemReference[] => {
  const meetings = event.evidence.flatMap((entry) => {
    const meetingId = (entry as Evidence | null)?.meetingId;
    return typeof meetingId === 'string' ? [ref('Meeting', meetingId)] : [];
  });
  if (!isKnown(event.type)) return meetings;
  const current = upcast({
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
  });
  const references = EVENT_REFERENCES[event.type] as (data: unknown) => readonly ItemReference[];
  return [...references(current.data), ...meetings];
};
