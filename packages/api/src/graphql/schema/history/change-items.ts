import type { ItemRow } from '../../../queries/items.js';
import { builder } from '../../builder.js';
import { FieldChangeType } from '../history.js';
import { ItemInterface } from '../item.js';
import { referencesOf } from './references.js';

builder.objectField(FieldChangeType, 'items', (t) =>
  t.field({
    type: [ItemInterface],
    description:
      'The items `before` and `after` name by id (action fields, suggestions, recommendations, guidelines, meetings, project ideas), as they were when the event was recorded, to show their titles; items the caller may not see are left out.',
    resolve: async (change, _args, { referenced }) => {
      const at = change.recordedAt;
      const rows = await referenced.loadMany(
        referencesOf(change).map((reference) => ({ ...reference, at })),
      );
      return rows.filter((row): row is ItemRow => row !== null && !(row instanceof Error));
    },
  }),
);
