import type { FollowUp } from './aggregate.js';
import type { AggregateKind } from './kinds.js';
import type { AnyCommand, CommandMetadata } from './types.js';

/**
 * The one recipe of a follow-up: `followUpsTo<C>(kind)(type)` is `(data, metadata) => FollowUp`,
 * the command of that type on an item of `kind`. Each target aggregate names its follow-ups with
 * it in its `follow-up.ts`.
 *
 * @example
 * const toMeasure = followUpsTo<MeasureCommand>('Measure');
 * export const planMeasureFollowUp = toMeasure('PlanMeasure');
 */
export const followUpsTo =
  <C extends AnyCommand>(kind: AggregateKind) =>
  <T extends C['type']>(type: T) =>
  (data: Extract<C, { type: T }>['data'], metadata: CommandMetadata): FollowUp => ({
    kind,
    command: { type, data, metadata },
  });
