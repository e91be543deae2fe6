import { expect } from 'vitest';
import type { Aggregate } from '../aggregate.js';
import { fold } from '../aggregate.js';
import { type CalendarDate, checkedCalendarDate } from '../calendar-date.js';
import type { DomainErrorCode } from '../errors.js';
import { isDomainError } from '../errors.js';
import type { AnyCommand, AnyDomainEvent, CommandMetadata, Role } from '../types.js';

/**
 * Given events / When command / Then events or error, in the style of Emmett's
 * DeciderSpecification:
 *
 * @example
 * const spec = DeciderSpecification.for(recommendation);
 * spec.given([drafted]).when(submit).then([submitted]);
 * spec.given([]).when(submit).thenFails('INVALID_TRANSITION');
 */
export const DeciderSpecification = {
  for<C extends AnyCommand, E extends AnyDomainEvent, S>(
    aggregate: Pick<Aggregate<C, E, S>, 'decide' | 'evolve' | 'initialState'>,
  ) {
    return {
      given(events: readonly E[]) {
        const state = fold(aggregate, events);
        return {
          when(command: C) {
            const result = aggregate.decide(command, state);
            return {
              /** The command yields exactly these events. */
              // biome-ignore lint/suspicious/noThenProperty: given/when/then is the spec's vocabulary; never awaited.
              then(expected: readonly E[]): void {
                if (isDomainError(result)) {
                  throw new Error(`Expected events, got ${result.code}: ${result.messages.en}`);
                }
                expect(result).toEqual(expected);
              },
              /** The command fails with this code (and, if given, on this field). */
              thenFails(code: DomainErrorCode, field?: string): void {
                if (!isDomainError(result)) {
                  throw new Error(`Expected ${code}, got events ${JSON.stringify(result)}`);
                }
                expect(result.code).toBe(code);
                if (field !== undefined) expect(result.field).toBe(field);
                expect(result.messages.de.length).toBeGreaterThan(0);
                expect(result.messages.en.length).toBeGreaterThan(0);
              },
              /** The events the command yields, for assertions of their own. */
              events(): readonly E[] {
                if (isDomainError(result)) {
                  throw new Error(`Expected events, got ${result.code}: ${result.messages.en}`);
                }
                return result;
              },
            };
          },
        };
      },
    };
  },
};

/** Fixed clock for tests: every command happens at this instant unless told otherwise. */
export const TEST_NOW = '2026-11-25T10:00:00.000Z';

/** A calendar date for test data; throws on one that names no day. */
export const day = (value: string): CalendarDate => checkedCalendarDate(value);

/** The installation's time zone in tests, as in production by default. */
export const TEST_TIME_ZONE = 'Europe/Berlin';

/** Command metadata for tests: a team member acting now. */
export const meta = (overrides: Partial<CommandMetadata> = {}): CommandMetadata => ({
  actor: 'user-team-1',
  role: 'team' satisfies Role,
  now: TEST_NOW,
  timeZone: TEST_TIME_ZONE,
  ...overrides,
});

/** Command metadata for tests, with the reason if one is given. */
export const withReason = (reason?: string): CommandMetadata =>
  meta(reason === undefined ? {} : { reason });
