import fc from 'fast-check';
import type { AnyCommand, CommandMetadata } from '../types.js';
import { meta } from './decider-specification.js';

/** Mostly valid input, sometimes not: both paths must hold up. `weight` is good to one bad. */
export const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>, weight = 5) =>
  fc.oneof({ arbitrary: good, weight }, { arbitrary: bad, weight: 1 });

/** Sometimes absent; `freq` as in `fc.option` (1 in `freq` is absent; 5 unless given). */
export const maybe = <T>(arbitrary: fc.Arbitrary<T>, freq?: number) =>
  fc.option(arbitrary, freq === undefined ? { nil: undefined } : { nil: undefined, freq });

/** For long lifecycles: enough valid input to walk them to their end, enough bad to probe. */
export const mostlyValid = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
  mostly(valid, invalid, 4);

/** Absent one time in two. */
export const sometimes = <T>(arbitrary: fc.Arbitrary<T>) => maybe(arbitrary, 2);

/** When it happened: mostly one of the past dates, else one in the future or not a date. */
export const occurredAtOf = (past: readonly [string, ...string[]], notADate: string, weight = 5) =>
  mostly(fc.constantFrom(...past), fc.constantFrom('2099-01-01', notADate), weight);

/** Mostly a reason, now and then a blank one; absent one time in five. */
export const anyReason = maybe(
  mostly(fc.constantFrom('weil', 'Beschluss'), fc.constantFrom('', ' ')),
);

/** Texts a title or name check must reject: empty, blank, one over the 200-character limit. */
export const badTexts = fc.constantFrom('', ' ', 'x'.repeat(201));

/** A text field of a long lifecycle: mostly one of `valid`, else rejected or any short string. */
export const textField = (...valid: readonly [string, ...string[]]) =>
  mostlyValid(fc.constantFrom(...valid), fc.oneof(badTexts, fc.string({ maxLength: 20 })));

/** A day field: mostly one of `valid`, else one of `invalid` (out of range, not a date). */
export const dayField = (
  valid: readonly [string, ...string[]],
  invalid: readonly [string, ...string[]],
) => mostlyValid(fc.constantFrom(...valid), fc.constantFrom(...invalid));

/**
 * Metadata of a long lifecycle: sometimes when it happened (`on`, else in the future or not a
 * date), sometimes a reason (`reason`, else a blank one).
 */
export const metadataOn = (on: string, reason: string) =>
  metadataFrom(
    sometimes(occurredAtOf([on], 'gestern', 4)),
    sometimes(mostlyValid(fc.constant(reason), fc.constantFrom('', ' '))),
  );

/** Test metadata with `occurredAt` and the reason drawn, keys left out when undrawn. */
export const metadataFrom = (
  occurredAt: fc.Arbitrary<string | undefined>,
  reason: fc.Arbitrary<string | undefined> = anyReason,
): fc.Arbitrary<CommandMetadata> =>
  fc.record({ reason, occurredAt }).map((drawn) =>
    meta({
      ...(drawn.reason === undefined ? {} : { reason: drawn.reason }),
      ...(drawn.occurredAt === undefined ? {} : { occurredAt: drawn.occurredAt }),
    }),
  );

/** Metadata of a short lifecycle: mostly on one of `days` (else as `occurredAtOf`), any reason. */
export const metadataAround = (days: readonly [string, ...string[]], notADate: string) =>
  metadataFrom(maybe(occurredAtOf(days, notADate)));

/**
 * Commands on one item: `on(type, data, weight)` is a weighted arbitrary for `fc.oneof` whose data
 * is the drawn data with `target` (the item's id field) put first.
 */
export const commandsOn =
  <C extends AnyCommand>(
    target: Readonly<Record<string, string>>,
    metadata: fc.Arbitrary<CommandMetadata>,
  ) =>
  <T extends C['type'], D>(type: T, data: fc.Arbitrary<D>, weight = 1) => ({
    weight,
    arbitrary: fc.record({
      type: fc.constant(type),
      data: data.map((drawn) => ({ ...target, ...drawn })),
      metadata,
    }),
  });
