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

const url = (name: string, raw: string | undefined): URL => {
  const value = raw?.trim();
  if (!value) throw new Error(`${name} is required with FAHRPLAN_OIDC_ISSUER`);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`${name} must be a URL, got "${value}"`);
  }
  // Plain http only on this machine (a provider started by a test or beside the server).
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new Error(`${name} must be an https URL, got "${value}"`);
  }
  return parsed;
};

/** The single sign-on settings of this environment, or undefined without an issuer. */
export const oidcSettingsOf = (env: NodeJS.ProcessEnv): OidcSettings | undefined => {
  if (!env.FAHRPLAN_OIDC_ISSUER?.trim()) return undefined;
  const clientId = env.FAHRPLAN_OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error('FAHRPLAN_OIDC_CLIENT_ID is required with FAHRPLAN_OIDC_ISSUER');
  const secret = env.FAHRPLAN_OIDC_CLIENT_SECRET?.trim();
  const roleMap = env.FAHRPLAN_OIDC_ROLE_MAP?.trim();
  if (!roleMap) throw new Error('FAHRPLAN_OIDC_ROLE_MAP is required with FAHRPLAN_OIDC_ISSUER');
  const scopes = env.FAHRPLAN_OIDC_SCOPES?.trim() || DEFAULT_OIDC_SCOPES;
  if (!scopes.split(/\s+/).includes('openid')) {
    throw new Error(`FAHRPLAN_OIDC_SCOPES must include openid, got "${scopes}"`);
  }
  return {
    issuer: url('FAHRPLAN_OIDC_ISSUER', env.FAHRPLAN_OIDC_ISSUER),
    clientId,
    ...(secret ? { clientSecret: secret } : {}),
    redirectUrl: url('FAHRPLAN_OIDC_REDIRECT_URL', env.FAHRPLAN_OIDC_REDIRECT_URL),
    scopes,
    groupsClaim: env.FAHRPLAN_OIDC_GROUPS_CLAIM?.trim() || 'groups',
    roleMap: parseRoleMap(roleMap),
  };
};
