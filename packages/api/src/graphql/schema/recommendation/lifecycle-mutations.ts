import { changeMutation, transitionMutation } from '../mutation-parts.js';
import { RecommendationType } from '../refs.js';
import { PriorityEnum } from './priority.js';

transitionMutation(
  'recommendation',
  'submitRecommendationForReview',
  'SubmitRecommendationForReview',
  'Submit a draft for review (zur Prüfung vorlegen).',
  (recommendationId) => ({ recommendationId }),
);
transitionMutation(
  'recommendation',
  'returnRecommendationToDraft',
  'ReturnRecommendationToDraft',
  'Send a recommendation in review back to draft (zurück in den Entwurf); a reason is required.',
  (recommendationId) => ({ recommendationId }),
);
transitionMutation(
  'recommendation',
  'rejectRecommendation',
  'RejectRecommendation',
  'Reject an open recommendation (ablehnen); a reason is required.',
  (recommendationId) => ({ recommendationId }),
);
transitionMutation(
  'recommendation',
  'withdrawRecommendation',
  'WithdrawRecommendation',
  'Withdraw an open recommendation (zurückziehen); a reason is required.',
  (recommendationId) => ({ recommendationId }),
);

changeMutation('recommendation', 'prioritiseRecommendation', {
  command: 'PrioritiseRecommendation',
  description:
    'Prioritise a recommendation in review, or change the priority of a prioritised one (priorisieren).',
  fields: (t) => ({
    priority: t.field({
      type: PriorityEnum,
      required: true,
      description: 'The priority to set.',
    }),
  }),
  data: (input) => ({ recommendationId: input.id.id, priority: input.priority }),
});

changeMutation('recommendation', 'mergeRecommendation', {
  command: 'MergeRecommendation',
  description:
    'Merge an open recommendation into another (zusammenführen): it stays, status `merged`, pointing at the target.',
  fields: (t) => ({
    targetRecommendationId: t.globalID({
      required: true,
      for: RecommendationType,
      description: 'The recommendation it merges into (not itself).',
    }),
  }),
  data: (input) => ({
    recommendationId: input.id.id,
    targetRecommendationId: input.targetRecommendationId.id,
  }),
});
