import { assertNever, type Grant, sameGrant } from '../shared/index.js';
import type { UserEvent } from './events.js';

export type UserState =
  | { readonly status: 'empty' }
  | {
      readonly status: 'registered';
      readonly userId: string;
      readonly organisation?: string;
      readonly unit?: string;
      /** The roles held now, in the order they were granted. */
      readonly grants: readonly Grant[];
    };

export const initialState: UserState = { status: 'empty' };

const grantOf = ({ role, processId }: Grant): Grant => ({ role, processId });

export const evolve = (state: UserState, event: UserEvent): UserState => {
  switch (event.type) {
    case 'UserRegistered':
      return { status: 'registered', ...event.data, grants: [] };
    case 'RoleGranted':
      return state.status === 'registered'
        ? { ...state, grants: [...state.grants, grantOf(event.data)] }
        : state;
    case 'RoleRevoked':
      return state.status === 'registered'
        ? { ...state, grants: state.grants.filter((grant) => !sameGrant(grant, event.data)) }
        : state;
    default:
      return assertNever(event);
  }
};
