import { type Endpoint, request } from './client.js';
import type { PartnerFeedQuery } from './gql/graphql.js';
import { graphql } from './gql/index.js';

/**
 * The feed page a partner asks for: every event with its typed payload. Fragments on several
 * event types may ask for one field name (`title`): it has one type in all of them.
 */
const PartnerFeed = graphql(`
  query PartnerFeed($first: Int!, $after: String) {
    events(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          position
          type
          payload {
            __typename
            ... on ActionFieldDefined { actionFieldId title }
            ... on ActionFieldRevised { actionFieldId title }
            ... on ActionFieldRetired { actionFieldId }
            ... on MeetingPlanned { meetingId title date }
            ... on MeetingRevised { meetingId title date }
            ... on MeetingHeld { meetingId participantsBySector { total } }
            ... on MeetingCancelled { meetingId }
            ... on SuggestionCaptured { suggestionId title sector channel }
            ... on SuggestionRevised { suggestionId title }
            ... on SuggestionTakenUp { suggestionId by { kind id } }
            ... on SuggestionDeclined { suggestionId }
            ... on SuggestionReopened { suggestionId }
            ... on RecommendationDrafted { recommendationId title derivedFrom }
            ... on RecommendationRevised { recommendationId title }
            ... on RecommendationSubmittedForReview { recommendationId }
            ... on RecommendationReturnedToDraft { recommendationId }
            ... on RecommendationPrioritised { recommendationId priority }
            ... on RecommendationAdopted { recommendationId measureId measure { title owner } }
            ... on RecommendationRejected { recommendationId }
            ... on RecommendationWithdrawn { recommendationId }
            ... on RecommendationMerged { recommendationId targetRecommendationId }
            ... on RecommendationSplit { recommendationId parts { recommendationId title } }
            ... on GuidelineDrafted { guidelineId title }
            ... on GuidelineRevised { guidelineId title }
            ... on GuidelinePublished { guidelineId title version }
            ... on GuidelineRetired { guidelineId }
            ... on ProjectIdeaProposed { projectIdeaId title }
            ... on ProjectIdeaRevised { projectIdeaId title }
            ... on ProjectPreparationStarted { projectIdeaId }
            ... on ProjectLaunched { projectIdeaId }
            ... on ProjectCompleted { projectIdeaId }
            ... on ProjectDiscontinued { projectIdeaId }
            ... on PartnerJoined { projectIdeaId partner { partnerId name } }
            ... on PartnerLeft { projectIdeaId partnerId }
            ... on MeasurePlanned { measureId title adoptedFrom }
            ... on MeasureRevised { measureId title }
            ... on MeasureStarted { measureId }
            ... on MeasureProgressReported { measureId progress }
            ... on MeasureCompleted { measureId }
            ... on MeasureStopped { measureId }
            ... on MeasureCompletionRequested { measureId }
            ... on MeasureCompletionReturned { measureId }
            ... on ProcessDefined { processId title }
            ... on ProcessRevised { processId title }
            ... on ProcessStarted { processId }
            ... on ProcessConcluded { processId }
          }
        }
      }
    }
  }
`);

export type FeedEvent = NonNullable<PartnerFeedQuery['events']['edges'][number]['node']>;
export type Payload = NonNullable<FeedEvent['payload']>;

/** What the partner keeps of each item: enough to show it and its state. */
export interface MirroredItem {
  title?: string;
  state: string;
  progress?: number;
  partners?: Set<string>;
}

/** The partner's copy, built from the feed alone. */
export interface Mirror {
  readonly items: Map<string, MirroredItem>;
  /** Events applied, by type. */
  readonly seen: Map<string, number>;
  /** The cursor to resume from: keep it with the copy. */
  cursor: string | null;
}

/** A case the switch does not handle is a compile error here. */
const unhandled = (payload: never): never => {
  throw new Error(`Unhandled event type ${(payload as Payload).__typename}`);
};

const item = (mirror: Mirror, id: string): MirroredItem => {
  const known = mirror.items.get(id);
  if (known) return known;
  const created: MirroredItem = { state: 'unknown' };
  mirror.items.set(id, created);
  return created;
};

/**
 * Sets the state (and a new title, where the event brings one) of an item. Ids are typed
 * nullable: a field name has one type across all event types, and where it names another item
 * (a suggestion linked to a recommendation) that item may be hidden from partners.
 */
const update = (
  mirror: Mirror,
  id: string | null,
  state: string | null,
  title?: string | null,
): boolean => {
  if (id === null) return false;
  const entry = item(mirror, id);
  if (state !== null) entry.state = state;
  if (title) entry.title = title;
  return true;
};

/**
 * Applies one event to the copy (true where it changed it): one case per event type the schema
 * knows.
 */
export const apply = (mirror: Mirror, payload: Payload): boolean => {
  switch (payload.__typename) {
    case 'ActionFieldDefined':
      return update(mirror, payload.actionFieldId, 'active', payload.title);
    case 'ActionFieldRevised':
      return update(mirror, payload.actionFieldId, null, payload.title);
    case 'ActionFieldRetired':
      return update(mirror, payload.actionFieldId, 'retired');
    case 'MeetingPlanned':
      return update(mirror, payload.meetingId, 'planned', payload.title);
    case 'MeetingRevised':
      return update(mirror, payload.meetingId, null, payload.title);
    case 'MeetingHeld':
      return update(mirror, payload.meetingId, 'held');
    case 'MeetingCancelled':
      return update(mirror, payload.meetingId, 'cancelled');
    case 'ParticipantRegistered':
    case 'ParticipantRemoved':
    case 'PersonalDataErased':
      // People are personal data: a partner keeps none.
      return false;
    case 'SuggestionCaptured':
      return update(mirror, payload.suggestionId, 'open', payload.title);
    case 'SuggestionRevised':
      return update(mirror, payload.suggestionId, null, payload.title);
    case 'SuggestionTakenUp':
      return update(mirror, payload.suggestionId, 'taken_up');
    case 'SuggestionDeclined':
      return update(mirror, payload.suggestionId, 'declined');
    case 'SuggestionReopened':
      return update(mirror, payload.suggestionId, 'open');
    case 'RecommendationDrafted':
      return update(mirror, payload.recommendationId, 'draft', payload.title);
    case 'RecommendationRevised':
      return update(mirror, payload.recommendationId, null, payload.title);
    case 'RecommendationSubmittedForReview':
      return update(mirror, payload.recommendationId, 'in_review');
    case 'RecommendationReturnedToDraft':
      return update(mirror, payload.recommendationId, 'draft');
    case 'RecommendationPrioritised':
      return update(mirror, payload.recommendationId, 'prioritised');
    case 'RecommendationAdopted':
      return update(mirror, payload.recommendationId, 'adopted');
    case 'RecommendationRejected':
      return update(mirror, payload.recommendationId, 'rejected');
    case 'RecommendationWithdrawn':
      return update(mirror, payload.recommendationId, 'withdrawn');
    case 'RecommendationMerged':
      return update(mirror, payload.recommendationId, 'merged');
    case 'RecommendationSplit':
      return update(mirror, payload.recommendationId, 'split');
    case 'SuggestionLinkedToRecommendation':
    case 'SuggestionUnlinkedFromRecommendation':
    case 'RecommendationAssignedToGuideline':
    case 'RecommendationUnassignedFromGuideline':
    case 'ProjectOriginLinked':
    case 'ProjectOriginUnlinked':
      // Links: this copy keeps no provenance.
      return false;
    case 'GuidelineDrafted':
      return update(mirror, payload.guidelineId, 'draft', payload.title);
    case 'GuidelineRevised':
      return update(mirror, payload.guidelineId, null, payload.title);
    case 'GuidelinePublished':
      return update(mirror, payload.guidelineId, 'published', payload.title);
    case 'GuidelineRetired':
      return update(mirror, payload.guidelineId, 'retired');
    case 'ProjectIdeaProposed':
      return update(mirror, payload.projectIdeaId, 'proposed', payload.title);
    case 'ProjectIdeaRevised':
      return update(mirror, payload.projectIdeaId, null, payload.title);
    case 'ProjectPreparationStarted':
      return update(mirror, payload.projectIdeaId, 'in_preparation');
    case 'ProjectLaunched':
      return update(mirror, payload.projectIdeaId, 'running');
    case 'ProjectCompleted':
      return update(mirror, payload.projectIdeaId, 'completed');
    case 'ProjectDiscontinued':
      return update(mirror, payload.projectIdeaId, 'discontinued');
    case 'PartnerJoined': {
      const idea = item(mirror, payload.projectIdeaId);
      idea.partners = new Set([...(idea.partners ?? []), payload.partner.partnerId]);
      return true;
    }
    case 'PartnerLeft':
      return item(mirror, payload.projectIdeaId).partners?.delete(payload.partnerId) ?? false;
    case 'ProjectMilestonePlanned':
    case 'ProjectMilestoneReached':
    case 'MilestonePlanned':
    case 'MilestoneRescheduled':
    case 'MilestoneReached':
      // Milestones: this copy keeps none.
      return false;
    case 'MeasurePlanned':
      return update(mirror, payload.measureId, 'planned', payload.title);
    case 'MeasureRevised':
      return update(mirror, payload.measureId, null, payload.title);
    case 'MeasureStarted':
      return update(mirror, payload.measureId, 'in_progress');
    case 'MeasureProgressReported':
      if (payload.measureId === null) return false;
      item(mirror, payload.measureId).progress = payload.progress;
      return true;
    case 'MeasureCompleted':
      return update(mirror, payload.measureId, 'completed');
    case 'MeasureStopped':
      return update(mirror, payload.measureId, 'stopped');
    case 'MeasureCompletionRequested':
      return update(mirror, payload.measureId, 'completion_requested');
    case 'MeasureCompletionReturned':
      return update(mirror, payload.measureId, 'in_progress');
    case 'MeasureResponsibilityAssigned':
    case 'MeasureConfidenceRated':
    case 'IndicatorDefined':
    case 'IndicatorRevised':
    case 'IndicatorTargetChanged':
    case 'IndicatorValueReported':
    case 'IndicatorValueCorrected':
    case 'IndicatorRetired':
    case 'ReportingCycleOpened':
    case 'StatusReportSubmitted':
    case 'IndicatorValuesReported':
    case 'StatusReportAccepted':
    case 'StatusReportReturned':
    case 'ReportingCycleClosed':
      // The Lagebild (responsibility, Ampel, indicators, reports): this copy keeps none.
      return false;
    case 'ConsultationOpened':
    case 'ConsultationClosed':
    case 'SubmissionReceived':
    case 'SubmissionConfirmed':
    case 'SubmissionAccepted':
    case 'SubmissionDeclined':
      // Consultations are the team's: a partner's feed never carries these (the accepted
      // submission arrives as the suggestion it became, once that is public).
      return false;
    case 'ProcessDefined':
      return update(mirror, payload.processId, 'planned', payload.title);
    case 'ProcessRevised':
      return update(mirror, payload.processId, null, payload.title);
    case 'ProcessStarted':
      return update(mirror, payload.processId, 'running');
    case 'ProcessConcluded':
      return update(mirror, payload.processId, 'concluded');
    case 'ProcessPhasePlanned':
    case 'ProcessPhaseStarted':
    case 'ProcessPhaseClosed':
      // Phases: this copy keeps none.
      return false;
    default:
      return unhandled(payload);
  }
};

/**
 * Syncs from the copy's cursor to the end of the feed, page by page (`after:` the last page's
 * `endCursor`), and returns the events it applied. Run it again later to get what is new.
 */
export const sync = async (
  endpoint: Endpoint,
  mirror: Mirror,
  { pageSize = 200 }: { pageSize?: number } = {},
): Promise<FeedEvent[]> => {
  const applied: FeedEvent[] = [];
  for (;;) {
    const { events } = await request(endpoint, PartnerFeed, {
      first: pageSize,
      after: mirror.cursor,
    });
    for (const edge of events.edges) {
      const event = edge.node;
      // Null only for an event type newer than this client: skip it, keep the place.
      if (event.payload) apply(mirror, event.payload);
      mirror.seen.set(event.type, (mirror.seen.get(event.type) ?? 0) + 1);
      applied.push(event);
    }
    mirror.cursor = events.pageInfo.endCursor ?? mirror.cursor;
    if (!events.pageInfo.hasNextPage) return applied;
  }
};

export const emptyMirror = (): Mirror => ({ items: new Map(), seen: new Map(), cursor: null });
