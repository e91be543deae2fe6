import { CURRENT_SCHEMA_VERSIONS } from '../../upcasting/registry.js';
import type { AnyCommand, AnyDomainEvent, CommandMetadata } from '../types.js';
import { meta, TEST_NOW } from './decider-specification.js';

type Of<U extends { readonly type: string }, T extends U['type']> = Extract<U, { type: T }>;

/** The data of the command (or event) of type `T`. */
export type DataOf<
  U extends { readonly type: string; readonly data: unknown },
  T extends U['type'],
> = Of<U, T>['data'];

// TypeScript cannot follow a generic `type` to its `data`, hence the casts through `unknown`.

/**
 * `command(type, data, metadata)` for one item: the item's id (`target`) is filled into the data
 * unless the data names another, and the metadata is `meta` with the overrides given.
 */
const commandsFor =
  <C extends AnyCommand, K extends string>(target: K, id: string) =>
  <T extends C['type']>(
    type: T,
    data: Omit<Of<C, T>['data'], K> & { readonly [P in K]?: string },
    metadata: Partial<CommandMetadata> = {},
  ): Of<C, T> =>
    ({ type, data: { [target]: id, ...data }, metadata: meta(metadata) }) as unknown as Of<C, T>;

/** `event(type, data, extra)` for one item: the event `decide` emits at `TEST_NOW`, in its current version. */
const eventsFor =
  <E extends AnyDomainEvent, K extends string>(target: K, id: string) =>
  <T extends E['type']>(
    type: T,
    data: Omit<Of<E, T>['data'], K>,
    extra: { reason?: string } = {},
  ): Of<E, T> =>
    ({
      type,
      schemaVersion: CURRENT_SCHEMA_VERSIONS[type] ?? 1,
      occurredAt: TEST_NOW,
      data: { [target]: id, ...data },
      ...extra,
    }) as unknown as Of<E, T>;

/** `command` and `event` for one item's spec (see `commandsFor` and `eventsFor`). */
export const itemFixtures = <C extends AnyCommand, E extends AnyDomainEvent, K extends string>(
  target: K,
  id: string,
) => ({ command: commandsFor<C, K>(target, id), event: eventsFor<E, K>(target, id) });
