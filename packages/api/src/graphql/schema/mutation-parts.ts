import type { DomainCommandType } from '@fahrplan/domain';
import type { InputFieldMap, InputShapeFromFields } from '@pothos/core';
import type { CommandRequest } from '../../commands/request.js';
import { builder } from '../builder.js';
import {
  type ChangeInput,
  type CommandData,
  changeFields,
  createFields,
  type InputFieldBuilder,
  itemPayload,
  runCommand,
} from '../command-mutation.js';
import type { GraphQLContext } from '../context.js';
import {
  ActionFieldType,
  ConsultationType,
  GuidelineType,
  IndicatorType,
  MeasureType,
  MeetingType,
  ProcessType,
  ProjectIdeaType,
  RecommendationType,
  ReportingCycleType,
  SuggestionType,
} from './refs.js';

/**
 * The kinds a mutation changes: the type of their items, their name in payload descriptions and
 * their full name in the `id` input's.
 */
const ITEM_TYPES = {
  actionField: [ActionFieldType, 'action field', 'action field (Handlungsfeld)'],
  process: [ProcessType, 'strategy process', 'strategy process'],
  guideline: [GuidelineType, 'guideline', 'strategic guideline (Leitlinie)'],
  measure: [MeasureType, 'measure', 'measure (Maßnahme)'],
  meeting: [MeetingType, 'meeting', 'meeting (Veranstaltung)'],
  projectIdea: [ProjectIdeaType, 'project idea', 'project idea (Projektidee)'],
  recommendation: [RecommendationType, 'recommendation', 'recommendation (Handlungsempfehlung)'],
  suggestion: [SuggestionType, 'suggestion', 'suggestion (Vorschlag)'],
  indicator: [IndicatorType, 'indicator', 'indicator (Kennzahl)'],
  reportingCycle: [ReportingCycleType, 'reporting cycle', 'reporting cycle (Berichtszyklus)'],
  consultation: [ConsultationType, 'consultation', 'consultation (Beteiligung)'],
} as const;
type ItemKind = keyof typeof ITEM_TYPES;

/**
 * The `id` input of every change to an item of a kind: the item the command targets, described
 * with the kind's full name.
 */
export const targetId = (kind: ItemKind) => (t: InputFieldBuilder) => {
  const [type, , fullName] = ITEM_TYPES[kind];
  return t.globalID({
    required: true,
    for: type,
    description: `The ${fullName} to change: its global id.`,
  });
};

/** The optional action fields (Handlungsfelder) an item is about, in the mutation's own words. */
export const actionFieldIdsInput = (t: InputFieldBuilder, description: string) =>
  t.globalIDList({ required: false, for: ActionFieldType, description });

/** The `id` input of the meetings' and suggestions' own changes, in their shorter wording. */
export const briefTargetId = {
  meeting: (t: InputFieldBuilder) =>
    t.globalID({ required: true, for: MeetingType, description: 'The meeting.' }),
  suggestion: (t: InputFieldBuilder) =>
    t.globalID({ required: true, for: SuggestionType, description: 'The suggestion.' }),
};

/** The meetings' and suggestions' own wording of an input and a payload, kept in the SDL. */
export const afterChangeDocs = (what: string, mutation: string): MutationDocs => ({
  input: `Input of \`${mutation}\`.`,
  payload: `What \`${mutation}\` returns: the ${what} after the change.`,
});

/** The input's own description, naming its mutation. */
export const inputOf = (mutation: string) => `The input of \`${mutation}\`.`;

/** The payload a mutation returns, with a description naming it. */
export const payloadOf = (kind: ItemKind, mutation: string) => {
  const [type, name] = ITEM_TYPES[kind];
  return {
    ...itemPayload(kind, type),
    description: `What \`${mutation}\` returns: the ${name} as it is now, and its version.`,
  };
};

/** The descriptions a mutation's input and payload carry in the SDL. */
interface MutationDocs {
  /** The input's; absent: the builder's default (`The change to make.`). */
  readonly input?: string;
  /** The payload's; absent: the builder's default (`The result of a change: …`). */
  readonly payload?: string;
}

/** The input of a mutation that creates an item: the change's common fields and its own. */
type CreateInputOf<Fields extends InputFieldMap> = ChangeInput & InputShapeFromFields<Fields>;

/** The input of a change mutation: as a create's, and the target's `id`. */
export type ChangeInputOf<Fields extends InputFieldMap> = CreateInputOf<Fields> & {
  readonly id: { readonly id: string };
};

/** What tells one command mutation from another: the rest is the recipe's. */
export interface CommandMutationSpec<
  T extends DomainCommandType,
  Fields extends InputFieldMap,
  Input,
> {
  readonly command: T;
  readonly description: string;
  readonly deprecationReason?: string;
  /** The input's own fields, after the change's common ones (and the target's `id`). */
  readonly fields: (t: InputFieldBuilder) => Fields;
  /** The command's data from the input (and the context, for new ids). */
  readonly data: (input: Input, context: GraphQLContext) => CommandData<T>;
  /** What else the command's transaction writes (a mail into the outbox): only if it commits. */
  readonly alsoInTransaction?: (
    data: CommandData<T>,
    input: Input,
    context: GraphQLContext,
  ) => CommandRequest['alsoInTransaction'];
  /** Where the input and payload are documented otherwise than `inputOf` and `payloadOf`. */
  readonly docs?: MutationDocs;
}

/**
 * The one recipe for a mutation that runs a domain command on an item: the input is the change's
 * common fields (`common`) and its own; it runs the command and answers the item.
 */
const commandMutation = <T extends DomainCommandType, Fields extends InputFieldMap, Input>(
  kind: ItemKind,
  name: string,
  common: (t: InputFieldBuilder) => InputFieldMap,
  spec: CommandMutationSpec<T, Fields, Input>,
) => {
  const docs = spec.docs ?? {
    input: inputOf(name),
    payload: payloadOf(kind, name).description,
  };
  const [itemType] = ITEM_TYPES[kind];
  return builder.relayMutationField(
    name,
    {
      ...(docs.input === undefined ? {} : { description: docs.input }),
      // Typed as any field map: Pothos cannot compute the input's shape from fields still
      // generic here; `Input` names it, and each use checks its `data` against it.
      inputFields: (t): InputFieldMap => ({ ...common(t), ...spec.fields(t) }),
    },
    {
      description: spec.description,
      ...(spec.deprecationReason === undefined
        ? {}
        : { deprecationReason: spec.deprecationReason }),
      resolve: (_root, args, context) => {
        const input = args.input as Input & ChangeInput;
        const data = spec.data(input, context);
        return runCommand(
          context,
          spec.command,
          data,
          input,
          spec.alsoInTransaction?.(data, input, context),
        );
      },
    },
    {
      ...itemPayload(kind, itemType),
      ...(docs.payload === undefined ? {} : { description: docs.payload }),
    },
  );
};

/** A mutation that creates an item: its input is the change's common fields and its own. */
export const createMutation = <T extends DomainCommandType, Fields extends InputFieldMap>(
  kind: ItemKind,
  name: string,
  spec: CommandMutationSpec<T, Fields, CreateInputOf<Fields>>,
) => commandMutation(kind, name, createFields, spec);

/**
 * A mutation that changes an existing item: its input is the change's common fields (with the
 * version seen), the item's `id` (`id`: where it is documented otherwise than `targetId`), its own.
 */
export const changeMutation = <T extends DomainCommandType, Fields extends InputFieldMap>(
  kind: ItemKind,
  name: string,
  spec: CommandMutationSpec<T, Fields, ChangeInputOf<Fields>> & {
    readonly id?: (t: InputFieldBuilder) => ReturnType<ReturnType<typeof targetId>>;
  },
) =>
  commandMutation(
    kind,
    name,
    (t) => ({ ...changeFields(t), id: (spec.id ?? targetId(kind))(t) }),
    spec,
  );

const noFields = () => ({});

/**
 * A status transition of any kind: a change that needs nothing but its item (and a reason where
 * the domain asks).
 */
export const transitionMutation = <T extends DomainCommandType>(
  kind: ItemKind,
  name: string,
  type: T,
  description: string,
  dataOf: (id: string) => CommandData<T>,
  options: { readonly deprecationReason?: string } = {},
) =>
  changeMutation(kind, name, {
    command: type,
    description,
    ...options,
    fields: noFields,
    data: (input) => dataOf(input.id.id),
  });

/**
 * Mutations that differ only in name, command and description (a link and its unlink): one
 * input, one command data.
 */
export const sameInputChanges = <T extends DomainCommandType, Fields extends InputFieldMap>(
  kind: ItemKind,
  spec: Pick<CommandMutationSpec<T, Fields, ChangeInputOf<Fields>>, 'fields' | 'data' | 'docs'>,
  mutations: Readonly<Record<string, readonly [command: T, description: string]>>,
) => {
  for (const [name, [command, description]] of Object.entries(mutations)) {
    changeMutation(kind, name, { ...spec, command, description });
  }
};
