import type { CommandMetadata } from '../../shared/index.js';
import { meta, TEST_NOW } from '../../shared/testing/decider-specification.js';
import { itemFixtures } from '../../shared/testing/fixtures.js';
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

/** A command on the fixture's recommendation (id filled in) and the event it records. */
export const { command, event } = itemFixtures<
  RecommendationCommand,
  RecommendationEvent,
  'recommendationId'
>('recommendationId', id);

// Events -------------------------------------------------------------------------------------
export const drafted = event('RecommendationDrafted', {
  title,
  body,
  actionFieldIds: fields,
  derivedFrom: suggestions,
});
export const submitted = event('RecommendationSubmittedForReview', {});
export const returned = event('RecommendationReturnedToDraft', {}, { reason: because });
export const prioritised = (priority: Priority = 'high') =>
  event('RecommendationPrioritised', { priority });
export const adopted = event('RecommendationAdopted', {
  measureId: 'measure-1',
  measure: { title, owner: 'SMWA Referat 31', actionFieldIds: fields },
});
export const rejected = event('RecommendationRejected', {}, { reason: because });
export const withdrawn = event('RecommendationWithdrawn', {}, { reason: because });
export const merged = event('RecommendationMerged', { targetRecommendationId: 'rec-other' });
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
export const splitted = event('RecommendationSplit', {
  parts,
  derivedFrom: suggestions,
  actionFieldIds: fields,
});
export const linked = (suggestionId: string) =>
  event('SuggestionLinkedToRecommendation', { suggestionId });
export const assigned = (guidelineId: string) =>
  event('RecommendationAssignedToGuideline', { guidelineId });

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
export const draft = (data: Partial<DraftRecommendation['data']> = {}) =>
  command('DraftRecommendation', {
    title,
    body,
    actionFieldIds: fields,
    derivedFrom: suggestions,
    ...data,
  });
export const revise = (changes: {
  title?: string;
  body?: string;
  actionFieldIds?: readonly string[];
}) => command('ReviseRecommendation', changes);
export const submit = command('SubmitRecommendationForReview', {});
export const returnToDraft = (metadata = why()) =>
  command('ReturnRecommendationToDraft', {}, metadata);
export const prioritise = (priority: Priority = 'high') =>
  command('PrioritiseRecommendation', { priority });
export const adopt = (
  measure: Partial<MeasureDetails> = {},
  measureId = 'measure-1',
  metadata = meta(),
) =>
  command(
    'AdoptRecommendation',
    { measureId, measure: { owner: 'SMWA Referat 31', ...measure } },
    metadata,
  );
export const reject = (metadata = why()) => command('RejectRecommendation', {}, metadata);
export const withdraw = (metadata = why()) => command('WithdrawRecommendation', {}, metadata);
export const merge = (targetRecommendationId = 'rec-other', metadata = meta()) =>
  command('MergeRecommendation', { targetRecommendationId }, metadata);
export const split = (splitParts: readonly SplitPart[] = parts) =>
  command('SplitRecommendation', { parts: splitParts });
export const link = (suggestionId: string) => command('LinkSuggestion', { suggestionId });
export const unlink = (suggestionId: string, metadata = why()) =>
  command('UnlinkSuggestion', { suggestionId }, metadata);
export const assign = (guidelineId: string) => command('AssignToGuideline', { guidelineId });
export const unassign = (guidelineId: string, metadata = why()) =>
  command('UnassignFromGuideline', { guidelineId }, metadata);
