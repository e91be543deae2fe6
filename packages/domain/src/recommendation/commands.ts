import { type Command, type Content, everyOf } from '../shared/index.js';

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

type Target = { readonly recommendationId: string };

export type DraftRecommendation = Command<
  'DraftRecommendation',
  Target &
    Content & {
      /** Suggestion ids the recommendation grows from; may be empty. */
      readonly derivedFrom: readonly string[];
      /** Set only by the follow-up of a split: the recommendation this part was split from. */
      readonly splitFrom?: string;
    }
>;

/** A content edit: only the fields given change. */
export type ReviseRecommendation = Command<'ReviseRecommendation', Target & Partial<Content>>;

/** The data of a link or unlink, the same in the command and the event. */
export type SuggestionLinkData = Target & { readonly suggestionId: string };
export type GuidelineLinkData = Target & { readonly guidelineId: string };

export type SubmitRecommendationForReview = Command<'SubmitRecommendationForReview', Target>;
export type ReturnRecommendationToDraft = Command<'ReturnRecommendationToDraft', Target>;
export type PrioritiseRecommendation = Command<
  'PrioritiseRecommendation',
  Target & { readonly priority: Priority }
>;

/** What the adopting ministry says about the measure that starts. */
export interface MeasureDetails {
  /** Defaults to the recommendation's title. */
  readonly title?: string;
  /** An organisational unit (e.g. „SMWA Referat 31“), never a person. */
  readonly owner: string;
  readonly plannedStart?: string;
  readonly plannedEnd?: string;
}

export type AdoptRecommendation = Command<
  'AdoptRecommendation',
  Target & { readonly measureId: string; readonly measure: MeasureDetails }
>;
export type RejectRecommendation = Command<'RejectRecommendation', Target>;
export type WithdrawRecommendation = Command<'WithdrawRecommendation', Target>;
export type MergeRecommendation = Command<
  'MergeRecommendation',
  Target & { readonly targetRecommendationId: string }
>;

export interface SplitPart {
  readonly recommendationId: string;
  readonly title: string;
  readonly body: string;
}

export type SplitRecommendation = Command<
  'SplitRecommendation',
  Target & { readonly parts: readonly SplitPart[] }
>;

export type LinkSuggestion = Command<'LinkSuggestion', SuggestionLinkData>;
export type UnlinkSuggestion = Command<'UnlinkSuggestion', SuggestionLinkData>;
export type AssignToGuideline = Command<'AssignToGuideline', GuidelineLinkData>;
export type UnassignFromGuideline = Command<'UnassignFromGuideline', GuidelineLinkData>;

export type RecommendationCommand =
  | DraftRecommendation
  | ReviseRecommendation
  | SubmitRecommendationForReview
  | ReturnRecommendationToDraft
  | PrioritiseRecommendation
  | AdoptRecommendation
  | RejectRecommendation
  | WithdrawRecommendation
  | MergeRecommendation
  | SplitRecommendation
  | LinkSuggestion
  | UnlinkSuggestion
  | AssignToGuideline
  | UnassignFromGuideline;

export const RECOMMENDATION_COMMAND_TYPES = everyOf<RecommendationCommand['type']>()([
  'DraftRecommendation',
  'ReviseRecommendation',
  'SubmitRecommendationForReview',
  'ReturnRecommendationToDraft',
  'PrioritiseRecommendation',
  'AdoptRecommendation',
  'RejectRecommendation',
  'WithdrawRecommendation',
  'MergeRecommendation',
  'SplitRecommendation',
  'LinkSuggestion',
  'UnlinkSuggestion',
  'AssignToGuideline',
  'UnassignFromGuideline',
]);
