import { DEFAULT_PROCESS_ID } from '@fahrplan/domain';
import { stateOf } from '../../queries/items.js';
import { builder } from '../builder.js';
import { compact } from '../command-mutation.js';
import { listConnection } from './list.js';
import { changeMutation, createMutation } from './mutation-parts.js';
import { ActionFieldType, ProcessType } from './refs.js';

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

createMutation('actionField', 'defineActionField', {
  command: 'DefineActionField',
  description: 'Define an action field (Handlungsfeld anlegen).',
  docs: {},
  fields: (t) => ({
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
  data: (input, context) => ({
    actionFieldId: context.newId(),
    processId: input.process?.id ?? DEFAULT_PROCESS_ID,
    key: input.key,
    title: input.title,
    description: input.description,
  }),
});

changeMutation('actionField', 'reviseActionField', {
  command: 'ReviseActionField',
  description: 'Change an action field’s title or description (überarbeiten).',
  docs: {},
  fields: (t) => ({
    title: t.string({ required: false, description: 'A new title, at most 200 characters.' }),
    description: t.string({
      required: false,
      description: 'A new description, at most 20,000 characters.',
    }),
  }),
  data: (input) => ({
    actionFieldId: input.id.id,
    ...compact({ title: input.title, description: input.description }),
  }),
});

changeMutation('actionField', 'retireActionField', {
  command: 'RetireActionField',
  description: 'Retire an action field (archivieren); a reason is required.',
  docs: {},
  fields: () => ({}),
  data: (input) => ({ actionFieldId: input.id.id }),
});
