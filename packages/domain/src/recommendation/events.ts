import { type CalendarDate, type DomainEvent, everyOf } from '../shared/index.js';
import type {
  DraftRecommendation,
  GuidelineLinkData,
  MergeRecommendation,
  PrioritiseRecommendation,
  ReviseRecommendation,
  SplitPart,
  SuggestionLinkData,
} from './commands.js';

type Target = { readonly recommendationId: string };

/** Version 2: `derivedFrom` (a list) replaced v1's single `suggestionId` (see upcasting/). */
export type RecommendationDrafted = DomainEvent<
  'RecommendationDrafted',
  DraftRecommendation['data'],
  2
>;

/**
 * Only the changed fields. A changed `actionFieldIds` travels with the list it replaced, so the
 * provenance edges it removes can be read off the event alone.
 */
export type RecommendationRevised = DomainEvent<
  'RecommendationRevised',
  ReviseRecommendation['data'] & { readonly previousActionFieldIds?: readonly string[] }
>;

export type RecommendationSubmittedForReview = DomainEvent<
  'RecommendationSubmittedForReview',
  Target
>;
export type RecommendationReturnedToDraft = DomainEvent<'RecommendationReturnedToDraft', Target>;
export type RecommendationPrioritised = DomainEvent<
  'RecommendationPrioritised',
  PrioritiseRecommendation['data']
>;

/** Everything the new Measure starts with, resolved at adoption (title defaulted, fields copied). */
export interface AdoptedMeasure {
  readonly title: string;
  readonly owner: string;
  readonly actionFieldIds: readonly string[];
  readonly plannedStart?: CalendarDate;
  readonly plannedEnd?: CalendarDate;
}

export type RecommendationAdopted = DomainEvent<
  'RecommendationAdopted',
  Target & { readonly measureId: string; readonly measure: AdoptedMeasure },
  2
>;
export type RecommendationRejected = DomainEvent<'RecommendationRejected', Target>;
export type RecommendationWithdrawn = DomainEvent<'RecommendationWithdrawn', Target>;
export type RecommendationMerged = DomainEvent<'RecommendationMerged', MergeRecommendation['data']>;

/** Carries the original's suggestions and action fields: the parts are drafted with them. */
export type RecommendationSplit = DomainEvent<
  'RecommendationSplit',
  Target & {
    readonly parts: readonly SplitPart[];
    readonly derivedFrom: readonly string[];
    readonly actionFieldIds: readonly string[];
  }
>;

export type SuggestionLinkedToRecommendation = DomainEvent<
  'SuggestionLinkedToRecommendation',
  SuggestionLinkData
>;
export type SuggestionUnlinkedFromRecommendation = DomainEvent<
  'SuggestionUnlinkedFromRecommendation',
  SuggestionLinkData
>;
export type RecommendationAssignedToGuideline = DomainEvent<
  'RecommendationAssignedToGuideline',
  GuidelineLinkData
>;
export type RecommendationUnassignedFromGuideline = DomainEvent<
  'RecommendationUnassignedFromGuideline',
  GuidelineLinkData
>;

export type RecommendationEvent =
  | RecommendationDrafted
  | RecommendationRevised
  | RecommendationSubmittedForReview
  | RecommendationReturnedToDraft
  | RecommendationPrioritised
  | RecommendationAdopted
  | RecommendationRejected
  | RecommendationWithdrawn
  | RecommendationMerged
  | RecommendationSplit
  | SuggestionLinkedToRecommendation
  | SuggestionUnlinkedFromRecommendation
  | RecommendationAssignedToGuideline
  | RecommendationUnassignedFromGuideline;

export const RECOMMENDATION_EVENT_TYPES = everyOf<RecommendationEvent['type']>()([
  'RecommendationDrafted',
  'RecommendationRevised',
  'RecommendationSubmittedForReview',
  'RecommendationReturnedToDraft',
  'RecommendationPrioritised',
  'RecommendationAdopted',
  'RecommendationRejected',
  'RecommendationWithdrawn',
  'RecommendationMerged',
  'RecommendationSplit',
  'SuggestionLinkedToRecommendation',
  'SuggestionUnlinkedFromRecommendation',
  'RecommendationAssignedToGuideline',
  'RecommendationUnassignedFromGuideline',
]);
