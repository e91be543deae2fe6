import { expect } from 'vitest';
import { type Aggregate, fold } from '../aggregate.js';
import type { AnyCommand, AnyDomainEvent } from '../types.js';
import { DeciderSpecification } from './decider-specification.js';

/**
 * After `history`, the command yields exactly `expected`, and the history with those events
 * folds to a state matching `state`.
 */
export const expectRecorded = <C extends AnyCommand, E extends AnyDomainEvent, S>(
  aggregate: Aggregate<C, E, S>,
  history: readonly E[],
  command: C,
  expected: readonly E[],
  state: object,
): void => {
  const events = DeciderSpecification.for(aggregate).given(history).when(command).events();
  expect(events).toEqual(expected);
  expect(fold(aggregate, [...history, ...events])).toMatchObject(state);
};
