import {
  type CommandRole,
  type DomainCommand,
  type DomainCommandType,
  type Evidence,
  isDomainError,
  PERMISSIONS,
} from '@fahrplan/domain';
import type { ObjectRef } from '@pothos/core';
import type { GraphQLSchema } from 'graphql';
import { processOfRequest, roleForCommand } from '../auth/command-role.js';
import type { CommandResult } from '../commands/execute.js';
import { fingerprintOf } from '../commands/fingerprint.js';
import type { CommandRequest } from '../commands/request.js';
import type { Locale } from '../http/locale.js';
import { type ItemRow, loadItems, projectedItem } from '../queries/items.js';
import { builder, type Types } from './builder.js';
import type { GraphQLContext } from './context.js';
import { badArgument, toGraphQLError } from './errors.js';

export const EvidenceInput = builder.inputType('EvidenceInput', {
  description: 'Evidence for a decision (Beleg): at least one of url, document, meetingId.',
  fields: (t) => ({
    url: t.string({ required: false, description: 'A source URL (http/https).' }),
    document: t.string({
      required: false,
      description: 'A document reference, e.g. a file number.',
    }),
    meetingId: t.globalID({ required: false, description: 'The meeting it was decided at.' }),
    note: t.string({
      required: false,
      description: 'A short note on what the evidence shows, e.g. the relevant page or item.',
    }),
  }),
});

/** What every change carries besides its own fields. */
export interface ChangeInput {
  readonly expectedVersion?: number | null;
  readonly idempotencyKey?: string | null;
  readonly occurredAt?: string | null;
  readonly reason?: string | null;
  readonly evidence?:
    | readonly {
        url?: string | null;
        document?: string | null;
        meetingId?: { typename: string; id: string } | null;
        note?: string | null;
      }[]
    | null;
}

const evidenceOf = (input: ChangeInput['evidence'], locale: Locale): Evidence[] | undefined =>
  input?.map((item) => {
    if (item.meetingId && item.meetingId.typename !== 'Meeting') {
      throw badArgument(
        'meetingId',
        'Die ID gehört zu keiner Veranstaltung.',
        'The id is not a meeting’s.',
        locale,
      );
    }
    return {
      ...(item.url ? { url: item.url } : {}),
      ...(item.document ? { document: item.document } : {}),
      ...(item.meetingId ? { meetingId: item.meetingId.id } : {}),
      ...(item.note ? { note: item.note } : {}),
    };
  });

/** The command a mutation runs: its name, capitalised (`adoptRecommendation` → `AdoptRecommendation`). */
export const commandOfMutation = (mutation: string): string =>
  `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}`;

const isCommandType = (type: string): type is DomainCommandType => Object.hasOwn(PERMISSIONS, type);

/** Who may run a command, as a sentence; undefined for a follow-up no caller issues. */
export const whoMay = (command: DomainCommandType): string | undefined => {
  const roles: readonly CommandRole[] = PERMISSIONS[command];
  if (roles.length === 0) return undefined;
  if (roles.length === 2 && roles.includes('team') && roles.includes('ministry')) {
    return 'Team or ministry.';
  }
  if (roles.length === 1 && roles[0] === 'team') return 'Project team.';
  if (roles.length === 1 && roles[0] === 'ministry') return 'Ministry only.';
  if (roles.length === 1 && roles[0] === 'admin') return 'Admins only.';
  if (roles.length === 1 && roles[0] === 'public') return 'Anyone, without an account.';
  return `Roles: ${roles.join(', ')}.`;
};

/**
 * Ends the description of every mutation that runs a domain command with who may run it, read
 * from the domain's permission table, so the docs cannot drift from what the API enforces.
 */
export const withRoleSentences = (schema: GraphQLSchema): GraphQLSchema => {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const command = commandOfMutation(field.name);
    const who = isCommandType(command) ? whoMay(command) : undefined;
    if (who) field.description = field.description ? `${field.description} ${who}` : who;
  }
  return schema;
};

/** Drops null and undefined values: GraphQL sends null for omitted optional fields. */
export const compact = <T extends Record<string, unknown>>(value: T): Compact<T> =>
  Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as Compact<T>;

/** `T` with every field optional and never null. */
export type Compact<T> = { [K in keyof T]?: Exclude<T[K], null | undefined> };

/** The `data` of the domain command of this type. */
export type CommandData<T extends DomainCommandType> = Extract<DomainCommand, { type: T }>['data'];

/** The item as the command's append projected it, when it knows every field of the row. */
const itemOfResult = ({ kind, id, row }: CommandResult): ItemRow | undefined =>
  row?.createdAt === undefined
    ? undefined
    : projectedItem({
        kind,
        id,
        version: row.version,
        status: row.status,
        title: row.title,
        state: row.state,
        eventType: row.eventType,
        occurredAt: row.occurredAt,
        recordedAt: row.recordedAt,
        createdAt: row.createdAt,
        asOf: undefined,
      });

/** A replay, or a command that changed nothing: the item as the read model has it. */
const loadItem = async (context: GraphQLContext, { kind, id }: CommandResult) => {
  const [item] = await loadItems(context.database, [{ kind, id }]);
  if (!item) throw new Error(`${kind} ${id} missing from the read model`);
  return item;
};

/** The role the caller issues this command in, where it acts; refused when it holds none. */
export const commandRoleOf = async <T extends DomainCommandType>(
  { caller, database }: GraphQLContext,
  type: T,
  data: CommandData<T>,
  metadata: { readonly actor: string; readonly now: string; readonly timeZone: string },
) => {
  // Where the command acts is read before the role it is issued in is known: the caller's
  // strongest role stands in (a caller with no role holds no grant and is refused below).
  const processId = await processOfRequest(database, caller, {
    type,
    data,
    metadata: { ...metadata, role: caller.role === 'anonymous' ? 'partner' : caller.role },
  });
  const role = roleForCommand(caller, type, processId);
  if (isDomainError(role)) throw role;
  return role;
};

/**
 * Runs a domain command for a mutation and answers the item it changed: as its append projected
 * it, else (a replay, no change) read from the read model. Expected failures become
 * typed GraphQL errors; anything else propagates and is masked.
 */
export const runCommand = async <T extends DomainCommandType>(
  context: GraphQLContext,
  type: T,
  // The domain's own shape for this command: a field the input forgets is a type error here.
  data: CommandData<T>,
  change: ChangeInput,
  // What else the command's transaction writes (a mail into the outbox): only if it commits.
  alsoInTransaction?: CommandRequest['alsoInTransaction'],
  // The versions the caller saw of the items its follow-ups change (a bulk report's indicators).
  options: Pick<CommandRequest, 'expectedVersions'> = {},
): Promise<{ result: CommandResult; item: ItemRow }> => {
  const { caller } = context;
  const evidence = evidenceOf(change.evidence, context.locale);
  try {
    const metadata = {
      actor: caller.actor,
      now: context.now(),
      timeZone: context.timeZone,
      ...(change.occurredAt ? { occurredAt: change.occurredAt } : {}),
      ...(change.reason ? { reason: change.reason } : {}),
      ...(evidence ? { evidence } : {}),
    };
    const role = await commandRoleOf(context, type, data, metadata);
    const result = await context.execute({
      type,
      data: data as Record<string, unknown>,
      metadata: { ...metadata, role },
      ...(change.expectedVersion == null ? {} : { expectedVersion: change.expectedVersion }),
      ...options,
      freshIds: context.minted,
      ...(alsoInTransaction ? { alsoInTransaction } : {}),
      ...(change.idempotencyKey
        ? {
            idempotencyKey: change.idempotencyKey,
            // What the client sent: `data` holds ids generated for this request.
            inputFingerprint: fingerprintOf({ ...change, idempotencyKey: undefined }),
          }
        : {}),
    });
    const item = itemOfResult(result) ?? (await loadItem(context, result));
    return { result, item };
  } catch (error) {
    if (isDomainError(error)) throw toGraphQLError(error, context.locale);
    throw error;
  }
};

export type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** Fields every change input has: when, why, evidence, and an idempotency key. */
const sharedFields = (t: InputFieldBuilder) => ({
  idempotencyKey: t.string({
    required: false,
    description:
      'Send the same key again with the same input (e.g. after a timeout) to get the original result; nothing is written twice. A key is yours alone, for one mutation and one input, for 24 hours; reused for another mutation or input it is `BAD_USER_INPUT` (`details.reason` `IDEMPOTENCY_KEY_REUSED`). At most 255 characters.',
  }),
  occurredAt: t.field({
    type: 'DateTime',
    required: false,
    description: 'When it happened in the real world (default: now; never in the future).',
  }),
  reason: t.string({
    required: false,
    description:
      'Why (Begründung): required for rejections, withdrawals, declines, cancellations and stops.',
  }),
  evidence: t.field({ type: [EvidenceInput], required: false, description: 'Evidence (Belege).' }),
});

/** Input fields of a command that creates an item. */
export const createFields = (t: InputFieldBuilder) => sharedFields(t);

/** Input fields of a command that changes an existing item: the version the caller saw. */
export const changeFields = (t: InputFieldBuilder) => ({
  ...sharedFields(t),
  expectedVersion: t.int({
    required: true,
    description:
      'The item’s version the change is based on; another is a CONFLICT (reload and retry).',
  }),
});

/** What a mutation's resolver returns: the command's result and the item as it is now. */
export interface CommandOutcome {
  readonly result: CommandResult;
  readonly item: ItemRow;
}

/** The payload of a mutation: the changed item under its own name, its version, and replay. */
export const itemPayload = (itemField: string, itemType: ObjectRef<Types, ItemRow>) => ({
  outputFields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, CommandOutcome>) => ({
    [itemField]: t.field({
      type: itemType,
      description: 'The item after the change.',
      resolve: (outcome) => outcome.item,
    }),
    version: t.int({
      description: 'The item’s new version: pass it as the next `expectedVersion`.',
      resolve: (outcome) => outcome.result.version,
    }),
    replayed: t.boolean({
      description: 'True when this idempotency key was used before: nothing new was written.',
      resolve: (outcome) => outcome.result.replayed,
    }),
  }),
});
