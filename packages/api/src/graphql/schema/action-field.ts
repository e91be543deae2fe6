import { DEFAULT_PROCESS_ID } from '@fahrplan/domain';
import { stateOf } from '../../queries/items.js';
import { builder, type Types } from '../builder.js';
import {
  changeFields,
  compact,
  createFields,
  itemPayload,
  runCommand,
} from '../command-mutation.js';
import { listConnection } from './list.js';
import { ActionFieldType, ProcessType } from './refs.js';

type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** The `id` input of every change: the action field the command targets. */
const actionFieldIdField = (t: InputFields) =>
  t.globalID({
    required: true,
    for: ActionFieldType,
    description: 'The action field (Handlungsfeld) to change: its global id.',
  });

builder.objectFields(ActionFieldType, (t) => ({
  key: t.string({
    description: 'A short, stable slug, e.g. `digitalisierung`.',
    resolve: (row) => stateOf(row, 'ActionField').key,
  }),
  description: t.string({
    description: 'What the action field (Handlungsfeld) covers, in a few sentences.',
    resolve: (row) => stateOf(row, 'ActionField').description,
  }),
}));

listConnection(
  'actionFields',
  ActionFieldType,
  'ActionField',
  'Action fields (Handlungsfelder), by title.',
);

builder.relayMutationField(
  'defineActionField',
  {
    inputFields: (t) => ({
      ...createFields(t),
      key: t.string({ required: true, description: 'Short slug, e.g. `digitalisierung`.' }),
      process: t.globalID({
        required: false,
        for: ProcessType,
        description:
          'The strategy process it belongs to, for good: its global id. Default: the default process (`industrie-der-zukunft`).',
      }),
      title: t.string({ required: true, description: 'Title, at most 200 characters.' }),
      description: t.string({
        required: true,
        description: 'What it covers, at most 20,000 characters.',
      }),
    }),
  },
  {
    description: 'Define an action field (Handlungsfeld anlegen).',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'DefineActionField',
        {
          actionFieldId: context.newId(),
          processId: input.process?.id ?? DEFAULT_PROCESS_ID,
          key: input.key,
          title: input.title,
          description: input.description,
        },
        input,
      ),
  },
  itemPayload('actionField', ActionFieldType),
);

builder.relayMutationField(
  'reviseActionField',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: actionFieldIdField(t),
      title: t.string({ required: false, description: 'A new title, at most 200 characters.' }),
      description: t.string({
        required: false,
        description: 'A new description, at most 20,000 characters.',
      }),
    }),
  },
  {
    description: 'Change an action field’s title or description (überarbeiten).',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'ReviseActionField',
        {
          actionFieldId: input.id.id,
          ...compact({ title: input.title, description: input.description }),
        },
        input,
      ),
  },
  itemPayload('actionField', ActionFieldType),
);

builder.relayMutationField(
  'retireActionField',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: actionFieldIdField(t),
    }),
  },
  {
    description: 'Retire an action field (archivieren); a reason is required.',
    resolve: (_root, { input }, context) =>
      runCommand(context, 'RetireActionField', { actionFieldId: input.id.id }, input),
  },
  itemPayload('actionField', ActionFieldType),
);
