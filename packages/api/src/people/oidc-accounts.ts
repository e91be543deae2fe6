import { type Grant, isDomainError, sameGrant, type UserCommand } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import type { EventStore } from '../event-store/index.js';
import { emailHash, secretHash } from './secrets.js';
import { readUser, runUserCommand } from './users.js';

/** Who the provider says signed in: its verified ID token and user info, read by the caller. */
export interface OidcIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly email?: string;
  readonly emailVerified: boolean;
  readonly name?: string;
  readonly groups: readonly string[];
}

/** Why a sign-in at the provider gives no session here. */
export type OidcRefusal = 'NO_MAPPED_GROUP' | 'NO_EMAIL' | 'EMAIL_TAKEN';

export interface OidcSignInPorts {
  readonly database: SqlRunner;
  readonly store: Pick<EventStore, 'readStream' | 'appendMany'>;
  readonly roleMap: ReadonlyMap<string, Grant>;
  readonly now: string;
  readonly timeZone: string;
}

/**
 * The system actor of grants the provider's groups decide, as `first-start` and `cli` are for
 * theirs: the log says the identity provider changed the access, and the reason names the group.
 */
export const OIDC_ACTOR = 'oidc';

/** The lookup key of a person at a provider: like the e-mail's, a hash, never the subject itself. */
const subjectKey = (issuer: string, subject: string) => secretHash(`${issuer}\n${subject}`);

/**
 * The user id of a person the provider introduced: derived from the same key, so two sign-ins
 * of a new person at once (a double click) register one user, the second finding it there.
 */
const userIdOf = (issuer: string, subject: string) =>
  `oidc-${subjectKey(issuer, subject).slice(0, 32)}`;

/** Runs a user command; CONFLICT means a parallel sign-in of the same person did it first. */
const unlessDoneMeanwhile = async (work: Promise<unknown>): Promise<void> => {
  try {
    await work;
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'CONFLICT') throw error;
  }
};

const groupsGiving = (roleMap: ReadonlyMap<string, Grant>, grant: Grant, among?: Set<string>) =>
  [...roleMap]
    .filter(([group, given]) => sameGrant(given, grant) && (!among || among.has(group)))
    .map(([group]) => `„${group}“`)
    .join(', ');

/** Group names → the grants they give, each grant once. */
const grantsOf = (roleMap: ReadonlyMap<string, Grant>, groups: Set<string>): Grant[] =>
  [...roleMap]
    .filter(([group]) => groups.has(group))
    .map(([, grant]) => grant)
    .filter((grant, at, all) => all.findIndex((other) => sameGrant(other, grant)) === at);

/**
 * The account of this person at this provider: found by issuer and subject, else a local
 * account of the same verified e-mail address (opened by an admin before), else none.
 */
const findAccount = async (
  database: SqlRunner,
  identity: OidcIdentity,
): Promise<{ userId: string } | { refused: 'EMAIL_TAKEN' } | undefined> => {
  const key = subjectKey(identity.issuer, identity.subject);
  const [bySubject] = await database.rows<{ user_id: string }>(
    sql`SELECT user_id FROM accounts WHERE oidc_subject = ${key}`,
  );
  if (bySubject) return { userId: bySubject.user_id };
  if (!identity.email) return undefined;
  const [byEmail] = await database.rows<{ user_id: string; oidc_subject: string | null }>(
    sql`SELECT user_id, oidc_subject FROM accounts WHERE email_hash = ${emailHash(identity.email)}`,
  );
  if (!byEmail) return undefined;
  if (byEmail.oidc_subject !== null || !identity.emailVerified) return { refused: 'EMAIL_TAKEN' };
  await database.rows(
    sql`UPDATE accounts SET oidc_subject = ${key} WHERE user_id = ${byEmail.user_id}`,
  );
  return { userId: byEmail.user_id };
};

const register = async (
  ports: OidcSignInPorts,
  identity: OidcIdentity & { email: string },
): Promise<string> => {
  const userId = userIdOf(identity.issuer, identity.subject);
  await unlessDoneMeanwhile(
    runUserCommand(ports.store, {
      type: 'RegisterUser',
      data: { userId, name: identity.name?.trim() || identity.email, email: identity.email },
      metadata: { actor: OIDC_ACTOR, role: 'admin', now: ports.now, timeZone: ports.timeZone },
    }),
  );
  await ports.database.rows(sql`
    INSERT INTO accounts (user_id, email_hash, oidc_subject)
    VALUES (${userId}, ${emailHash(identity.email)}, ${subjectKey(identity.issuer, identity.subject)})
    ON CONFLICT DO NOTHING`);
  return userId;
};

/**
 * Brings the user's grants in line with their groups at the provider, as events with who (the
 * provider) and why (the group): a grant some mapped group gives is granted, one that a mapped
 * group gave and none gives now is revoked. Grants no group gives (an admin's) stay as they are.
 */
const reconcileGrants = async (
  ports: OidcSignInPorts,
  userId: string,
  groups: Set<string>,
): Promise<void> => {
  const user = await readUser(ports.database, userId);
  const held = user?.grants ?? [];
  const wanted = grantsOf(ports.roleMap, groups);
  const managed = grantsOf(ports.roleMap, new Set(ports.roleMap.keys()));
  const command = (type: 'GrantRole' | 'RevokeRole', grant: Grant, reason: string) =>
    ({
      type,
      data: { userId, ...grant },
      metadata: {
        actor: OIDC_ACTOR,
        role: 'admin',
        now: ports.now,
        timeZone: ports.timeZone,
        reason: `${reason} beim Identitätsanbieter`,
      },
    }) satisfies UserCommand;
  const commands: UserCommand[] = [
    ...held
      .filter((grant) => managed.some((m) => sameGrant(m, grant)))
      .filter((grant) => !wanted.some((w) => sameGrant(w, grant)))
      .map((grant) =>
        command(
          'RevokeRole',
          grant,
          `Nicht mehr in der Gruppe ${groupsGiving(ports.roleMap, grant)}`,
        ),
      ),
    ...wanted
      .filter((grant) => !held.some((h) => sameGrant(h, grant)))
      .map((grant) =>
        command('GrantRole', grant, `Gruppe ${groupsGiving(ports.roleMap, grant, groups)}`),
      ),
  ];
  for (const command of commands) {
    await unlessDoneMeanwhile(runUserCommand(ports.store, command));
  }
};

/**
 * A person the provider signed in: their user (found, linked or registered) with grants as
 * their groups give them now, or why they get no session. Someone in no mapped group is refused;
 * a known user then loses what the groups gave, so a removed group takes the access away.
 */
export const signInWithOidc = async (
  ports: OidcSignInPorts,
  identity: OidcIdentity,
): Promise<{ userId: string } | { refused: OidcRefusal }> => {
  const groups = new Set(identity.groups);
  const mapped = [...groups].some((group) => ports.roleMap.has(group));
  const found = await findAccount(ports.database, identity);
  if (found && 'refused' in found) return found;
  if (found === undefined) {
    if (!mapped) return { refused: 'NO_MAPPED_GROUP' };
    if (!identity.email) return { refused: 'NO_EMAIL' };
    const userId = await register(ports, { ...identity, email: identity.email });
    await reconcileGrants(ports, userId, groups);
    return { userId };
  }
  await reconcileGrants(ports, found.userId, groups);
  return mapped ? found : { refused: 'NO_MAPPED_GROUP' };
};
