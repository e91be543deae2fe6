import { builder } from '../builder.js';
import {
  changeFields,
  compact,
  createFields,
  itemPayload,
  runCommand,
} from '../command-mutation.js';
import { itemType } from './item.js';
import { listConnection } from './list.js';

const stringOf = (value: unknown) => (typeof value === 'string' ? value : '');

export const ActionFieldType = itemType(
  'ActionField',
  'An action field (Handlungsfeld): a focus area of the strategy, e.g. “Digitalisierung in der mittelständischen Industrie”.',
);

builder.objectFields(ActionFieldType, (t) => ({
  key: t.string({
    description: 'A short, stable slug, e.g. `digitalisierung`.',
    resolve: (row) => stringOf(row.state.key),
  }),
  description: t.string({ resolve: (row) => stringOf(row.state.description) }),
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
      title: t.string({ required: true, description: 'Title, at most 200 characters.' }),
      description: t.string({ required: true }),
    }),
  },
  {
    description: 'Define an action field (Handlungsfeld anlegen). Project team.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'DefineActionField',
        {
          actionFieldId: context.newId(),
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
      id: t.globalID({ required: true, for: ActionFieldType }),
      title: t.string({ required: false }),
      description: t.string({ required: false }),
    }),
  },
  {
    description: 'Change an action field’s title or description (überarbeiten). Project team.',
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
      id: t.globalID({ required: true, for: ActionFieldType }),
    }),
  },
  {
    description: 'Retire an action field (archivieren); a reason is required.',
    resolve: (_root, { input }, context) =>
      runCommand(context, 'RetireActionField', { actionFieldId: input.id.id }, input),
  },
  itemPayload('actionField', ActionFieldType),
);
