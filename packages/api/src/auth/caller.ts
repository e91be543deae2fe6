import type { Grant, Role } from '@fahrplan/domain';

/** Who is asking. Anonymous callers see what partners see (published content). */
export interface Caller {
  readonly actor: string;
  /**
   * The strongest role the caller holds anywhere: what it may read (team, ministry and admins see
   * everything). What it may do is per process: `grants`.
   */
  readonly role: Role | 'anonymous';
  /** The person's or the token's name (e.g. "IHK Chemnitz"); anonymous callers have none. */
  readonly name?: string;
  /** The roles held, per process or installation-wide; a token's role holds installation-wide. */
  readonly grants: readonly Grant[];
  /** Set for a person signed in with a session cookie (not for tokens). */
  readonly session?: { readonly userId: string; readonly hash: string };
}

export const ANONYMOUS: Caller = { actor: 'anonymous', role: 'anonymous', grants: [] };

/** Strongest first: the role a person is shown with and reads as. */
const STRENGTH: readonly Role[] = ['admin', 'ministry', 'team', 'partner'];

/** The strongest of these roles; none is `anonymous`. */
export const strongestOf = (roles: readonly Role[]): Role | 'anonymous' =>
  STRENGTH.find((role) => roles.includes(role)) ?? 'anonymous';

/** The strongest role of these grants; a person without any reads as the public does. */
export const principalRoleOf = (grants: readonly Grant[]): Role | 'anonymous' =>
  strongestOf(grants.map((grant) => grant.role));
