import { checkGrant, type Grant, ROLES, type Role } from '@fahrplan/domain';

/**
 * Single sign-on with the installation's OpenID provider (FAHRPLAN_OIDC_…): authorization code
 * with PKCE, state and nonce. Without FAHRPLAN_OIDC_ISSUER there is none.
 */
export interface OidcSettings {
  /** The provider's issuer URL; its discovery document lies below it. */
  readonly issuer: URL;
  readonly clientId: string;
  /** Without one, Fahrplan signs in as a public client (PKCE alone). */
  readonly clientSecret?: string;
  /** This installation's `/auth/oidc/callback` as the provider knows it. */
  readonly redirectUrl: URL;
  readonly scopes: string;
  /** The claim that lists the person's groups (default `groups`). */
  readonly groupsClaim: string;
  /** Group → the grant it gives; a person in none of these groups is refused. */
  readonly roleMap: ReadonlyMap<string, Grant>;
}

export const DEFAULT_OIDC_SCOPES = 'openid email profile';

const fail = (message: string): never => {
  throw new Error(`FAHRPLAN_OIDC_ROLE_MAP: ${message}`);
};

/**
 * Reads FAHRPLAN_OIDC_ROLE_MAP: `{"<group>": {"role": "team", "process": "<process id>"}, …}`;
 * `process` is left out for installation-wide roles (ministry, admin). Each entry is checked as
 * the domain checks a grant, so a typo stops the start instead of refusing people later.
 *
 * @example parseRoleMap('{"stmwi-leitung": {"role": "ministry"}}')
 */
export const parseRoleMap = (raw: string): ReadonlyMap<string, Grant> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return fail('is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('must be a JSON object of group → {"role", "process"}');
  }
  const map = new Map<string, Grant>();
  for (const [group, entry] of Object.entries(parsed)) {
    const { role, process } = (entry ?? {}) as { role?: unknown; process?: unknown };
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
      fail(`"${group}" needs a role, one of ${ROLES.join(', ')}`);
    }
    if (process !== undefined && typeof process !== 'string') {
      fail(`"${group}": process must be a process id`);
    }
    const grant: Grant = { role: role as Role, processId: (process as string | undefined) ?? null };
    const invalid = checkGrant(grant);
    if (invalid) fail(`"${group}": ${invalid.messages.en}`);
    map.set(group, grant);
  }
  if (map.size === 0) fail('maps no group: nobody could sign in');
  return map;
};
