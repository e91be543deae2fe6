import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badTexts, maybe, metadataAround, mostly } from '../shared/testing/arbitraries.js';
import { checkLifecycle } from '../shared/testing/explore.js';
import type { GuidelineCommand } from './index.js';
import { guideline } from './index.js';

const id = 'gl-1';
const text = mostly(
  fc.constantFrom('Leitlinie', 'Digitalisierung', 'Arbeit der Zukunft'),
  badTexts,
);
const actionFieldIds = mostly(
  fc.uniqueArray(fc.constantFrom<string>('af-1', 'af-2', 'af-3'), { maxLength: 3 }),
  fc.array(fc.constantFrom('af-1', ''), { maxLength: 3 }),
);
const metadata = metadataAround(['2017-03-07', '2018-06-01T09:00:00Z'], 'gestern');
const guidelineId = mostly(fc.constant(id), fc.constant(''));

const draft = fc.record({
  type: fc.constant('DraftGuideline' as const),
  data: fc.record({ guidelineId, title: text, body: text, actionFieldIds }),
  metadata,
});
const command: fc.Arbitrary<GuidelineCommand> = fc.oneof(
  draft,
  fc.record({
    type: fc.constant('ReviseGuideline' as const),
    data: fc.record({
      guidelineId: fc.constant(id),
      title: maybe(text),
      body: maybe(text),
      actionFieldIds: maybe(actionFieldIds),
    }),
    metadata,
  }),
  {
    arbitrary: fc.record({
      type: fc.constant('PublishGuideline' as const),
      data: fc.constant({ guidelineId: id }),
      metadata,
    }),
    weight: 3,
  },
  fc.record({
    type: fc.constant('RetireGuideline' as const),
    data: fc.constant({ guidelineId: id }),
    metadata,
  }),
);
const runs = fc
  .tuple(draft, fc.array(command, { maxLength: 30, size: 'large' }))
  .map(([first, rest]) => [first, ...rest]);

/** draft ⇄ published (publishing, revising), both → retired; edits keep a draft a draft. */
describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors, follows the lifecycle and numbers versions', () =>
    checkLifecycle(guideline, runs, {
      steps: {
        empty: ['draft'],
        draft: ['draft', 'published', 'retired'],
        published: ['draft', 'retired'],
      },
      statuses: ['draft', 'published', 'retired'],
      numRuns: 300,
      checks: () => {
        let versions = 0;
        return {
          onEvent: (event) => {
            if (event.type === 'GuidelinePublished') expect(event.data.version).toBe(++versions);
            guideline.provenanceOf(event, id);
          },
        };
      },
    }));
});
