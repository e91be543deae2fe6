import { assertNever, type Existing, reasonAs, type WithStatus } from '../shared/index.js';
import type { Priority } from './commands.js';
import type { RecommendationEvent } from './events.js';

/** What every recommendation holds once drafted, whatever its status. */
export interface RecommendationBase {
  readonly recommendationId: string;
  readonly title: string;
  readonly body: string;
  readonly actionFieldIds: readonly string[];
  readonly derivedFrom: readonly string[];
  readonly guidelineIds: readonly string[];
  readonly splitFrom?: string;
  readonly priority?: Priority;
  readonly draftedAt: string;
}

/** Terminal states remember when they closed and, where required, why. */
interface Closed extends RecommendationBase {
  readonly closedAt: string;
  readonly reason?: string;
}

export type RecommendationState =
  | { readonly status: 'empty' }
  | (RecommendationBase & { readonly status: 'draft' })
  | (RecommendationBase & { readonly status: 'in_review' })
  | (RecommendationBase & { readonly status: 'prioritised'; readonly priority: Priority })
  | (RecommendationBase & {
      readonly status: 'adopted';
      readonly measureId: string;
      readonly adoptedAt: string;
    })
  | (Closed & { readonly status: 'rejected' })
  | (Closed & { readonly status: 'withdrawn' })
  | (Closed & { readonly status: 'merged'; readonly mergedInto: string })
  | (Closed & { readonly status: 'split'; readonly splitInto: readonly string[] });

export type RecommendationStatus = RecommendationState['status'];
export type ExistingRecommendation = Existing<RecommendationState>;
export type OpenRecommendation = WithStatus<RecommendationState, (typeof OPEN_STATUSES)[number]>;

export const OPEN_STATUSES = ['draft', 'in_review', 'prioritised'] as const;
export const RECOMMENDATION_STATUSES = [
  'draft',
  'in_review',
  'prioritised',
  'adopted',
  'rejected',
  'withdrawn',
  'merged',
  'split',
] as const satisfies readonly ExistingRecommendation['status'][];

export const initialState: RecommendationState = { status: 'empty' };

/** The shared fields only: a transition must not carry status-specific ones along. */
const baseOf = (state: ExistingRecommendation): RecommendationBase => ({
  recommendationId: state.recommendationId,
  title: state.title,
  body: state.body,
  actionFieldIds: state.actionFieldIds,
  derivedFrom: state.derivedFrom,
  guidelineIds: state.guidelineIds,
  draftedAt: state.draftedAt,
  ...(state.splitFrom === undefined ? {} : { splitFrom: state.splitFrom }),
  ...(state.priority === undefined ? {} : { priority: state.priority }),
});

const without = (list: readonly string[], id: string) => list.filter((item) => item !== id);

/** Applies an event to an existing recommendation (decide never emits one for `empty`). */
const apply = (state: ExistingRecommendation, event: RecommendationEvent): RecommendationState => {
  const base = baseOf(state);
  const closed = { ...base, closedAt: event.occurredAt };
  const reason = reasonAs('reason', event);
  switch (event.type) {
    case 'RecommendationDrafted':
      return state;
    case 'RecommendationRevised': {
      const { title, body, actionFieldIds } = event.data;
      return {
        ...state,
        ...(title === undefined ? {} : { title }),
        ...(body === undefined ? {} : { body }),
        ...(actionFieldIds === undefined ? {} : { actionFieldIds }),
      };
    }
    case 'RecommendationSubmittedForReview':
      return { ...base, status: 'in_review' };
    case 'RecommendationReturnedToDraft':
      return { ...base, status: 'draft' };
    case 'RecommendationPrioritised':
      return { ...base, status: 'prioritised', priority: event.data.priority };
    case 'RecommendationAdopted':
      return {
        ...base,
        status: 'adopted',
        measureId: event.data.measureId,
        adoptedAt: event.occurredAt,
      };
    case 'RecommendationRejected':
      return { ...closed, ...reason, status: 'rejected' };
    case 'RecommendationWithdrawn':
      return { ...closed, ...reason, status: 'withdrawn' };
    case 'RecommendationMerged':
      return {
        ...closed,
        ...reason,
        status: 'merged',
        mergedInto: event.data.targetRecommendationId,
      };
    case 'RecommendationSplit':
      return {
        ...closed,
        ...reason,
        status: 'split',
        splitInto: event.data.parts.map((part) => part.recommendationId),
      };
    case 'SuggestionLinkedToRecommendation':
      return { ...state, derivedFrom: [...state.derivedFrom, event.data.suggestionId] };
    case 'SuggestionUnlinkedFromRecommendation':
      return { ...state, derivedFrom: without(state.derivedFrom, event.data.suggestionId) };
    case 'RecommendationAssignedToGuideline':
      return { ...state, guidelineIds: [...state.guidelineIds, event.data.guidelineId] };
    case 'RecommendationUnassignedFromGuideline':
      return { ...state, guidelineIds: without(state.guidelineIds, event.data.guidelineId) };
    default:
      return assertNever(event);
  }
};

export const evolve = (
  state: RecommendationState,
  event: RecommendationEvent,
): RecommendationState => {
  if (state.status !== 'empty') return apply(state, event);
  if (event.type !== 'RecommendationDrafted') return state;
  const { recommendationId, title, body, actionFieldIds, derivedFrom, splitFrom } = event.data;
  return {
    status: 'draft',
    recommendationId,
    title,
    body,
    actionFieldIds,
    derivedFrom,
    guidelineIds: [],
    draftedAt: event.occurredAt,
    ...(splitFrom === undefined ? {} : { splitFrom }),
  };
};
