import type { CalendarDate } from './calendar-date.js';
import { type DomainError, isDomainError } from './errors.js';
import type { AnyDomainEvent, CommandMetadata, Evidence } from './types.js';
import { resolveOccurredAt } from './validation.js';

/** The part of an event that comes from the command's metadata rather than its data. */
export interface EventHeader {
  readonly occurredAt: string;
  readonly reason?: string;
  readonly evidence?: readonly Evidence[];
}

/**
 * When it happened, why and on what grounds: copied onto every event the one way, keys omitted
 * when absent so events compare cleanly. Fails where `resolveOccurredAt` does.
 */
export const headerOf = (metadata: CommandMetadata): EventHeader | DomainError => {
  const occurredAt = resolveOccurredAt(metadata);
  if (isDomainError(occurredAt)) return occurredAt;
  const { reason, evidence } = metadata;
  return {
    occurredAt,
    ...(reason === undefined ? {} : { reason }),
    ...(evidence === undefined ? {} : { evidence }),
  };
};

/** An event as a decision states it: everything but the header. */
export type EventBody<E> = E extends unknown ? Omit<E, keyof EventHeader> : never;

/**
 * The usual decision: the one event `body` with the header of the command's metadata, or the
 * error the metadata gives (see `headerOf`).
 */
export const oneEvent = <E extends AnyDomainEvent>(
  metadata: CommandMetadata,
  body: EventBody<E>,
): readonly E[] | DomainError => {
  const header = headerOf(metadata);
  if (isDomainError(header)) return header;
  const { type, schemaVersion, ...rest } = body;
  // The body and the header make the whole event; TypeScript cannot see it through `Omit`.
  return [{ type, schemaVersion, ...header, ...rest } as unknown as E];
};

/**
 * A command's data as its event records it: the same fields, written once (in `commands.ts`),
 * with the fields named in `Dates` as checked calendar dates. An event that records more (a
 * previous value) or less adds or omits those fields beside this.
 */
export type RecordedData<Data, Dates extends keyof Data = never> = {
  readonly [K in keyof Data]: K extends Dates ? CalendarDate : Data[K];
};

/**
 * The event's `reason` under the name a state keeps it by, or nothing when it gave none (the key
 * stays absent, as in `headerOf`).
 * @example return { ...state, status: 'retired', ...reasonAs('retirementReason', event) };
 */
export const reasonAs = <K extends string>(
  key: K,
  { reason }: { readonly reason?: string },
): { readonly [P in K]?: string } =>
  // A computed key widens to `string`: the object has exactly `key`.
  reason === undefined ? {} : ({ [key]: reason } as { readonly [P in K]: string });
