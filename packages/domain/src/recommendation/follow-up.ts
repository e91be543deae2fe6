import type { Command } from '../shared/index.js';

/** Suggestion's command, as the Suggestion aggregate accepts it. */
export type TakeUpSuggestion = Command<
  'TakeUpSuggestion',
  {
    readonly suggestionId: string;
    readonly by: { readonly kind: 'Recommendation'; readonly id: string };
  }
>;

/** Measure's command, as the Measure aggregate accepts it: keep this shape exactly. */
export type PlanMeasure = Command<
  'PlanMeasure',
  {
    readonly measureId: string;
    /** The adopted recommendation. */
    readonly adoptedFrom: string;
    readonly title: string;
    readonly owner: string;
    readonly actionFieldIds: readonly string[];
    readonly adoptedAt: string;
    readonly plannedStart?: string;
    readonly plannedEnd?: string;
  }
>;
