import { describe, it } from 'vitest';
import type { Aggregate } from '../aggregate.js';
import type { AnyCommand, AnyDomainEvent } from '../types.js';
import { DeciderSpecification } from './decider-specification.js';

/**
 * The create command is a `CONFLICT` on `idField` in every status the item can be in, after the
 * history that leads to it (the guard of `createOnce`).
 */
export const describeCreatedOnce = <
  C extends AnyCommand,
  E extends AnyDomainEvent,
  S,
  Status extends string,
>(
  aggregate: Aggregate<C, E, S>,
  histories: Readonly<Record<Status, readonly E[]>>,
  create: C,
  idField: string,
): void => {
  const spec = DeciderSpecification.for(aggregate);
  for (const [status, history] of Object.entries<readonly E[]>(histories)) {
    describe(`when ${status}`, () => {
      it('conflicts', () => spec.given(history).when(create).thenFails('CONFLICT', idField));
    });
  }
};
