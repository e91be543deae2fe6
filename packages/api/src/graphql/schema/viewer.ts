import { DEFAULT_PROCESS_ID, mayIssue, rolesIn } from '@fahrplan/domain';
import type { GraphQLSchema } from 'graphql';
import { type Caller, strongestOf } from '../../auth/caller.js';
import { processOfCommandType } from '../../auth/command-role.js';
import { publicOnlyIn } from '../../visibility/rules.js';
import { builder } from '../builder.js';
import { commandOfMutation } from '../command-mutation.js';
import { knownProcessIdOf, PROCESS_ARG_DESCRIPTION } from '../process-arg.js';
import { maySign, SIGN_CHECKPOINT } from './checkpoints.js';
import { RoleEnum } from './enums.js';
import { ERASE_SUBJECT, mayErase } from './privacy.js';

/** Mutations that run no domain command, so the permission table does not cover them. */
const OUTSIDE_THE_TABLE: Readonly<Record<string, (caller: Caller) => boolean>> = {
  [ERASE_SUBJECT]: mayErase,
  [SIGN_CHECKPOINT]: maySign,
};

/**
 * Whether the caller may run the mutation in the process: commands about the installation
 * (people, new processes) by its installation-wide roles, every other by its roles there.
 */
const mayRun = (caller: Caller, mutation: string, processId: string): boolean => {
  const command = commandOfMutation(mutation);
  return (
    OUTSIDE_THE_TABLE[mutation]?.(caller) ??
    mayIssue(command, caller, processOfCommandType(command) === null ? null : processId)
  );
};

/** The schema's mutations the domain's permission table grants the caller, so none can drift. */
const permittedMutations = (schema: GraphQLSchema, caller: Caller, processId: string): string[] =>
  Object.keys(schema.getMutationType()?.getFields() ?? {})
    .filter((mutation) => mayRun(caller, mutation, processId))
    .sort();

/** The process a `process` argument names (NOT_FOUND when unknown), else the default process. */
const processOf = (
  process: string | null | undefined,
  context: Parameters<typeof knownProcessIdOf>[1],
): Promise<string> =>
  process == null ? Promise.resolve(DEFAULT_PROCESS_ID) : knownProcessIdOf(process, context);

export const ViewerType = builder.objectRef<Caller>('Viewer').implement({
  description: 'Who is asking: the role and name of the token sent, and what it may do.',
  fields: (t) => ({
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description:
        'The strongest role held: `team`, `ministry`, `partner` or `admin`; null without one. With `process`, the strongest role held in that process (installation-wide roles count everywhere).',
      args: {
        process: t.arg.string({ required: false, description: PROCESS_ARG_DESCRIPTION }),
      },
      resolve: async (caller, args, context) => {
        const role =
          args.process == null
            ? caller.role
            : strongestOf(rolesIn(caller.grants, await processOf(args.process, context)));
        return role === 'anonymous' ? null : role;
      },
    }),
    name: t.string({
      nullable: true,
      description: 'The token’s name, e.g. “IHK Chemnitz”; null without a token.',
      resolve: (caller) => caller.name ?? null,
    }),
    publicOnly: t.boolean({
      description:
        'True when the caller sees published content only, in every process (partners, callers without a token); the team of some processes sees everything there.',
      resolve: (_caller, _args, { scope }) => publicOnlyIn(scope),
    }),
    permissions: t.stringList({
      description:
        'The mutations the caller may run, by name (e.g. `adoptRecommendation`), sorted; empty for read-only callers. They hold in `process` (a slug or global id; NOT_FOUND when unknown), by default in the default process; those about people and processes by installation-wide roles only.',
      args: {
        process: t.arg.string({ required: false, description: PROCESS_ARG_DESCRIPTION }),
      },
      resolve: async (caller, args, context, info) =>
        permittedMutations(info.schema, caller, await processOf(args.process, context)),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerType,
    description: 'Who the caller is and what it may do: for showing only the actions it may take.',
    resolve: (_root, _args, { caller }) => caller,
  }),
);
