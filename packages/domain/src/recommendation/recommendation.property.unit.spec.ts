import fc from 'fast-check';
import { describe, it } from 'vitest';
import { badTexts, maybe, metadataAround, mostly } from '../shared/testing/arbitraries.js';
import { checkLifecycle } from '../shared/testing/explore.js';
import type { RecommendationCommand } from './index.js';
import { recommendation } from './index.js';

const id = 'rec-1';
const text = mostly(
  fc.string({ minLength: 1, maxLength: 20 }).map((value) => `T${value}`),
  badTexts,
);
// Small pools, so links collide and references repeat.
const suggestionId = mostly(fc.constantFrom('s-1', 's-2', 's-3'), fc.constant(''));
const guidelineId = mostly(fc.constantFrom('g-1', 'g-2'), fc.constant(' '));
const ids = (pool: fc.Arbitrary<string>, min: number) =>
  mostly(fc.uniqueArray(pool, { minLength: min, maxLength: 3 }), fc.array(pool, { maxLength: 3 }));
const actionFieldIds = ids(fc.constantFrom('af-1', 'af-2', 'af-3'), 1);
const date = mostly(fc.constantFrom('2017-03-07', '2018-01-01', '2030-12-31'), fc.constant('bald'));

const metadata = metadataAround(['2016-03-01', '2017-03-07T09:00:00Z'], 'gestern');

const target = fc.constant({ recommendationId: id });
const cmd = <T extends RecommendationCommand['type']>(type: T, data: fc.Arbitrary<object>) =>
  fc.record({ type: fc.constant(type), data, metadata }) as fc.Arbitrary<RecommendationCommand>;
const extend = (more: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record({ recommendationId: fc.constant(id), ...more });

/** Forward steps weigh more, so runs get past the first status before something ends them. */
const often = (arbitrary: fc.Arbitrary<RecommendationCommand>) => ({ arbitrary, weight: 4 });

const draftCommand = cmd(
  'DraftRecommendation',
  extend({ title: text, body: text, actionFieldIds, derivedFrom: ids(suggestionId, 0) }),
);

const command: fc.Arbitrary<RecommendationCommand> = fc.oneof(
  draftCommand,
  cmd(
    'ReviseRecommendation',
    extend({ title: maybe(text), body: maybe(text), actionFieldIds: maybe(actionFieldIds) }),
  ),
  often(cmd('SubmitRecommendationForReview', target)),
  cmd('ReturnRecommendationToDraft', target),
  often(
    cmd(
      'PrioritiseRecommendation',
      extend({ priority: mostly(fc.constantFrom('high', 'medium', 'low'), fc.constant('urgent')) }),
    ),
  ),
  often(
    cmd(
      'AdoptRecommendation',
      extend({
        measureId: mostly(fc.constant('m-1'), fc.constant('')),
        measure: fc.record({
          title: maybe(text),
          owner: text,
          plannedStart: maybe(date),
          plannedEnd: maybe(date),
        }),
      }),
    ),
  ),
  cmd('RejectRecommendation', target),
  cmd('WithdrawRecommendation', target),
  cmd(
    'MergeRecommendation',
    extend({ targetRecommendationId: mostly(fc.constant('rec-2'), fc.constantFrom(id, '')) }),
  ),
  cmd(
    'SplitRecommendation',
    extend({
      parts: mostly(
        fc
          .uniqueArray(fc.constantFrom<string>('rec-a', 'rec-b', 'rec-c'), {
            minLength: 2,
            maxLength: 3,
          })
          .map((partIds) =>
            partIds.map((partId) => ({ recommendationId: partId, title: 'Teil', body: 'Text' })),
          ),
        fc.array(
          fc.record({
            recommendationId: fc.constantFrom('rec-a', 'rec-b', id, ''),
            title: text,
            body: text,
          }),
          { maxLength: 3 },
        ),
      ),
    }),
  ),
  cmd('LinkSuggestion', extend({ suggestionId })),
  cmd('UnlinkSuggestion', extend({ suggestionId })),
  cmd('AssignToGuideline', extend({ guidelineId })),
  cmd('UnassignFromGuideline', extend({ guidelineId })),
);

/** Each run starts with a draft (mostly valid) and goes on long enough to end the lifecycle. */
const runs = fc
  .tuple(draftCommand, fc.array(command, { maxLength: 40, size: 'large' }))
  .map(([first, rest]) => [first, ...rest]);

/** Where every open status may end. */
const ends = ['rejected', 'withdrawn', 'merged', 'split'];

describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors and follows the lifecycle', () =>
    checkLifecycle(recommendation, runs, {
      steps: {
        empty: ['draft'],
        draft: ['draft', 'in_review', ...ends],
        in_review: ['in_review', 'draft', 'prioritised', ...ends],
        prioritised: ['prioritised', 'adopted', ...ends],
        adopted: ['adopted'],
      },
      statuses: ['adopted', 'draft', 'in_review', 'prioritised', ...ends],
      numRuns: 500,
      checks: () => ({
        onEvent: (event) => {
          recommendation.provenanceOf(event, id);
          recommendation.reactionsTo(event, id);
        },
      }),
    }));
});
