import { builder } from '../builder.js';
import { MeetingConnection } from './connections.js';
import { listArgs, resolveItemPage } from './list.js';
import { MeetingKindEnum } from './meeting/kind.js';
import { MeetingType } from './refs.js';
// Veranstaltung: fields, then one mutation per command; the `meetings` list below.
import './meeting/fields.js';
import './meeting/mutations.js';

builder.queryField('meetings', (t) =>
  t.connection(
    {
      type: MeetingType,
      description: 'Meetings (Veranstaltungen), by title.',
      args: {
        ...listArgs(t.arg, 'Meeting'),
        kind: t.arg({ type: MeetingKindEnum, required: false, description: 'Only this kind.' }),
      },
      resolve: (_root, { kind, ...args }, context) =>
        resolveItemPage(
          args,
          { kind: 'Meeting', ...(kind ? { stateContains: { kind } } : {}) },
          context,
        ),
    },
    MeetingConnection,
  ),
);
