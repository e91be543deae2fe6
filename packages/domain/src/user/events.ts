import { type DomainEvent, everyOf, type Grant } from '../shared/index.js';

/** The user's name and e-mail travel in `personalData` (subject: the user id), not in `data`. */
export type UserRegistered = DomainEvent<
  'UserRegistered',
  { readonly userId: string; readonly organisation?: string; readonly unit?: string }
>;
export type RoleGranted = DomainEvent<'RoleGranted', { readonly userId: string } & Grant>;
export type RoleRevoked = DomainEvent<'RoleRevoked', { readonly userId: string } & Grant>;

export type UserEvent = UserRegistered | RoleGranted | RoleRevoked;

export const USER_EVENT_TYPES = everyOf<UserEvent['type']>()([
  'UserRegistered',
  'RoleGranted',
  'RoleRevoked',
]);
