import { type DomainError, invalidTransition, notFound } from './errors.js';
import type { Existing } from './item-state.js';
import type { AnyCommand, CommandMetadata } from './types.js';
import { checkEvidenceGiven, checkReason, firstError } from './validation.js';

/** What `decide` returns: the events to append, or why not. */
export type Decision<E> = readonly E[] | DomainError;

/** Decides one command type: the command narrowed to that type, the state as `S`. */
export type Handlers<C extends AnyCommand, S, E> = {
  readonly [T in C['type']]: (command: Extract<C, { type: T }>, state: S) => Decision<E>;
};

/**
 * Routes a command to the handler of its type. The one place that needs the cast: TypeScript
 * does not relate `handlers[command.type]` to the narrowed command, the mapped type ensures it.
 */
export const byType =
  <C extends AnyCommand, S, E>(handlers: Handlers<C, S, E>) =>
  (command: C, state: S): Decision<E> =>
    (handlers[command.type as C['type']] as (command: C, state: S) => Decision<E>)(command, state);

export interface ItemDecider<
  C extends AnyCommand,
  S extends { readonly status: string },
  E,
  K extends C['type'],
> {
  /** The data field naming the item, e.g. `guidelineId`: the field of `NOT_FOUND`. */
  readonly idField: string;
  /** The command that creates the item; it refuses an existing one itself (`CONFLICT`). */
  readonly create: {
    readonly [T in K]: (command: Extract<C, { type: T }>, state: S) => Decision<E>;
  };
  /**
   * The statuses each other command is allowed from (the transition table); any other status is
   * `INVALID_TRANSITION` before the handler runs. Without it, the handlers check themselves.
   */
  readonly from?: {
    readonly [T in Exclude<C['type'], K>]: readonly Existing<S>['status'][];
  };
  /** Every other command, on an item that exists. */
  readonly change: Handlers<Exclude<C, { type: K }>, Existing<S>, E>;
}

/**
 * The one shape of an item's `decide`: the create command decides on any state; any other
 * command on an item that does not exist is `NOT_FOUND` on `idField`; then the transition table
 * (`from`), then the command's handler.
 */
export const itemDecider =
  <C extends AnyCommand & { readonly data: object }, S extends { readonly status: string }>() =>
  <E, K extends C['type']>({
    idField,
    create,
    from,
    change,
  }: ItemDecider<C, S, E, K>): ((command: C, state: S) => Decision<E>) => {
    const changes = byType(change);
    const isCreate = (command: C): command is Extract<C, { type: K }> => command.type in create;
    const creates = (command: Extract<C, { type: K }>, state: S): Decision<E> =>
      create[command.type as K](command, state);
    const isExisting = (state: S): state is Existing<S> & S => state.status !== 'empty';
    return (command, state) => {
      if (isCreate(command)) return creates(command, state);
      if (!isExisting(state)) return notFound(idField, idOf(command.data, idField));
      const allowed = from?.[command.type as Exclude<C['type'], K>];
      if (allowed !== undefined && !allowed.includes(state.status)) {
        return invalidTransition(state.status, command.type);
      }
      return changes(command as Exclude<C, { type: K }>, state);
    };
  };

const idOf = (data: object, field: string): string => {
  const id: unknown = Reflect.get(data, field);
  return typeof id === 'string' ? id : '';
};

/**
 * One step of a lifecycle: the event it records and what it must cite. The statuses it starts
 * from are the decider's transition table (`from` of `itemDecider`).
 */
export interface LifecycleStep<EventType extends string> {
  readonly event: EventType;
  readonly needsReason?: boolean;
  readonly needsEvidence?: boolean;
}

/** The reason or evidence the step needs and the command's metadata lacks, if any. */
export const checkCited = (
  { needsReason, needsEvidence }: Omit<LifecycleStep<string>, 'event'>,
  metadata: CommandMetadata,
): DomainError | undefined =>
  firstError(
    needsReason === true ? checkReason(metadata) : undefined,
    needsEvidence === true ? checkEvidenceGiven(metadata) : undefined,
  );
