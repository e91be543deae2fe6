import type { storySteps } from './graphql-spec.js';

type Story = ReturnType<typeof storySteps>;
type Who = Parameters<Story['step']>[4];
type Input = Record<string, unknown>;
type LotsenStep =
  | 'field'
  | 'workshop'
  | 'held'
  | 'suggestion'
  | 'recommendation'
  | 'submitted'
  | 'prioritised'
  | 'adopted';

/**
 * The trail several specs tell: an action field, a workshop held in it, a suggestion raised there
 * ("Lotsen" for small firms), a recommendation drafted from it, submitted, prioritised and adopted
 * as a measure. Each step links to the earlier ones (ids and expected versions) by itself; the spec
 * gives only what it reads back (titles, dates, who acts). Steps are named as the ids they leave;
 * `occurredAt` dates the steps from one table, for specs that read the trail back in time.
 */
export const lotsenStory = (
  { step: run, ids, versions }: Story,
  occurredAt: Partial<Record<LotsenStep, string>> = {},
) => {
  const step: Story['step'] = (name, mutation, input, item, who) =>
    run(
      name,
      mutation,
      name in occurredAt ? { occurredAt: occurredAt[name as LotsenStep], ...input } : input,
      item,
      who,
    );
  return {
    field: (input: Input, who?: Who) =>
      step('field', 'defineActionField', input, 'actionField', who),
    workshop: (input: Input, who?: Who) =>
      step(
        'workshop',
        'planMeeting',
        { kind: 'WORKSHOP', place: 'Chemnitz', actionFieldIds: [ids.field], ...input },
        'meeting',
        who,
      ),
    held: (input: Input = {}, who?: Who) =>
      step(
        'held',
        'recordMeetingHeld',
        {
          id: ids.workshop,
          expectedVersion: versions.workshop,
          participantsBySector: { industry: 18, science: 6, society: 2, administration: 3 },
          ...input,
        },
        'meeting',
        who,
      ),
    suggestion: (input: Input, who?: Who) =>
      step(
        'suggestion',
        'captureSuggestion',
        {
          sector: 'INDUSTRY',
          channel: 'MEETING',
          meetingId: ids.workshop,
          actionFieldIds: [ids.field],
          ...input,
        },
        'suggestion',
        who,
      ),
    recommendation: (input: Input, who?: Who) =>
      step(
        'recommendation',
        'draftRecommendation',
        { actionFieldIds: [ids.field], derivedFrom: [ids.suggestion], ...input },
        'recommendation',
        who,
      ),
    submitted: (input: Input = {}, who?: Who) =>
      step(
        'submitted',
        'submitRecommendationForReview',
        { id: ids.recommendation, expectedVersion: versions.recommendation, ...input },
        'recommendation',
        who,
      ),
    prioritised: (input: Input = {}, who?: Who) =>
      step(
        'prioritised',
        'prioritiseRecommendation',
        { id: ids.recommendation, expectedVersion: versions.submitted, priority: 'HIGH', ...input },
        'recommendation',
        who,
      ),
    adopted: (input: Input, who?: Who) =>
      step(
        'adopted',
        'adoptRecommendation',
        { id: ids.recommendation, expectedVersion: versions.prioritised, ...input },
        'recommendation',
        who,
      ),
  };
};
