import { type DomainEvent, everyOf } from '../shared/index.js';
import type { GrantRole, RegisterUser, RevokeRole } from './commands.js';

/** The user's name and e-mail travel in `personalData` (subject: the user id), not in `data`. */
export type UserRegistered = DomainEvent<
  'UserRegistered',
  Omit<RegisterUser['data'], 'name' | 'email'>
>;
export type RoleGranted = DomainEvent<'RoleGranted', GrantRole['data']>;
export type RoleRevoked = DomainEvent<'RoleRevoked', RevokeRole['data']>;

export type UserEvent = UserRegistered | RoleGranted | RoleRevoked;

export const USER_EVENT_TYPES = everyOf<UserEvent['type']>()([
  'UserRegistered',
  'RoleGranted',
  'RoleRevoked',
]);
