import { type Aggregate, fold, targetIn } from '../shared/index.js';
import { USER_COMMAND_TYPES, type UserCommand } from './commands.js';
import { decide } from './decide.js';
import { USER_EVENT_TYPES, type UserEvent } from './events.js';
import { evolve, initialState, type UserState } from './state.js';

/**
 * The people who sign in and the roles they hold, per process. Not an item of the roadmap (no
 * kind, no read model, never public): the API runs it apart from `handleCommand`, but its events
 * go into the same tamper-evident log, so the access history is audited like everything else.
 */
export const user: Pick<
  Aggregate<UserCommand, UserEvent, UserState>,
  'decide' | 'evolve' | 'initialState' | 'commandTypes' | 'eventTypes'
> & { targetOf(command: UserCommand): string } = {
  commandTypes: USER_COMMAND_TYPES,
  eventTypes: USER_EVENT_TYPES,
  initialState,
  decide,
  evolve,
  targetOf: targetIn('userId'),
};

/** The user's state after these events. */
export const userStateOf = (events: readonly UserEvent[]): UserState => fold(user, events);

export type * from './commands.js';
export type * from './events.js';
export type { UserState } from './state.js';
export { USER_COMMAND_TYPES, USER_EVENT_TYPES };
