import { badInput, type DomainError } from './errors.js';
import { checkId } from './ids.js';
import { ROLES, type Role } from './types.js';
import { checkOneOf } from './validation.js';

/**
 * A role held in one strategy process, or installation-wide (`processId: null`): the team of one
 * process may be a partner in another, while the ministry and admins may act in every process.
 */
export interface Grant {
  readonly role: Role;
  readonly processId: string | null;
}

/** The roles that may be held installation-wide; team and partner belong to one process. */
export const INSTALLATION_WIDE_ROLES: readonly Role[] = ['ministry', 'admin'];

export const sameGrant = (a: Grant, b: Grant): boolean =>
  a.role === b.role && a.processId === b.processId;

/** The roles these grants give in a process: those held there and those held everywhere. */
export const rolesIn = (grants: readonly Grant[], processId: string): Role[] => [
  ...new Set(
    grants
      .filter((grant) => grant.processId === null || grant.processId === processId)
      .map((grant) => grant.role),
  ),
];

/** A grant as a command names it: a known role, and a process unless the role may span all. */
export const checkGrant = (grant: Grant): DomainError | undefined => {
  const role = checkOneOf('role', grant.role, ROLES);
  if (role) return role;
  if (grant.processId === null) {
    return INSTALLATION_WIDE_ROLES.includes(grant.role)
      ? undefined
      : badInput(
          'processId',
          `Die Rolle „${grant.role}“ gilt nur in einem Strategieprozess: bitte einen angeben.`,
          `The role "${grant.role}" holds in one strategy process only: name one.`,
        );
  }
  return checkId('processId', grant.processId);
};
