import type { Priority } from './commands.js';

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
export type ExistingRecommendation = Exclude<RecommendationState, { status: 'empty' }>;
export type OpenRecommendation = Extract<
  RecommendationState,
  { status: 'draft' | 'in_review' | 'prioritised' }
>;

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

export const isOpen = (state: RecommendationState): state is OpenRecommendation =>
  (OPEN_STATUSES as readonly string[]).includes(state.status);

// evolve lives in its own file for size; it is part of the state's contract.
export { evolve } from './evolve.js';
