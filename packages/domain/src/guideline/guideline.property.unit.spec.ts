import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, isDomainError } from '../shared/index.js';
import { meta } from '../shared/testing/decider-specification.js';
import type { GuidelineCommand, GuidelineEvent, GuidelineState } from './index.js';
import { guideline } from './index.js';

const id = 'gl-1';
/** Mostly valid input, sometimes not: both paths must hold up. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: bad, weight: 1 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const text = mostly(
  fc.constantFrom('Leitlinie', 'Digitalisierung', 'Arbeit der Zukunft'),
  fc.constantFrom('', ' ', 'x'.repeat(201)),
);
const actionFieldIds = mostly(
  fc.uniqueArray(fc.constantFrom<string>('af-1', 'af-2', 'af-3'), { maxLength: 3 }),
  fc.array(fc.constantFrom('af-1', ''), { maxLength: 3 }),
);
const metadata = fc
  .record({
    reason: maybe(mostly(fc.constantFrom('weil', 'Beschluss'), fc.constantFrom('', ' '))),
    occurredAt: maybe(
      mostly(
        fc.constantFrom('2017-03-07', '2018-06-01T09:00:00Z'),
        fc.constantFrom('2099-01-01', 'gestern'),
      ),
    ),
  })
  .map(({ reason, occurredAt }) =>
    meta({
      ...(reason === undefined ? {} : { reason }),
      ...(occurredAt === undefined ? {} : { occurredAt }),
    }),
  );
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
const legalSteps = new Set([
  'empty→draft',
  'draft→draft',
  'draft→published',
  'published→draft',
  'draft→retired',
  'published→retired',
]);

describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors, follows the lifecycle and numbers versions', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(runs, (commands) => {
        let state: GuidelineState = guideline.initialState;
        const history: GuidelineEvent[] = [];
        let versions = 0;
        for (const next of commands) {
          const result = guideline.decide(next, state);
          expect(guideline.decide(next, state)).toEqual(result);
          if (isDomainError(result)) continue;
          for (const event of result) {
            expect(guideline.eventTypes).toContain(event.type);
            if (event.type === 'GuidelinePublished') expect(event.data.version).toBe(++versions);
            const after = guideline.evolve(state, event);
            expect(legalSteps).toContain(`${state.status}→${after.status}`);
            guideline.provenanceOf(event, id);
            state = after;
            reached.add(after.status);
            history.push(event);
          }
        }
        expect(fold(guideline, history)).toEqual(state);
        expect(fold(guideline, history)).toEqual(fold(guideline, history));
      }),
      { numRuns: 300 },
    );
    expect([...reached].sort()).toEqual(['draft', 'published', 'retired']);
  });
});
