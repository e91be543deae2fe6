import { type Command, everyOf, type Grant } from '../shared/index.js';

/**
 * A person who signs in (Nutzerin/Nutzer). Name and e-mail address are personal data: the API
 * keeps them beside the event (erasable), never in its hashed bytes.
 */
export type RegisterUser = Command<
  'RegisterUser',
  {
    readonly userId: string;
    readonly name: string;
    readonly email: string;
    readonly organisation?: string;
    /** The unit within the organisation (Referat, Abteilung). */
    readonly unit?: string;
  }
>;

/** Gives a user a role in one process (`processId`) or installation-wide (`null`). */
export type GrantRole = Command<'GrantRole', { readonly userId: string } & Grant>;

/** Takes a role away again; requires a reason. */
export type RevokeRole = Command<'RevokeRole', { readonly userId: string } & Grant>;

export type UserCommand = RegisterUser | GrantRole | RevokeRole;

export const USER_COMMAND_TYPES = everyOf<UserCommand['type']>()([
  'RegisterUser',
  'GrantRole',
  'RevokeRole',
]);
