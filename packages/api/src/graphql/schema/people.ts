import {
  DomainError,
  type Grant,
  isDomainError,
  type Role,
  type UserCommand,
} from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import { roleForCommand } from '../../auth/command-role.js';
import { readStream } from '../../event-store/read.js';
import { openAccount } from '../../people/accounts.js';
import { listUsers } from '../../people/directory.js';
import { emailHash } from '../../people/secrets.js';
import { readUser, runUserCommand, type UserRecord, userStreamOf } from '../../people/users.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { toGraphQLError, translated } from '../errors.js';
import { actorNameField } from './actors.js';
import { EventTypeEnum, RoleEnum, roleOf } from './enums.js';
import { REASON_FIELD, readModelType } from './read-model.js';

/** Where a user sets their password; the web app serves it, the secret stays in the fragment. */
export const setupPathOf = (secret: string): string => `/einrichten#${secret}`;

const GrantType = builder.objectRef<Grant>('RoleGrant').implement({
  description: 'A role held in one strategy process, or installation-wide.',
  fields: (t) => ({
    role: t.expose('role', { type: RoleEnum, description: 'The role.' }),
    processId: t.exposeString('processId', {
      nullable: true,
      description: 'The process it holds in; null: installation-wide (ministry and admins only).',
    }),
  }),
});

/** One change of a user's access, from their stream: who changed what, when and why. */
interface AccessChange {
  readonly type: string;
  readonly role: string | null;
  readonly processId: string | null;
  readonly reason: string | null;
  readonly actor: string | null;
  readonly recordedAt: string;
}

const AccessChangeType = readModelType<AccessChange>(
  'AccessChange',
  'One event of a user’s access history (Zugriffsverlauf): registered, a role granted or revoked.',
  {
    type: { type: EventTypeEnum, description: '`UserRegistered`, `RoleGranted` or `RoleRevoked`.' },
    processId: {
      type: 'String',
      nullable: true,
      description: 'The process the role holds in; null: installation-wide (or a registration).',
    },
    reason: REASON_FIELD,
    actor: {
      type: 'String',
      nullable: true,
      description: 'Who made the change (`user:<id>`, `token:<id>`, `cli`).',
    },
    recordedAt: { type: 'DateTime', description: 'When it was recorded.' },
  },
  (t) => ({
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description: 'The role granted or revoked; null for the registration.',
      resolve: (change) => roleOf(change.role),
    }),
    actorName: actorNameField(
      t,
      (change) => change.actor,
      'The name of the person or token behind `actor`, where known.',
    ),
  }),
);

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const UserType = readModelType<UserRecord>(
  'User',
  'A person who signs in, with their roles per process. Name and e-mail address are personal data: null once erased.',
  {
    name: { type: 'String', nullable: true, description: 'Full name.' },
    email: { type: 'String', nullable: true, description: 'E-mail address (sign-in).' },
    erased: { type: 'Boolean', description: 'True once the personal data was erased.' },
    organisation: { type: 'String', nullable: true, description: 'The organisation, e.g. SMWA.' },
    unit: {
      type: 'String',
      nullable: true,
      description: 'The unit within the organisation (Referat, Abteilung).',
    },
    grants: { type: [GrantType], description: 'The roles held now.' },
  },
  (t) => ({
    id: t.exposeString('userId', { description: 'The user’s id (as in `user:<id>` actors).' }),
    accessHistory: t.field({
      type: [AccessChangeType],
      description: 'Every change of their access, oldest first, as recorded in the log.',
      resolve: async (user, _args, { database }) =>
        (await readStream(database, userStreamOf(user.userId))).map(
          (event): AccessChange => ({
            type: event.type,
            role: text(event.data.role),
            processId: text(event.data.processId),
            reason: text(event.metadata.reason),
            actor: text(event.metadata.actor),
            recordedAt: event.recordedAt,
          }),
        ),
    }),
  }),
);

/** People and their e-mail addresses: for admins only. */
const requireAdmin = (context: GraphQLContext) => {
  const role = roleForCommand(context.caller, 'RegisterUser', null);
  if (isDomainError(role)) throw toGraphQLError(role, context.locale);
};

builder.queryField('users', (t) =>
  t.field({
    type: [UserType],
    description: 'Every user and their roles, in the order registered. Admins only.',
    resolve: async (_root, _args, context) => {
      requireAdmin(context);
      return listUsers(context.database);
    },
  }),
);

/** Runs a user command in the caller's installation-wide role and answers the user after. */
const runAsCaller = async (
  context: GraphQLContext,
  type: UserCommand['type'],
  data: UserCommand['data'],
  reason: string | null | undefined,
): Promise<UserRecord> => {
  const role = roleForCommand(context.caller, type, null);
  if (isDomainError(role)) throw role;
  await runUserCommand(context.store, {
    type,
    data,
    metadata: {
      actor: context.caller.actor,
      role,
      now: context.now(),
      timeZone: context.timeZone,
      ...(reason ? { reason } : {}),
    },
  } as UserCommand);
  const user = await readUser(context.database, data.userId);
  if (!user) throw new Error(`user ${data.userId} missing after ${type}`);
  return user;
};

const emailTaken = (email: string) =>
  new DomainError(
    'CONFLICT',
    {
      de: `Für „${email}“ gibt es bereits ein Konto.`,
      en: `There is already an account for "${email}".`,
    },
    { field: 'email' },
  );

builder.relayMutationField(
  'registerUser',
  {
    description: 'The person to register.',
    inputFields: (t) => ({
      name: t.string({ required: true, description: 'Full name (personal data).' }),
      email: t.string({ required: true, description: 'E-mail address (personal data).' }),
      organisation: t.string({ required: false, description: 'The organisation, e.g. SMWA.' }),
      unit: t.string({ required: false, description: 'Referat, Abteilung.' }),
    }),
  },
  {
    description:
      'Register a person with a local account: answers a one-time set-up link (valid 7 days) where they set their password.',
    resolve: (_root, { input }, context) =>
      translated(context, async () => {
        const taken = await context.database.rows(
          sql`SELECT 1 FROM accounts WHERE email_hash = ${emailHash(input.email)}`,
        );
        if (taken.length > 0) throw emailTaken(input.email);
        const userId = context.newId();
        const user = await runAsCaller(
          context,
          'RegisterUser',
          {
            userId,
            name: input.name,
            email: input.email,
            ...(input.organisation ? { organisation: input.organisation } : {}),
            ...(input.unit ? { unit: input.unit } : {}),
          },
          null,
        );
        const account = await openAccount(context.database, {
          userId,
          email: input.email,
          now: context.now(),
        });
        if (!account) throw emailTaken(input.email);
        return { user, setupLink: setupPathOf(account.setupSecret) };
      }),
  },
  {
    description: 'The registered user and their set-up link.',
    outputFields: (t) => ({
      user: t.expose('user', {
        type: UserType,
        description: 'The user as registered.',
      }),
      setupLink: t.exposeString('setupLink', {
        description: 'Path of the one-time set-up link (shown only now): `/einrichten#…`.',
      }),
    }),
  },
);

for (const [mutation, type, what] of [
  ['grantRole', 'GrantRole', 'Grant a user a role in one process, or installation-wide.'],
  ['revokeRole', 'RevokeRole', 'Revoke a user’s role (reason required).'],
] as const) {
  builder.relayMutationField(
    mutation,
    {
      description: 'Whose role, which, where, and why.',
      inputFields: (t) => ({
        userId: t.string({ required: true, description: 'The user’s id (`User.id`).' }),
        role: t.field({ type: RoleEnum, required: true, description: 'The role.' }),
        processId: t.string({
          required: false,
          description: 'The process; omitted or null: installation-wide (ministry and admin only).',
        }),
        reason: t.string({ required: type === 'RevokeRole', description: 'Why (Begründung).' }),
      }),
    },
    {
      description: what,
      resolve: (_root, { input }, context) =>
        translated(context, async () => ({
          user: await runAsCaller(
            context,
            type,
            {
              userId: input.userId,
              role: input.role as Role,
              processId: input.processId ?? null,
            },
            input.reason,
          ),
        })),
    },
    {
      description: 'The user after the change.',
      outputFields: (t) => ({
        user: t.expose('user', {
          type: UserType,
          description: 'The user after the change.',
        }),
      }),
    },
  );
}
