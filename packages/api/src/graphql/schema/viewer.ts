import { mayIssue } from '@fahrplan/domain';
import type { GraphQLSchema } from 'graphql';
import type { Caller } from '../../auth/caller.js';
import { processOfCommandType } from '../../auth/command-role.js';
import { publicOnlyIn } from '../../visibility/rules.js';
import { builder } from '../builder.js';
import { commandOfMutation } from '../command-mutation.js';
import { maySign, SIGN_CHECKPOINT } from './checkpoints.js';
import { RoleEnum } from './enums.js';
import { ERASE_SUBJECT, mayErase } from './privacy.js';

/** Mutations that run no domain command, so the permission table does not cover them. */
const OUTSIDE_THE_TABLE: Readonly<Record<string, (caller: Caller) => boolean>> = {
  [ERASE_SUBJECT]: mayErase,
  [SIGN_CHECKPOINT]: maySign,
};

/** In the default process for now: the viewer's permissions take a process once items have one. */
const mayRun = (caller: Caller, mutation: string): boolean => {
  const command = commandOfMutation(mutation);
  return (
    OUTSIDE_THE_TABLE[mutation]?.(caller) ??
    mayIssue(command, caller, processOfCommandType(command))
  );
};

/** The schema's mutations the domain's permission table grants the caller, so none can drift. */
const permittedMutations = (schema: GraphQLSchema, caller: Caller): string[] =>
  Object.keys(schema.getMutationType()?.getFields() ?? {})
    .filter((mutation) => mayRun(caller, mutation))
    .sort();

const ViewerType = builder.objectRef<Caller>('Viewer').implement({
  description: 'Who is asking: the role and name of the token sent, and what it may do.',
  fields: (t) => ({
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description:
        'The token’s role: `team`, `ministry`, `partner` or `admin`; null without a token.',
      resolve: (caller) => (caller.role === 'anonymous' ? null : caller.role),
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
        'The mutations the caller may run, by name (e.g. `adoptRecommendation`), sorted; empty for read-only callers.',
      resolve: (caller, _args, _context, info) => permittedMutations(info.schema, caller),
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
