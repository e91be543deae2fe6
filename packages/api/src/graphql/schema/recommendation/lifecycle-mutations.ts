import type { MergeRecommendation, PrioritiseRecommendation } from '@fahrplan/domain';
import { builder } from '../../builder.js';
import { changeFields, runCommand } from '../../command-mutation.js';
import { inputOf, payloadOf, targetId, transitionMutation } from '../mutation-parts.js';
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

builder.relayMutationField(
  'prioritiseRecommendation',
  {
    description: inputOf('prioritiseRecommendation'),
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.recommendation(t),
      priority: t.field({
        type: PriorityEnum,
        required: true,
        description: 'The priority to set.',
      }),
    }),
  },
  {
    description:
      'Prioritise a recommendation in review, or change the priority of a prioritised one (priorisieren).',
    resolve: (_root, { input }, context) => {
      const data: PrioritiseRecommendation['data'] = {
        recommendationId: input.id.id,
        priority: input.priority,
      };
      return runCommand(context, 'PrioritiseRecommendation', { ...data }, input);
    },
  },
  payloadOf('recommendation', 'prioritiseRecommendation'),
);

builder.relayMutationField(
  'mergeRecommendation',
  {
    description: inputOf('mergeRecommendation'),
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.recommendation(t),
      targetRecommendationId: t.globalID({
        required: true,
        for: RecommendationType,
        description: 'The recommendation it merges into (not itself).',
      }),
    }),
  },
  {
    description:
      'Merge an open recommendation into another (zusammenführen): it stays, status `merged`, pointing at the target.',
    resolve: (_root, { input }, context) => {
      const data: MergeRecommendation['data'] = {
        recommendationId: input.id.id,
        targetRecommendationId: input.targetRecommendationId.id,
      };
      return runCommand(context, 'MergeRecommendation', { ...data }, input);
    },
  },
  payloadOf('recommendation', 'mergeRecommendation'),
);
