import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, isDomainError } from '../shared/index.js';
import { meta } from '../shared/testing/decider-specification.js';
import type { ActionFieldCommand, ActionFieldEvent, ActionFieldState } from './index.js';
import { actionField } from './index.js';

const id = 'af-1';
/** Mostly valid input, sometimes not: both paths must hold up. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: bad, weight: 1 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const text = mostly(
  fc.string({ minLength: 1, maxLength: 30 }).map((value) => `T${value}`),
  fc.constantFrom('', '  ', 'x'.repeat(201)),
);
const metadata = fc
  .record({
    reason: maybe(mostly(fc.constantFrom('weil', 'Beschluss'), fc.constantFrom('', ' '))),
    occurredAt: maybe(
      mostly(
        fc.constantFrom('2016-03-01', '2017-03-07T09:00:00Z'),
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

const command: fc.Arbitrary<ActionFieldCommand> = fc.oneof(
  fc.record({
    type: fc.constant('DefineActionField' as const),
    data: fc.record({
      actionFieldId: mostly(fc.constant(id), fc.constant('')),
      key: mostly(
        fc.constantFrom('digitalisierung', 'arbeit-der-zukunft'),
        fc.constantFrom('Bad Key', '-x', 'k'.repeat(41)),
      ),
      title: text,
      description: text,
    }),
    metadata,
  }),
  fc.record({
    type: fc.constant('ReviseActionField' as const),
    data: fc.record({
      actionFieldId: fc.constant(id),
      title: maybe(text),
      description: maybe(text),
    }),
    metadata,
  }),
  fc.record({
    type: fc.constant('RetireActionField' as const),
    data: fc.constant({ actionFieldId: id }),
    metadata,
  }),
);

/** The lifecycle empty → active → retired; an edit keeps the status. */
const legalSteps = new Set(['empty→active', 'active→active', 'active→retired']);

describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors and follows the lifecycle', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
        let state: ActionFieldState = actionField.initialState;
        const history: ActionFieldEvent[] = [];
        for (const next of commands) {
          const result = actionField.decide(next, state);
          expect(actionField.decide(next, state)).toEqual(result);
          if (isDomainError(result)) continue;
          expect(Array.isArray(result)).toBe(true);
          for (const event of result) {
            expect(actionField.eventTypes).toContain(event.type);
            expect(event.schemaVersion).toBe(1);
            const after = actionField.evolve(state, event);
            expect(legalSteps).toContain(`${state.status}→${after.status}`);
            expect(actionField.provenanceOf(event, id)).toEqual([]);
            expect(actionField.reactionsTo(event, id)).toEqual([]);
            state = after;
            reached.add(after.status);
            history.push(event);
          }
        }
        expect(fold(actionField, history)).toEqual(state);
        expect(fold(actionField, history)).toEqual(fold(actionField, history));
      }),
      { numRuns: 300 },
    );
    // The generators must reach every status, or the property proves little.
    expect([...reached].sort()).toEqual(['active', 'retired']);
  });
});
