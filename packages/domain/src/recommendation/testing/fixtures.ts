import type { CommandMetadata } from '../../shared/index.js';
import { meta, TEST_NOW } from '../../shared/testing/decider-specification.js';
import { CURRENT_SCHEMA_VERSIONS } from '../../upcasting/index.js';
import type {
  DraftRecommendation,
  MeasureDetails,
  Priority,
  RecommendationCommand,
  SplitPart,
} from '../commands.js';
import type { RecommendationEvent } from '../events.js';
import type { ExistingRecommendation } from '../state.js';

export const id = 'rec-kmu-beratung';
export const at = TEST_NOW;
export const title = 'Digitalisierungsberatung für den Mittelstand ausbauen';
export const body =
  'Kleine und mittlere Industrieunternehmen in Sachsen erhalten niedrigschwellige Beratung zur Digitalisierung.';
export const fields = ['af-digitalisierung', 'af-geschaeftsmodelle'];
export const suggestions = ['sug-leipzig-1', 'sug-leipzig-2'];
export const because = 'Beschluss der StrategieWerkstatt vom 7. März 2017';

/** Metadata with a reason (`meta()` is the one without). */
export const why = (reason: string = because, more: Partial<CommandMetadata> = {}) =>
  meta({ reason, ...more });

const target = { recommendationId: id };
type Unstamped<E> = E extends RecommendationEvent ? Omit<E, 'schemaVersion' | 'occurredAt'> : never;
/** An event in its current version, happening at the test clock's now. */
const event = (e: Unstamped<RecommendationEvent>): RecommendationEvent =>
  ({
    schemaVersion: CURRENT_SCHEMA_VERSIONS[e.type] ?? 1,
    occurredAt: at,
    ...e,
  }) as RecommendationEvent;

// Events -------------------------------------------------------------------------------------
export const drafted: RecommendationEvent = {
  type: 'RecommendationDrafted',
  schemaVersion: 2,
  occurredAt: at,
  data: { ...target, title, body, actionFieldIds: fields, derivedFrom: suggestions },
};
export const submitted = event({ type: 'RecommendationSubmittedForReview', data: target });
export const returned = event({
  type: 'RecommendationReturnedToDraft',
  data: target,
  reason: because,
});
export const prioritised = (priority: Priority = 'high') =>
  event({ type: 'RecommendationPrioritised', data: { ...target, priority } });
export const adopted = event({
  type: 'RecommendationAdopted',
  data: {
    ...target,
    measureId: 'measure-1',
    measure: { title, owner: 'SMWA Referat 31', actionFieldIds: fields },
  },
});
export const rejected = event({ type: 'RecommendationRejected', data: target, reason: because });
export const withdrawn = event({ type: 'RecommendationWithdrawn', data: target, reason: because });
export const merged = event({
  type: 'RecommendationMerged',
  data: { ...target, targetRecommendationId: 'rec-other' },
});
export const parts: readonly SplitPart[] = [
  {
    recommendationId: 'rec-part-a',
    title: 'Beratung: Erstcheck',
    body: 'Ein kostenloser Digitalisierungs-Check.',
  },
  {
    recommendationId: 'rec-part-b',
    title: 'Beratung: Umsetzung',
    body: 'Begleitung bei der Umsetzung.',
  },
];
export const splitted = event({
  type: 'RecommendationSplit',
  data: { ...target, parts, derivedFrom: suggestions, actionFieldIds: fields },
});
export const linked = (suggestionId: string) =>
  event({ type: 'SuggestionLinkedToRecommendation', data: { ...target, suggestionId } });
export const assigned = (guidelineId: string) =>
  event({ type: 'RecommendationAssignedToGuideline', data: { ...target, guidelineId } });

/** The events that lead to each status. */
export const histories: Record<ExistingRecommendation['status'], readonly RecommendationEvent[]> = {
  draft: [drafted],
  in_review: [drafted, submitted],
  prioritised: [drafted, submitted, prioritised()],
  adopted: [drafted, submitted, prioritised(), adopted],
  rejected: [drafted, submitted, rejected],
  withdrawn: [drafted, withdrawn],
  merged: [drafted, merged],
  split: [drafted, splitted],
};
export const STATUSES = Object.keys(histories) as ExistingRecommendation['status'][];
export const OPEN = ['draft', 'in_review', 'prioritised'] as const;
export const except = (...allowed: readonly string[]) =>
  STATUSES.filter((status) => !allowed.includes(status));

// Commands -----------------------------------------------------------------------------------
export const draft = (data: Partial<DraftRecommendation['data']> = {}): RecommendationCommand => ({
  type: 'DraftRecommendation',
  data: { ...target, title, body, actionFieldIds: fields, derivedFrom: suggestions, ...data },
  metadata: meta(),
});
export const revise = (changes: {
  title?: string;
  body?: string;
  actionFieldIds?: readonly string[];
}): RecommendationCommand => ({
  type: 'ReviseRecommendation',
  data: { ...target, ...changes },
  metadata: meta(),
});
export const submit: RecommendationCommand = {
  type: 'SubmitRecommendationForReview',
  data: target,
  metadata: meta(),
};
export const returnToDraft = (metadata = why()): RecommendationCommand => ({
  type: 'ReturnRecommendationToDraft',
  data: target,
  metadata,
});
export const prioritise = (priority: Priority = 'high'): RecommendationCommand => ({
  type: 'PrioritiseRecommendation',
  data: { ...target, priority },
  metadata: meta(),
});
export const adopt = (
  measure: Partial<MeasureDetails> = {},
  measureId = 'measure-1',
  metadata = meta(),
): RecommendationCommand => ({
  type: 'AdoptRecommendation',
  data: { ...target, measureId, measure: { owner: 'SMWA Referat 31', ...measure } },
  metadata,
});
export const reject = (metadata = why()): RecommendationCommand => ({
  type: 'RejectRecommendation',
  data: target,
  metadata,
});
export const withdraw = (metadata = why()): RecommendationCommand => ({
  type: 'WithdrawRecommendation',
  data: target,
  metadata,
});
export const merge = (
  targetRecommendationId = 'rec-other',
  metadata = meta(),
): RecommendationCommand => ({
  type: 'MergeRecommendation',
  data: { ...target, targetRecommendationId },
  metadata,
});
export const split = (splitParts: readonly SplitPart[] = parts): RecommendationCommand => ({
  type: 'SplitRecommendation',
  data: { ...target, parts: splitParts },
  metadata: meta(),
});
export const link = (suggestionId: string): RecommendationCommand => ({
  type: 'LinkSuggestion',
  data: { ...target, suggestionId },
  metadata: meta(),
});
export const unlink = (suggestionId: string, metadata = why()): RecommendationCommand => ({
  type: 'UnlinkSuggestion',
  data: { ...target, suggestionId },
  metadata,
});
export const assign = (guidelineId: string): RecommendationCommand => ({
  type: 'AssignToGuideline',
  data: { ...target, guidelineId },
  metadata: meta(),
});
export const unassign = (guidelineId: string, metadata = why()): RecommendationCommand => ({
  type: 'UnassignFromGuideline',
  data: { ...target, guidelineId },
  metadata,
});
