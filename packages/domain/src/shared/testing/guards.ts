import { describe, expect, it } from 'vitest';
import type { Aggregate } from '../aggregate.js';
import type { DomainErrorCode } from '../errors.js';
import type { AnyCommand, AnyDomainEvent } from '../types.js';
import { DeciderSpecification } from './decider-specification.js';

export interface Guards<C, E, Closed extends string> {
  /** One well-formed command of every type but the create (the first type), in order. */
  readonly everyOtherCommand: readonly C[];
  /** The field the item's id is in: `NOT_FOUND` blames it. */
  readonly idField: string;
  /** The statuses that end the lifecycle, and the history that leads to each. */
  readonly closed: readonly Closed[];
  readonly histories: Readonly<Record<Closed, readonly E[]>>;
}

/**
 * Every command but the create is `NOT_FOUND` on an empty stream and an `INVALID_TRANSITION`
 * once the item is closed (where the lifecycle has a status that ends it for every command).
 */
export const describeGuards = <
  C extends AnyCommand,
  E extends AnyDomainEvent,
  S,
  Closed extends string,
>(
  aggregate: Aggregate<C, E, S>,
  { everyOtherCommand, idField, closed, histories }: Guards<C, E, Closed>,
): void => {
  const spec = DeciderSpecification.for(aggregate);
  describe('when empty', () => {
    it('covers every command type but the create', () =>
      expect(everyOtherCommand.map((each) => each.type)).toEqual(aggregate.commandTypes.slice(1)));
    for (const each of everyOtherCommand) {
      it(`${each.type} is not found`, () =>
        spec.given([]).when(each).thenFails('NOT_FOUND', idField));
    }
  });

  if (closed.length === 0) return;
  describe('when closed', () => {
    for (const status of closed) {
      for (const each of everyOtherCommand) {
        it(`${status}: ${each.type} is an invalid transition`, () =>
          spec.given(histories[status]).when(each).thenFails('INVALID_TRANSITION'));
      }
    }
  });
};

/** The command is an `INVALID_TRANSITION` in each of the statuses, after the history to it. */
export const describeInvalidIn = <
  C extends AnyCommand,
  E extends AnyDomainEvent,
  S,
  Status extends string,
>(
  aggregate: Aggregate<C, E, S>,
  statuses: readonly Status[],
  histories: Readonly<Record<Status, readonly E[]>>,
  command: C,
): void => {
  const spec = DeciderSpecification.for(aggregate);
  for (const status of statuses) {
    describe(`when ${status}`, () => {
      it('fails with INVALID_TRANSITION', () =>
        spec.given(histories[status]).when(command).thenFails('INVALID_TRANSITION'));
    });
  }
};

/** A command refused as bad input: the test's name, the command, the field the refusal names. */
export type BadInput<C> = readonly [name: string, command: C, field: string];

/**
 * Each command is refused with `BAD_USER_INPUT` on its field, one test each, after the history
 * `given` was built from (`spec.given(history)`).
 */
export const itRejects = <C>(
  given: { when(command: C): { thenFails(code: DomainErrorCode, field?: string): void } },
  cases: readonly BadInput<C>[],
): void => {
  it.each(cases)('%s', (_name, command, field) =>
    given.when(command).thenFails('BAD_USER_INPUT', field),
  );
};
