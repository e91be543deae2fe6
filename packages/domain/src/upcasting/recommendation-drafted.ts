import type { RecommendationDrafted } from '../recommendation/events.js';

/** The first shape: a recommendation grew from at most one suggestion. */
export interface RecommendationDraftedDataV1 {
  readonly recommendationId: string;
  readonly title: string;
  readonly body: string;
  readonly actionFieldIds?: readonly string[];
  readonly suggestionId: string | null;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v1 → v2: the single `suggestionId` (or null) becomes the list `derivedFrom`. A v1 event without
 * `actionFieldIds` gets an empty list, so the state keeps its shape; it can be revised later.
 */
export const recommendationDraftedV1toV2 = (data: unknown): RecommendationDrafted['data'] => {
  if (!isRecord(data)) {
    throw new Error('RecommendationDrafted v1: data is not an object.');
  }
  const { suggestionId, actionFieldIds, ...rest } = data as unknown as RecommendationDraftedDataV1;
  return {
    ...rest,
    actionFieldIds: actionFieldIds ?? [],
    derivedFrom: typeof suggestionId === 'string' && suggestionId !== '' ? [suggestionId] : [],
  };
};
