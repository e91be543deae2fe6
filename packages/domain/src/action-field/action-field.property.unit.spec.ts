import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maybe, metadataAround, mostly } from '../shared/testing/arbitraries.js';
import { checkLifecycle } from '../shared/testing/explore.js';
import type { ActionFieldCommand } from './index.js';
import { actionField } from './index.js';

const id = 'af-1';
const text = mostly(
  fc.string({ minLength: 1, maxLength: 30 }).map((value) => `T${value}`),
  fc.constantFrom('', '  ', 'x'.repeat(201)),
);
const metadata = metadataAround(['2016-03-01', '2017-03-07T09:00:00Z'], 'gestern');

const command: fc.Arbitrary<ActionFieldCommand> = fc.oneof(
  fc.record({
    type: fc.constant('DefineActionField' as const),
    data: fc.record({
      actionFieldId: mostly(fc.constant(id), fc.constant('')),
      processId: mostly(
        fc.constantFrom('sp-industrie-der-zukunft', 'sp-fachkraefte'),
        fc.constant(''),
      ),
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
describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors and follows the lifecycle', () =>
    checkLifecycle(actionField, fc.array(command, { maxLength: 25 }), {
      steps: { empty: ['active'], active: ['active', 'retired'] },
      statuses: ['active', 'retired'],
      numRuns: 300,
      checks: () => ({
        onEvent: (event) => {
          expect(actionField.provenanceOf(event, id)).toEqual([]);
          expect(actionField.reactionsTo(event, id)).toEqual([]);
        },
      }),
    }));
});
